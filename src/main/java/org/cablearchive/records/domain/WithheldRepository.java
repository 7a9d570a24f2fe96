package org.cablearchive.records.domain;

import java.util.List;
import org.springframework.data.repository.Repository;

interface WithheldRepository extends Repository<Withheld, Long> {

    Withheld save(Withheld passage);

    List<Withheld> findByDocumentIdOrderByIdAsc(String documentId);
}
