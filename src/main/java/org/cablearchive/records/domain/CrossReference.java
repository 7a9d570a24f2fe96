package org.cablearchive.records.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.sql.SQLException;
import java.time.LocalDate;
import org.cablearchive.records.ReferenceKind;

/**
 * A reference from one document to another, as printed ("Embtel 634, October 15"); resolved when the archive
 * holds the document it names, unresolved (no target) until then.
 */
@Entity
public class CrossReference {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cross_reference_ids")
    @SequenceGenerator(name = "cross_reference_ids", sequenceName = "cross_reference_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    private Document document;

    private String key;

    @Enumerated(EnumType.STRING)
    private ReferenceKind kind;

    private String number;

    @Column(name = "reference_date")
    private LocalDate date;

    private String label;
    private String target;

    @Column(name = "target_document_id")
    private String targetDocumentId;

    private int position;

    protected CrossReference() {
    }

    CrossReference(Document document, String key, ReferenceKind kind, String number, LocalDate date, String label,
                   String target, int position) {
        this.document = document;
        this.key = key;
        this.kind = kind;
        this.number = number;
        this.date = date;
        this.label = label;
        this.target = target;
        this.position = position;
    }

    /** Links this reference to the document it names. */
    public void resolveTo(String documentId) {
        this.targetDocumentId = documentId;
    }

    public boolean isResolved() {
        return targetDocumentId != null;
    }

    public String key() {
        return key;
    }

    public ReferenceKind kind() {
        return kind;
    }

    public String number() {
        return number;
    }

    public LocalDate date() {
        return date;
    }

    public String label() {
        return label;
    }

    public String target() {
        return target;
    }

    public String targetDocumentId() {
        return targetDocumentId;
    }

    public Document document() {
        return document;
    }

    /** Its row, for a new document written without the entity manager (NewDocumentRows). */
    void writeNewRow(NewDocumentRows rows, String documentId) throws SQLException {
        rows.reference(documentId, key, kind, number, date, label, target, position);
    }

    /** Links this reference to the document a person chose; the choice is kept as its target, so edits keep it. */
    void linkTo(String documentId) {
        this.target = documentId;
        this.targetDocumentId = documentId;
    }
}
