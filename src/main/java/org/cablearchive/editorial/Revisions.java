package org.cablearchive.editorial;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.cablearchive.records.DocumentEditing;
import org.cablearchive.records.DocumentField;
import org.cablearchive.records.DocumentSaved;
import org.cablearchive.records.DocumentSnapshot;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The revisions of documents: every save through the desk (creation, edit, workflow move, restore) is kept whole,
 * and any revision can be compared with the one before it, field by field and the body word by word.
 */
@Service
public class Revisions {

    /** A revision in a list: its number (1 is the first save), the document version it gave, who, when, why. */
    public record Summary(int number, long version, String action, String status, String by, Instant at, String comment) { }

    /** A metadata field that changed. */
    public record FieldChange(String field, String before, String after) { }

    /** A revision against the one before it (none for the first: everything counts as added). */
    public record Comparison(Summary revision, Summary previous, List<FieldChange> fields, List<WordDiff.Run> body,
                             boolean bodyChanged, DocumentSnapshot snapshot) { }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RevisionRepository revisions;
    private final DocumentEditing editing;

    Revisions(RevisionRepository revisions, DocumentEditing editing) {
        this.revisions = revisions;
        this.editing = editing;
    }

    /** Keeps the saved state, in the saving transaction: no save without its revision, no revision without its save. */
    @EventListener
    void documentSaved(DocumentSaved e) {
        int number = revisions.lastNumber(e.documentId()) + 1;
        if (number == 1 && e.previous() != null) {
            revisions.save(new Revision(e.documentId(), number++, e.previous().version(), "AS_BEFORE",
                    e.previous().snapshot().status().name(), e.previous().by(), "the reading before this change",
                    JSON.writeValueAsString(e.previous().snapshot())));
        }
        revisions.save(new Revision(e.documentId(), number, e.version(), e.action(), e.snapshot().status().name(), e.by(),
                e.comment() == null || e.comment().isBlank() ? null : e.comment().strip(), JSON.writeValueAsString(e.snapshot())));
    }

    @Transactional(readOnly = true)
    public List<Summary> list(String documentId) {
        return revisions.summaries(documentId);
    }

    @Transactional(readOnly = true)
    public long count(String documentId) {
        return revisions.countByDocumentId(documentId);
    }

    /**
     * Revision {@code number}'s snapshot with the document's withheld passages masked (a revision saved before a
     * passage was withheld still holds it): safe to show anyone who may see revisions. See {@link #snapshot(String, int, Editor)}.
     */
    @Transactional(readOnly = true)
    public Optional<DocumentSnapshot> snapshot(String documentId, int number) {
        return revisions.findByDocumentIdAndNumber(documentId, number).map(r -> masked(documentId, snapshotOf(r)));
    }

    /** Revision {@code number}'s snapshot as this person may read it: with the withheld passages unless they may read them. */
    @Transactional(readOnly = true)
    public Optional<DocumentSnapshot> snapshot(String documentId, int number, Editor reader) {
        Function<DocumentSnapshot, DocumentSnapshot> asRead = asReadBy(documentId, reader);
        return revisions.findByDocumentIdAndNumber(documentId, number).map(r -> asRead.apply(snapshotOf(r)));
    }

    /** Revision {@code number} against the one before it, the withheld passages masked in both (see {@link #snapshot(String, int)}). */
    @Transactional(readOnly = true)
    public Optional<Comparison> compare(String documentId, int number) {
        return compare(documentId, number, s -> masked(documentId, s));
    }

    /** The comparison as this person may read it: the withheld passages masked unless they may read them. */
    @Transactional(readOnly = true)
    public Optional<Comparison> compare(String documentId, int number, Editor reader) {
        return compare(documentId, number, asReadBy(documentId, reader));
    }

    private Function<DocumentSnapshot, DocumentSnapshot> asReadBy(String documentId, Editor reader) {
        boolean mayRead = editing.find(documentId).map(d -> Redaction.mayRead(d, reader)).orElse(false);
        return mayRead ? Function.identity() : s -> masked(documentId, s);
    }

    private DocumentSnapshot masked(String documentId, DocumentSnapshot s) {
        return editing.masked(documentId, s);
    }

    private Optional<Comparison> compare(String documentId, int number, Function<DocumentSnapshot, DocumentSnapshot> asRead) {
        return revisions.findByDocumentIdAndNumber(documentId, number).map(r -> {
            Optional<Revision> previous = number > 1 ? revisions.findByDocumentIdAndNumber(documentId, number - 1) : Optional.empty();
            DocumentSnapshot now = asRead.apply(snapshotOf(r));
            DocumentSnapshot before = previous.map(Revisions::snapshotOf).map(asRead).orElse(null);
            String oldBody = before == null ? "" : before.bodyText();
            String newBody = now.bodyText();
            return new Comparison(summary(r), previous.map(Revisions::summary).orElse(null), fields(before, now),
                    WordDiff.of(oldBody, newBody), !WordDiff.same(oldBody, newBody), now);
        });
    }

    /** The metadata fields that differ between two snapshots, in the order the editing form shows them. */
    static List<FieldChange> fields(DocumentSnapshot before, DocumentSnapshot after) {
        List<FieldChange> changes = new ArrayList<>();
        String oldStatus = before == null ? null : before.status().name();
        if (!Objects.equals(oldStatus, after.status().name())) {
            changes.add(new FieldChange("Status", oldStatus, after.status().name()));
        }
        for (DocumentField field : DocumentField.ALL) {
            if (field.kind() == DocumentField.Kind.BODY) {
                continue; // compared word by word
            }
            String old = before == null ? null : field.shownIn(before.draft());
            String now = field.shownIn(after.draft());
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(field.label(), old, now));
            }
        }
        return changes;
    }

    private static Summary summary(Revision r) {
        return new Summary(r.number(), r.version(), r.action(), r.status(), r.madeBy(), r.madeAt(), r.comment());
    }

    private static DocumentSnapshot snapshotOf(Revision r) {
        return JSON.readValue(r.snapshot(), DocumentSnapshot.class);
    }
}
