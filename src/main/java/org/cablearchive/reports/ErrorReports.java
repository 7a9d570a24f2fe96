package org.cablearchive.reports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cablearchive.accounts.Reader;
import org.cablearchive.editorial.AuditLog;
import org.cablearchive.editorial.Revisions;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.DocumentNotFoundException;
import org.cablearchive.records.DocumentSummary;
import org.cablearchive.records.DocumentView;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readers' reports of errors and the desk's decisions on them. A report quotes only what its reader may read of the
 * document as stored, which never holds a withheld passage, so a report cannot carry withheld text; the desk shows it
 * in its context. One address may send {@value #PER_ADDRESS_PER_HOUR} reports an hour.
 */
@Service
public class ErrorReports {

    static final int PER_ADDRESS_PER_HOUR = 5;
    static final int QUEUE_PAGE = 25;

    /** A report in the desk's queue. */
    public record QueueLine(Long id, String documentId, String documentTitle, String passage, String problem, Instant at) { }

    /** A report as the desk reads it, with the passage in its context and the revisions that could resolve it. */
    public record Detail(Long id, String documentId, String documentTitle, String passage, String problem,
                         String suggestion, String contact, String reporter, ReportStatus status, Instant at,
                         String decidedBy, Instant decidedAt, String reason, Integer revision,
                         PassageInContext context, List<Revisions.Summary> revisionsSince) { }

    /** A report as its reader follows it on their shelf. */
    public record Mine(Long id, String documentId, String documentTitle, String passage, ReportStatus status,
                       String reason, Instant at, Instant decidedAt) { }

    private final ErrorReportRepository reports;
    private final DocumentCatalog catalog;
    private final Revisions revisions;
    private final AuditLog audit;

    ErrorReports(ErrorReportRepository reports, DocumentCatalog catalog, Revisions revisions, AuditLog audit) {
        this.reports = reports;
        this.catalog = catalog;
        this.revisions = revisions;
        this.audit = audit;
    }

    /**
     * Files a report on a document this reader may see; returns its id.
     *
     * @param reporter the signed-in reader, or null for the public
     * @throws DocumentNotFoundException when the reader may not see the document
     * @throws InvalidReportException when the passage is not in the document
     * @throws TooManyReportsException when this address sent too many reports in the last hour
     */
    @Transactional
    public Long file(String documentId, ReportDraft draft, String reporter, String clientAddress, Reader reader) {
        DocumentView document = catalog.find(documentId, reader).orElseThrow(() -> new DocumentNotFoundException(documentId));
        ReportDraft report = draft.normalised();
        if (PassageInContext.find(report.passage(), parts(document)) == null) {
            throw new InvalidReportException("This passage is not in the document as printed here. Select it on the page, "
                    + "or copy a few of its words exactly as they stand");
        }
        String address = hash(clientAddress);
        if (reports.countFromAddressSince(address, Instant.now().minus(Duration.ofHours(1))) >= PER_ADDRESS_PER_HOUR) {
            throw new TooManyReportsException();
        }
        return reports.save(new ErrorReport(document.id(), report, reporter, address)).id();
    }

    /** Open reports after the one with {@code afterId}, oldest first. */
    @Transactional(readOnly = true)
    public List<QueueLine> queue(long afterId) {
        List<ErrorReport> open = reports.openAfter(afterId, Limit.of(QUEUE_PAGE));
        Map<String, String> titles = titles(open.stream().map(ErrorReport::documentId).toList());
        return open.stream().map(r -> new QueueLine(r.id(), r.documentId(), titles.get(r.documentId()), r.passage(),
                r.problem(), r.createdAt())).toList();
    }

    @Transactional(readOnly = true)
    public long openCount() {
        return reports.countOpen();
    }

    /** A report as staff read it. */
    @Transactional(readOnly = true)
    public Detail detail(long id, Reader reader) {
        ErrorReport r = reports.findById(id).orElseThrow(() -> new ReportNotFoundException(id));
        DocumentView document = catalog.find(r.documentId(), reader).orElse(null);
        PassageInContext context = document == null ? null : PassageInContext.find(r.passage(), parts(document));
        List<Revisions.Summary> since = revisions.list(r.documentId()).stream()
                .filter(s -> s.at() != null && s.at().isAfter(r.createdAt())).toList();
        return new Detail(r.id(), r.documentId(), document == null ? null : document.identification().title(), r.passage(), r.problem(),
                r.suggestion(), r.contact(), r.reporter(), r.status(), r.createdAt(), r.decidedBy(), r.decidedAt(),
                r.reason(), r.revision(), context, since);
    }

    /** Resolves a report with the document's revision {@code number}, made since the report arrived. */
    @Transactional
    public void resolve(long id, Integer number, String by) {
        ErrorReport r = reports.findById(id).orElseThrow(() -> new ReportNotFoundException(id));
        if (number == null) {
            throw new InvalidReportException("Choose the revision that corrects the passage (edit the document first)");
        }
        boolean madeSince = revisions.list(r.documentId()).stream()
                .anyMatch(s -> s.number() == number && s.at() != null && s.at().isAfter(r.createdAt()));
        if (!madeSince) {
            throw new InvalidReportException("Revision " + number + " of this document was not made after the report arrived");
        }
        r.resolve(number, by);
        audit.record(by, "REPORT_RESOLVED", r.documentId(), "report " + id, "revision " + number);
    }

    /** Declines a report with a reason its reader will read. */
    @Transactional
    public void decline(long id, String reason, String by) {
        ErrorReport r = reports.findById(id).orElseThrow(() -> new ReportNotFoundException(id));
        r.decline(reason, by);
        audit.record(by, "REPORT_DECLINED", r.documentId(), "report " + id, null);
    }

    /** The latest reports of this reader, newest first. */
    @Transactional(readOnly = true)
    public List<Mine> mine(String username) {
        List<ErrorReport> list = reports.byReporter(username, Limit.of(100));
        Map<String, String> titles = titles(list.stream().map(ErrorReport::documentId).toList());
        return list.stream().map(r -> new Mine(r.id(), r.documentId(), titles.get(r.documentId()), r.passage(), r.status(),
                r.reason(), r.createdAt(), r.decidedAt())).toList();
    }

    /** Titles as the public may read them (a report's document may have been withdrawn since). */
    private Map<String, String> titles(List<String> ids) {
        return catalog.summaries(ids, Reader.ANONYMOUS).stream()
                .collect(Collectors.toMap(DocumentSummary::id, DocumentSummary::title, (a, b) -> a));
    }

    /** The parts of a document a reader may quote, in reading order. */
    private static List<PassageInContext.Part> parts(DocumentView d) {
        List<PassageInContext.Part> parts = new ArrayList<>();
        parts.add(new PassageInContext.Part("Title", d.identification().title()));
        parts.add(new PassageInContext.Part("Source note", d.identification().sourceNote()));
        parts.add(new PassageInContext.Part("Text", d.body()));
        for (DocumentView.Footnote f : d.footnotes()) {
            parts.add(new PassageInContext.Part("Footnote " + f.n(), f.text()));
        }
        parts.add(new PassageInContext.Part("Distribution", d.distribution()));
        parts.add(new PassageInContext.Part("Signature", d.signature()));
        return parts;
    }

    private static String hash(String address) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("error-report:" + (address == null ? "" : address)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
