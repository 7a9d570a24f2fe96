package org.cablearchive.ingest.plaintext;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.cablearchive.ingest.plaintext.PlainTextReading.Confidence;
import org.cablearchive.records.Classification;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentDraft.ReferenceDraft;
import org.cablearchive.records.DocumentType;
import org.cablearchive.records.FileNumber;
import org.cablearchive.records.Party;
import org.cablearchive.records.Precedence;
import org.cablearchive.records.ReferenceKind;
import org.junit.jupiter.api.Test;

/** One test per text in src/test/resources/telegrams, on the fields that text is about. */
class TelegramTextsTest {

    private static final Path TEXTS = Path.of("src", "test", "resources", "telegrams");
    private static final PlainTextTelegramReader READER = new PlainTextTelegramReader();
    private final PlainTextTelegramReader reader = READER;

    /** Reads a text of src/test/resources/telegrams, checking that no word of it is lost. */
    static PlainTextReading read(String name) throws IOException {
        String text = Files.readString(TEXTS.resolve(name), StandardCharsets.UTF_8);
        PlainTextReading reading = READER.read(text);
        NothingLostProperties.checkReading(text, reading);
        return reading;
    }

    static ReferenceDraft ref(String key, ReferenceKind kind, String number, String date, String label) {
        return new ReferenceDraft(key, kind, number, date == null ? null : LocalDate.parse(date), label, null);
    }

    @Test
    void noClassificationIsUnknownWithAWarning() throws IOException {
        PlainTextReading r = read("01-no-classification.txt");
        DocumentDraft d = r.draft();
        assertThat(d.classification()).isEqualTo(Classification.UNKNOWN);
        assertThat(d.precedence()).isEqualTo(Precedence.UNKNOWN);
        assertThat(r.warnings()).singleElement().asString().contains("No classification");
        assertThat(r.opener()).isNull();
        assertThat(d.telegramNumber()).isEqualTo("1455");
        assertThat(d.sender()).isEqualTo(new Party("Chargé in the Republic of China", "Rankin"));
        assertThat(d.references()).containsExactly(ref("xr1", ReferenceKind.DEPCIRTEL, "627", "1951-04-13", "Depcirtel 627, Apr 13"));
        assertThat(d.signature()).isEqualTo("Rankin");
        assertThat(r.confidence()).isEqualTo(Confidence.HIGH);
    }

    @Test
    void aHyphenInTheFileNumberIsKeptVerbatim() throws IOException {
        DocumentDraft d = read("02-hyphen-file-number.txt").draft();
        assertThat(d.sourceNote()).isEqualTo("795.00/6-2551: Telegram");
        assertThat(d.fileNumber()).isEqualTo("795.00/6-2551");
        assertThat(FileNumber.parse(d.fileNumber()).subject()).isEqualTo("795.00");
        assertThat(d.date().iso()).isEqualTo("1951-06-25");
        assertThat(d.type()).isEqualTo(DocumentType.TELEGRAM);
        assertThat(d.classification()).isEqualTo(Classification.SECRET);
        assertThat(d.body().plainText()).contains("on basis of 38th parallel.");
    }

