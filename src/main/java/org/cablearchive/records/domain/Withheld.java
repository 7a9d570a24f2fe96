package org.cablearchive.records.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.cablearchive.records.WithheldPassage;

/**
 * A withheld passage as stored, apart from the document (whose body holds only the marker): its text, and the TEI it
 * was cut from, so that a later release can put it back as it was.
 */
@Entity
@Table(name = "withheld_passage")
class Withheld {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String documentId;
    private String key;
    private String text;
    private String tei;
    private String extent;
    private String reason;
    private String withheldBy;
    private Instant withheldAt;

    protected Withheld() {
    }

    Withheld(String documentId, String key, String text, String tei, String extent, String reason, String by) {
        this.documentId = documentId;
        this.key = key;
        this.text = text;
        this.tei = tei;
        this.extent = extent;
        this.reason = reason;
        this.withheldBy = by;
        this.withheldAt = Instant.now();
    }

    /** The passages withheld from a document, oldest first (for code without the repository: a volume import). */
    static List<Withheld> of(EntityManager em, String documentId) {
        return em.createQuery("from Withheld w where w.documentId = :id order by w.id", Withheld.class)
                .setParameter("id", documentId).getResultList();
    }

    String key() { return key; }
    String text() { return text; }
    String extent() { return extent; }

    WithheldPassage view() {
        return new WithheldPassage(key, text, extent, reason, withheldBy, withheldAt);
    }
}
