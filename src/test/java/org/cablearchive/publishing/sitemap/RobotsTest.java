package org.cablearchive.publishing.sitemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cablearchive.publishing.citation.Permalinks;
import org.cablearchive.testing.OpenWebLayer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.cache.autoconfigure.CacheAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** {@code robots.txt} in the web layer alone: what it is made of is the controller and the permalinks, nothing stored. */
@WebMvcTest(RobotsController.class)
@Import({Permalinks.class, OpenWebLayer.class})
// The application enables Spring's cache, which a slice does not configure by itself.
@ImportAutoConfiguration(CacheAutoConfiguration.class)
class RobotsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void robotsKeepCrawlersOutOfTheDeskAndPointToTheSiteMap() throws Exception {
        var response = mvc.perform(get("/robots.txt")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("text/plain");
        assertThat(response.getContentAsString().lines().toList())
                .contains("User-agent: *", "Disallow: /api/", "Disallow: /imports", "Disallow: /login",
                        "Sitemap: http://localhost/sitemap.xml");
    }
}
