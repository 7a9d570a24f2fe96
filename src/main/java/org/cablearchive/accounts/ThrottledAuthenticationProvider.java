package org.cablearchive.accounts;

import java.time.Instant;
import org.cablearchive.storage.DatabaseFailures;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Signs in with a username and password (the form and HTTP Basic alike), after asking {@link SignInThrottle}
 * whether this address may still try this username. The account's state (disabled) is told only to someone who
 * typed its right password, so no answer reveals whether an account exists. When the database cannot be reached,
 * the sign-in is neither refused nor counted: it fails as the database's unavailability (503), never as a 401.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        // The account's state is checked after the password, so a wrong password never learns it.
        this.passwords.setPreAuthenticationChecks(user -> { });
        this.passwords.setPostAuthenticationChecks(user -> {
            if (!user.isAccountNonLocked()) {
                throw new LockedException("This account is locked.");
            }
            if (!user.isEnabled()) {
                throw new DisabledException("This account is disabled.");
            }
            if (!user.isAccountNonExpired()) {
                throw new AccountExpiredException("This account has expired.");
            }
            if (!user.isCredentialsNonExpired()) {
                throw new CredentialsExpiredException("This password has expired.");
            }
        });
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = address(authentication);
        throttle.blockedUntil(authentication.getName(), address, Instant.now()).ifPresent(until -> {
            throw new SignInThrottledException(until);
        });
        try {
            return passwords.authenticate(authentication);
        } catch (InternalAuthenticationServiceException e) {
            DatabaseFailures.rethrowIfUnreachable(e);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
    }
}
