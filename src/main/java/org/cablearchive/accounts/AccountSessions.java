package org.cablearchive.accounts;

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

    private final SessionRegistry sessions;

    AccountSessions(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    /**
     * After the change has committed. The event publication registry keeps the change until this has run, so that a
     * node dying in between leaves it to be done again ({@code storage.EventRedelivery}); the condition keeps the other
     * account events (every sign-in among them) out of the registry.
     */
    @TransactionalEventListener(id = "accounts.end-sessions",
            condition = "{'DISABLED', 'PASSWORD_RESET', 'ROLES_CHANGED'}.contains(#event.kind().name())")
    void changed(AccountEvent event) {
        if (!event.username().equalsIgnoreCase(event.by())) {
            end(event.username());
        }
    }

    /** Signs the account out everywhere: every session it has, on every node. */
    void end(String username) {
        sessions.getAllSessions(username, false).forEach(session -> session.expireNow());
    }
}
