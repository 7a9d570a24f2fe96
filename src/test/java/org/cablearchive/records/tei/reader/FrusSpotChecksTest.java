package org.cablearchive.records.tei.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cablearchive.records.ChapterDraft;
import org.cablearchive.records.Classification;
import org.cablearchive.records.DocumentDraft.FootnoteDraft;
import org.cablearchive.records.DocumentDraft.ReferenceDraft;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentType;
import org.cablearchive.records.Party;
import org.cablearchive.records.Precedence;
import org.cablearchive.records.ReferenceKind;
import org.cablearchive.records.VolumeDocumentDraft.Mention;
import org.cablearchive.records.VolumeDocumentDraft;
import org.cablearchive.records.VolumeDraft;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real values, read by eye from the fixture files, for documents of each encoding style. */
class FrusSpotChecksTest {

    private static CollectingSink v1951;
    private static CollectingSink v12;

    @BeforeAll
    static void read() {
        v1951 = Fixtures.read("frus1951v07p2");
        v12 = Fixtures.read("frus1969-76v12");
    }

    @Test
    void theVolumeHeader() {
        VolumeDraft v = v1951.volumes.get(0);
        assertThat(v.title()).isEqualTo("Foreign Relations of the United States, 1951, Korea and China, Volume VII, Part 2");
        assertThat(v.series()).isEqualTo("Foreign Relations of the United States");
        assertThat(v.subseries()).isEqualTo("1951");
        assertThat(v.volumeNumber()).isEqualTo("Volume VII, Part 2");
        assertThat(v.volumeTitle()).isEqualTo("Korea and China");
        assertThat(v.editors()).containsExactly("John P. Glennon", "Harriet D. Schwar", "Paul Claussen", "Frederick Aandahl");
        assertThat(v.publishedYear()).isEqualTo(1983);
        assertThat(v12.volumes.get(0).subseries()).isEqualTo("1969–1976");
        assertThat(v12.volumes.get(0).publishedYear()).isEqualTo(2006);
    }

