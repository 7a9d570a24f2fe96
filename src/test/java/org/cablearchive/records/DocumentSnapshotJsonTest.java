package org.cablearchive.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Revisions and corrections keep snapshots as JSON: those written before the fields were grouped still read back. */
class DocumentSnapshotJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A revision as the flat DocumentSnapshot record wrote it before the groups (every component, in its order). */
    static final String FLAT = """
            {"status":"IN_REVIEW","type":"TELEGRAM","title":"The Chargé in the Soviet Union (Cumming) to the Secretary of State",
             "sourceNote":"611.61/10–1551: Telegram","fileNumber":"611.61/10–1551","classification":"SECRET",
             "precedence":"NIACT","handling":["NODIS"],"telegramNumber":"639","date":"1951-10-15","place":"Moscow",
             "sender":{"role":"Chargé in the Soviet Union","name":"Cumming"},"recipient":{"role":"Secretary of State","name":null},
             "body":"<body><p>Re <ref corresp=\\"#xr1\\">Embtel 634</ref>.<note n=\\"1\\" xml:id=\\"fn1\\"/></p></body>",
             "footnotes":[{"key":"fn1","n":"1","text":"Not printed.","tei":null}],
             "references":[{"key":"xr1","kind":"EMBTEL","number":"634","date":"1951-10-14","label":"Embtel 634","target":null}],
             "distribution":"Sent Dept 613.","signature":"Cumming","pageStart":1042,"pageEnd":1043,
             "participants":["The Secretary"],"precedencePrinted":"niact","pageFirst":"1042","pageLast":"1043"}""";

    @Test
    void aRevisionInTheFlatShapeReadsBackIntoTheGroups() {
        DocumentSnapshot s = JSON.readValue(FLAT, DocumentSnapshot.class);
        DocumentDraft d = s.draft();
        assertThat(s.status()).isEqualTo(DocumentStatus.IN_REVIEW);
        assertThat(d.identification()).isEqualTo(new Identification(DocumentType.TELEGRAM,
                "The Chargé in the Soviet Union (Cumming) to the Secretary of State", "611.61/10–1551: Telegram", "611.61/10–1551", null));
        assertThat(d.dispatch()).isEqualTo(new Dispatch(Classification.SECRET, Precedence.NIACT, "niact", List.of("NODIS"), "639"));
        assertThat(d.correspondence()).isEqualTo(new Correspondence(new Party("Chargé in the Soviet Union", "Cumming"),
                new Party("Secretary of State", null), List.of("The Secretary"), DocumentDate.parse("1951-10-15"), "Moscow"));
        assertThat(d.body().footnoteAnchors()).containsExactly("fn1");
        assertThat(d.footnotes()).containsExactly(new DocumentDraft.FootnoteDraft("fn1", "1", "Not printed.", null));
        assertThat(d.references()).containsExactly(new DocumentDraft.ReferenceDraft("xr1", ReferenceKind.EMBTEL, "634",
                LocalDate.of(1951, 10, 14), "Embtel 634", null));
        assertThat(d.text().distribution()).isEqualTo("Sent Dept 613.");
        assertThat(d.pages()).isEqualTo(new PrintedPages(1042, 1043, "1042", "1043"));
        assertThat(s.printedPages()).isEqualTo("1042–1043");
    }

    @Test
    void aSnapshotIsWrittenInTheSameFlatShape() {
        DocumentSnapshot s = JSON.readValue(FLAT, DocumentSnapshot.class);
        JsonNode written = JSON.readTree(JSON.writeValueAsString(s));
        assertThat(names(written)).containsAll(names(JSON.readTree(FLAT)));
        assertThat(written.get("date").asString()).isEqualTo("1951-10-15");
        assertThat(written.get("body").asString()).startsWith("<body><p>Re <ref");
        assertThat(written.get("sender").get("name").asString()).isEqualTo("Cumming");
        assertThat(JSON.readValue(JSON.writeValueAsString(s), DocumentSnapshot.class)).isEqualTo(s);
    }

    @Test
    void aRevisionFromBeforePageLabelsAndParticipantsGetsTheirDefaults() {
        String old = """
                {"status":"DRAFT","type":"MEMORANDUM","title":"Memorandum","sourceNote":null,"fileNumber":null,
                 "classification":"UNKNOWN","precedence":"UNKNOWN","handling":[],"telegramNumber":null,"date":null,
                 "place":null,"sender":{"role":null,"name":null},"recipient":{"role":null,"name":null},"body":null,
                 "footnotes":[],"references":[],"distribution":null,"signature":null,"pageStart":7,"pageEnd":null}""";
        DocumentSnapshot s = JSON.readValue(old, DocumentSnapshot.class);
        assertThat(s.draft().date().isUndated()).isTrue();
        assertThat(s.draft().body()).isEqualTo(Body.EMPTY);
        assertThat(s.draft().participants()).isEmpty();
        assertThat(s.draft().pageFirst()).isEqualTo("7");
        assertThat(s.draft().pageLast()).isNull();
    }

    private static Set<String> names(JsonNode node) {
        return new TreeSet<>(node.propertyNames());
    }
}
