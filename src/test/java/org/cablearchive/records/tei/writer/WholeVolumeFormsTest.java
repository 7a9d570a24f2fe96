package org.cablearchive.records.tei.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cablearchive.records.tei.reader.FrusTeiReader;
import org.cablearchive.records.VolumeSink;
import org.cablearchive.people.PersonDraft;
import org.cablearchive.people.TermDraft;
import org.cablearchive.records.tei.CanonicalTei;
import org.cablearchive.records.ChapterDraft;
import org.cablearchive.records.VolumeDocumentDraft;
import org.cablearchive.records.VolumeDraft;
import org.cablearchive.records.VolumePartDraft;
import org.junit.jupiter.api.Test;

/**
 * Small volumes in the forms FRUS uses across its eras, each read and written back: the whole file must come
 * back as canonical XML, and every document must get its pages from its own page breaks, whatever the numbering.
 */
class WholeVolumeFormsTest {

    private static final String HEADER = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xmlns:frus=\"http://history.state.gov/frus/ns/1.0\""
            + " xml:id=\"frus-test\">\n  <teiHeader>\n    <fileDesc><titleStmt><title type=\"complete\">Test volume</title>"
            + "<editor role=\"primary\">A. Editor</editor></titleStmt>\n"
            + "<publicationStmt><publisher>Office of the Historian</publisher><pubPlace>Washington</pubPlace>"
            + "<date>2020</date><idno type=\"frus\">frus-test</idno></publicationStmt>"
            + "<sourceDesc><p>Born digital</p></sourceDesc></fileDesc>"
            + "<encodingDesc><p>How it is encoded</p></encodingDesc>"
            + "<revisionDesc><change when=\"2020-01-01\">made</change></revisionDesc>\n  </teiHeader>\n";

    /** Electronic-only volumes: every document numbers its pages 1, 2, 3… again, the first break after the head. */
    @Test
    void pagesNumberedInEachDocument() throws Exception {
        String xml = HEADER + "<text><body><div type=\"chapter\" xml:id=\"ch1\"><head>One</head>\n"
                + document(1, "<head>1. Telegram</head><pb n=\"1\" xml:id=\"d1-01\" facs=\"d1-01\"/><p>a</p>"
                        + "<pb n=\"2\" xml:id=\"d1-02\" facs=\"d1-02\"/><p>b</p><pb n=\"3\" xml:id=\"d1-03\" facs=\"d1-03\"/><p>c</p>")
                + document(2, "<head>2. Memorandum</head><pb n=\"1\" xml:id=\"d2-01\" facs=\"d2-01\"/><p>d</p>"
                        + "<pb n=\"2\" xml:id=\"d2-02\" facs=\"d2-02\"/><p>e</p>")
                + document(3, "<pb n=\"1\" xml:id=\"d3-01\" facs=\"d3-01\"/><head>3. Letter</head><p>f</p>")
                + "</div></body></text></TEI>";
        Read read = roundTrip(xml);
        assertThat(read.pages()).containsExactly("d1 1–3", "d2 1–2", "d3 1–1");
        assertThat(read.warnings).isEmpty();
    }

