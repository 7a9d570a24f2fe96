package org.cablearchive.accounts;

import org.cablearchive.storage.OneNodeAtATime;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Removes expired sessions from the database once a minute, on one app node at a time (Spring Session's own
 * clean-up, which would run on every node, is turned off: {@code spring.session.jdbc.cleanup-cron=-}).
 */
@Component
class ExpiredSessions {

    static final String TASK = "expired-sessions";

    private final ObjectProvider<JdbcIndexedSessionRepository> sessions;
    private final OneNodeAtATime oneNode;

    /** The repository is there in a web application only (not for the command-line runs). */
    ExpiredSessions(ObjectProvider<JdbcIndexedSessionRepository> sessions, OneNodeAtATime oneNode) {
        this.sessions = sessions;
        this.oneNode = oneNode;
    }

    @Scheduled(cron = "${archive.sessions.cleanup-cron:0 * * * * *}")
    void removeExpired() {
        sessions.ifAvailable(repository -> oneNode.run(TASK, repository::cleanUpExpiredSessions));
    }
}
