package org.cablearchive.editorial;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of the audit log: written once, never changed (the database refuses updates and deletes). */
@Entity
@Immutable
@Table(name = "audit_log")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant at;
    private String actor;
    private String action;
    private String documentId;
    private String subject;
    private String detail;

    protected AuditEntry() {
    }

    AuditEntry(String actor, String action, String documentId, String subject, String detail) {
        this.at = Instant.now();
        this.actor = actor == null || actor.isBlank() ? "system" : actor;
        this.action = action;
        this.documentId = documentId;
        this.subject = subject;
        this.detail = detail;
    }

    AuditLog.Entry view() {
        return new AuditLog.Entry(id, at, actor, action, documentId, subject, detail);
    }
}
