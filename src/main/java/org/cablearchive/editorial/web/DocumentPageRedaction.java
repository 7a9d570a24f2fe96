package org.cablearchive.editorial.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.cablearchive.editorial.Editor;
import org.cablearchive.editorial.Redaction;
import org.cablearchive.records.DocumentPageExtension;
import org.cablearchive.records.DocumentView;
import org.cablearchive.records.WithheldPassage;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Adds to a document's reading page, for those who may read them, the list of its withheld passages, and for editors
 * the form to withhold one more. Everyone else gets nothing from here: the text shows the markers alone.
 */
@Component
class DocumentPageRedaction implements DocumentPageExtension {

    /** What the page shows: the passages the reader may read, and whether they may withhold more. */
    record RedactionBox(String documentId, boolean mayWithhold, List<WithheldPassage> passages) { }

    private final Redaction redaction;

    DocumentPageRedaction(Redaction redaction) {
        this.redaction = redaction;
    }

    @Override
    public Map<String, ?> attributes(DocumentView document, HttpServletRequest request) {
        Editor reader = Editor.of(request.getUserPrincipal() instanceof Authentication a ? a : null);
        if (!reader.isStaff()) {
            return Map.of();
        }
        List<WithheldPassage> passages = redaction.passages(document.id(), reader);
        boolean mayWithhold = Redaction.mayWithhold(reader);
        return mayWithhold || !passages.isEmpty()
                ? Map.of("redaction", new RedactionBox(document.id(), mayWithhold, passages)) : Map.of();
    }
}
