package org.cablearchive.ingest.tei;

import static org.assertj.core.api.Assertions.assertThat;

import org.cablearchive.records.VolumeDocumentDraft;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The drafting line read from the volumes as printed: in the source note (1969–76) and as a footnote (1951). */
class DraftingLineReadingTest {

    private static CollectingSink v1951;
    private static CollectingSink v12;

    @BeforeAll
    static void read() {
        v1951 = Fixtures.read("frus1951v07p2");
        v12 = Fixtures.read("frus1969-76v12");
    }

    @Test
    void aModernSourceNotesDraftingLine() {
        assertThat(drafting(v12, "d55")).isEqualTo("Drafted by Toon, cleared by Walsh, and approved by Rogers.");
        assertThat(drafting(v12, "d58"))
                .isEqualTo("Drafted by Atherton on June 17; cleared in substance by Sisco, Walsh, and Swank; and approved by Sisco.");
        assertThat(drafting(v12, "d98")).isEqualTo("Drafted by W.B. Smith, cleared by Swank and Atherton, and approved by Sisco.");
        assertThat(drafting(v12, "d26")).startsWith("Drafted by Gifford D. Malone (EUR/SOV) on March 14, and concurred in by");
        long withLine = v12.documents.stream().filter(d -> d.draft().drafting() != null).count();
        assertThat(withLine).isGreaterThanOrEqualTo(30);
    }

    @Test
    void anOlderVolumesDraftingFootnote() {
        assertThat(drafting(v1951, "d254")).isEqualTo("Drafted by Mr. Robert W. Barnett.");
        assertThat(drafting(v1951, "d246")).startsWith("Drafted by E. P. Walinsky of the Security Operations Division")
                .endsWith("of the Office of Chinese Affairs.");
    }

    private static String drafting(CollectingSink volume, String xmlId) {
        return volume.documents.stream().filter(d -> d.xmlId().equals(xmlId)).map(VolumeDocumentDraft::draft).findFirst()
                .orElseThrow().drafting();
    }
}
