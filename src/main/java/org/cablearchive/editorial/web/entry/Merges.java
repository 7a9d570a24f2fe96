package org.cablearchive.editorial.web.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cablearchive.editorial.WordDiff;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentField;
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
        DocumentDraft a = DocumentForms.fields(mine);
        DocumentDraft b = DocumentForms.fields(theirs);
        for (DocumentField field : DocumentField.ALL) {
            boolean multiline = field.kind() == DocumentField.Kind.PASSAGE || field.kind() == DocumentField.Kind.LIST;
            for (DocumentField.Input input : field.inputs()) {
                String x = DocumentForms.strip(input.value().apply(a));
                String y = DocumentForms.strip(input.value().apply(b));
                fields.add(new Field(input.label(), input.name(), x == null ? "" : x, y == null ? "" : y,
                        !Objects.equals(x, y), multiline));
            }
        }
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
}