    /**
     * Microfiche supplements and older volumes: an untyped div holding a summary, paragraphs at chapter level, a
     * chapter's @n and other attributes, text loose in a chapter, page breaks between documents, attributes of the
     * document div the archive does not model, a page numbering that restarts in a later part.
     */
    @Test
    void contentBetweenDocumentsAndRestartingPages() throws Exception {
        String xml = HEADER + "<text>\n<body>\n<pb n=\"39\" xml:id=\"pg_39\" facs=\"0039\"/>\n"
                + "<div type=\"compilation\" xml:id=\"comp1\" n=\"I\" rend=\"centered\"><head>Korea</head>\n"
                + "<p>(See volumes VIII and IX.)</p>\n"
                + "<div type=\"chapter\" xml:id=\"ch1\" n=\"1\"><head>Armistice<note n=\"1\" xml:id=\"ch1fn1\">See also "
                + "<ref target=\"#pg_40\">p. 40</ref>.</note></head>\n"
                + "See also the memoranda below.\n"
                + "<div type=\"document\" xml:id=\"d10\" n=\"10\" subtype=\"historical-document\" "
                + "frus:doc-dateTime-min=\"1951-01-02T00:00:00-05:00\" frus:doc-dateTime-max=\"1951-01-02T23:59:59-05:00\">"
                + "<head>10. Telegram</head><p>x <pb n=\"40\" xml:id=\"pg_40\" facs=\"0040\"/>y</p></div>\n"
                + "<div><head>11. Memorandum of Conversation</head><p>Summary: Soviet reaction.</p></div>\n"
                + "<pb n=\"41\" xml:id=\"pg_41\" facs=\"0041\"/>\n"
                + document(12, "<head>12. Telegram</head><p>z</p>")
                + "</div></div>\n<div type=\"compilation\" xml:id=\"comp2\"><head>Part two</head>"
                + "<pb n=\"1\" xml:id=\"pg_1b\" facs=\"1001\"/>"
                + document(13, "<head>13. Telegram</head><p>w <pb n=\"2\" xml:id=\"pg_2b\" facs=\"1002\"/>v</p>")
                + "</div></body>\n</text></TEI>";
        Read read = roundTrip(xml);
        assertThat(read.pages()).containsExactly("d10 39–40", "d12 41–41", "d13 1–2");
        assertThat(read.warnings).isEmpty();
    }

    /**
     * Front and back matter as printed: a title page, roman page numbers, a preface with a footnote, the lists of
     * abbreviations and persons with heads, introductions, item markup and items without an xml:id, a document
     * in the front matter on roman pages, an index pointing to pages, an appendix.
     */
    @Test
    void frontAndBackMatterAsPrinted() throws Exception {
        String xml = HEADER + "<text>\n<front>\n<titlePage><docTitle><titlePart type=\"main\">Foreign Relations</titlePart>"
                + "</docTitle></titlePage>\n<pb n=\"[I]\" xml:id=\"pg_I\" facs=\"0001\"/>"
                + "<div type=\"section\" xml:id=\"preface\"><head>Preface</head><p>The volume<note n=\"1\" xml:id=\"prefacefn1\">"
                + "A note.</note> was compiled.</p><pb n=\"III\" xml:id=\"pg_III\" facs=\"0003\"/><p>More.</p></div>\n"
                + "<div type=\"section\" xml:id=\"terms\"><head>Abbreviations and Terms</head><p>Editor's note on terms.</p>"
                + "<list type=\"terms\"><head>Abbreviations</head><item><hi rend=\"strong\"><term xml:id=\"t_Deptel1\">Deptel</term>,"
                + "</hi> Department of State telegram</item><item><hi rend=\"strong\">Embtel</hi>, embassy telegram</item>"
                + "<item><hi rend=\"strong\"><term xml:id=\"t_NSC1\">NSC</term>,</hi> <hi rend=\"italic\">National</hi> "
                + "Security Council</item></list></div>\n"
                + "<div type=\"section\" xml:id=\"persons\"><head>Persons</head><list type=\"names\"><item><hi rend=\"strong\">"
                + "<persName xml:id=\"p_AD1\">Acheson, Dean</persName>,</hi> Secretary of State</item></list></div>\n"
                + "<div type=\"section\" xml:id=\"introduction\"><head>Introduction</head>"
                + document(1, "<pb n=\"XI\" xml:id=\"pg_XI\" facs=\"0011\"/><head>1. Editorial Note</head><p>Roman pages.</p>")
                + "</div>\n</front>\n<body>"
                + document(2, "<pb n=\"1\" xml:id=\"pg_1\" facs=\"0021\"/><head>2. Telegram</head><p><persName corresp=\"#p_AD1\">"
                        + "Acheson</persName> <gloss target=\"#t_Deptel1\">Deptel</gloss> 5.</p>")
                + "</body>\n<back><div type=\"section\" xml:id=\"appendix\"><head>Appendix</head><figure><graphic url=\"a.png\"/>"
                + "</figure></div><div type=\"section\" xml:id=\"index\"><head>Index</head><list type=\"index\">"
                + "<item xml:id=\"in1\">Acheson, Dean, <ref target=\"#pg_1\">1</ref>; see also <ref target=\"#in2\">Korea</ref></item>"
                + "<item xml:id=\"in2\">Korea, <ref target=\"frus1951v07p1#pg_152\">152</ref></item></list></div></back>\n"
                + "</text></TEI>";
        Read read = roundTrip(xml);
        assertThat(read.pages()).containsExactly("d1 null–null", "d2 1–1");
        assertThat(read.terms).extracting(TermDraft::xmlId).containsExactly("t_Deptel1", "t_NSC1");
        assertThat(read.persons).extracting(PersonDraft::xmlId).containsExactly("p_AD1");
        assertThat(read.warnings).singleElement().satisfies(w -> assertThat(w).contains("Embtel"));
    }

