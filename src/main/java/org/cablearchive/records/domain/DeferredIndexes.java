package org.cablearchive.records.domain;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The secondary indexes a bulk load drops while it writes and builds again in one pass when it is done (building an
 * index over a million rows at once is several times cheaper than keeping it up to date row by row). Only indexes no
 * load reads are dropped: the keys, the unique constraints, the lookups of a volume's documents and of telegrams and
 * references waiting to be resolved all stay. Each dropped index's definition is noted in {@code deferred_index} in
 * the transaction that drops it, and removed in the one that builds it again, so an interrupted load loses nothing:
 * the next load, or the archive's next start, builds what is noted.
 */
@Component
class DeferredIndexes {

    private static final Logger log = LoggerFactory.getLogger(DeferredIndexes.class);

    /** Read by pages, never by a load. */
    static final List<String> DEFERRED = List.of(
            "document_status_created_idx", "document_date_idx", "document_sender_person_idx",
            "document_recipient_person_idx", "document_chapter_idx", "document_published_idx",
            "document_public_change_idx", "document_volume_status_earliest_idx", "document_volume_status_latest_idx",
            "document_earliest_id_idx", "document_list_seq_idx", "document_public_seq_idx",
            "person_mention_person_idx", "person_mention_person_sort_idx", "cross_reference_target_idx");

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    DeferredIndexes(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** Drops the deferred indexes (those that exist), noting their definitions; returns how many it dropped. */
    int drop() {
        restore(); // whatever an earlier load left
        Integer dropped = transactions.execute(status -> {
            List<String[]> present = jdbc.sql("""
                            select indexname, indexdef from pg_indexes
                            where schemaname = current_schema() and indexname = any(?)""")
                    .param(DEFERRED.toArray(String[]::new))
                    .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
            for (String[] index : present) {
                jdbc.sql("insert into deferred_index (name, definition) values (?, ?)").params(index[0], index[1]).update();
                jdbc.sql("drop index " + quoted(index[0])).update();
            }
            return present.size();
        });
        return dropped == null ? 0 : dropped;
    }

    /** Builds every index noted as deferred, in one transaction, then refreshes the planner's statistics. */
    int restore() {
        Integer built = transactions.execute(status -> {
            List<String[]> noted = jdbc.sql("select name, definition from deferred_index order by name")
                    .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
            if (noted.isEmpty()) {
                return 0;
            }
            // Building an index sorts the table once; give the sort room (this transaction only).
            jdbc.sql("set local maintenance_work_mem = '256MB'").update();
            for (String[] index : noted) {
                jdbc.sql("drop index if exists " + quoted(index[0])).update();
                jdbc.sql(index[1]).update();
                jdbc.sql("delete from deferred_index where name = ?").param(index[0]).update();
            }
            return noted.size();
        });
        int n = built == null ? 0 : built;
        if (n > 0) {
            jdbc.sql("analyze document").update();
            jdbc.sql("analyze footnote").update();
            jdbc.sql("analyze cross_reference").update();
            jdbc.sql("analyze person_mention").update();
        }
        return n;
    }

    /** A load cut short before it built its indexes again: build them before the archive serves. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void restoreAtStart() {
        Long waiting = jdbc.sql("select count(*) from deferred_index").query(Long.class).single();
        if (waiting > 0) {
            log.warn("A bulk load was interrupted: building the {} indexes it had deferred", waiting);
            restore();
        }
    }

    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
