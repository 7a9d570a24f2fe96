package org.cablearchive.records.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.sql.SQLException;
import org.springframework.modulith.NamedInterface;

/** A footnote of a document: its mark as printed ("1", "*", "†") and text; its anchor is in the body. */
@NamedInterface("entities")
@Entity
public class Footnote {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "footnote_ids")
    @SequenceGenerator(name = "footnote_ids", sequenceName = "footnote_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    private Document document;

    private String key;
    private String mark;
    private String text;
    private String tei;
    private int position;

    protected Footnote() {
    }

    Footnote(Document document, String key, String mark, String text, String tei, int position) {
        this.document = document;
        this.key = key;
        this.mark = mark;
        this.text = text;
        this.tei = tei;
        this.position = position;
    }

    public String key() {
        return key;
    }

    public String mark() {
        return mark;
    }

    public String text() {
        return text;
    }

    /** The whole {@code <note>} as the source encoded it, or null when it did not come from TEI. */
    public String tei() {
        return tei;
    }

    /** Its row, for a new document written without the entity manager (NewDocumentRows). */
    void writeNewRow(NewDocumentRows rows, String documentId) throws SQLException {
        rows.footnote(documentId, key, mark, text, tei, position);
    }
}
