package org.cablearchive.editorial.web.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.cablearchive.editorial.WordDiff;
import org.springframework.stereotype.Component;

/**
 * What the merge page shows when a save was refused because someone saved the document in between: each field in
 * both versions (the person's own and the one now saved), the body word by word, and a form that saves the chosen
 * values against the version now saved.
 */
@Component
class Merges {

    /** A field in both versions; {@code name}: the form's field, {@code differs}: the person must choose. */
    record Field(String label, String name, String mine, String theirs, boolean differs, boolean multiline) { }

    /**
     * @param body  the body from the saved text to the person's: REMOVED words are only in the saved version, INSERTED
     *              words only in the person's
     */
    record Merge(List<Field> fields, List<WordDiff.Run> body, boolean bodyDiffers, DocumentForm mine, DocumentForm theirs,
                 long version, boolean footnotesDiffer) { }

    Merge of(DocumentForm mine, DocumentForm theirs, long version) {
        List<Field> fields = new ArrayList<>();
        field(fields, "Type", "type", mine, theirs, f -> f.type().name(), false);
        field(fields, "Title", "title", mine, theirs, DocumentForm::title, true);
        field(fields, "Source note", "sourceNote", mine, theirs, DocumentForm::sourceNote, true);
        field(fields, "File number", "fileNumber", mine, theirs, DocumentForm::fileNumber, false);
        field(fields, "Drafting", "drafting", mine, theirs, DocumentForm::drafting, true);
        field(fields, "Classification", "classification", mine, theirs, f -> f.classification().name(), false);
        field(fields, "Precedence", "precedence", mine, theirs, f -> f.precedence().name(), false);
        field(fields, "Precedence as printed", "precedencePrinted", mine, theirs, DocumentForm::precedencePrinted, false);
        field(fields, "Handling", "handling", mine, theirs, DocumentForm::handling, false);
        field(fields, "Telegram number", "telegramNumber", mine, theirs, DocumentForm::telegramNumber, false);
        field(fields, "Date", "date", mine, theirs, DocumentForm::date, false);
        field(fields, "Until", "dateUntil", mine, theirs, DocumentForm::dateUntil, false);
        field(fields, "Place", "place", mine, theirs, DocumentForm::place, false);
        field(fields, "From (role)", "senderRole", mine, theirs, DocumentForm::senderRole, false);
        field(fields, "From (name)", "senderName", mine, theirs, DocumentForm::senderName, false);
        field(fields, "To (role)", "recipientRole", mine, theirs, DocumentForm::recipientRole, false);
        field(fields, "To (name)", "recipientName", mine, theirs, DocumentForm::recipientName, false);
        field(fields, "Participants", "participants", mine, theirs, DocumentForm::participants, true);
        field(fields, "Distribution", "distribution", mine, theirs, DocumentForm::distribution, true);
        field(fields, "Signature", "signature", mine, theirs, DocumentForm::signature, false);
        field(fields, "First page", "pageStart", mine, theirs, DocumentForm::pageStart, false);
        field(fields, "Last page", "pageEnd", mine, theirs, DocumentForm::pageEnd, false);
        String theirBody = theirs.body() == null ? "" : theirs.body();
        String myBody = mine.body() == null ? "" : mine.body();
        boolean footnotesDiffer = !notes(mine).equals(notes(theirs));
        return new Merge(fields, WordDiff.of(theirBody, myBody), !DocumentForms.sameText(myBody, theirBody), mine, theirs,
                version, footnotesDiffer);
    }

    private static List<String> notes(DocumentForm f) {
        return f.footnotes().stream().filter(r -> !r.isBlank())
                .map(r -> r.n().strip() + " " + (r.text() == null ? "" : r.text().strip())).toList();
    }

    private static void field(List<Field> fields, String label, String name, DocumentForm mine, DocumentForm theirs,
                              Function<DocumentForm, String> value, boolean multiline) {
        String a = DocumentForms.strip(value.apply(mine));
        String b = DocumentForms.strip(value.apply(theirs));
        fields.add(new Field(label, name, a == null ? "" : a, b == null ? "" : b, !Objects.equals(a, b), multiline));
    }
}
