package org.cablearchive.records.tei.writer;

import java.util.List;
import org.cablearchive.people.PersonDraft;
import org.cablearchive.people.TermDraft;
import org.cablearchive.records.Body;
import org.cablearchive.records.ChapterDraft;
import org.cablearchive.records.DocumentDraft.FootnoteDraft;
import org.cablearchive.records.DocumentDraft.ReferenceDraft;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentType;
import org.cablearchive.records.PrintedPages;
import org.cablearchive.records.ReferenceKind;
import org.cablearchive.records.VolumeDocumentDraft;
import org.cablearchive.records.VolumeDraft;

/**
 * A small volume built by hand, as the TEI reader would hand it over: two compilations, nested chapters (one with
 * a footnote in its head, one holding no document), three documents with hollowed footnotes, reader-added
 * {@code corresp}, a page break inside a paragraph and one moved in before the head, and a {@code frus:attachment}.
 */
final class SyntheticVolume {

    static final VolumeDraft VOLUME = new VolumeDraft("frus1951v99",
            "Foreign Relations of the United States, 1951, Testing and Trials, Volume XCIX",
            "Foreign Relations of the United States", "1951", "Volume XCIX", "Testing and Trials",
            List.of("John P. Glennon", "Harriet D. Schwar"), 1983);

    static final List<PersonDraft> PERSONS = List.of(
            new PersonDraft("p_AD1", "Acheson, Dean", "Secretary of State"),
            new PersonDraft("p_GW1", "Gifford, Walter S.", "Ambassador in the United Kingdom & Ireland"));

    static final List<TermDraft> TERMS = List.of(
            new TermDraft("t_Embtel1", "Embtel", "Embassy telegram"),
            new TermDraft("t_Deptel1", "Deptel", "Department of State telegram"));

    static final String CH1_HEAD = "<head>United States policy<note n=\"1\" xml:id=\"ch1fn1\">For previous "
            + "documentation, see <ref target=\"frus1950v06#pg_256\">vol. vi, p. 256</ref>.</note></head>";

    static final List<ChapterDraft> CHAPTERS = List.of(
            new ChapterDraft("comp1", null, "COMPILATION", "The China area", null),
            new ChapterDraft("ch1", "comp1", "CHAPTER", "United States policy", CH1_HEAD),
            new ChapterDraft("ch2", "comp1", "CHAPTER", "A chapter without documents", null),
            new ChapterDraft("comp2", null, "COMPILATION", "Korea", null),
            new ChapterDraft("sub1", "comp2", "SUBCHAPTER", "The armistice talks", null),
            new ChapterDraft("comp3", null, "COMPILATION", "Appendix", null));

    static final String D1_BODY = """
            <body>
                <note rend="inline" type="source">793.00/8–1551: Telegram</note>
                <head>
                    <hi rend="italic">The Ambassador in the United Kingdom</hi> (<persName type="from" corresp="#p_GW1">Gifford</persName>) to the <gloss type="to">Secretary of State</gloss><note n="1" xml:id="d1fn1"/>
                </head>
                <opener><dateline rendition="#right"><placeName><hi rend="smallcaps">London</hi></placeName>, <date when="1951-05-21T15:00:00">May 21, 1951—3 p. m.</date></dateline>
                <seg rendition="#left"><hi rend="smallcaps">secret \u2003 priority</hi></seg></opener>
                <p>6045. <gloss target="#t_Embtel1">Embtel</gloss> 6044, May 21. Text before <pb n="13" xml:id="pg_13" facs="0013"/>text after.<note xml:id="d1fn2" n="2"/> See <ref target="#pg_12" corresp="#xr2">p. 12</ref> and <ref target="#d3" corresp="#keep">Document 3</ref> &amp; more.</p>
                <closer><signed><hi rend="smallcaps">Gifford</hi></signed></closer>
            </body>""".strip();

    static final String D1_FN1 = "<note n=\"1\" xml:id=\"d1fn1\" type=\"source\">Source: see <ref target=\"frus1950v06#pg_587\" "
            + "corresp=\"#xr1\">vol. vi,\n p. 587</ref>; <hi rend=\"italic\">secret</hi> &lt;sic&gt;.</note>";
    static final String D1_FN2 = "<note xml:id=\"d1fn2\" n=\"2\" rend=\"x\">Not printed; but see <hi rend=\"italic\">Foreign "
            + "Relations</hi>, 1950, vol. vi<lb/>, p. 587.</note>";

    static final String D2_BODY = "<body><pb n=\"14\" xml:id=\"pg_14\" facs=\"0014\"/>\n<head>Editorial Note</head>\n"
            + "<p>An editorial note naming <persName corresp=\"#p_AD1\">Acheson</persName>.</p>\n</body>";

    static final String D3_BODY = "<body xmlns:frus=\"http://history.state.gov/frus/ns/1.0\"><head>3. Memorandum</head>"
            + "<p>Main text.</p><frus:attachment><opener><seg rendition=\"#center\">[Attachment]</seg></opener>"
            + "<head><hi rend=\"italic\">Paper</hi></head><p>Attached text.</p></frus:attachment></body>";

    private SyntheticVolume() {
    }

    static List<VolumeDocumentDraft> documents() {
        DocumentDraft d1 = draft("The Ambassador in the United Kingdom (Gifford) to the Secretary of State", D1_BODY,
                List.of(new FootnoteDraft("d1fn1", "1", "Source: see vol. vi, p. 587; secret <sic>.", D1_FN1),
                        new FootnoteDraft("d1fn2", "2", "Not printed; but see Foreign Relations, 1950, vol. vi, p. 587.", D1_FN2)),
                List.of(new ReferenceDraft("xr1", ReferenceKind.PAGE, "587", null, "vol. vi, p. 587", "frus1950v06#pg_587"),
                        new ReferenceDraft("xr2", ReferenceKind.PAGE, "12", null, "p. 12", "frus1951v99#pg_12")));
        DocumentDraft d2 = draft("Editorial Note", D2_BODY, List.of(), List.of());
        DocumentDraft d3 = draft("Memorandum", D3_BODY, List.of(), List.of());
        return List.of(
                new VolumeDocumentDraft("d1", "1", "ch1", d1, List.of()),
                new VolumeDocumentDraft("d2", "2", "comp1", d2, List.of(new VolumeDocumentDraft.Mention("p_AD1", "Acheson"))),
                new VolumeDocumentDraft("d3", null, "sub1", d3, List.of()));
    }

    static DocumentDraft draft(String title, String body, List<FootnoteDraft> footnotes, List<ReferenceDraft> references) {
        return DocumentDraft.EMPTY
                .withIdentification(g -> g.withType(DocumentType.TELEGRAM).withTitle(title))
                .withText(g -> g.withBody(Body.of(body)).withFootnotes(footnotes).withReferences(references))
                .withPages(new PrintedPages(1474, 1475, null, null));
    }
}
