package org.cablearchive.editorial.web.entry;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.cablearchive.editorial.Editor;
import org.cablearchive.editorial.EditorialDesk;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentEditing.EditableDocument;
import org.cablearchive.records.DocumentSnapshot;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.DocumentText;
import org.cablearchive.records.DocumentView;
import org.cablearchive.records.InvalidDocumentException;
import org.cablearchive.records.StaleDocumentException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code PUT /api/documents/{id}}: saves the document sent as {@code GET /api/documents/{id}} gives it, made from the
 * {@code version} it carries. Its body is the plain-text form; when it is the text saved now, the stored TEI is kept
 * as it is. Footnotes are matched to the saved ones by their marks. 409 when the version is not the one saved now.
 */
@RestController
class DocumentEditApi {

    /** What a save answers: the document's id, its new version and its status. */
    record Saved(String id, long version, DocumentStatus status) { }

    private final EditorialDesk desk;
    private final DocumentForms forms;
    private final Validator validator;
    private final JsonMapper json;

    DocumentEditApi(EditorialDesk desk, DocumentForms forms, Validator validator, JsonMapper json) {
        this.desk = desk;
        this.forms = forms;
        this.validator = validator;
        this.json = json;
    }

    @PutMapping("/api/documents/{id}")
    Saved save(@PathVariable String id, @RequestBody ObjectNode request, Authentication who) {
        // The date is checked as the form checks it, among the other fields' errors, not when the JSON is read.
        JsonNode date = request.remove("date");
        DocumentView sent = read(request);
        Editor editor = Editor.of(who);
        EditableDocument d = desk.document(id, editor);
        if (!editor.isArchivist()) {
            throw new AccessDeniedException("Documents are edited by archivists and editors");
        }
        if (sent.version() == null) {
            throw new InvalidDocumentException("Give the \"version\" the document had when you read it "
                    + "(GET /api/documents/" + id + " gives it): a save is made from that version");
        }
        if (sent.version() != d.version()) {
            throw new StaleDocumentException(id, d.version());
        }
        DocumentForm form = formOf(sent, date == null || date.isNull() ? null : date.asString(), d.working());
        BindingResult errors = new BeanPropertyBindingResult(form, "document");
        validator.validate(form).forEach(v -> errors.rejectValue(v.getPropertyPath().toString(), "invalid", v.getMessage()));
        forms.check(form, errors);
        if (errors.hasErrors()) {
            throw new InvalidDocumentException(errors.getFieldErrors().stream()
                    .map(e -> fieldName(e.getField()) + ": " + e.getDefaultMessage()).collect(Collectors.joining("; ")));
        }
        DocumentForms.Entry entry = forms.edit(form, d.working());
        long version = desk.revise(id, entry.draft(), sent.version(), null, editor);
        return new Saved(id, version, desk.document(id, editor).status());
    }

    private DocumentView read(ObjectNode request) {
        try {
            return json.treeToValue(request, DocumentView.class);
        } catch (JacksonException e) {
            throw new UnreadableDocumentException(e);
        }
    }

    /** The JSON sent cannot be read as a document's. */
    static final class UnreadableDocumentException extends RuntimeException {
        UnreadableDocumentException(JacksonException cause) {
            super(cause.getOriginalMessage(), cause);
        }
    }

    /**
     * The JSON as the form would have sent it: footnotes keyed by their marks, references by their labels, the date as
     * sent ({@code date}: its ISO form, null when none was sent).
     */
    static DocumentForm formOf(DocumentView v, String date, DocumentSnapshot saved) {
        List<DocumentDraft.FootnoteDraft> unused = new ArrayList<>(saved.draft().footnotes());
        List<DocumentForm.FootnoteRow> notes = new ArrayList<>();
        for (DocumentView.Footnote f : v.footnotes() == null ? List.<DocumentView.Footnote>of() : v.footnotes()) {
            DocumentDraft.FootnoteDraft match = unused.stream().filter(n -> n.n().equals(f.n())).findFirst().orElse(null);
            unused.remove(match);
            notes.add(new DocumentForm.FootnoteRow(match == null ? null : match.key(), f.n(), f.text()));
        }
        List<DocumentDraft.ReferenceDraft> savedRefs = new ArrayList<>(saved.draft().references());
        List<DocumentForm.ReferenceRow> refs = new ArrayList<>();
        for (DocumentView.Reference r : v.references() == null ? List.<DocumentView.Reference>of() : v.references()) {
            DocumentDraft.ReferenceDraft match = savedRefs.stream().filter(x -> x.label().equals(r.label())).findFirst().orElse(null);
            savedRefs.remove(match);
            refs.add(new DocumentForm.ReferenceRow(match == null ? null : match.key(), r.label(), r.target()));
        }
        DocumentDraft fields = new DocumentDraft(v.identification(), v.dispatch(), v.correspondence(),
                DocumentText.NONE.withDistribution(v.distribution()).withSignature(v.signature()), v.pages());
        return DocumentForm.of(fields, date, v.body(), notes, refs, v.version());
    }

    private static String fieldName(String formField) {
        return switch (formField) {
            case "senderRole" -> "sender.role";
            case "senderName" -> "sender.name";
            case "recipientRole" -> "recipient.role";
            case "recipientName" -> "recipient.name";
            case "dateUntil" -> "date";
            default -> formField;
        };
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return unreadable(e.getMostSpecificCause());
    }

    @ExceptionHandler(UnreadableDocumentException.class)
    ProblemDetail unreadable(UnreadableDocumentException e) {
        return unreadable(e.getCause());
    }

    private static ProblemDetail unreadable(Throwable cause) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request is not the JSON of a "
                + "document as GET /api/documents/{id} gives it" + (cause == null ? "" : ": " + firstLine(cause.getMessage())));
        problem.setTitle("Cannot be read");
        return problem;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
