package org.cablearchive.records.domain;

import java.util.Collection;
import java.util.List;
import org.cablearchive.records.ReferenceKind;
import org.cablearchive.records.UnresolvedReference;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CrossReferenceRepository extends JpaRepository<CrossReference, Long> {

    /** Unresolved telegram references that name this number: they may be waiting for a new document. */
    @Query("""
            select r from CrossReference r
            where r.targetDocumentId is null and r.number = :number
              and r.kind not in (org.cablearchive.records.ReferenceKind.DOCUMENT, org.cablearchive.records.ReferenceKind.PAGE,
                                 org.cablearchive.records.ReferenceKind.OTHER)
            """)
    List<CrossReference> unresolvedTelegramReferences(String number);

    /** References leading to no document, of these kinds, newest documents first (the desk's queue). */
    @Query(value = """
            select new org.cablearchive.records.UnresolvedReference(d.id, d.title, d.dateValue, d.status, d.createdAt, r.key,
                   r.kind, r.number, r.date, r.label)
            from CrossReference r join r.document d
            where r.targetDocumentId is null and r.kind in :kinds
            order by d.createdAt desc, d.id, r.position""",
            countQuery = "select count(r) from CrossReference r where r.targetDocumentId is null and r.kind in :kinds")
    Page<UnresolvedReference> unresolved(Collection<ReferenceKind> kinds, Pageable page);

    @Query("select distinct r.kind from CrossReference r where r.targetDocumentId is null and r.kind in :kinds order by r.kind")
    List<ReferenceKind> unresolvedKinds(Collection<ReferenceKind> kinds);
}
