package org.cablearchive.ingest.plaintext;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.cablearchive.ingest.plaintext.PlainTextReading.Confidence;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.ReferenceKind;
import org.junit.jupiter.api.Test;

/** The text of a document and its end: numbers, references, brackets, pages, footnotes, signature. */
class BodyReadingTest {

    private final PlainTextTelegramReader reader = new PlainTextTelegramReader();

    private DocumentDraft telegram(String fileNumber, String body) {
        return read(fileNumber + ": Telegram\n\nThe Ambassador in France (Bruce) to the Secretary of State\n\nsecret\n\n"
                + body).draft();
    }

    private PlainTextReading read(String text) {
        PlainTextReading reading = reader.read(text);
        NothingLostProperties.checkReading(text, reading);
        return reading;
    }

    @Test
    void aReferencedDateLaterInTheYearThanTheDocumentIsLastYears() {
        DocumentDraft d = telegram("751.00/1–552", "1734. Deptel 1234, December 28 and Embtel 99, December 28, 1950.\n");
        assertThat(d.references()).extracting(DocumentDraft.ReferenceDraft::date)
                .containsExactly(LocalDate.of(1951, 12, 28), LocalDate.of(1950, 12, 28));
        assertThat(d.references()).extracting(DocumentDraft.ReferenceDraft::label)
                .containsExactly("Deptel 1234, December 28", "Embtel 99, December 28, 1950");
    }

    @Test
    void withoutADocumentDateAReferenceHasNoDate() {
        PlainTextReading r = read("The Ambassador in France (Bruce) to the Secretary of State\n\nsecret\n\n"
                + "1734. Re EMBTEL 634, October 15, and REFTEL.\n");
        assertThat(r.draft().references()).extracting(DocumentDraft.ReferenceDraft::kind, DocumentDraft.ReferenceDraft::number,
                DocumentDraft.ReferenceDraft::date).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ReferenceKind.EMBTEL, "634", null),
                        org.assertj.core.groups.Tuple.tuple(ReferenceKind.REFTEL, null, null));
    }

    @Test
    void aGluedNumberWithoutFootnoteStaysText() {
        DocumentDraft d = telegram("751.00/1–552", "1734. B-29s and F86 fighters were seen over Union.1 Then more.\n");
        assertThat(d.body().footnoteAnchors()).isEmpty();
        assertThat(d.body().plainText()).isEqualTo("B-29s and F86 fighters were seen over Union.1 Then more.");
    }

    @Test
    void aFootnoteMarkGluedToANumberIsFoundWhenTheNumberCannotBeRight() {
        DocumentDraft d = telegram("751.00/6–1551", "3643. Accord Hong Kong tel 3768 June 131 Tibetan del will leave.\n\n"
                + "Bruce\n\n  1. Telegram 3768 from Hong Kong, not printed.\n");
        assertThat(d.body().footnoteAnchors()).containsExactly("fn1");
        assertThat(SeedTelegramReadingTest.textBeforeAnchor(d.body(), "fn1")).endsWith("tel 3768 June 13");
    }

    @Test
    void aDecimalLookingMarkIsTakenWhenNothingBetterIsThere() {
        DocumentDraft d = telegram("751.00/1–851", "46. Deptel 1047, January 6.1 Nehru replied.\n\nBruce\n  1. Not printed.\n");
        assertThat(SeedTelegramReadingTest.textBeforeAnchor(d.body(), "fn1")).endsWith("Deptel 1047, January 6.");
    }

    @Test
    void aNumberedListIsNotATelegramNumber() {
        DocumentDraft d = telegram("751.00/1–851", "1. First point.\n\n2. Second point.\n");
        assertThat(d.telegramNumber()).isNull();
        assertThat(d.body().plainText()).startsWith("1. First point.");
    }

    @Test
    void aMemorandumHasNoTelegramNumber() {
        PlainTextReading r = read("611.61/5–351\n\nMemorandum by the Secretary of State to the President\n\n"
                + "[Washington,] May 3, 1951.\n\n1951. The year began badly.\n");
        assertThat(r.draft().telegramNumber()).isNull();
        assertThat(r.draft().body().plainText()).startsWith("1951. The year began badly.");
    }

    @Test
    void bracketsBecomeInsertionsGapsOrPages() {
        DocumentDraft d = telegram("751.00/1–851", "46. Text to [of] this [Here follows the text of the note.] and "
                + "[less than 1 line of source text not declassified] then [Page 12] more [unclosed and ] and [].\n");
        assertThat(d.body().xml()).contains("<supplied>of</supplied>", "<supplied>Here follows the text of the note.</supplied>",
                "<desc>less than 1 line of source text not declassified</desc>", "<pb n=\"12\"/>");
        assertThat(d.body().plainText()).endsWith("then [Page 12] more [unclosed and ] and [].");
    }

    @Test
    void pageMarkersOutOfOrderAreReportedAndTheEndIsNeverBeforeTheStart() {
        PlainTextReading r = read("751.00/1–851: Telegram\n\nThe Ambassador in France (Bruce) to the Secretary of State\n\n"
                + "secret\n\n46. First.\n\n[Page 50]\n\nSecond.\n\n[Page 7]\n\nThird.\n");
        assertThat(r.draft().pageStart()).isEqualTo(49);
        assertThat(r.draft().pageEnd()).isEqualTo(50);
        assertThat(r.warnings()).anyMatch(w -> w.contains("[Page 50] is followed by [Page 7]"));
    }

    @Test
    void signaturesOfSeveralShapes() {
        assertThat(telegram("751.00/1–851", "46. Text.\n\nJames S. Lay, Jr.\n").signature()).isEqualTo("James S. Lay, Jr.");
        assertThat(telegram("751.00/1–851", "46. Text.\n\n[Henderson]\n").signature()).isEqualTo("[Henderson]");
        assertThat(telegram("751.00/1–851", "46. Text.\n\nWebb, Acting\n").signature()).isEqualTo("Webb, Acting");
        assertThat(telegram("751.00/1–851", "46. Text.\n\nFor the Joint Chiefs of Staff:\nOmar N. Bradley\nChairman\n")
                .signature()).isEqualTo("For the Joint Chiefs of Staff:\nOmar N. Bradley\nChairman");
        DocumentDraft d = telegram("751.00/1–851", "46. Text.\n\nSent Dept 613, rptd info Calcutta 83.\nHenderson\n");
        assertThat(d.distribution()).isEqualTo("Sent Dept 613, rptd info Calcutta 83.");
        assertThat(d.signature()).isEqualTo("Henderson");
        assertThat(d.body().plainText()).isEqualTo("Text.");
    }

    @Test
    void theLastParagraphIsNotTakenForADistributionOrSignatureWhenItIsText() {
        DocumentDraft d = telegram("751.00/1–851", "46. Text.\n\nRepeated attempts to see him have failed.\n");
        assertThat(d.distribution()).isNull();
        assertThat(d.signature()).isNull();
        assertThat(d.body().paragraphCount()).isEqualTo(2);
    }

    @Test
    void aNovelIsAllBodyWithLowConfidence() {
        PlainTextReading r = read("It was a dark and stormy night.\n\nThe rain fell in torrents.\n\nTHE END\n");
        assertThat(r.confidence()).isEqualTo(Confidence.LOW);
        assertThat(r.draft().signature()).isNull();
        assertThat(r.draft().body().paragraphCount()).isEqualTo(3);
        assertThat(r.warnings()).anyMatch(w -> w.contains("whole text is read as the body"));
    }
}
