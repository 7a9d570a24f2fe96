package org.cablearchive.editorial;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A comment in a document's review, with the move it came with (REQUEST_CHANGES…) or none. */
@Entity
@Immutable
class ReviewComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String documentId;
    private String writtenBy;
    private Instant writtenAt;
    private String action;
    private String text;

    protected ReviewComment() {
    }

    ReviewComment(String documentId, String writtenBy, String action, String text) {
        this.documentId = documentId;
        this.writtenBy = writtenBy;
        this.writtenAt = Instant.now();
        this.action = action;
        this.text = text.strip();
    }

    String documentId() {
        return documentId;
    }

    EditorialDesk.Comment view() {
        return new EditorialDesk.Comment(writtenBy, writtenAt, action, text);
    }
}
