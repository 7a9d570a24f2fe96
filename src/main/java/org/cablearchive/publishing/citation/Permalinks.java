package org.cablearchive.publishing.citation;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The absolute address of a document's page, which citations give as its permalink: under the configured
 * {@code archive.base-url} ({@code ARCHIVE_BASE_URL}, e.g. {@code https://archive.example.org}) when there is
 * one, so that citations name the public address whatever proxy the request came through; else under the
 * address the request was made to.
 */
@Component
public class Permalinks {

    private final String base;

    public Permalinks(@Value("${archive.base-url:}") String configured) {
        this.base = configured == null || configured.isBlank() ? null : checked(configured.strip());
    }

    /**
     * The archive's root address, without a trailing slash: the configured one, or else the address the request was
     * made to (its {@code Host} header: set {@code ARCHIVE_BASE_URL} in production, so that no request decides the
     * links others read).
     */
    public String site(HttpServletRequest request) {
        return base != null ? base
                : ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
    }

    /** The host name of {@link #site}. */
    public String host(HttpServletRequest request) {
        return base != null ? URI.create(base).getHost() : request.getServerName();
    }

    /** {@code https://archive.example.org/documents/frus1951v07p2-d63}. */
    public String document(String id, HttpServletRequest request) {
        UriComponentsBuilder root = base != null ? UriComponentsBuilder.fromUriString(base)
                : ServletUriComponentsBuilder.fromContextPath(request);
        return root.pathSegment("documents", id).build().encode().toUriString();
    }

    private static String checked(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new URISyntaxException(url, "not an absolute http or https address without query or fragment");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("archive.base-url (ARCHIVE_BASE_URL) must be the archive's public address, "
                    + "such as https://archive.example.org: \"" + url + "\" is " + e.getReason(), e);
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
