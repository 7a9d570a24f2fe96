package org.cablearchive.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import org.cablearchive.testing.ArchiveTest;
import org.cablearchive.testing.Frus;
import org.cablearchive.testing.ImportJobsApi;
import org.cablearchive.testing.TestDatabase;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** Imports through the API and the archivists' pages; volumes and TEI exports as readers get them. */
@ArchiveTest
class ImportWebTest {

    private static final String VOLUME = "frus1917-72PubDip";

    @Autowired
    MockMvc mvc;

    private MockMultipartFile volumeFile() throws Exception {
        return new MockMultipartFile("file", VOLUME + ".xml", "application/xml", Files.readAllBytes(Frus.file(VOLUME)));
    }

    private JsonNode json(String body) {
        return ImportJobsApi.json(body);
    }

    private JsonNode awaitJob(String url) throws Exception {
        return ImportJobsApi.awaitJob(mvc, url);
    }

    @Test
    void theApiStartsAnImportJobAndReportsItsOutcome() throws Exception {
        String started = mvc.perform(multipart("/api/imports").file(volumeFile()).param("force", "true")
                        .with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", startsWith("/api/imports/")))
                .andExpect(jsonPath("$.id").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        JsonNode job = awaitJob(json(started).get("url").asString());
        assertThat(job.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("documents").asInt()).isEqualTo(Frus.count(VOLUME).documents());
        assertThat(job.get("warnings").isArray()).isTrue();
        assertThat(job.get("conflicts").isArray()).isTrue();
        assertThat(job.get("error").isNull()).isTrue();

        mvc.perform(get("/api/volumes/{id}", VOLUME)).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(VOLUME))
                .andExpect(jsonPath("$.title").value(containsString("Public Diplomacy")))
                .andExpect(jsonPath("$.documentCount").value(Frus.count(VOLUME).documents()))
                .andExpect(jsonPath("$.footnoteCount").value(Frus.count(VOLUME).footnotes()));
        mvc.perform(get("/api/volumes")).andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == '" + VOLUME + "')]").exists());
        mvc.perform(get("/api/volumes/no-such-volume")).andExpect(status().isNotFound());
    }

    @Test
    void aBrokenUploadFailsWithItsReason() throws Exception {
        MockMultipartFile junk = new MockMultipartFile("file", "junk.xml", "application/xml", "<TEI>".getBytes());
        String started = mvc.perform(multipart("/api/imports").file(junk).with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        JsonNode job = awaitJob(json(started).get("url").asString());
        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("error").asString()).startsWith("junk.xml: ");
    }

    /**
     * Both ways a person can hand the archive XML (the API's upload and the import page's) go through the one secure
     * parser: a DTD with an external entity (here naming a local file), an external DTD and an entity expansion bomb
     * each fail the job with a message that names the DTD, nothing of the file is saved, and nothing of the named
     * file comes back.
     */
    @Test
    void everyUploadRefusesDtdsAndExternalEntities() throws Exception {
        java.nio.file.Path secret = Files.createTempFile("not-for-the-archive", ".txt");
        Files.writeString(secret, "SECRET-" + System.nanoTime());
        String tei = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><publicationStmt><idno type=\"frus\">"
                + "hostile-upload</idno></publicationStmt></fileDesc></teiHeader><text><body><div type=\"document\" xml:id=\"d1\">"
                + "<head>A document</head><p>&x;</p></div></body></text></TEI>";
        java.util.List<String> hostile = java.util.List.of(
                "<?xml version=\"1.0\"?><!DOCTYPE TEI [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>" + tei,
                "<?xml version=\"1.0\"?><!DOCTYPE TEI SYSTEM \"http://127.0.0.1:9/tei.dtd\">" + tei.replace("&x;", "text"),
                "<?xml version=\"1.0\"?><!DOCTYPE TEI [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY x \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>" + tei);
        for (String xml : hostile) {
            MockMultipartFile file = new MockMultipartFile("file", "hostile-upload.xml", "application/xml",
                    xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String started = mvc.perform(multipart("/api/imports").file(file).with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD)))
                    .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
            String location = mvc.perform(multipart("/imports").file(file).with(user("archivist").roles("ARCHIVIST")).with(csrf()))
                    .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
            for (String job : java.util.List.of(json(started).get("url").asString(), "/api" + location)) {
                JsonNode done = awaitJob(job);
                assertThat(done.get("status").asString()).isEqualTo("FAILED");
                assertThat(done.get("error").asString()).startsWith("hostile-upload.xml: ").contains("DTD")
                        .doesNotContain("SECRET-");
                assertThat(done.get("documents").asInt()).isZero();
            }
        }
        mvc.perform(get("/api/volumes/hostile-upload")).andExpect(status().isNotFound());
        mvc.perform(get("/documents/hostile-upload-d1")).andExpect(status().isNotFound());
    }

    @Test
    void importingNeedsAnAccountAndAFile() throws Exception {
        mvc.perform(multipart("/api/imports").file(volumeFile())).andExpect(status().isUnauthorized());
        mvc.perform(multipart("/api/imports").with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/imports/00000000-0000-0000-0000-000000000000").with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/imports").accept(org.springframework.http.MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
    }

    @Test
    void theImportPagesUploadAndShowTheJob() throws Exception {
        mvc.perform(get("/imports").with(user("archivist").roles("ARCHIVIST")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Import FRUS volumes")));
        String location = mvc.perform(multipart("/imports").file(volumeFile()).param("force", "true")
                        .with(user("archivist").roles("ARCHIVIST")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/imports/");
        awaitJob("/api" + location);
        String page = mvc.perform(get(location).with(user("archivist").roles("ARCHIVIST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).selectFirst(".job__status strong").text()).isEqualTo("Succeeded");
        String fragment = mvc.perform(get(location).header("HX-Request", "true").with(user("archivist").roles("ARCHIVIST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("id=\"report\"").doesNotContain("<html");
        mvc.perform(multipart("/imports").with(user("archivist").roles("ARCHIVIST")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", "/imports"));
    }

    @Test
    void documentsAndVolumesExportAsFrusTei() throws Exception {
        mvc.perform(multipart("/api/imports").file(volumeFile()).param("force", "true")
                .with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD))).andExpect(status().isAccepted());
        Thread.sleep(100);
        awaitAllJobs();
        String doc = mvc.perform(get("/documents/{id}.xml", VOLUME + "-d1")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("application/tei+xml")))
                .andReturn().getResponse().getContentAsString();
        assertThat(doc).contains("http://www.tei-c.org/ns/1.0").contains("http://history.state.gov/frus/ns/1.0")
                .contains("xml:id=\"d1\"");
        String volume = mvc.perform(get("/volumes/{id}.xml", VOLUME)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(volume).contains("<idno type=\"frus\">" + VOLUME + "</idno>");
        assertThat(Jsoup.parse(volume, "", org.jsoup.parser.Parser.xmlParser()).select("div[type=document]"))
                .hasSize(Frus.count(VOLUME).documents());
        mvc.perform(get("/volumes/no-such-volume.xml")).andExpect(status().isNotFound());
        mvc.perform(get("/documents/no-such-document.xml")).andExpect(status().isNotFound());
    }

    private void awaitAllJobs() throws Exception {
        String list = mvc.perform(get("/imports").with(user("archivist").roles("ARCHIVIST")))
                .andReturn().getResponse().getContentAsString();
        for (var link : Jsoup.parse(list).select("table a[href^=/imports/]")) {
            awaitJob("/api" + link.attr("href"));
        }
    }
}
