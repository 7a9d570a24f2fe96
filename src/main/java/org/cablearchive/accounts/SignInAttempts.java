package org.cablearchive.accounts;

import java.time.Instant;
import org.cablearchive.accounts.AccountEvent.Kind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follows Spring Security's authentication events: counts wrong passwords per username and address (see
 * {@link SignInThrottle}), forgets them after a right one from the same address, and publishes the sign-ins the
 * audit log records. A sign-in is a person's, through the form; the HTTP Basic credentials a script sends with every
 * request are not each an event, but their failures are counted and published like the form's.
 */
@Component
class SignInAttempts {

    private final ApplicationEventPublisher events;
    private final SignInThrottle throttle;

    SignInAttempts(ApplicationEventPublisher events, SignInThrottle throttle) {
        this.events = events;
        this.throttle = throttle;
    }

    @EventListener
    @Transactional
    public void authenticated(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails) {
            throttle.succeeded(event.getAuthentication().getName(), from(event.getAuthentication()));
        }
    }

    @EventListener
    @Transactional
    public void signedIn(InteractiveAuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        events.publishEvent(new AccountEvent(Kind.LOGIN_SUCCEEDED, username, username, from(event.getAuthentication())));
    }

    @EventListener
    @Transactional
    public void failed(AbstractAuthenticationFailureEvent event) {
        String typed = event.getAuthentication().getName();
        String detail = from(event.getAuthentication());
        if (!(event instanceof AuthenticationFailureBadCredentialsEvent)) {
            // Refused before the password was read: the account is locked or disabled.
            detail = detail + " (" + event.getException().getMessage() + ")";
        }
        events.publishEvent(new AccountEvent(Kind.LOGIN_FAILED, typed, typed, detail));
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            throttle.failed(typed, ThrottledAuthenticationProvider.address(event.getAuthentication()), Instant.now());
        }
    }

    /** Where the attempt came from: the remote address. */
    private static String from(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "";
    }
}
