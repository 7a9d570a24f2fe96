package org.cablearchive.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Cutting a passage out of a body: the marker in its place, everything else of the stored string as it was. */
class WithholdingTest {

    private static final String MARK = "1 paragraph (5 lines) not declassified";

    private static Body sample() {
        return Body.builder()
                .startParagraph().text("Re ").reference("xr1", "Embtel 634, October 15").text(". Following translation.")
                .endParagraph()
                .startParagraph().text("The Minister said ").emphasis("italic", "very secret").text(" things & more.").endParagraph()
                .startParagraph().text("empty argument relative ").pageBreak("1045").text("for example.").endParagraph()
                .startParagraph().text("between USA and Sov Union.").footnoteAnchor("fn1", "1").text(" Then the end.")
                .endParagraph()
                .build();
    }

    @Test
    void aWholeParagraphBecomesTheFrusMarkerAndNothingElseChanges() {
        Body body = Body.of("<body>\n  <p>First   paragraph stays.</p>\n  <p>Second\n paragraph goes.</p>\n</body>");
        Body.Withheld w = body.withhold("Second paragraph goes.", "d1-withheld-1", MARK);
        assertThat(w.body().xml()).isEqualTo("<body>\n  <p>First   paragraph stays.</p>\n  <p><gap reason=\"notDeclassified\" "
                + "xml:id=\"d1-withheld-1\"><desc>" + MARK + "</desc></gap></p>\n</body>");
        assertThat(w.body().plainText()).isEqualTo("First paragraph stays.\n\n[" + MARK + "]");
        assertThat(w.text()).isEqualTo("Second paragraph goes.");
        assertThat(w.tei()).isEqualTo("Second\n paragraph goes.");
        assertThat(w.body().withheldKeys()).containsExactly("d1-withheld-1");
    }

    @Test
    void markupWhollyInsideThePassageGoesWithIt() {
        Body.Withheld w = sample().withhold("said very secret things", "k", MARK);
        assertThat(w.body().plainText()).contains("The Minister [" + MARK + "] & more.").doesNotContain("secret");
        assertThat(w.tei()).isEqualTo("said <hi rend=\"italic\">very secret</hi> things");
        Body.Withheld inner = sample().withhold("very secret", "k", MARK);
        assertThat(inner.body().xml()).contains("<hi rend=\"italic\"><gap reason=\"notDeclassified\" xml:id=\"k\">");
    }

    @Test
    void refusesWhatCannotBeCutOutWholeWithAMessageThatQuotesNothingOfTheDocument() {
        Body body = sample();
        assertThatThrownBy(() -> body.withhold("said very", "k", MARK)).isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("inside marked-up text").hasMessageNotContaining("Minister");
        assertThatThrownBy(() -> body.withhold("relative [Page 1045] for", "k", MARK)).hasMessageContaining("page break");
        assertThatThrownBy(() -> body.withhold("Union.1 Then", "k", MARK)).hasMessageContaining("footnote mark");
        assertThatThrownBy(() -> body.withhold("Re Embtel 634", "k", MARK)).hasMessageContaining("cross-reference");
        assertThatThrownBy(() -> body.withhold("translation. The Minister", "k", MARK)).hasMessageContaining("more than one paragraph");
        assertThatThrownBy(() -> body.withhold("ing", "k", MARK))
                .hasMessageContaining("occurs 2 times").hasMessageContaining("longer passage");
        assertThatThrownBy(() -> body.withhold("nowhere in it", "k", MARK)).hasMessageContaining("not in the document's text")
                .hasMessageNotContaining("nowhere");
        Body once = body.withhold("Then the end.", "k", MARK).body();
        assertThatThrownBy(() -> once.withhold("Then the end.", "k2", MARK)).hasMessageContaining("not in the document's text");
        assertThatThrownBy(() -> once.withhold("not declassified", "k2", MARK)).hasMessageContaining("already withheld");
    }

    @Test
    void maskingAnEarlierStateReplacesEveryOccurrenceAndKeepsTheKeyOnce() {
        Body earlier = Body.of("<body><p>Alpha secretword beta.</p><p>Gamma <hi>secret</hi>word delta secretword.</p></body>");
        Body masked = earlier.masked("secretword", "k", MARK);
        assertThat(masked.plainText()).doesNotContain("secret").contains("Alpha [" + MARK + "] beta.");
        assertThat(masked.withheldKeys()).containsExactly("k");
        assertThat(earlier.masked("absent", "k", MARK)).isEqualTo(earlier);
    }
}
