package org.cablearchive.editorial;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.cablearchive.accounts.AccountEvent;
import org.cablearchive.records.DocumentSaved;
import org.cablearchive.records.VolumeLoaded;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit log: every state change and edit of a document (with the save, in its transaction), every
 * import, and what the accounts module reports (sign-in failures, role changes…). Readable and filterable by
 * administrators, exportable as CSV; nothing can change or delete an entry (the database refuses it too).
 */
@Service
public class AuditLog {

    /** An entry as pages, the API and the CSV show it. */
    public record Entry(Long id, Instant at, String actor, String action, String documentId, String subject, String detail) { }

    /** What to show: any of these may be null (no filter). */
    public record Filter(String document, String actor, String action, Instant from, Instant until) {

        public static final Filter NONE = new Filter(null, null, null, null, null);

        public Filter {
            document = blankToNull(document);
            actor = blankToNull(actor);
            action = blankToNull(action);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    private final AuditEntryRepository entries;

    AuditLog(AuditEntryRepository entries) {
        this.entries = entries;
    }

    /** Appends an entry; inside the caller's transaction when there is one, so it commits with what it records. */
    @Transactional
    public void record(String actor, String action, String documentId, String subject, String detail) {
        entries.save(new AuditEntry(actor, action, documentId, subject, detail));
    }

    /** Appends an entry in a transaction of its own: it stays even when what it records fails (a refused sign-in). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAlone(String actor, String action, String documentId, String subject, String detail) {
        entries.save(new AuditEntry(actor, action, documentId, subject, detail));
    }

    @Transactional(readOnly = true)
    public Page<Entry> find(Filter filter, Pageable page) {
        return entries.find(filter.document(),
                filter.actor() == null ? null : filter.actor().toLowerCase(Locale.ROOT), filter.action(), filter.from(), filter.until(), page)
                .map(AuditEntry::view);
    }

    @Transactional(readOnly = true)
    public List<String> actions() {
        return entries.actions();
    }

    /** Writes the entries the filter selects as CSV (RFC 4180), newest first, a page at a time. */
    @Transactional(readOnly = true)
    public void writeCsv(Filter filter, Writer out) throws IOException {
        out.write("id,at,actor,action,document,subject,detail\r\n");
        Pageable page = PageRequest.of(0, 1000);
        while (true) {
            Page<Entry> batch = find(filter, page);
            for (Entry e : batch) {
                out.write(String.join(",", String.valueOf(e.id()), e.at().toString(), csv(e.actor()), csv(e.action()),
                        csv(e.documentId()), csv(e.subject()), csv(e.detail())));
                out.write("\r\n");
            }
            if (!batch.hasNext()) {
                return;
            }
            page = batch.nextPageable();
        }
    }

    /** A CSV field, quoted when it must be; a leading =, +, - or @ is defused so a spreadsheet does not run it. */
    static String csv(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || !v.equals(value)) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    @EventListener
    void documentSaved(DocumentSaved e) {
        record(e.by(), "DOCUMENT_" + e.action(), e.documentId(), e.snapshot().title(),
                "version " + e.version() + ", now " + e.snapshot().status() + (e.comment() == null || e.comment().isBlank()
                        ? "" : ": " + e.comment()));
    }

    /** Account changes and sign-ins, as the accounts module reports them (within its transaction when it has one). */
    @EventListener
    void account(AccountEvent e) {
        record(e.by(), "ACCOUNT_" + e.kind().name(), null, e.username(), e.detail());
    }

    @EventListener
    void volumeLoaded(VolumeLoaded e) {
        record(e.by(), "VOLUME_IMPORTED", null, e.volumeId(), e.created() + " new, " + e.updated() + " updated, "
                + e.conflicts() + " conflicts" + (e.asDrafts() ? ", as drafts" : ""));
    }

    /** An action of the log in words ("ACCOUNT_LOGIN_SUCCEEDED" reads "Account login succeeded"). */
    public static String label(String action) {
        if (action == null || action.isBlank()) {
            return "";
        }
        String said = switch (action) {
            case "DOCUMENT_SUBMIT" -> "DOCUMENT_SUBMITTED_FOR_REVIEW";
            case "DOCUMENT_REQUEST_CHANGES" -> "DOCUMENT_SENT_BACK_FOR_CHANGES";
            case "DOCUMENT_APPROVE" -> "DOCUMENT_APPROVED";
            case "DOCUMENT_PUBLISH" -> "DOCUMENT_PUBLISHED";
            case "DOCUMENT_WITHDRAW" -> "DOCUMENT_WITHDRAWN";
            default -> action;
        };
        String words = said.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
