package org.cablearchive.reports;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ErrorReportRepository extends JpaRepository<ErrorReport, Long> {

    /** Open reports after {@code afterId}, oldest first: the desk's queue, read by key. */
    @Query("select r from ErrorReport r where r.status = org.cablearchive.reports.ReportStatus.OPEN and r.id > ?1 order by r.id")
    List<ErrorReport> openAfter(long afterId, Limit limit);

    @Query("select count(r) from ErrorReport r where r.status = org.cablearchive.reports.ReportStatus.OPEN")
    long countOpen();

    @Query("select r from ErrorReport r where lower(r.reporter) = lower(?1) order by r.id desc")
    List<ErrorReport> byReporter(String username, Limit limit);

    @Query("select count(r) from ErrorReport r where r.addressHash = ?1 and r.createdAt > ?2")
    long countFromAddressSince(String addressHash, Instant since);

    @Query("select r from ErrorReport r where r.documentId = ?1 and r.status = org.cablearchive.reports.ReportStatus.OPEN order by r.id")
    List<ErrorReport> openOn(String documentId, Limit limit);
}
