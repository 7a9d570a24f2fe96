package org.cablearchive.editorial;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One saved state of a document: who, when, why, and a full snapshot (JSON) of what it held. */
@Entity
@Immutable
@Table(name = "document_revision")
class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String documentId;
    private int number;
    private long version;
    private String action;
    private String status;
    private String madeBy;
    private Instant madeAt;
    private String comment;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String snapshot;

    protected Revision() {
    }

    Revision(String documentId, int number, long version, String action, String status, String madeBy, String comment,
             String snapshot) {
        this.documentId = documentId;
        this.number = number;
        this.version = version;
        this.action = action;
        this.status = status;
        this.madeBy = madeBy;
        this.madeAt = Instant.now();
        this.comment = comment;
        this.snapshot = snapshot;
    }

    String documentId() { return documentId; }
    int number() { return number; }
    long version() { return version; }
    String action() { return action; }
    String status() { return status; }
    String madeBy() { return madeBy; }
    Instant madeAt() { return madeAt; }
    String comment() { return comment; }
    String snapshot() { return snapshot; }
}
