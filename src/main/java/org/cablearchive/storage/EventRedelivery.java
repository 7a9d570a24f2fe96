package org.cablearchive.storage;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again the event publications that were never completed: the event publication registry (Spring Modulith,
 * table {@code event_publication}) keeps one for each event and each listener that must not lose it, written in the
 * transaction that published the event, and deletes it when the listener has run. One is left outstanding when its
 * listener failed, or when the node that published it died before the listener ran or finished.
 *
 * <p>A publication is delivered by the node whose transaction published it, right after the commit; no other node
 * sees it then. It is delivered again, always under the advisory lock of {@link OneNodeAtATime} (so by one node at a
 * time), and each time marked as resubmitted by one conditional update of the registry, so that it runs once:
 * <ul>
 *   <li>when its listener failed: at the next check, on whichever node holds the lock;</li>
 *   <li>when it has waited longer than {@code archive.events.redeliver-after} (its node died, or was stopped before
 *       it got to it): that bound must be longer than any listener takes;</li>
 *   <li>at start, when no other node of the archive is connected to the database: every publication older than this
 *       node is then one that a node now gone left behind (a restart after a crash completes what it interrupted).</li>
 * </ul>
 */
@Component
class EventRedelivery {

    private static final Logger log = LoggerFactory.getLogger(EventRedelivery.class);
    private static final String TASK = "event-redelivery";

    private final FailedEventPublications publications;
    private final OneNodeAtATime oneNode;
    private final JdbcClient jdbc;
    private final Duration redeliverAfter;
    private final String applicationName;
    private final Instant started = Instant.now();

    EventRedelivery(FailedEventPublications publications, OneNodeAtATime oneNode, JdbcClient jdbc, Environment environment,
                    @Value("${archive.events.redeliver-after:15m}") Duration redeliverAfter) {
        this.publications = publications;
        this.oneNode = oneNode;
        this.jdbc = jdbc;
        this.redeliverAfter = redeliverAfter;
        this.applicationName = ConnectionPool.applicationName(environment);
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        redeliver(alone() ? started : Instant.now().minus(redeliverAfter));
    }

    @Scheduled(initialDelayString = "${archive.events.check-interval:1m}", fixedDelayString = "${archive.events.check-interval:1m}")
    void periodically() {
        redeliver(Instant.now().minus(redeliverAfter));
    }

    /**
     * Delivers again the publications that failed, and those outstanding since before {@code waitingSince} (or
     * resubmitted before it).
     */
    void redeliver(Instant waitingSince) {
        try {
            oneNode.run(TASK, () -> {
                int given = jdbc.sql("""
                                update event_publication set status = 'FAILED'
                                where completion_date is null and status is distinct from 'FAILED'
                                  and coalesce(last_resubmission_date, publication_date) < ?""")
                        .param(waitingSince.atOffset(ZoneOffset.UTC)).update();
                long failed = jdbc.sql("select count(*) from event_publication where completion_date is null and status = 'FAILED'")
                        .query(Long.class).single();
                if (failed > 0) {
                    log.info("Delivering {} outstanding events again ({} of them waiting since before {})", failed, given,
                            waitingSince);
                    publications.resubmit(ResubmissionOptions.defaults());
                }
            });
        } catch (RuntimeException e) {
            log.warn("Outstanding events could not be delivered again; trying again later", e);
        }
    }

    /** Whether no other node of the archive (nor a command-line run) is connected to the database just now. */
    private boolean alone() {
        try {
            return !jdbc.sql("""
                            select exists (select 1 from pg_stat_activity where datname = current_database()
                                           and application_name like ? and application_name <> ?)""")
                    .params(ConnectionPool.APPLICATION_NAME_PREFIX + "%", applicationName).query(Boolean.class).single();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
