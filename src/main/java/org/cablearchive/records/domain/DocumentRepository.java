package org.cablearchive.records.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.cablearchive.records.DocumentEditing;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.DocumentSummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DocumentRepository extends JpaRepository<Document, String> {

    /** A volume's documents in one state, in the volume's order (publishing a volume imported as drafts). */
    List<Document> findByVolumeIdAndStatusOrderByPositionInVolume(String volumeId, DocumentStatus status);

    /**
     * The desk's queues: documents in these states, last changed first; {@code createdBy} (when not null) keeps those
     * that person created, {@code notSubmittedBy} (when not null) leaves out those that person submitted (both in
     * lower case).
     */
    @Query("""
            select new org.cablearchive.records.DocumentSummary(d.id, d.title, d.type, d.dateValue, d.classification,
                   d.precedence, v.id, d.status, d.createdAt)
            from Document d left join d.volume v
            where d.status in :statuses
              and (:createdBy is null or lower(d.createdBy) = :createdBy)
              and (:notSubmittedBy is null or d.submittedBy is null or lower(d.submittedBy) <> :notSubmittedBy)
            order by d.updatedAt desc, d.id
            """)
    List<DocumentSummary> queue(Collection<DocumentStatus> statuses, String createdBy, String notSubmittedBy,
                                          Pageable page);

    @Query("""
            select new org.cablearchive.records.DocumentSummary(d.id, d.title, d.type, d.dateValue, d.classification,
                   d.precedence, v.id, d.status, d.createdAt)
            from Document d left join d.volume v
            where d.status = org.cablearchive.records.DocumentStatus.PUBLISHED
            order by d.publishedAt desc, d.id
            """)
    List<DocumentSummary> recentlyPublished(Pageable page);

    @Query("""
            select new org.cablearchive.records.DocumentSummary(d.id, d.title, d.type, d.dateValue, d.classification,
                   d.precedence, v.id, d.status, d.createdAt)
            from Correction c join Document d on d.id = c.documentId left join d.volume v
            order by c.proposedAt desc, d.id
            """)
    List<DocumentSummary> withCorrections(Pageable page);

    @Query("""
            select new org.cablearchive.records.DocumentSummary(d.id, d.title, d.type, d.dateValue, d.classification,
                   d.precedence, v.id, d.status, d.createdAt)
            from Document d left join d.volume v
            where d.id in :ids and d.status in :statuses""")
    List<DocumentSummary> summariesOf(Collection<String> ids, Collection<DocumentStatus> statuses);

    /** Volumes holding drafts (imported as a batch to review), with how many, newest volume first. */
    @Query("""
            select new org.cablearchive.records.DocumentEditing$VolumeDrafts(v.id, v.title, count(d), min(d.createdBy))
            from Document d join d.volume v
            where d.status = org.cablearchive.records.DocumentStatus.DRAFT
            group by v.id, v.title, v.createdAt
            order by v.createdAt desc
            """)
    List<DocumentEditing.VolumeDrafts> volumesWithDrafts();


    /** Telegrams bearing these numbers, as rows of id, earliest and latest day, place, sender, number, volume (TelegramMatcher). */
    @Query("""
            select d.id, d.dateEarliest, d.dateLatest, d.place, d.sender.name, d.telegramNumber, d.volume.id from Document d
            where d.telegramNumber in :numbers
            """)
    List<Object[]> telegramsNumbered(Collection<String> numbers);

    @Query("select d.id from Document d where d.volume.id = :volumeId and d.status in :statuses order by d.positionInVolume, d.id")
    List<String> idsOfVolume(String volumeId, Collection<DocumentStatus> statuses);

    @Query("""
            select d.id, d.numberInVolume, d.title, d.dateValue, c.xmlId from Document d left join d.chapter c
            where d.volume.id = :volumeId and d.status in :statuses order by d.positionInVolume, d.id""")
    List<Object[]> contentsOfVolume(String volumeId, Collection<DocumentStatus> statuses);

    /**
     * A document's place in its volume among those the reader may see: [previous id, next id, previous title,
     * next title, its position (1-based), how many there are]. Counted within the one volume (the volume index).
     */
    @Query(value = """
            select p.id as previous_id, n.id as next_id, p.title as previous_title, n.title as next_title,
                   (select count(*) from document o where o.volume_id = d.volume_id and o.status in (:statuses)
                      and o.position_in_volume <= d.position_in_volume) as position,
                   (select count(*) from document o where o.volume_id = d.volume_id and o.status in (:statuses)) as total
            from document d
            left join lateral (select x.id, x.title from document x where x.volume_id = d.volume_id and x.status in (:statuses)
                      and x.position_in_volume < d.position_in_volume order by x.position_in_volume desc limit 1) p on true
            left join lateral (select x.id, x.title from document x where x.volume_id = d.volume_id and x.status in (:statuses)
                      and x.position_in_volume > d.position_in_volume order by x.position_in_volume limit 1) n on true
            where d.id = :id""", nativeQuery = true)
    List<Object[]> neighboursInVolume(String id, Collection<String> statuses);

    @Query("select d from Document d where d.id in :ids order by d.positionInVolume, d.id")
    List<Document> findAllByIdInOrder(Collection<String> ids);

    @Query("select d.id from Document d where d.id in :ids and d.status in :statuses")
    List<String> idsAmong(Collection<String> ids, Collection<DocumentStatus> statuses);
}
