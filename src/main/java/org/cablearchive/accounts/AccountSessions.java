package org.cablearchive.accounts;

import java.util.Set;
import org.cablearchive.accounts.AccountEvent.Kind;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends the browser sessions of an account once it is disabled, its password reset or its roles changed (by someone
 * else), so that the change holds from the next request on and not from the next sign-in: the person signs in again,
 * or cannot. The sessions are in PostgreSQL: each is marked expired there, so it ends at its next request on whichever
 * app node serves it.
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

    /** Signs the account out everywhere: every session it has, on every node. */
    void end(String username) {
        sessions.getAllSessions(username, false).forEach(session -> session.expireNow());
    }
}
