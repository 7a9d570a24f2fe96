package org.cablearchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cablearchive.ingest.volumes.VolumeImporter;
import org.cablearchive.testing.ArchiveTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A search too long for the engine (too many words, or glossary forms of them, or characters) is cut, never a 500. */
@ArchiveTest
class LongQueryTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CUT = Pattern.compile("only its first (\\d+) of (\\d+) terms were searched");

    @Autowired
    MockMvc mvc;

    @Autowired
    VolumeImporter importer;

    @Autowired
    ArchiveSearch search;

    @Autowired
    SearchIndex index;

    @BeforeEach
    void volumes() throws Exception {
        SearchVolumes.load(importer, search, index);
    }

    /** Distinct words of the archive's own language, glossary abbreviations among them (each searched in all its forms). */
    private static String distinctWords(int n) {
        String[] seed = ("Govt Sov Embtel Deptel Soviet government embassy telegram Taipei Korea China India minister "
                + "secretary state department president foreign affairs military aid economic political situation "
                + "communist nationalist army navy air force treaty agreement conference meeting report").split(" ");
        List<String> words = new ArrayList<>(List.of(seed));
        for (int i = 0; words.size() < n; i++) {
            words.add("z" + Integer.toString(i, 26).replace('0', 'q').replace('1', 'z')); // short: within the length cap
        }
        return String.join(" ", words.subList(0, n));
    }

    private JsonNode api(String q) throws Exception {
        return JSON.readTree(mvc.perform(get("/api/search").param("q", q)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void aQueryOfHundredsOfDistinctWordsIsCutToWhatTheEngineTakesWithANoteOnEveryDoor() throws Exception {
        String q = distinctWords(147);
        assertThat(q.length()).isLessThan(QueryText.MAX_LENGTH);
        JsonNode answer = api(q);
        assertThat(answer.get("notes")).isNotEmpty();
        Matcher m = CUT.matcher(answer.get("notes").get(0).asString());
        assertThat(m.find()).as(answer.get("notes").toString()).isTrue();
        int kept = Integer.parseInt(m.group(1));
        assertThat(Integer.parseInt(m.group(2))).isEqualTo(147);
        assertThat(kept).isPositive().isLessThan(147);
        // What was searched is exactly the first terms: the same query typed alone runs whole, with no note.
        String first = String.join(" ", List.of(q.split(" ")).subList(0, kept));
        JsonNode alone = api(first);
        assertThat(alone.get("notes")).isEmpty();
        assertThat(answer.get("total").asLong()).isEqualTo(alone.get("total").asLong());
        // One term more would not have run whole.
        assertThat(api(String.join(" ", List.of(q.split(" ")).subList(0, kept + 1))).get("notes")).isNotEmpty();

        String html = mvc.perform(get("/search").param("q", q)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select(".note").text()).contains("too long");
        mvc.perform(get("/search.atom").param("q", q)).andExpect(status().isOk());
        mvc.perform(get("/search").param("q", q).header("HX-Request", "true")).andExpect(status().isOk());
    }

    @Test
    void aShortQueryOfManyGroupsAndPhrasesRunsOrIsCutButNeverFails() throws Exception {
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            q.append("\"Sov Govt ").append(i).append("\" OR Embtel").append(i).append(" -Deptel").append(i).append(' ');
        }
        JsonNode answer = api(q.toString().strip());
        assertThat(answer.get("total").asLong()).isGreaterThanOrEqualTo(0);
        mvc.perform(get("/search").param("q", q.toString())).andExpect(status().isOk());
        mvc.perform(get("/search.atom").param("q", q.toString())).andExpect(status().isOk());
    }

    @Test
    void aQueryLongerThanTheCapIsCutBetweenWords() throws Exception {
        String q = "Taipei" + " ".repeat(QueryText.MAX_LENGTH) + "Korea"; // the words after the cap are not read
        JsonNode answer = api(q);
        assertThat(answer.get("notes").toString()).contains("longer than " + QueryText.MAX_LENGTH + " characters");
        assertThat(answer.get("total").asLong()).isEqualTo(api("Taipei").get("total").asLong()).isPositive();
        mvc.perform(get("/search").param("q", q)).andExpect(status().isOk());
        mvc.perform(get("/search.atom").param("q", q)).andExpect(status().isOk());
    }
}
