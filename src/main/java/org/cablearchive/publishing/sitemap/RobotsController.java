package org.cablearchive.publishing.sitemap;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.cablearchive.publishing.citation.Permalinks;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /robots.txt}: crawlers may read the public pages; the API, the import desk and the sign-in page are not
 * for them. Points to the site map.
 */
@Controller
class RobotsController {

    private final Permalinks permalinks;

    RobotsController(Permalinks permalinks) {
        this.permalinks = permalinks;
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots(HttpServletRequest request) {
        String text = """
                User-agent: *
                Disallow: /api/
                Disallow: /imports
                Disallow: /login
                Allow: /

                Sitemap: %s/sitemap.xml
                """.formatted(permalinks.site(request));
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8)).body(text);
    }
}
