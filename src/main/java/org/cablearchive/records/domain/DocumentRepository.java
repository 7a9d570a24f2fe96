package org.cablearchive.records.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.DocumentSummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DocumentRepository extends JpaRepository<Document, String> {

    @Query(value = """
            select new org.cablearchive.records.DocumentSummary(d.id, d.title, d.type, d.dateValue, d.classification,
                   d.precedence, v.id, d.status, d.createdAt)
            from Document d left join d.volume v
            where d.status in :statuses
            order by d.createdAt desc, d.id
            """,
            countQuery = "select count(d) from Document d where d.status in :statuses")
    Page<DocumentSummary> summaries(Collection<DocumentStatus> statuses, Pageable page);

    long countByStatusIn(Collection<DocumentStatus> statuses);

    @Query("select count(f) from Footnote f where f.document.status in :statuses")
    long countFootnotes(Collection<DocumentStatus> statuses);

    @Query("select count(r) from CrossReference r where r.document.status in :statuses")
    long countCrossReferences(Collection<DocumentStatus> statuses);

    @Query("select count(distinct d.volume) from Document d where d.status in :statuses")
    long countVolumes(Collection<DocumentStatus> statuses);

    /** Telegrams bearing this number, dated within the given days: candidates for a telegram reference. */
    @Query("""
            select d.id from Document d
            where d.telegramNumber = :number and d.dateEarliest <= :latest and d.dateLatest >= :earliest
            """)
    List<String> telegramsNumbered(String number, LocalDate earliest, LocalDate latest);

    @Query("select d.id from Document d where d.id in :ids and d.status in :statuses")
    List<String> idsAmong(Collection<String> ids, Collection<DocumentStatus> statuses);
}
