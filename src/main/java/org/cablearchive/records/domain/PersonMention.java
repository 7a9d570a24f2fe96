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

/** A person named in a document's text, as printed, linked to the person's authority record where known. */
@NamedInterface("entities")
@Entity
public class PersonMention {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_mention_ids")
    @SequenceGenerator(name = "person_mention_ids", sequenceName = "person_mention_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    private Document document;

    private Long personId;
    private String role;
    private String namePrinted;
    private String personKey;

    protected PersonMention() {
    }

    PersonMention(Document document, Long personId, String personKey, String namePrinted) {
        this.document = document;
        this.personId = personId;
        this.role = "MENTIONED";
        this.personKey = personKey;
        this.namePrinted = namePrinted;
    }

    public String personKey() {
        return personKey;
    }

    public String namePrinted() {
        return namePrinted;
    }

    public Long personId() {
        return personId;
    }

    /** What the mention says, to tell whether a new import names the same persons. */
    String signature() {
        return personKey + "|" + personId + "|" + namePrinted;
    }

    /** Its row, for a new document written without the entity manager (NewDocumentRows). */
    void writeNewRow(NewDocumentRows rows, String documentId) throws SQLException {
        rows.mention(documentId, personId, role, namePrinted, personKey);
    }
}
