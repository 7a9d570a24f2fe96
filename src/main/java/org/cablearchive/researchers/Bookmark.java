package org.cablearchive.researchers;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A document a reader marked, with their note. */
@Entity
class Bookmark {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String documentId;
    private String note;
    private Instant createdAt;

    protected Bookmark() {
    }

    Bookmark(String username, String documentId, String note) {
        this.username = username;
        this.documentId = documentId;
        this.createdAt = Instant.now();
        annotate(note);
    }

    void annotate(String newNote) {
        this.note = newNote == null || newNote.isBlank() ? null : newNote.strip();
    }

    Long id() { return id; }
    String username() { return username; }
    String documentId() { return documentId; }
    String note() { return note; }
    Instant createdAt() { return createdAt; }
}
