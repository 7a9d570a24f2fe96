package org.cablearchive.editorial;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface RevisionRepository extends Repository<Revision, Long> {

    Revision save(Revision revision);

    List<Revision> findByDocumentIdOrderByNumberDesc(String documentId);

    Optional<Revision> findByDocumentIdAndNumber(String documentId, int number);

    @Query("select coalesce(max(r.number), 0) from Revision r where r.documentId = :documentId")
    int lastNumber(String documentId);
}
