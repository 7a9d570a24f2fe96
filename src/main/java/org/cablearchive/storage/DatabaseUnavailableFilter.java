package org.cablearchive.storage;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 Service Unavailable with {@code Retry-After} when the database cannot be reached, before any other
 * filter (sign-in included) and around them all: at once while the embedded server is known to be down and being
 * started again, and for any request that failed because no connection could be had (the pool gives up within
 * 1.5 s). A page for browsers, RFC 9457 problem details for the API and for clients that ask for JSON. The health
 * endpoints and static files are left alone: they report the outage, or do not need the database.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);
    static final String RETRY_AFTER_SECONDS = "5";
    static final String MESSAGE = "The archive's database cannot be reached just now. Nothing was changed by this "
            + "request; please try again in a few seconds.";

    private final ObjectProvider<DatabaseServer> servers;

    DatabaseUnavailableFilter(ObjectProvider<DatabaseServer> servers) {
        this.servers = servers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/actuator/") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/webjars/") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        DatabaseServer server = servers.getIfAvailable(() -> DatabaseServer.OUTSIDE);
        if (server.isDown()) {
            unavailable(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseFailures.isUnreachable(e) || response.isCommitted()) {
                throw e;
            }
            server.suspectDown();
            log.warn("{} {}: the database could not be reached ({})", request.getMethod(), request.getRequestURI(),
                    rootMessage(e));
            response.resetBuffer();
            unavailable(request, response);
        }
    }

    static void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (wantsJson(request)) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                    + "\"detail\":\"" + MESSAGE + "\"}");
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            String css = request.getContextPath() + "/css/archive.css";
            response.getWriter().write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                    + "<title>Unavailable for a moment — Cable Archive</title>"
                    + "<link rel=\"stylesheet\" href=\"" + css + "\"></head><body><main><section class=\"narrow\">"
                    + "<h1>Unavailable for a moment</h1><p>" + MESSAGE + "</p>"
                    + "<p><a href=\"" + request.getContextPath() + "/\">Home page</a></p>"
                    + "</section></main></body></html>\n");
        }
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return path.startsWith("/api/") || path.equals("/v3/api-docs")
                || (accept != null && accept.contains("json") && !accept.contains("text/html"));
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }
}
