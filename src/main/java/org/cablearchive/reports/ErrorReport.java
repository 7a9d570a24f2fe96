package org.cablearchive.reports;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * A reader's report of an error in a document: the passage they quote, what is wrong and, optionally, how it should
 * read and how to reach them. The desk resolves it with an edit of the document (a revision) or declines it with a
 * reason; either way once.
 */
@Entity
class ErrorReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String documentId;
    private String passage;
    private String problem;
    private String suggestion;
    private String contact;
    private String reporter;
    private String addressHash;
    @Enumerated(EnumType.STRING)
    private ReportStatus status;
    private Instant createdAt;
    private String decidedBy;
    private Instant decidedAt;
    private String reason;
    private Integer revision;

    protected ErrorReport() {
    }

    ErrorReport(String documentId, ReportDraft draft, String reporter, String addressHash) {
        this.documentId = documentId;
        this.passage = draft.passage();
        this.problem = draft.problem();
        this.suggestion = draft.suggestion();
        this.contact = draft.contact();
        this.reporter = reporter;
        this.addressHash = addressHash;
        this.status = ReportStatus.OPEN;
        this.createdAt = Instant.now();
    }

    /** Resolved by the document's revision {@code number}, made since the report arrived. */
    void resolve(int number, String by) {
        requireOpen();
        this.status = ReportStatus.RESOLVED;
        this.revision = number;
        decided(by);
    }

    /** Declined, with the reason the reader will read. */
    void decline(String why, String by) {
        requireOpen();
        if (why == null || why.isBlank()) {
            throw new InvalidReportException("Say why the report is declined: the reader who sent it will read it");
        }
        if (why.strip().length() > 4000) {
            throw new InvalidReportException("A reason of at most 4,000 characters, please");
        }
        this.status = ReportStatus.DECLINED;
        this.reason = why.strip();
        decided(by);
    }

    private void requireOpen() {
        if (status != ReportStatus.OPEN) {
            throw new InvalidReportException("This report was already decided (" + status.label().toLowerCase() + ")");
        }
    }

    private void decided(String by) {
        this.decidedBy = by;
        this.decidedAt = Instant.now();
    }

    Long id() { return id; }
    String documentId() { return documentId; }
    String passage() { return passage; }
    String problem() { return problem; }
    String suggestion() { return suggestion; }
    String contact() { return contact; }
    String reporter() { return reporter; }
    ReportStatus status() { return status; }
    Instant createdAt() { return createdAt; }
    String decidedBy() { return decidedBy; }
    Instant decidedAt() { return decidedAt; }
    String reason() { return reason; }
    Integer revision() { return revision; }
}
