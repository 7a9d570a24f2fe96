package org.cablearchive.ingest.plaintext;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cablearchive.records.Body;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentDraft.FootnoteDraft;
import org.cablearchive.records.DocumentDraft.ReferenceDraft;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The founding example: the reading of the seed telegram must give exactly what expected.json lists. */
class SeedTelegramReadingTest {

    private static final Path SEED = Path.of("..", "shared", "fixtures", "seed");

    private static String text;
    private static JsonNode expected;
    private static PlainTextReading reading;
    private static DocumentDraft draft;

    @BeforeAll
    static void read() throws IOException {
        text = Files.readString(SEED.resolve("telegram-611.61-10-1551.txt"), StandardCharsets.UTF_8);
        expected = JsonMapper.builder().build().readTree(Files.readString(SEED.resolve("expected.json"), StandardCharsets.UTF_8));
        reading = new PlainTextTelegramReader().read(text);
        draft = reading.draft();
    }

    @Test
    void headFieldsAreTheExpectedOnes() {
        assertThat(draft.sourceNote()).isEqualTo(expected.get("sourceNote").asString());
        assertThat(draft.fileNumber()).isEqualTo(expected.get("fileNumber").asString());
        assertThat(draft.type().name()).isEqualTo(expected.get("type").asString());
        assertThat(draft.title()).isEqualTo(expected.get("title").asString());
        assertThat(draft.sender().role()).isEqualTo(nullable(expected.get("sender").get("role")));
        assertThat(draft.sender().name()).isEqualTo(nullable(expected.get("sender").get("name")));
        assertThat(draft.recipient().role()).isEqualTo(nullable(expected.get("recipient").get("role")));
        assertThat(draft.recipient().name()).isEqualTo(nullable(expected.get("recipient").get("name")));
        assertThat(draft.classification().name()).isEqualTo(expected.get("classification").asString());
        assertThat(draft.precedence().name()).isEqualTo(expected.get("precedence").asString());
        assertThat(draft.telegramNumber()).isEqualTo(expected.get("telegramNumber").asString());
        assertThat(draft.date().iso()).isEqualTo(expected.get("date").asString());
        assertThat(draft.handling()).isEmpty();
        assertThat(draft.place()).isNull();
    }

    @Test
    void referencesAreTheExpectedOnes() {
        List<ReferenceDraft> refs = draft.references();
        JsonNode exp = expected.get("references");
        assertThat(refs).hasSize(exp.size());
        for (int i = 0; i < exp.size(); i++) {
            JsonNode e = exp.get(i);
            ReferenceDraft r = refs.get(i);
            assertThat(r.kind().name()).isEqualTo(e.get("kind").asString());
            assertThat(r.number()).isEqualTo(e.get("number").asString());
            assertThat(r.date()).hasToString(e.get("date").asString());
            assertThat(r.label()).isEqualTo(e.get("label").asString());
            assertThat(r.key()).isEqualTo("xr" + (i + 1));
        }
        assertThat(draft.body().xml()).contains("<ref corresp=\"#xr1\">Embtel 634, October 15</ref>");
    }

    @Test
    void pagesAreTheExpectedOnes() {
        assertThat(draft.pageStart()).isEqualTo(expected.get("pageStart").asInt());
        assertThat(draft.pageEnd()).isEqualTo(expected.get("pageEnd").asInt());
        List<String> breaks = new ArrayList<>();
        expected.get("pageBreaks").forEach(n -> breaks.add(n.asString()));
        assertThat(draft.body().pageBreaks()).isEqualTo(breaks);
    }

    @Test
    void inlinePageMarkersStayInsideTheirParagraphs() {
        String plain = draft.body().plainText();
        assertThat(plain).contains("by empty argument relative [Page 1045] for example to relocation");
        assertThat(plain).contains("improvement of Sov Amer relations [Page 1046] and for elimination");
        assertThat(plain).contains("not worth the paper on which [Page 1047] they are written.");
        assertThat(plain).contains("fol:\n\n[Page 1044]\n\n(a) Re the position in Kor.");
    }

    @Test
    void bodyIsTheExpectedOne() {
        Body body = draft.body();
        assertThat(body.paragraphCount()).isEqualTo(expected.get("paragraphCount").asInt());
        assertThat(body.plainText()).startsWith(expected.get("bodyStartsWith").asString());
        assertThat(body.plainText()).endsWith(expected.get("bodyEndsWith").asString());
        assertThat(body.plainText()).contains("receive text to [of] this statement");
        assertThat(body.xml()).contains("<supplied>of</supplied>");
        assertThat(body.plainText()).contains("\n\n1. Content of oral statement").contains("\n\n2. In his oral statement");
    }

    @Test
    void footnotesAreTheExpectedOnes() {
        JsonNode exp = expected.get("footnotes");
        List<FootnoteDraft> fns = draft.footnotes();
        assertThat(fns).hasSize(exp.size());
        List<String> anchors = draft.body().footnoteAnchors();
        for (int i = 0; i < exp.size(); i++) {
            JsonNode e = exp.get(i);
            FootnoteDraft f = fns.get(i);
            assertThat(f.n()).isEqualTo(e.get("n").asString());
            assertThat(f.text()).isEqualTo(e.get("text").asString());
            assertThat(anchors).contains(f.key());
            assertThat(textBeforeAnchor(draft.body(), f.key())).endsWith(e.get("anchoredAfter").asString());
        }
    }

    @Test
    void closingPartsAreTheExpectedOnes() {
        assertThat(draft.distribution()).isEqualTo(expected.get("distribution").asString());
        assertThat(draft.signature()).isEqualTo(expected.get("signature").asString());
    }

    @Test
    void theReadingIsConfidentAndNothingIsLost() {
        assertThat(reading.confidence()).isEqualTo(PlainTextReading.Confidence.HIGH);
        assertThat(reading.warnings()).isEmpty();
        assertThat(reading.opener()).isEqualTo("top secret\npriority");
        assertThat(ReadingWords.wordsOf(reading)).isEqualTo(ReadingWords.words(text));
    }

    @Test
    void everyFieldOfExpectedJsonIsChecked() {
        // The tests above check these fields; a field added to expected.json must get a check too.
        assertThat(expected.propertyNames()).containsExactlyInAnyOrder("sourceNote", "fileNumber", "type", "title",
                "sender", "recipient", "classification", "precedence", "telegramNumber", "date", "references",
                "pageStart", "pageEnd", "pageBreaks", "paragraphCount", "bodyStartsWith", "bodyEndsWith", "footnotes",
                "distribution", "signature");
    }

    /** The body's plain text up to the footnote anchor with this key. */
    static String textBeforeAnchor(Body body, String key) {
        StringBuilder sb = new StringBuilder();
        boolean[] found = {false};
        body.walk(new Body.Visitor() {
            @Override
            public void start(String element, Map<String, String> attributes) {
                if (element.equals("note") && key.equals(attributes.get("xml:id"))) {
                    found[0] = true;
                }
                if (!found[0] && element.equals("supplied")) {
                    sb.append('[');
                }
            }

            @Override
            public void end(String element) {
                if (!found[0] && element.equals("supplied")) {
                    sb.append(']');
                }
            }

            @Override
            public void text(String t) {
                if (!found[0]) {
                    sb.append(t);
                }
            }
        });
        assertThat(found[0]).as("anchor %s in the body", key).isTrue();
        return sb.toString().replaceAll("\\s+", " ");
    }

    private static String nullable(JsonNode n) {
        return n == null || n.isNull() ? null : n.asString();
    }
}
