package org.cablearchive.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * For a {@code @WebMvcTest} of one controller: the security filter chain with every door open and no CSRF token asked,
 * so that the test is about what the controller does with a request. Who may use each endpoint is checked once, for
 * all of them, on the real rules in the full application ({@code accounts.AuthorizationTest}). A signed-in user given
 * with {@code with(user(…))} still reaches the controller as its principal.
 */
@TestConfiguration(proxyBeanMethods = false)
public class OpenWebLayer {

    @Bean
    SecurityFilterChain everyDoorOpen(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
