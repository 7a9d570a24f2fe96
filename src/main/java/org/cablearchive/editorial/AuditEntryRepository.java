package org.cablearchive.editorial;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Appends to the audit log and reads it; it has no way to change or delete an entry. */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    @Query("""
            select e from AuditEntry e
            where (:document is null or e.documentId = :document)
              and (:actor is null or lower(e.actor) = :actor)
              and (:action is null or e.action = :action)
              and (cast(:from as timestamp) is null or e.at >= :from)
              and (cast(:until as timestamp) is null or e.at < :until)
            order by e.at desc, e.id desc""")
    /** {@code actor} in lower case; any filter may be null. */
    Page<AuditEntry> find(String document, String actor, String action, Instant from, Instant until, Pageable page);

    @Query("select distinct e.action from AuditEntry e order by e.action")
    List<String> actions();
}