    @Test
    void telegramShorthandInTheTextBecomesAReferenceAroundTheWordsAsPrinted() {
        // frus1951v07p2 d4 (Peking, January 1951): "<gloss target="#t_Deptel1">Deptel</gloss> 1047, January 6.<note…"
        VolumeDocumentDraft d4 = v1951.documents.stream().filter(d -> d.xmlId().equals("d4")).findFirst().orElseThrow();
        ReferenceDraft deptel = d4.draft().references().stream().filter(r -> "1047".equals(r.number())).findFirst().orElseThrow();
        assertThat(deptel.kind()).isEqualTo(ReferenceKind.DEPTEL);
        assertThat(deptel.date()).isEqualTo(java.time.LocalDate.of(1951, 1, 6));
        assertThat(deptel.label()).isEqualTo("Deptel 1047, January 6");
        assertThat(deptel.target()).isNull();
        assertThat(d4.draft().body().xml()).contains("<ref corresp=\"#" + deptel.key()
                + "\"><gloss target=\"#t_Deptel1\">Deptel</gloss> 1047, January 6</ref>.<note n=\"1\" xml:id=\"d4fn1\"/>");
        // Keys run in document order across targeted and shorthand references alike.
        assertThat(d4.draft().references()).extracting(ReferenceDraft::key)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, d4.draft().references().size())
                        .mapToObj(k -> "xr" + k).toList());
        // Shorthand inside a footnote stays the footnote's text, not a reference of the body.
        assertThat(d4.draft().footnotes()).allSatisfy(f -> assertThat(f.tei()).doesNotContain("<ref corresp="));
    }

    @Test
    void personsAndTerms() {
        assertThat(v1951.persons).isEmpty();
        assertThat(v1951.terms).filteredOn(t -> t.xmlId().equals("t_Embtel1")).singleElement()
                .satisfies(t -> {
                    assertThat(t.abbreviation()).isEqualTo("Embtel");
                    assertThat(t.expansion()).isEqualTo("Embassy telegram");
                });
        assertThat(v12.persons.get(0).xmlId()).isEqualTo("p_AGHL1");
        assertThat(v12.persons.get(0).name()).isEqualTo("Aldrich, George H.");
        assertThat(v12.persons.get(0).description()).startsWith("Acting Deputy Legal Adviser, Department of State, from January");
    }

    @Test
    void legacyTelegramWithClassificationAndPrecedence() {
        VolumeDocumentDraft doc = v1951.document("d92");
        DocumentDraft d = doc.draft();
        assertThat(doc.number()).isEqualTo("92");
        assertThat(doc.chapterXmlId()).isEqualTo("ch1");
        assertThat(d.type()).isEqualTo(DocumentType.TELEGRAM);
        assertThat(d.title()).isEqualTo("The Ambassador in the United Kingdom (Gifford) to the Secretary of State");
        assertThat(d.sourceNote()).isEqualTo("110.15 RU/5–2151: Telegram");
        assertThat(d.fileNumber()).isEqualTo("110.15 RU/5–2151");
        assertThat(d.classification()).isEqualTo(Classification.SECRET);
        assertThat(d.precedence()).isEqualTo(Precedence.PRIORITY);
        assertThat(d.telegramNumber()).isEqualTo("6045");
        assertThat(d.date().iso()).isEqualTo("1951-05-21T15:00:00");
        assertThat(d.place()).isEqualTo("London");
        assertThat(d.sender()).isEqualTo(new Party("Ambassador in the United Kingdom", "Gifford"));
        assertThat(d.recipient()).isEqualTo(new Party("Secretary of State", null));
        assertThat(d.signature()).isEqualTo("Gifford");
        assertThat(d.footnotes()).extracting(FootnoteDraft::key).containsExactly("d92fn1", "d92fn2");
        // pg_1673 stands between d91 and d92 in the file: it stays there (a part of the volume), and d92 begins on it
        assertThat(d.body().xml()).startsWith("<body>").doesNotContain("pg_1673");
        assertThat(v1951.parts).contains(new org.cablearchive.records.VolumePartDraft(
                org.cablearchive.records.VolumePartDraft.Kind.FRAGMENT, org.cablearchive.records.VolumePartDraft.Zone.BODY,
                "pg_1673", "<pb n=\"1673\" xml:id=\"pg_1673\" facs=\"0215\"/>"));
        assertThat(d.pageStart()).isEqualTo(1673);
        assertThat(d.pageEnd()).isEqualTo(1673);
        // the legacy inline source note has no xml:id: it stays in the body untouched
        assertThat(d.body().xml()).contains("<note rend=\"inline\" type=\"source\">110.15 RU/5–2151: Telegram</note>");
    }

    @Test
    void legacyMemorandumWithPageBreakInsideAListItem() {
        DocumentDraft d = v1951.document("d1").draft();
        assertThat(d.type()).isEqualTo(DocumentType.MEMORANDUM);
        assertThat(d.title()).isEqualTo("Memorandum by the Joint Chiefs of Staff to the Secretary of Defense (Marshall)");
        assertThat(d.classification()).isEqualTo(Classification.TOP_SECRET);
        assertThat(d.precedence()).isEqualTo(Precedence.UNKNOWN);
        assertThat(d.date().iso()).isEqualTo("1951-01-02");
        assertThat(d.sender()).isEqualTo(new Party("Joint Chiefs of Staff", null));
        assertThat(d.recipient()).isEqualTo(new Party("Secretary of Defense", "Marshall"));
        assertThat(d.signature()).isEqualTo("Omar N. Bradley");
        assertThat(d.body().xml()).contains("informed you <pb n=\"1475\" xml:id=\"pg_1475\" facs=\"0017\"/>by memorandum"
                + "<note n=\"5\" xml:id=\"d1fn4\"/>");
        assertThat(d.pageStart()).isEqualTo(1474);
        assertThat(d.pageEnd()).isEqualTo(1476);
        // footnote d1fn1 sits in the head and is printed "2": n is the printed mark, the key the xml:id
        FootnoteDraft first = d.footnotes().get(0);
        assertThat(first.key()).isEqualTo("d1fn1");
        assertThat(first.n()).isEqualTo("2");
        assertThat(first.text()).startsWith("Secretary Marshall sent the memorandum").endsWith("vol. vi, p. 587.");
        assertThat(first.tei()).contains("<ref target=\"frus1950v06#pg_587\" corresp=\"#xr1\">");
        assertThat(d.body().xml()).contains("<note n=\"2\" xml:id=\"d1fn1\"/>");
    }

    @Test
    void crossVolumeReferences() {
        ReferenceDraft page = v1951.document("d1").draft().references().get(0);
        assertThat(page).isEqualTo(new ReferenceDraft("xr1", ReferenceKind.PAGE, "587", null,
                "Foreign Relations, 1950, vol. vi, p. 587", "frus1950v06#pg_587"));
        DocumentDraft d5 = v12.document("d5").draft();
        assertThat(d5.type()).isEqualTo(DocumentType.EDITORIAL_NOTE);
        assertThat(d5.references()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ReferenceKind.DOCUMENT);
            assertThat(r.number()).isEqualTo("10");
            assertThat(r.target()).isEqualTo("frus1969-76v06#d10");
            assertThat(r.label()).endsWith("volume VI, Vietnam, January 1969–July 1970, Document 10");
        });
        assertThat(d5.body().xml()).contains("<ref target=\"frus1969-76v06#d10\" corresp=\"#xr1\">");
        // a local page reference is qualified with the volume id; a footnote reference is OTHER
        assertThat(v1951.document("d37").draft().references().get(0).target()).isEqualTo("frus1951v07p2#pg_1568");
        ReferenceDraft footnoteRef = v12.document("d62").draft().references().get(0);
        assertThat(footnoteRef.kind()).isEqualTo(ReferenceKind.OTHER);
        assertThat(footnoteRef.number()).isNull();
        assertThat(footnoteRef.target()).isEqualTo("frus1969-76v12#d58fn2");
        assertThat(v12.document("d8").draft().references().get(0))
                .isEqualTo(new ReferenceDraft("xr1", ReferenceKind.DOCUMENT, "3", null, "Document 3", "frus1969-76v12#d3"));
    }

    @Test
    void modernTelegramWithSourceNoteMarkings() {
        VolumeDocumentDraft doc = v12.document("d62");
        DocumentDraft d = doc.draft();
        assertThat(doc.chapterXmlId()).isEqualTo("ch2");
        assertThat(d.type()).isEqualTo(DocumentType.TELEGRAM);
        assertThat(d.title()).isEqualTo("Telegram From the Department of State to the Embassy in the Soviet Union");
        assertThat(d.sourceNote()).startsWith("Source: National Archives, Nixon Presidential Materials, NSC Files, Box 649")
                .contains("Secret; Priority; Nodis; Noforn.");
        assertThat(d.fileNumber()).isNull();
        assertThat(d.classification()).isEqualTo(Classification.SECRET);
        assertThat(d.precedence()).isEqualTo(Precedence.PRIORITY);
        assertThat(d.handling()).containsExactly("NODIS", "NOFORN");
        assertThat(d.telegramNumber()).isEqualTo("108202");
        assertThat(d.date().iso()).isEqualTo("1969-07-01T00:35:00Z");
        assertThat(d.place()).isEqualTo("Washington");
        assertThat(d.sender()).isEqualTo(new Party("Department of State", null));
        assertThat(d.recipient()).isEqualTo(new Party("Embassy in the Soviet Union", null));
        // the source note is footnote 1 in the head: hollowed there, whole in the footnote
        assertThat(d.footnotes().get(0).key()).isEqualTo("d62fn1");
        assertThat(d.footnotes().get(0).tei()).startsWith("<note n=\"1\" xml:id=\"d62fn1\" type=\"source\">Source:");
        assertThat(d.body().xml()).contains("Embassy in the Soviet Union</gloss><note n=\"1\" xml:id=\"d62fn1\"/>");
        assertThat(d.body().xml()).contains("approach <pb n=\"191\" xml:id=\"pg_191\" facs=\"0224\"/>to Arab-Israel");
        assertThat(d.pageStart()).isEqualTo(190);
        assertThat(d.pageEnd()).isEqualTo(191);
        assertThat(doc.mentions()).contains(new Mention("p_AALRJ1", "Atherton"), new Mention("p_SJJ1", "Sisco"));
    }

    @Test
    void modernMemorandumWithPersonsInTheHead() {
        DocumentDraft d = v12.document("d7").draft();
        assertThat(d.type()).isEqualTo(DocumentType.MEMORANDUM);
        assertThat(d.title()).startsWith("Memorandum From Helmut Sonnenfeldt of the National Security Council Staff");
        assertThat(d.recipient()).isEqualTo(new Party("President's Assistant for National Security Affairs", "Kissinger"));
        assertThat(d.sender().name()).isEqualTo("Helmut Sonnenfeldt");
        assertThat(d.classification()).isEqualTo(Classification.CONFIDENTIAL);
        assertThat(d.signature()).isEqualTo("Donald R. Lesh"); // its footnote mark is not part of it
        DocumentDraft d223 = v12.document("d223").draft();
        assertThat(d223.handling()).containsExactly("SENSITIVE", "EYES ONLY");
        // the v12 glitch (note with @target, no xml:id) stays in the body as it is, and is reported
        assertThat(d223.body().xml()).contains("<note n=\"2\" target=\"d223fn2\">Attached but not printed are Tabs A and B.</note>");
        assertThat(v12.warnings).anyMatch(w -> w.startsWith("d223: a note without xml:id"));
    }

    @Test
    void editorialNote() {
        VolumeDocumentDraft doc = v12.document("d3");
        DocumentDraft d = doc.draft();
        assertThat(d.type()).isEqualTo(DocumentType.EDITORIAL_NOTE);
        assertThat(d.title()).isEqualTo("Editorial Note");
        assertThat(d.sourceNote()).isNull();
        assertThat(d.date().isUndated()).isTrue();
        assertThat(d.classification()).isEqualTo(Classification.UNKNOWN);
        assertThat(d.footnotes()).isEmpty();
        assertThat(d.body().xml()).startsWith("<body>\n").contains("<head>3. Editorial Note</head>");
        assertThat(doc.mentions()).startsWith(new Mention("p_RWP1", "William Rogers"), new Mention("p_NRM1", "Richard Nixon"));
        long legacyEditorialNotes = v1951.documents.stream()
                .filter(x -> x.draft().type() == DocumentType.EDITORIAL_NOTE).count();
        assertThat(legacyEditorialNotes).isEqualTo(18); // TEI-NOTES §15
    }

    @Test
    void chapterHeadsKeepTheirNotesAsEncoded() {
        ChapterDraft ch1 = v1951.chapters.stream().filter(c -> c.xmlId().equals("ch1")).findFirst().orElseThrow();
        assertThat(ch1.kind()).isEqualTo("CHAPTER");
        assertThat(ch1.parentXmlId()).isEqualTo("comp1");
        assertThat(ch1.title()).startsWith("United States policy with regard to the People’s Republic of China;")
                .endsWith("imprisoned in the People’s Republic of China");
        assertThat(ch1.headTei()).startsWith("<head>").contains("<note n=\"1\" xml:id=\"ch1fn1\">")
                .contains("<ref target=\"frus1950v06#pg_256\">").doesNotContain("corresp");
        assertThat(v1951.chapters).extracting(ChapterDraft::xmlId).containsExactly("comp1", "ch1", "ch2");
        assertThat(v12.chapters).extracting(ChapterDraft::kind)
                .containsExactly("COMPILATION", "CHAPTER", "CHAPTER", "CHAPTER", "CHAPTER");
        assertThat(v1951.warnings).as("front and back matter are kept whole now, not reported as left out").isEmpty();
        assertThat(v1951.parts).filteredOn(p -> p.kind() == org.cablearchive.records.VolumePartDraft.Kind.OPEN)
                .extracting(org.cablearchive.records.VolumePartDraft::xmlId).contains("preface", "toc", "index");
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

    /** The drafting line read from the volumes as printed: in the source note (1969–76) and as a footnote (1951). */
    private static String drafting(CollectingSink volume, String xmlId) {
        return volume.documents.stream().filter(d -> d.xmlId().equals(xmlId)).map(VolumeDocumentDraft::draft).findFirst()
                .orElseThrow().drafting();
    }
}
