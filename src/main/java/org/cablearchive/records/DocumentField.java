package org.cablearchive.records;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One field of a document, described once: its name (as the JSON of {@code /api/documents} and the forms call it), its
 * label, how it is shown, how to read it from a draft, and the columns of the {@code document} table that hold it.
 * {@link #ALL} lists the document's fields in the order the editing form shows them; revision diffs, the bulk writer of
 * imports and the search index's plain fields are driven by it, so a new field is added here once.
 *
 * @param name    the field's name in the API and the forms ("telegramNumber")
 * @param label   what pages call it ("Telegram number")
 * @param kind    how its value is shown and compared
 * @param shown   its value as a person reads it in a diff, null or blank when empty
 * @param columns the columns of table {@code document} that hold it, with their values; none for what lives in tables
 *                of its own (footnotes, cross-references)
 * @param searched true for a field the search index keeps as analysed text under its own name ({@link #shownIn} its
 *                value); the index maps the others in ways of their own (facets, dates, highlighted text)
 * @param inputs  the inputs of the editing form that hold it, with their values as the form shows them (one, named as
 *                the field, for most; the sender's role and name; the first and last day of a date); none for what the
 *                form edits in parts of its own (the body, footnotes, cross-references)
 */
public record DocumentField(String name, String label, Kind kind, Function<DocumentDraft, String> shown,
                            List<Column> columns, boolean searched, List<Input> inputs) {

    /** How a value is shown and compared. */
    public enum Kind {
        /** A line of text. */
        LINE,
        /** Text that may run to several lines (a title, a note), shown as a passage. */
        PASSAGE,
        /** A list, one entry a line. */
        LIST,
        /** One of a fixed set (an enum's name). */
        CHOICE,
        /** The body: compared word by word on its own, not among the fields. */
        BODY
    }

    /**
     * A column and its value in a draft, as the database takes it: a String, Integer, LocalDate, an enum (its name) or
     * a {@code List<String>} (a {@code text[]}).
     */
    public record Column(String name, Function<DocumentDraft, Object> value) { }

    /** An input of the editing form ({@code name}, as the form posts it) and its value in a draft, as the form shows it. */
    public record Input(String name, String label, Function<DocumentDraft, String> value) { }

    public static final List<DocumentField> ALL = List.of(
            of("type", "Type", Kind.CHOICE, d -> d.type().name(), column("type", DocumentDraft::type)),
            of("title", "Title", Kind.PASSAGE, DocumentDraft::title, column("title", DocumentDraft::title)),
            of("sourceNote", "Source note", Kind.PASSAGE, DocumentDraft::sourceNote,
                    column("source_note", DocumentDraft::sourceNote)).asSearched(),
            of("fileNumber", "File number", Kind.LINE, DocumentDraft::fileNumber,
                    column("file_number", DocumentDraft::fileNumber)),
            of("drafting", "Drafting", Kind.PASSAGE, DocumentDraft::drafting, column("drafting", DocumentDraft::drafting))
                    .asSearched(),
            of("classification", "Classification", Kind.CHOICE, d -> d.classification().name(),
                    column("classification", DocumentDraft::classification)),
            of("precedence", "Precedence", Kind.CHOICE, d -> d.precedence().name(),
                    column("precedence", DocumentDraft::precedence)),
            of("precedencePrinted", "Precedence as printed", Kind.LINE, DocumentDraft::precedencePrinted,
                    column("precedence_printed", DocumentDraft::precedencePrinted)),
            of("handling", "Handling", Kind.LIST, d -> String.join(", ", d.handling()),
                    column("handling", DocumentDraft::handling)),
            of("telegramNumber", "Telegram number", Kind.LINE, DocumentDraft::telegramNumber,
                    column("telegram_number", DocumentDraft::telegramNumber)),
            of("date", "Date", Kind.LINE, d -> d.date().iso(), column("date_value", d -> d.date().iso()),
                    column("date_earliest", d -> d.date().earliest()), column("date_latest", d -> d.date().latest()))
                    .withInputs(new Input("date", "Date", d -> rangePart(d.date().iso(), 0)),
                            new Input("dateUntil", "Until", d -> rangePart(d.date().iso(), 1))),
            of("place", "Place", Kind.LINE, DocumentDraft::place, column("place", DocumentDraft::place)),
            of("sender", "From", Kind.LINE, d -> d.sender().display(), column("sender_role", d -> d.sender().role()),
                    column("sender_name", d -> d.sender().name()))
                    .withInputs(new Input("senderRole", "From (role)", d -> d.sender().role()),
                            new Input("senderName", "From (name)", d -> d.sender().name())),
            of("recipient", "To", Kind.LINE, d -> d.recipient().display(),
                    column("recipient_role", d -> d.recipient().role()), column("recipient_name", d -> d.recipient().name()))
                    .withInputs(new Input("recipientRole", "To (role)", d -> d.recipient().role()),
                            new Input("recipientName", "To (name)", d -> d.recipient().name())),
            of("participants", "Participants", Kind.LIST, d -> String.join("\n", d.participants()),
                    column("participants", DocumentDraft::participants)),
            of("body", "Text", Kind.BODY, d -> d.body().plainText(), column("body", d -> d.body().xml())).withInputs(),
            of("distribution", "Distribution", Kind.PASSAGE, DocumentDraft::distribution,
                    column("distribution", DocumentDraft::distribution)),
            of("signature", "Signature", Kind.LINE, DocumentDraft::signature, column("signature", DocumentDraft::signature)),
            of("pageFirst", "First page", Kind.LINE, DocumentDraft::pageFirst, column("page_start", DocumentDraft::pageStart),
                    column("page_first", DocumentDraft::pageFirst))
                    .withInputs(new Input("pageStart", "First page", DocumentDraft::pageFirst)),
            of("pageLast", "Last page", Kind.LINE, DocumentDraft::pageLast, column("page_end", DocumentDraft::pageEnd),
                    column("page_last", DocumentDraft::pageLast))
                    .withInputs(new Input("pageEnd", "Last page", DocumentDraft::pageLast)),
            of("footnotes", "Footnotes", Kind.LIST, d -> d.footnotes().stream().map(f -> f.n() + " " + f.text())
                    .collect(Collectors.joining("\n"))).withInputs(),
            of("references", "Cross-references", Kind.LIST, d -> d.references().stream()
                    .map(DocumentDraft.ReferenceDraft::label).collect(Collectors.joining("\n"))).withInputs());

    /** The fields the search index keeps as analysed text under their own names. */
    public static final List<DocumentField> SEARCHED = ALL.stream().filter(DocumentField::searched).toList();

    /** The columns of all fields, in the order of {@link #ALL}, as a bulk writer names and fills them. */
    public static final List<Column> COLUMNS = ALL.stream().flatMap(f -> f.columns().stream()).toList();

    public DocumentField {
        columns = List.copyOf(columns);
        inputs = List.copyOf(inputs);
    }

    private static DocumentField of(String name, String label, Kind kind, Function<DocumentDraft, String> shown,
                                    Column... columns) {
        return new DocumentField(name, label, kind, shown, Arrays.asList(columns), false, List.of(new Input(name, label, shown)));
    }

    private DocumentField asSearched() {
        return new DocumentField(name, label, kind, shown, columns, true, inputs);
    }

    private DocumentField withInputs(Input... others) {
        return new DocumentField(name, label, kind, shown, columns, searched, Arrays.asList(others));
    }

    /** The first ({@code part} 0) or last day (1) of an ISO date or range "a/b"; null when it has none. */
    private static String rangePart(String iso, int part) {
        if (iso == null) {
            return null;
        }
        int slash = iso.indexOf('/');
        return slash < 0 ? (part == 0 ? iso : null) : part == 0 ? iso.substring(0, slash) : iso.substring(slash + 1);
    }

    private static Column column(String name, Function<DocumentDraft, Object> value) {
        return new Column(name, value);
    }

    /** The value as a person reads it, null when it is empty. */
    public String shownIn(DocumentDraft d) {
        String s = shown.apply(d);
        return s == null || s.isBlank() ? null : s;
    }

    /** The field of this name. */
    public static DocumentField named(String name) {
        return ALL.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No document field " + name));
    }
}
