package org.cablearchive.editorial;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface RevisionRepository extends Repository<Revision, Long> {

    Revision save(Revision revision);

    /** The revisions without their snapshots, newest first (a list needs no more). */
    @Query("""
            select new org.cablearchive.editorial.Revisions$Summary(r.number, r.version, r.action, r.status, r.madeBy, r.madeAt, r.comment)
            from Revision r where r.documentId = :documentId order by r.number desc""")
    List<Revisions.Summary> summaries(String documentId);

    long countByDocumentId(String documentId);

    Optional<Revision> findByDocumentIdAndNumber(String documentId, int number);

    @Query("select coalesce(max(r.number), 0) from Revision r where r.documentId = :documentId")
    int lastNumber(String documentId);
}
