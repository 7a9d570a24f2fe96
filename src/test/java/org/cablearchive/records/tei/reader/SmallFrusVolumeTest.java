package org.cablearchive.records.tei.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.cablearchive.records.Classification;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentType;
import org.cablearchive.records.VolumeDocumentDraft;
import org.cablearchive.testing.SmallFrusVolume;
import org.junit.jupiter.api.Test;

/**
 * The small volumes the tests build ({@link SmallFrusVolume}) read as FRUS volumes do: the reader finds in them every
 * piece it finds in a real file, so a test that imports one instead of a whole real volume tests the same paths.
 */
class SmallFrusVolumeTest {

    @Test
    void anExchangeOfTelegramsReadsWithEveryPieceAFrusFileHas() {
        SmallFrusVolume volume = SmallFrusVolume.exchange("small-test", 6);
        CollectingSink sink = Fixtures.readString(new String(volume.tei(), StandardCharsets.UTF_8));

        assertThat(sink.warnings).isEmpty();
        assertThat(sink.volumes).singleElement().satisfies(v -> {
            assertThat(v.id()).isEqualTo("small-test");
            assertThat(v.title()).startsWith("Foreign Relations of the United States, 1951");
            assertThat(v.editors()).contains("Jane Q. Editor");
        });
        assertThat(sink.persons).extracting(p -> p.xmlId()).containsExactly("p_KAG1", "p_AD1", "p_VAY1");
        assertThat(sink.terms).extracting(t -> t.abbreviation()).contains("Deptel", "Embtel", "Govt");
        assertThat(sink.chapters).extracting(c -> c.xmlId()).contains("comp1", "ch1");
        assertThat(sink.documents).hasSize(volume.documents());

        for (int n = 1; n <= volume.documents(); n++) {
            VolumeDocumentDraft document = sink.document("d" + n);
            DocumentDraft draft = document.draft();
            boolean fromPost = n % 2 == 1;
            assertThat(document.number()).isEqualTo(String.valueOf(n));
            assertThat(document.chapterXmlId()).isEqualTo("ch1");
            assertThat(draft.type()).as("d%d", n).isEqualTo(DocumentType.TELEGRAM);
            assertThat(draft.telegramNumber()).as("d%d", n).isEqualTo(String.valueOf(600 + n * 7));
            assertThat(draft.fileNumber()).as("d%d", n).isEqualTo("611.61/" + n + "–" + (3 + n) + "51");
            assertThat(draft.date().earliest()).as("d%d", n).isEqualTo(LocalDate.of(1951, n, 3 + n));
            assertThat(draft.place()).as("d%d", n).isEqualTo(fromPost ? "Moscow" : "Washington");
            assertThat(draft.sender().name()).as("d%d", n).isEqualTo(fromPost ? "Kirk" : "Acheson");
            assertThat(draft.classification()).as("d%d", n).isNotEqualTo(Classification.UNKNOWN);
            assertThat(draft.footnotes()).as("d%d", n).hasSize(1);
            assertThat(draft.pageStart()).as("d%d", n).isEqualTo(n);
            assertThat(draft.signature()).as("d%d", n).contains(fromPost ? "Kirk" : "Acheson");
            assertThat(document.mentions()).as("d%d", n).extracting(m -> m.personXmlId()).contains("p_VAY1");
            if (n > 1) {
                String before = String.valueOf(600 + (n - 1) * 7);
                assertThat(draft.references()).as("d%d answers the telegram before", n)
                        .anySatisfy(r -> assertThat(r.number()).isEqualTo(before));
            }
        }
    }
}
