package org.cablearchive.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.testing.OpenWebLayer;
import org.cablearchive.testing.Seed;
import org.cablearchive.testing.Untouched;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.cache.autoconfigure.CacheAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code POST /api/parse} in the web layer alone (no database, no index): the real reader and the real rate limit
 * behind the controller, and a catalog that fails if it is touched, since reading a text saves nothing. Saving
 * ({@code POST /api/documents}) is {@link PlainTextApiTest}'s, on the whole application.
 */
@WebMvcTest(PlainTextApiController.class)
// The application enables Spring's cache, which a slice does not configure by itself.
@ImportAutoConfiguration(CacheAutoConfiguration.class)
@Import({ParseRateLimit.class, OpenWebLayer.class, ParseApiTest.Catalog.class})
class ParseApiTest {

    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

    @Autowired
    MockMvc mvc;

    @TestConfiguration(proxyBeanMethods = false)
    static class Catalog {
        @Bean
        DocumentCatalog untouchedCatalog() {
            return Untouched.of(DocumentCatalog.class);
        }
    }

    @Test
    void parseReadsTheSeedWithoutSavingIt() throws Exception {
        mvc.perform(post("/api/parse").contentType(TEXT).content(Seed.text()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").doesNotExist())
                .andExpect(jsonPath("$.title").value(Seed.TITLE))
                .andExpect(jsonPath("$.fileNumber").value("611.61/10–1551"))
                .andExpect(jsonPath("$.classification").value("TOP_SECRET"))
                .andExpect(jsonPath("$.references[0].label").value("Embtel 634, October 15"))
                .andExpect(jsonPath("$.warnings").isArray())
                .andExpect(jsonPath("$.confidence").value("HIGH"));
    }

    @Test
    void parseTurnsAwayEmptyAndUndecodableTextWithAReason() throws Exception {
        mvc.perform(post("/api/parse").contentType(TEXT).content("   \n  "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").isNotEmpty());
        mvc.perform(post("/api/parse").contentType(TEXT).content(new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, (byte) 0xc3}))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("UTF-8")));
    }

    @Test
    void parseRefusesTextFarTooLargeForATelegram() throws Exception {
        byte[] huge = new byte[(int) PlainTextApiController.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        mvc.perform(post("/api/parse").contentType(TEXT).content(huge))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.detail").value(containsString("one document at a time")));
    }

    @Test
    void thePublicMayParseOnlySoOftenAMinuteFromOneAddress() throws Exception {
        String address = "198.18.0." + (1 + new java.util.Random().nextInt(250));
        int ok = 0;
        int limited = 0;
        for (int i = 0; i < 25; i++) {
            int status = mvc.perform(post("/api/parse").contentType(MediaType.TEXT_PLAIN).content("639. Re Embtel 634.")
                    .with(r -> { r.setRemoteAddr(address); return r; })).andReturn().getResponse().getStatus();
            if (status == 200) {
                ok++;
            } else if (status == 429) {
                limited++;
            }
        }
        assertThat(ok).isEqualTo(20);
        assertThat(limited).isEqualTo(5);
        mvc.perform(post("/api/parse").contentType(MediaType.TEXT_PLAIN).content("639. Re Embtel 634.")
                        .with(r -> { r.setRemoteAddr(address); return r; }))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.detail").value(containsString("try again in")));
        // Another address, and a signed-in archivist from the same one, are not held back.
        mvc.perform(post("/api/parse").contentType(MediaType.TEXT_PLAIN).content("639. Re Embtel 634.")
                .with(r -> { r.setRemoteAddr("198.18.1.1"); return r; })).andExpect(status().isOk());
        mvc.perform(post("/api/parse").contentType(MediaType.TEXT_PLAIN).content("639. Re Embtel 634.")
                .with(r -> { r.setRemoteAddr(address); return r; }).with(user("clerk").roles("ARCHIVIST")))
                .andExpect(status().isOk());
    }
}