    /** Page breaks of one document that run backwards: the document is kept, with a warning naming it and its line. */
    @Test
    void oddPagesAreKeptWithAWarning() throws Exception {
        String xml = HEADER + "<text><body>\n<pb n=\"12\" xml:id=\"pg_12\"/>\n"
                + document(5, "<head>5. Telegram</head><p>a <pb n=\"13\" xml:id=\"pg_13\"/>b <pb n=\"7\" xml:id=\"pg_7\"/>c</p>")
                + "</body></text></TEI>";
        Read read = roundTrip(xml);
        assertThat(read.pages()).containsExactly("d5 7–13");
        assertThat(read.warnings).singleElement().satisfies(w -> assertThat(w).startsWith("d5 (line 8, column ")
                .contains("do not run forward (13, 7)").contains("kept"));
    }

    private static String document(int n, String content) {
        return "<div type=\"document\" xml:id=\"d" + n + "\" n=\"" + n + "\">" + content + "</div>\n";
    }

    /** Reads the volume, writes it back, asserts the file is the same, and gives what was read. */
    private static Read roundTrip(String xml) throws Exception {
        byte[] original = xml.getBytes(StandardCharsets.UTF_8);
        Read read = new Read();
        new FrusTeiReader().read(new ByteArrayInputStream(original), "frus-test", read);
        Set<String> placed = new HashSet<>();
        read.parts.stream().filter(p -> p.kind() == VolumePartDraft.Kind.DOCUMENT).forEach(p -> placed.add(p.xmlId()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FrusTeiWriter().writeKeptVolume(out, read.parts.iterator(), read.documents.iterator(), placed);
        assertThat(CanonicalTei.differences(new ByteArrayInputStream(original), new ByteArrayInputStream(out.toByteArray()), 5))
                .as(out.toString(StandardCharsets.UTF_8)).isEmpty();
        return read;
    }

    private static final class Read implements VolumeSink {
        final List<PersonDraft> persons = new ArrayList<>();
        final List<TermDraft> terms = new ArrayList<>();
        final List<VolumeDocumentDraft> documents = new ArrayList<>();
        final List<VolumePartDraft> parts = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        List<String> pages() {
            return documents.stream().map(d -> d.xmlId() + " " + d.draft().pageStart() + "–" + d.draft().pageEnd()).toList();
        }

        @Override
        public void volume(VolumeDraft volume) {
        }

        @Override
        public void person(PersonDraft person) {
            persons.add(person);
        }

        @Override
        public void term(TermDraft term) {
            terms.add(term);
        }

        @Override
        public void chapter(ChapterDraft chapter) {
        }

        @Override
        public void part(VolumePartDraft part) {
            parts.add(part);
        }

        @Override
        public void document(VolumeDocumentDraft document) {
            documents.add(document);
        }

        @Override
        public void warning(String message) {
            warnings.add(message);
        }
    }
}
