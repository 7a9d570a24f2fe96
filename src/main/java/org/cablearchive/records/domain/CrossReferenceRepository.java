package org.cablearchive.records.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CrossReferenceRepository extends JpaRepository<CrossReference, Long> {

    /** Unresolved telegram references that name this number: they may be waiting for a new document. */
    @Query("""
            select r from CrossReference r
            where r.targetDocumentId is null and r.number = :number
              and r.kind not in (org.cablearchive.records.ReferenceKind.DOCUMENT, org.cablearchive.records.ReferenceKind.PAGE,
                                 org.cablearchive.records.ReferenceKind.OTHER)
            """)
    List<CrossReference> unresolvedTelegramReferences(String number);
}