    @Test
    void secretNiactOnOneLine() throws IOException {
        PlainTextReading r = read("03-secret-niact.txt");
        assertThat(r.draft().classification()).isEqualTo(Classification.SECRET);
        assertThat(r.draft().precedence()).isEqualTo(Precedence.NIACT);
        assertThat(r.opener()).isEqualTo("secret  niact");
        assertThat(r.draft().telegramNumber()).isEqualTo("52");
        assertThat(r.draft().body().plainText()).startsWith("Kaesong conference opened 11 a. m. today.");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void severalReferencesInOneLine() throws IOException {
        DocumentDraft d = read("04-several-references.txt").draft();
        assertThat(d.references()).containsExactly(
                ref("xr1", ReferenceKind.DEPTEL, "123", null, "Deptel 123"),
                ref("xr2", ReferenceKind.URTEL, "45", null, "urtel 45"),
                ref("xr3", ReferenceKind.MYTEL, "612", null, "mytel 612"),
                ref("xr4", ReferenceKind.REFTEL, null, null, "reftel"));
        assertThat(d.body().xml()).contains("Re <ref corresp=\"#xr1\">Deptel 123</ref>, <ref corresp=\"#xr2\">urtel 45</ref> "
                + "and <ref corresp=\"#xr3\">mytel 612</ref>.");
        assertThat(d.body().plainText()).startsWith("Re Deptel 123, urtel 45 and mytel 612. Embassy has no further info");
    }

    @Test
    void aPageMarkerFirstInTheBodyIsTheFirstPage() throws IOException {
        DocumentDraft d = read("05-page-marker-first.txt").draft();
        assertThat(d.pageStart()).isEqualTo(1048);
        assertThat(d.pageEnd()).isEqualTo(1048);
        assertThat(d.body().pageBreaks()).containsExactly("1048");
        assertThat(d.body().plainText()).startsWith("[Page 1048]\n\nUrtel 639, Oct 15. Dept concurs");
        assertThat(d.telegramNumber()).isEqualTo("301");
        assertThat(d.sender()).isEqualTo(new Party("Secretary of State", null));
        assertThat(d.recipient()).isEqualTo(new Party("Embassy in the Soviet Union", null));
        assertThat(d.references()).containsExactly(ref("xr1", ReferenceKind.URTEL, "639", "1951-10-15", "Urtel 639, Oct 15"));
    }

    @Test
    void numberedParagraphsStayInTheBody() throws IOException {
        DocumentDraft d = read("06-numbered-paragraphs.txt").draft();
        assertThat(d.body().paragraphCount()).isEqualTo(4);
        assertThat(d.body().plainText()).contains("\n\n1. Brit Govt believes", "\n\n2. Brit Govt would", "\n\n3. Brit Govt considers");
        assertThat(d.footnotes()).isEmpty();
        assertThat(d.telegramNumber()).isEqualTo("6045");
        assertThat(d.precedence()).isEqualTo(Precedence.PRIORITY);
        assertThat(d.references()).containsExactly(ref("xr1", ReferenceKind.EMBTEL, "6044", "1951-05-21", "Embtel 6044, May 21"));
    }

    @Test
    void starAndDaggerFootnotesAreAnchored() throws IOException {
        PlainTextReading r = read("07-star-dagger-footnotes.txt");
        DocumentDraft d = r.draft();
        assertThat(d.footnotes()).extracting(DocumentDraft.FootnoteDraft::n).containsExactly("*", "†");
        assertThat(d.footnotes().get(0).text()).isEqualTo("Not printed.");
        assertThat(d.footnotes().get(1).text()).startsWith("For the text of the Secretary's statement of June 26");
        assertThat(d.body().footnoteAnchors()).containsExactly("fn1", "fn2");
        assertThat(SeedTelegramReadingTest.textBeforeAnchor(d.body(), "fn1")).endsWith("the statement of the Govt.");
        assertThat(SeedTelegramReadingTest.textBeforeAnchor(d.body(), "fn2")).endsWith("competent to deal with the question");
        assertThat(d.signature()).isEqualTo("Austin");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void aCircularTelegram() throws IOException {
        DocumentDraft d = read("08-circular-telegram.txt").draft();
        assertThat(d.type()).isEqualTo(DocumentType.CIRCULAR_TELEGRAM);
        assertThat(d.fileNumber()).isEqualTo("800.00/1–2552");
        assertThat(d.date().iso()).isEqualTo("1952-01-25");
        assertThat(d.sender()).isEqualTo(new Party("Secretary of State", null));
        assertThat(d.recipient()).isEqualTo(new Party("Certain Diplomatic and Consular Offices", null));
        assertThat(d.telegramNumber()).isNull();
        assertThat(d.references()).containsExactly(ref("xr1", ReferenceKind.DEPCIRTEL, "627", null, "Depcirtel 627"));
    }

    @Test
    void aMemorandumOfConversationHasADatelineAndNoTelegramNumber() throws IOException {
        PlainTextReading r = read("09-memorandum-of-conversation.txt");
        DocumentDraft d = r.draft();
        assertThat(d.type()).isEqualTo(DocumentType.MEMORANDUM_OF_CONVERSATION);
        assertThat(d.telegramNumber()).isNull();
        assertThat(d.date().iso()).isEqualTo("1951-05-03");
        assertThat(d.place()).isEqualTo("Washington");
        assertThat(d.sender()).isEqualTo(new Party("Secretary of State", null));
        assertThat(d.recipient()).isEqualTo(Party.NONE);
        assertThat(d.classification()).isEqualTo(Classification.SECRET);
        assertThat(d.signature()).isEqualTo("D[ean] A[cheson]");
        assertThat(r.opener()).isEqualTo("[Washington,] May 3, 1951.\nsecret");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void windowsLineEndingsReadAsUnixOnes() throws IOException {
        String text = Files.readString(TEXTS.resolve("10-windows-line-endings.txt"), StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n");
        PlainTextReading crlf = read("10-windows-line-endings.txt");
        assertThat(crlf.draft()).isEqualTo(reader.read(text.replace("\r\n", "\n")).draft());
        assertThat(crlf.draft()).isEqualTo(reader.read(text.replace("\r\n", "\r")).draft());
        assertThat(crlf.draft().precedence()).isEqualTo(Precedence.PRIORITY);
        assertThat(crlf.draft().pageStart()).isEqualTo(1049);
        assertThat(crlf.draft().pageEnd()).isEqualTo(1050);
        assertThat(crlf.draft().body().plainText()).doesNotContain("\r");
        assertThat(crlf.draft().signature()).isEqualTo("Kirk");
    }

    @Test
    void trailingSpacesTabsNonBreakingSpacesAndAByteOrderMarkAreOnlySpace() throws IOException {
        PlainTextReading r = read("11-trailing-spaces.txt");
        DocumentDraft d = r.draft();
        assertThat(d.sourceNote()).isEqualTo("611.61/10–2051: Telegram");
        assertThat(d.title()).isEqualTo("The Ambassador in the Soviet Union (Kirk) to the Secretary of State");
        assertThat(d.classification()).isEqualTo(Classification.TOP_SECRET);
        assertThat(d.precedence()).isEqualTo(Precedence.PRIORITY);
        assertThat(d.body().plainText()).isEqualTo("Re Deptel 301, October 16. Embassy has delivered oral reply as instructed."
                + "\n\nFon Off made no comment.");
        assertThat(d.references()).containsExactly(ref("xr1", ReferenceKind.DEPTEL, "301", "1951-10-16", "Deptel 301, October 16"));
        assertThat(d.signature()).isEqualTo("Kirk");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void aDatelineWithTimeGivesPlaceAndMoment() throws IOException {
        PlainTextReading r = read("12-dateline-with-time.txt");
        assertThat(r.draft().date().iso()).isEqualTo("1951-08-15T16:00:00");
        assertThat(r.draft().place()).isEqualTo("Hong Kong");
        assertThat(r.opener()).isEqualTo("Hong Kong, August 15, 1951—4 p. m.\n[Received August 15—1:23 p. m.]\nsecret");
        assertThat(r.draft().telegramNumber()).isEqualTo("574");
    }

    @Test
    void aModernSourceNoteGivesClassificationPrecedenceAndHandling() throws IOException {
        DocumentDraft d = read("13-modern-source-note.txt").draft();
        assertThat(d.classification()).isEqualTo(Classification.SECRET);
        assertThat(d.precedence()).isEqualTo(Precedence.IMMEDIATE);
        assertThat(d.handling()).containsExactly("NODIS");
        assertThat(d.fileNumber()).isEqualTo("National Archives, RG 59, Central Files 1967–69, POL 27 VIET S");
        assertThat(d.type()).isEqualTo(DocumentType.TELEGRAM);
        assertThat(d.title()).isEqualTo("55. Telegram From the Department of State to the Embassy in France");
        assertThat(d.sender()).isEqualTo(new Party("Department of State", null));
        assertThat(d.recipient()).isEqualTo(new Party("Embassy in France", null));
        assertThat(d.date().iso()).isEqualTo("1969-06-12T23:46:00Z");
        assertThat(d.telegramNumber()).isEqualTo("96203");
        assertThat(d.references()).containsExactly(ref("xr1", ReferenceKind.OTHER, "9012", null, "Paris 9012"));
        assertThat(d.signature()).isEqualTo("Rogers");
    }

    @Test
    void notDeclassifiedGapsAreGaps() throws IOException {
        DocumentDraft d = read("14-not-declassified.txt").draft();
        assertThat(d.body().xml()).contains("<gap reason=\"notDeclassified\"><desc>1 paragraph (5 lines) not declassified</desc></gap>")
                .contains("<desc>telegram indicator not declassified</desc>").contains("<desc>name not declassified</desc>");
        assertThat(d.body().plainText()).startsWith("Ref [telegram indicator not declassified] 525. [1 paragraph (5 lines) not declassified]");
        assertThat(d.classification()).isEqualTo(Classification.SECRET);
        assertThat(d.precedence()).isEqualTo(Precedence.PRIORITY);
        assertThat(d.telegramNumber()).isEqualTo("526");
        assertThat(d.recipient().role()).isEqualTo("CIA Station in [place not declassified]");
    }

    @Test
    void aLotFileSourceNote() throws IOException {
        PlainTextReading r = read("15-lot-file.txt");
        DocumentDraft d = r.draft();
        assertThat(d.fileNumber()).isEqualTo("S/P Files: Lot 64 D 563");
        assertThat(FileNumber.parse(d.fileNumber()).kind()).isEqualTo(FileNumber.Kind.LOT);
        assertThat(d.type()).isEqualTo(DocumentType.MEMORANDUM_OF_CONVERSATION);
        assertThat(d.sender().role()).isEqualTo("Charles Burton Marshall of the Policy Planning Staff");
        assertThat(d.date().iso()).isEqualTo("1951-05-07");
        assertThat(d.place()).isEqualTo("Hong Kong");
        assertThat(d.classification()).isEqualTo(Classification.TOP_SECRET);
        assertThat(d.footnotes()).singleElement().extracting(DocumentDraft.FootnoteDraft::n).isEqualTo("*");
        assertThat(r.warnings()).as("the * is glued to the dateline").isEmpty();
    }

    @Test
    void pluralReferencesNameEachTelegram() throws IOException {
        DocumentDraft d = read("16-plural-references.txt").draft();
        assertThat(d.references()).containsExactly(
                ref("xr1", ReferenceKind.EMBTEL, "3258", "1951-05-17", "Embtels 3258 May 17"),
                ref("xr2", ReferenceKind.EMBTEL, "3366", "1951-05-26", "3366 May 26"),
                ref("xr3", ReferenceKind.DEPTEL, "5405", null, "Deptels 5405"),
                ref("xr4", ReferenceKind.DEPTEL, "5406", null, "5406"),
                ref("xr5", ReferenceKind.DEPTEL, "5410", null, "5410"));
        assertThat(d.body().plainText()).startsWith("Embtels 3258 May 17 and 3366 May 26. Fon Off");
        assertThat(d.distribution()).isEqualTo("Sent Department 6210; repeated Paris 512.");
        assertThat(d.signature()).isEqualTo("Gifford");
    }

    @Test
    void aFootnoteWithoutAnchorIsKeptWithAWarning() throws IOException {
        PlainTextReading r = read("17-footnote-without-anchor.txt");
        assertThat(r.draft().footnotes()).singleElement().satisfies(f -> {
            assertThat(f.n()).isEqualTo("1");
            assertThat(f.text()).startsWith("Telegram 5405 to London, May 22, 1951");
        });
        assertThat(r.draft().body().footnoteAnchors()).isEmpty();
        assertThat(r.warnings()).singleElement().asString().contains("Footnote 1").contains("no mark");
        assertThat(r.draft().signature()).isEqualTo("Acheson");
    }

    @Test
    void aPageMarkerSetOffInTheMiddleOfASentenceDoesNotSplitTheParagraph() throws IOException {
        DocumentDraft d = read("18-split-sentence-marker.txt").draft();
        assertThat(d.body().paragraphCount()).isEqualTo(1);
        assertThat(d.body().plainText()).contains("effect on opinion in the [Page 1052] countries of Western Europe");
        assertThat(d.pageStart()).isEqualTo(1051);
        assertThat(d.pageEnd()).isEqualTo(1052);
    }
}
