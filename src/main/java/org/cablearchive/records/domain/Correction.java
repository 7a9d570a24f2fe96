package org.cablearchive.records.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cablearchive.records.DocumentEditing;
import org.cablearchive.records.DocumentSnapshot;
import org.cablearchive.records.DocumentStatus;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import tools.jackson.databind.json.JsonMapper;

/**
 * A correction of a published document waiting for review: its whole new reading (a snapshot, as a revision keeps it)
 * and where it stands (DRAFT, IN_REVIEW, CHANGES_REQUESTED, APPROVED). The published text stays in the document row,
 * which the public, the index, feeds, OAI and exports read, until the correction is published. Changed only through
 * its {@link Document}, under the document's row lock.
 */
@Entity
@Table(name = "document_correction")
class Correction {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Id
    private String documentId;

    @Enumerated(EnumType.STRING)
    private DocumentStatus stage;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String snapshot;

    private String proposedBy;
    private Instant proposedAt;
    /** Where the reading came from when not from a person's edit: the file of a volume import. */
    private String source;
    private String submittedBy;
    private String approvedBy;

    protected Correction() {
    }

    Correction(String documentId, DocumentSnapshot reading, String by, String source) {
        this.documentId = documentId;
        this.stage = DocumentStatus.DRAFT;
        this.proposedBy = by;
        this.proposedAt = Instant.now();
        this.source = source;
        take(reading);
    }

    void take(DocumentSnapshot reading) {
        this.snapshot = JSON.writeValueAsString(reading.withStatus(DocumentStatus.PUBLISHED));
    }

    /** The reading as it would be published. */
    DocumentSnapshot reading() {
        return JSON.readValue(snapshot, DocumentSnapshot.class);
    }

    void moveTo(DocumentStatus next) {
        this.stage = next;
    }

    void submittedBy(String by) {
        this.submittedBy = by;
        this.approvedBy = null;
    }

    void approvedBy(String by) {
        this.approvedBy = by;
    }

    String documentId() { return documentId; }
    DocumentStatus stage() { return stage; }
    String proposedBy() { return proposedBy; }
    Instant proposedAt() { return proposedAt; }
    String source() { return source; }
    String submittedBy() { return submittedBy; }
    String approvedBy() { return approvedBy; }

    DocumentEditing.PendingCorrection view() {
        return new DocumentEditing.PendingCorrection(stage, proposedBy, proposedAt, source,
                submittedBy, approvedBy, reading());
    }
}
