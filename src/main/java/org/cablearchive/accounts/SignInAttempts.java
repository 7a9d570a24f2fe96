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
 * Follows Spring Security's authentication events: counts wrong passwords (five in a row lock the account, see
 * {@link Account#registerFailedSignIn}), starts the count again after a right one, and publishes the sign-ins the
 * audit log records. A sign-in is a person's, through the form; the HTTP Basic credentials a script sends with every
 * request are not each an event, but their failures are counted and published like the form's.
 */
@Component
class SignInAttempts {

    private final AccountRepository accounts;
    private final ApplicationEventPublisher events;

    SignInAttempts(AccountRepository accounts, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.events = events;
    }

    @EventListener
    @Transactional
    public void authenticated(AuthenticationSuccessEvent event) {
        accounts.findByUsername(event.getAuthentication().getName())
                .filter(account -> account.failedSignIns() > 0)
                .ifPresent(account -> {
                    account.registerSuccessfulSignIn();
                    accounts.save(account);
                });
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
            accounts.findForUpdate(typed).ifPresent(account -> {
                account.registerFailedSignIn(Instant.now());
                accounts.save(account);
            });
        }
    }

    /** Where the attempt came from: the remote address. */
    private static String from(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "";
    }
}
