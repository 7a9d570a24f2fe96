package org.cablearchive.ingest.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.cablearchive.accounts.Reader;
import org.cablearchive.ingest.plaintext.PlainTextReading;
import org.cablearchive.ingest.plaintext.PlainTextTelegramReader;
import org.cablearchive.ingest.plaintext.UnreadableTextException;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.DocumentView;
import org.cablearchive.records.InvalidDocumentException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Telegrams in their printed plain-text form: {@code POST /api/parse} shows how a text reads without saving it,
 * {@code POST /api/documents} reads and saves it as a draft.
 */
@RestController
@RequestMapping("/api")
class PlainTextApiController {

    /**
     * A printed telegram is a few pages; anything this large is not one (the reader's own limit is in characters).
     * Larger bodies are refused before they are read (site.RequestSizeLimits); this is the same limit, checked again.
     */
    static final long MAX_BYTES = 1024 * 1024;

    private final PlainTextTelegramReader reader = new PlainTextTelegramReader();
    private final DocumentCatalog catalog;
    private final ParseRateLimit rateLimit;

    PlainTextApiController(DocumentCatalog catalog, ParseRateLimit rateLimit) {
        this.catalog = catalog;
        this.rateLimit = rateLimit;
    }

    /** Reads the text without saving it; the public may do so {@link ParseRateLimit a number of times a minute}. */
    @PostMapping(path = "/parse", consumes = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<?> parse(@RequestBody byte[] text, HttpServletRequest request, Principal principal) {
        long wait = principal == null ? rateLimit.secondsToWait(request) : 0;
        if (wait > 0) {
            ProblemDetail problem = problem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
                    "This address has read too many texts in the last minute; try again in " + wait + " s, or sign in.");
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", String.valueOf(wait))
                    .body(problem);
        }
        PlainTextReading reading = read(text, request);
        return ResponseEntity.ok(new ParsedDocument(DocumentView.preview(reading.draft()), reading.warnings(),
                reading.confidence().name()));
    }

    @PostMapping(path = "/documents", consumes = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<ParsedDocument> create(@RequestBody byte[] text, HttpServletRequest request, Principal principal,
                                          Reader reader) {
        PlainTextReading reading = read(text, request);
        String id = catalog.create(reading.draft(), DocumentStatus.DRAFT, principal.getName());
        DocumentView saved = catalog.find(id, reader).orElseThrow();
        return ResponseEntity.created(URI.create("/api/documents/" + id))
                .body(new ParsedDocument(saved, reading.warnings(), reading.confidence().name()));
    }

    private PlainTextReading read(byte[] bytes, HttpServletRequest request) {
        if (bytes.length > MAX_BYTES) {
            throw new TextTooLargeException(bytes.length);
        }
        return reader.read(decode(bytes, request.getCharacterEncoding()));
    }

    private static String decode(byte[] bytes, String declared) {
        Charset charset = declared == null ? StandardCharsets.UTF_8 : Charset.forName(declared);
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableTextException("The text is not valid " + charset.name()
                    + ": send it as UTF-8 (Content-Type: text/plain; charset=UTF-8), or it may not be text at all.");
        }
    }

    static final class TextTooLargeException extends RuntimeException {
        TextTooLargeException(long bytes) {
            super("The text is " + bytes / 1024 + " KB; a telegram is read up to " + MAX_BYTES / 1024
                    + " KB. Send one document at a time.");
        }
    }

    @ExceptionHandler(TextTooLargeException.class)
    ProblemDetail tooLarge(TextTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Text too large", e.getMessage());
    }

    @ExceptionHandler(UnreadableTextException.class)
    ProblemDetail unreadable(UnreadableTextException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "The text cannot be read as a document", e.getMessage());
    }

    @ExceptionHandler(InvalidDocumentException.class)
    ProblemDetail invalid(InvalidDocumentException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "The document cannot be saved as it is", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
