package org.cablearchive.ingest.volumes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cablearchive.ingest.ImportCommand;
import org.cablearchive.testing.ArchiveTest;
import org.cablearchive.testing.CableBundles;
import org.cablearchive.testing.ImportJobsApi;
import org.cablearchive.testing.TestDatabase;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The {@link VolumeReader} seam: a second format (the tests' made-up cable bundle, {@link CableBundles}, a bean of
 * every full test's context) is chosen by the file's name and imports through the same path as FRUS TEI (the API's
 * job, the worker, the importer, the store), and its volume then reads, searches and exports like any other; the
 * import page and the command line offer it; a file no format claims still fails as it did, with the TEI reader's
 * words.
 */
@ArchiveTest
class SecondImportFormatTest {

    private static final String VOLUME = "cables-seam";

    @Autowired
    MockMvc mvc;

    @Autowired
    VolumeReaders readers;

    @Autowired
    ImportCommand commandLine;

    /** Two real telegrams of 1951 (from the plain-text forms' test texts) in a bundle. */
    static String bundle(String id) throws IOException {
        return "Volume: " + id + "\nTitle: Telegrams of a test, 1951 (" + id + ")\nYear: 1951\n\n=== 1\n"
                + telegram("03-secret-niact.txt") + "=== 2\n" + telegram("12-dateline-with-time.txt");
    }

    private static String telegram(String name) throws IOException {
        try (InputStream in = SecondImportFormatTest.class.getResourceAsStream("/telegrams/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private JsonNode startAndAwait(MockMultipartFile file) throws Exception {
        String started = mvc.perform(multipart("/api/imports").file(file).param("force", "true")
                        .with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        return ImportJobsApi.awaitJob(mvc, ImportJobsApi.json(started).get("url").asString());
    }

    @Test
    void aVolumeOfAnotherFormatImportsThroughTheApiAndReadsLikeATeiOne() throws Exception {
        JsonNode job = startAndAwait(new MockMultipartFile("file", VOLUME + ".cables", "text/plain",
                bundle(VOLUME).getBytes(StandardCharsets.UTF_8)));
        assertThat(job.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("error").isNull()).isTrue();
        assertThat(job.get("documents").asInt()).isEqualTo(2);

        mvc.perform(get("/api/volumes/{id}", VOLUME)).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Telegrams of a test, 1951 (" + VOLUME + ")"))
                .andExpect(jsonPath("$.documentCount").value(2));
        mvc.perform(get("/api/documents/{id}", VOLUME + "-d1")).andExpect(status().isOk())
                .andExpect(jsonPath("$.telegramNumber").value("52"))
                .andExpect(jsonPath("$.classification").value("SECRET"))
                .andExpect(jsonPath("$.precedence").value("NIACT"));
        mvc.perform(get("/documents/{id}", VOLUME + "-d2")).andExpect(status().isOk())
                .andExpect(content().string(containsString("increased shipments of rice")));
        // Indexed in the import's own transaction, as a TEI volume's new documents are.
        mvc.perform(get("/api/search").param("q", "Kaesong agenda")).andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[?(@.id == '" + VOLUME + "-d1')]").exists());
        // It leaves the archive in the archive's own format, rebuilt from its records.
        String tei = mvc.perform(get("/volumes/{id}.xml", VOLUME)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(tei).contains("<idno type=\"frus\">" + VOLUME + "</idno>").contains("<div type=\"document\"")
                .contains("Communist delegates asked for recess");
    }

    @Test
    void aFileOfTheFormatThatIsNotOneFailsWithItsReaderWordsAndNothingIsSaved() throws Exception {
        JsonNode job = startAndAwait(new MockMultipartFile("file", "cables-broken.cables", "text/plain",
                "Volume: cables-broken\nthis is not a header line\n=== 1\nnothing\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("error").asString())
                .isEqualTo("cables-broken.cables: Not a cable bundle: line 2 is no header line");
        mvc.perform(get("/api/volumes/cables-broken")).andExpect(status().isNotFound());
    }

    @Test
    void aFileNoFormatClaimsIsReadAsTheArchivesOwnFormatAndFailsAsItDidBefore() throws Exception {
        assertThat(readers.forFile("notes.pdf").format()).isEqualTo("FRUS TEI");
        JsonNode job = startAndAwait(new MockMultipartFile("file", "notes.pdf", "application/pdf",
                "%PDF-1.4 not a volume".getBytes(StandardCharsets.UTF_8)));
        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("error").asString()).startsWith("notes.pdf: Not a readable FRUS TEI file: the XML is not "
                + "well-formed at line 1");
    }

    @Test
    void theImportPageOffersEveryFormatAndTheCommandLineFindsThemInAFolder(@TempDir Path folder)
            throws Exception {
        var page = Jsoup.parse(mvc.perform(get("/imports").with(user("archivist").roles("ARCHIVIST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.selectFirst("input#file").attr("accept"))
                .isEqualTo(".xml,.cables,application/xml,text/xml");
        assertThat(page.selectFirst(".lede").text()).contains("FRUS TEI (.xml); Cable bundle (.cables).");
        mvc.perform(multipart("/api/imports").with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail")
                        .value("Choose at least one FRUS TEI file (.xml) or Cable bundle file (.cables) to import."));

        Files.writeString(folder.resolve("cables-folder.cables"), bundle("cables-folder"));
        Files.writeString(folder.resolve("notes.txt"), "not a volume, and not offered to the import");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(commandLine.run(List.of("--force", folder.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("cables-folder: 2 documents (")
                .contains("1 of 1 volumes imported.");
        mvc.perform(get("/api/volumes/{id}", "cables-folder")).andExpect(status().isOk())
                .andExpect(jsonPath("$.documentCount").value(2));
    }
}
