package org.cablearchive.editorial;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.cablearchive.records.DocumentEditing.EditableDocument;
import org.cablearchive.records.DocumentEditing;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.InvalidDocumentException;
import org.cablearchive.records.ReviewPolicy;
import org.cablearchive.records.WithheldPassage;
import org.cablearchive.records.WithheldReaders;
import org.cablearchive.storage.RetriedOnceWhenDeadlocked;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The policy of withheld passages. Editors and administrators withhold a passage of a document ("1 paragraph (5 lines)
 * not declassified", with the reason) and always read what is withheld; an archivist reads it only in their own
 * documents while these are not published (drafts, in review, approved); researchers and the public never: they read
 * the marker alone, in every output, because the stored body holds nothing else.
 */
@Service
public class Redaction implements WithheldReaders {

    /** The longest extent and reason taken: a marker is a few words, a reason a few sentences. */
    static final int MAX_EXTENT = 200;
    static final int MAX_REASON = 2000;

    private final EditorialDesk desk;
    private final DocumentEditing editing;

    Redaction(EditorialDesk desk, DocumentEditing editing) {
        this.desk = desk;
        this.editing = editing;
    }

    /** True when this person may read the document's withheld passages. */
    public static boolean mayRead(DocumentStatus status, String createdBy, Editor reader) {
        if (reader.isEditor()) {
            return true;
        }
        boolean ownDraft = reader.username().equalsIgnoreCase(createdBy) && !status.isPublic() && status != DocumentStatus.WITHDRAWN;
        return reader.isArchivist() && ownDraft;
    }

    public static boolean mayRead(EditableDocument d, Editor reader) {
        return mayRead(d.status(), d.createdBy(), reader);
    }

    /** True when this person may withhold passages (editors and administrators). */
    public static boolean mayWithhold(Editor editor) {
        return ReviewPolicy.allows(ReviewPolicy.Move.WITHHOLD, editor.standing());
    }

    @Override
    public boolean mayRead(String documentId, DocumentStatus status, String createdBy, HttpServletRequest request) {
        return mayRead(status, createdBy, Editor.of(request.getUserPrincipal() instanceof Authentication a ? a : null));
    }

    /**
     * Withholds the passage (its exact words in the document's text) with its extent and reason; not found for those
     * who may not see the document, refused for anyone but editors.
     */
    @Transactional
    @RetriedOnceWhenDeadlocked
    public DocumentEditing.Withheld withhold(String id, String text, String extent, String reason, Editor editor) {
        editing.lock(id); // first: two withholdings of one document queue here (one succeeds, the other is told why)
        desk.document(id, editor);
        if (!mayWithhold(editor)) {
            throw new AccessDeniedException("Passages are withheld by editors");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidDocumentException("Give the passage to withhold (\"text\"), exactly as the document's text reads");
        }
        if (extent == null || extent.isBlank() || extent.length() > MAX_EXTENT) {
            throw new InvalidDocumentException("Give the extent the public reads in the passage's place (\"extent\", up to "
                    + MAX_EXTENT + " characters), such as \"1 paragraph (5 lines)\"");
        }
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw new InvalidDocumentException("Say why the passage is withheld (\"reason\", up to " + MAX_REASON
                    + " characters); only editors read it");
        }
        return editing.withhold(id, text, marker(extent), reason.strip(), editor.username());
    }

    /** The words of the marker: the extent, followed by "not declassified" as FRUS prints it unless it says so already. */
    static String marker(String extent) {
        String words = extent.strip().replaceAll("\\s+", " ");
        if (words.startsWith("[") && words.endsWith("]")) {
            words = words.substring(1, words.length() - 1).strip();
        }
        return words.toLowerCase(Locale.ROOT).endsWith("not declassified") ? words : words + " not declassified";
    }

    /** The withheld passages of the document that this person may read (none for everyone else). */
    @Transactional(readOnly = true)
    public List<WithheldPassage> passages(String id, Editor reader) {
        EditableDocument d = desk.document(id, reader);
        return mayRead(d, reader) ? editing.withheld(id) : List.of();
    }
}
