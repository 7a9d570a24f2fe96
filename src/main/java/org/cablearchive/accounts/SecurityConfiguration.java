package org.cablearchive.accounts;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * The rules every request passes: reading is open to the public (published documents only, enforced where the
 * documents are read), entering documents needs a staff role (archivist, editor, administrator), administration the
 * ADMIN role, and everything else a signed-in account. {@code AuthorizationTest} checks every endpoint against its
 * declared table of who may use it. Forms carry CSRF tokens. An API request
 * that brings no session cookie (a script, with HTTP Basic or with nothing, which then gets 401) needs none:
 * cross-site request forgery rides on a browser's session cookie, and there is none to ride on. The machine
 * interfaces (OAI-PMH, the feed, site maps, the OpenAPI description) are public; OAI-PMH also takes a POST without a
 * CSRF token, as harvesters send it, and answers it with published documents only, whoever asks.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** What the public reads (GET and HEAD), published documents only, enforced where the documents are read. */
    private static final String[] PUBLIC_READING = {"/", "/documents", "/documents/**", "/api/documents/**",
            "/volumes", "/volumes/**", "/api/volumes", "/api/volumes/**", "/glossary", "/persons/**",
            "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/login", "/error",
            "/actuator/health", "/actuator/health/**",
            "/oai", "/feed.atom", "/sitemap.xml", "/sitemaps/**", "/robots.txt",
            "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
            // The reading room's search: the public sees published documents only (the search filters).
            "/search", "/api/search", "/search.atom"};

    /** The roles that enter, edit and review documents ({@link Role#isStaff}). */
    private static final String[] STAFF = Role.staffNames();

    /**
     * The sessions of every app node, as they are kept in PostgreSQL (Spring Session JDBC): an account's sessions are
     * found by its name, and one marked expired ends at its next request, whichever node serves it.
     */
    @Bean
    SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<? extends Session> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }

    /**
     * The session cookie, the same with an embedded server and without one (Boot applies
     * {@code server.servlet.session.cookie.*} to Spring Session's cookie with an embedded server only): its name,
     * HttpOnly, SameSite, and Secure when so configured or else whenever the request came over HTTPS.
     */
    @Bean
    DefaultCookieSerializer cookieSerializer(@Value("${server.servlet.session.cookie.name:JSESSIONID}") String name,
                                             @Value("${server.servlet.session.cookie.same-site:Lax}") String sameSite,
                                             @Value("${server.servlet.session.cookie.secure:#{null}}") Boolean secure) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(name);
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite(sameSite);
        if (secure != null) {
            cookie.setUseSecureCookie(secure);
        }
        return cookie;
    }

    /** Username and password, throttled per address (see SignInThrottle); the form and HTTP Basic both use it. */
    @Bean
    ThrottledAuthenticationProvider authenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder,
                                                           SignInThrottle throttle) {
        return new ThrottledAuthenticationProvider(users, encoder, throttle);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountRepository accounts,
                                            SessionRegistry sessions) throws Exception {
        RequestMatcher api = pathPattern("/api/**");
        http
                .authorizeHttpRequests(auth -> auth
                        // The desk's forms (under /documents, which is otherwise open to read): staff only.
                        .requestMatchers("/documents/new", "/documents/paste", "/documents/preview", "/documents/*/edit",
                                "/references/**", "/desk/**").hasAnyRole(STAFF)
                        // Reading: GET and HEAD alike (HEAD is a GET without its body), and OPTIONS anywhere (it only
                        // says which methods a path takes).
                        .requestMatchers(HttpMethod.OPTIONS, "/**").permitAll()
                        .requestMatchers(HttpMethod.GET, PUBLIC_READING).permitAll()
                        .requestMatchers(HttpMethod.HEAD, PUBLIC_READING).permitAll()
                        // Administration: accounts, settings and maintenance of the whole archive.
                        .requestMatchers("/admin/**", "/api/users", "/api/users/**", "/api/audit").hasRole(Role.ADMIN.name())
                        // Entering documents is the staff's work; researchers read.
                        .requestMatchers("/imports", "/imports/**", "/api/imports", "/api/imports/**").hasAnyRole(STAFF)
                        .requestMatchers(HttpMethod.POST, "/api/documents").hasAnyRole(STAFF)
                        // Parsing saves nothing: anyone may try how a text would be read.
                        .requestMatchers(HttpMethod.POST, "/api/parse").permitAll()
                        // "Report an error" on a document's page is open to every reader (CSRF-protected, limited per address).
                        .requestMatchers(HttpMethod.POST, "/documents/*/reports").permitAll()
                        // OAI-PMH allows POST with form parameters; harvesting reads only what the public sees.
                        .requestMatchers(HttpMethod.POST, "/oai").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .successHandler(new SignInSuccessHandler())
                        .failureHandler(new SignInFailureHandler()))
                // Every session is registered, so that disabling an account (or resetting its password) ends its
                // sessions: see AccountSessions.
                .sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions)
                        .expiredUrl("/login?expired"))
                // HTTP Basic for scripts, without a challenge: a browser never gets the Basic dialog, it is sent to the
                // sign-in page; a script without (right) credentials gets a plain 401.
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .logout(logout -> logout.logoutSuccessUrl("/?signedout").deleteCookies("JSESSIONID"))
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                AnyRequestMatcher.INSTANCE))
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::isBasicAuthenticated,
                        request -> api.matches(request) && request.getRequestedSessionId() == null,
                        pathPattern(HttpMethod.POST, "/api/parse"), pathPattern(HttpMethod.POST, "/oai")))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(rp -> rp.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    private static boolean isBasicAuthenticated(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
