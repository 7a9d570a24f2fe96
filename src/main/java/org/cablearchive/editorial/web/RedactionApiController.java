package org.cablearchive.editorial.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.cablearchive.editorial.Editor;
import org.cablearchive.editorial.Redaction;
import org.cablearchive.records.DocumentEditing;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/** Withholding a passage, for scripts: {@code POST /api/documents/{id}/withheld} (editors and administrators). */
@RestController
class RedactionApiController {

    /** {@code {"text": "<exact passage of the body>", "extent": "1 paragraph (5 lines)", "reason": "…"}} */
    record WithholdCommand(String text, String extent, String reason) { }

    /** The passage withheld: its key (the marker's xml:id and the page anchor), the marker, the document's new version. */
    record WithholdResult(String document, String key, String marker, long version) { }

    private final Redaction redaction;

    RedactionApiController(Redaction redaction) {
        this.redaction = redaction;
    }

    @PostMapping("/api/documents/{id}/withheld")
    ResponseEntity<WithholdResult> withhold(@PathVariable String id, @RequestBody WithholdCommand command, Authentication who) {
        DocumentEditing.Withheld w = redaction.withhold(id, command.text(), command.extent(), command.reason(), Editor.of(who));
        URI page = URI.create("/documents/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8) + "#" + w.key());
        return ResponseEntity.created(page).body(new WithholdResult(id, w.key(), w.marker(), w.version()));
    }
}
