package org.cablearchive.accounts;

import java.util.Set;
import org.cablearchive.accounts.AccountEvent.Kind;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends the browser sessions of an account once it is disabled, its password reset or its roles changed (by someone
 * else), so that the change holds from the next request on and not from the next sign-in: the person signs in again,
 * or cannot.
 */
@Component
@ConditionalOnWebApplication
class AccountSessions {

    private static final Set<Kind> ENDING_SESSIONS = Set.of(Kind.DISABLED, Kind.PASSWORD_RESET, Kind.ROLES_CHANGED);

    private final SessionRegistry sessions;

    AccountSessions(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener
    void changed(AccountEvent event) {
        if (ENDING_SESSIONS.contains(event.kind()) && !event.username().equalsIgnoreCase(event.by())) {
            end(event.username());
        }
    }

    void end(String username) {
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof UserDetails user && user.getUsername().equalsIgnoreCase(username)) {
                sessions.getAllSessions(principal, false).forEach(session -> session.expireNow());
            }
        }
    }
}
