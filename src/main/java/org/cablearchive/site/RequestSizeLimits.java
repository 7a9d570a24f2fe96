package org.cablearchive.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Refuses a request body that is too large with 413 before reading it: an upload of volumes (multipart) beyond
 * {@code spring.servlet.multipart.max-request-size} ({@code ARCHIVE_IMPORT_MAX_REQUEST_SIZE}), any other body
 * (a pasted telegram, a form, JSON) beyond {@code archive.limits.text-size} ({@code ARCHIVE_TEXT_MAX_SIZE}, 1 MB),
 * judged by its {@code Content-Length}; a body sent without one is counted as it is read and cut off at the limit.
 * One file of an upload beyond {@code spring.servlet.multipart.max-file-size} ({@code ARCHIVE_IMPORT_MAX_FILE_SIZE})
 * is refused while it is read, at that size. The connection is closed after the answer, so the rest of the body is
 * never received.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimits extends OncePerRequestFilter {

    private final long textBytes;
    private final long uploadBytes;
    private final long fileBytes;

    RequestSizeLimits(@Value("${archive.limits.text-size:1MB}") DataSize text,
                      @Value("${spring.servlet.multipart.max-request-size:128MB}") DataSize upload,
                      @Value("${spring.servlet.multipart.max-file-size:100MB}") DataSize file) {
        this.textBytes = text.toBytes();
        this.uploadBytes = upload.toBytes();
        this.fileBytes = file.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean multipart = request.getContentType() != null
                && request.getContentType().toLowerCase().startsWith("multipart/");
        long limit = multipart ? uploadBytes : textBytes;
        long length = announced(request);
        if (length > limit) {
            tooLarge(request, response, message(multipart, length, limit));
            return;
        }
        HttpServletRequest counted = length < 0 && !multipart ? new Limited(request, limit) : request;
        try {
            chain.doFilter(counted, response);
        } catch (ServletException | IOException | RuntimeException e) {
            String size = sizeFailure(e);
            if (size == null || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            tooLarge(request, response, size);
        }
    }

    private String message(boolean multipart, long length, long limit) {
        return multipart
                ? "The upload is " + mb(length) + "; one request takes up to " + mb(limit) + " (each file up to "
                        + mb(fileBytes) + "). Upload fewer volumes at a time, or import large ones with the command line."
                : "The request body is " + kb(length) + "; it may be up to " + kb(limit)
                        + ". A telegram or a document's text is far smaller: send one document at a time.";
    }

    /** The message for a failure that is a body over its limit, or null for any other failure. */
    private String sizeFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BodyTooLargeException) {
                return "The request body is larger than " + kb(textBytes) + ". Send one document at a time.";
            }
            String name = t.getClass().getName();
            if (name.endsWith("FileSizeLimitExceededException")) {
                return "A file of the upload is larger than " + mb(fileBytes)
                        + ". Import a volume that large with the command line.";
            }
            if (name.endsWith("SizeLimitExceededException") || name.endsWith("MaxUploadSizeExceededException")) {
                return "The upload is larger than " + mb(uploadBytes) + " (each file up to " + mb(fileBytes)
                        + "). Upload fewer volumes at a time.";
            }
        }
        return null;
    }

    static void tooLarge(HttpServletRequest request, HttpServletResponse response, String message) throws IOException {
        response.setStatus(413);
        response.setHeader(HttpHeaders.CONNECTION, "close");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (path.startsWith("/api/") || (accept != null && accept.contains("json") && !accept.contains("text/html"))) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
                    + "\"detail\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter().write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                    + "<title>Too large — Cable Archive</title><link rel=\"stylesheet\" href=\""
                    + request.getContextPath() + "/css/archive.css\"></head><body><main><section class=\"narrow\">"
                    + "<h1>Too large</h1><p>" + HtmlUtils.htmlEscape(message) + " Nothing was changed.</p>"
                    + "<p><a href=\"" + request.getContextPath() + "/\">Home page</a></p></section></main></body></html>\n");
        }
        response.flushBuffer();
    }

    private static String kb(long bytes) {
        return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : (bytes + 1023) / 1024 + " KB";
    }

    private static String mb(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024) + " MB";
    }

    /** A body beyond its limit, found while reading one sent without a Content-Length. */
    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException() {
            super("The request body is larger than its limit");
        }
    }

    /** The request, its body counted as it is read. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream counted;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                ServletInputStream in = super.getInputStream();
                counted = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws BodyTooLargeException {
                        read += n;
                        if (read > limit) {
                            throw new BodyTooLargeException();
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return counted;
        }
    }

    /** The length the client announced (the header itself, which is what a server judges before reading a byte). */
    private static long announced(HttpServletRequest request) {
        String header = request.getHeader("Content-Length");
        if (header != null) {
            try {
                return Long.parseLong(header.trim());
            } catch (NumberFormatException e) {
                return request.getContentLengthLong();
            }
        }
        return request.getContentLengthLong();
    }
}
