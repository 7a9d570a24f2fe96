package org.cablearchive.records.tei.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cablearchive.records.ChapterDraft;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentDraft.FootnoteDraft;
import org.cablearchive.records.DocumentDraft.ReferenceDraft;
import org.cablearchive.records.ReferenceKind;
import org.cablearchive.records.VolumeDocumentDraft;
import org.cablearchive.records.VolumePartDraft;
import org.junit.jupiter.api.Test;

/** The contract's structural rules on small made-up volumes: page breaks, notes, refs, namespaces, sections. */
class TeiStructureTest {

    static final String OPEN = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xmlns:frus=\"http://history.state.gov/frus/ns/1.0\""
            + " xml:id=\"vol\"><teiHeader><fileDesc><titleStmt><title type=\"complete\">Test</title></titleStmt>"
            + "<publicationStmt><idno type=\"frus\">frusTest</idno><date>2020</date></publicationStmt></fileDesc></teiHeader>";

    static String volume(String body) {
        return OPEN + "<text><body>" + body + "</body></text></TEI>";
    }

    @Test
    void pageBreaksBetweenDocumentsStayBetweenThemAndGiveTheNextItsFirstPage() {
        CollectingSink sink = Fixtures.readString(volume("<pb n=\"1\" xml:id=\"pg_1\"/>"
                + "<div type=\"chapter\" xml:id=\"ch1\"><head>One</head>"
                + "<div type=\"document\" xml:id=\"d1\" n=\"1\"><head>1. A</head><p>a <pb n=\"2\" xml:id=\"pg_2\"/>b</p></div>"
                + "<pb n=\"3\" xml:id=\"pg_3\"/></div>"
                + "<div type=\"chapter\" xml:id=\"ch2\"><pb n=\"4\" xml:id=\"pg_4\"/><head>Two</head>"
                + "<div type=\"document\" xml:id=\"d2\" n=\"2\"><head>2. B</head><p>c</p></div>"
                + "<div type=\"document\" xml:id=\"d3\" n=\"3\"><pb n=\"5\" xml:id=\"pg_5\"/><head>3. C</head><p>d</p></div>"
                + "</div><pb n=\"6\" xml:id=\"pg_6\"/><pb n=\"7\" xml:id=\"pg_7\"/>"));
        DocumentDraft d1 = sink.document("d1").draft();
        DocumentDraft d2 = sink.document("d2").draft();
        DocumentDraft d3 = sink.document("d3").draft();
        assertThat(d1.body().xml()).isEqualTo("<body><head>1. A</head><p>a <pb n=\"2\" xml:id=\"pg_2\"/>b</p></body>");
        assertThat(List.of(d1.pageStart(), d1.pageEnd())).containsExactly(1, 2);
        assertThat(d2.body().xml()).isEqualTo("<body><head>2. B</head><p>c</p></body>");
        assertThat(List.of(d2.pageStart(), d2.pageEnd())).containsExactly(4, 4);
        // a pb that is the div's first child is the document's own: it begins on page 5; pages after it are not its
        assertThat(List.of(d3.pageStart(), d3.pageEnd())).containsExactly(5, 5);
        assertThat(d3.body().xml()).isEqualTo("<body><pb n=\"5\" xml:id=\"pg_5\"/><head>3. C</head><p>d</p></body>");
        assertThat(sink.parts).filteredOn(p -> p.tei().startsWith("<pb")).extracting(VolumePartDraft::xmlId)
                .containsExactly("pg_1", "pg_3", "pg_4", "pg_6", "pg_7");
        assertThat(sink.parts).extracting(p -> p.kind() + (p.xmlId() == null ? "" : " " + p.xmlId())).containsExactly(
                "OPEN vol", "FRAGMENT", "OPEN", "OPEN", "FRAGMENT pg_1", "OPEN ch1", "FRAGMENT", "DOCUMENT d1",
                "FRAGMENT pg_3", "CLOSE", "OPEN ch2", "FRAGMENT pg_4", "FRAGMENT", "DOCUMENT d2", "DOCUMENT d3", "CLOSE",
                "FRAGMENT pg_6", "FRAGMENT pg_7", "CLOSE", "CLOSE", "CLOSE");
        assertThat(sink.calls).containsExactly("volume", "chapter", "document", "chapter", "document", "document");
        assertThat(sink.warnings).isEmpty();
    }

    @Test
    void rereadingAnExportedBodyGivesTheSameDraft() {
        CollectingSink first = Fixtures.readString(volume("<pb n=\"9\" xml:id=\"pg_9\"/><div type=\"document\" xml:id=\"d1\" n=\"1\">"
                + "<head>1. Telegram From <gloss type=\"from\">the Embassy</gloss> to the Department<note n=\"1\" xml:id=\"d1fn1\" "
                + "type=\"source\">Source: Files. Secret; Priority.</note></head><p>12. Text <ref target=\"#d2\">Document 2</ref>"
                + "<note n=\"2\" xml:id=\"d1fn2\">See <ref target=\"#pg_3\">p. 3</ref>.</note> and &amp; &lt;tag&gt; "
                + "<frus:attachment><p>x</p></frus:attachment></p></div>"));
        DocumentDraft d = first.document("d1").draft();
        // what the writer does: put the footnotes back, drop the corresp the reader added, wrap in a div again
        String inner = d.body().xml().replaceFirst("^<body[^>]*>", "").replaceFirst("</body>$", "");
        for (FootnoteDraft f : d.footnotes()) {
            inner = inner.replace("<note n=\"" + f.n() + "\" xml:id=\"" + f.key() + "\"/>", f.tei().replace(
                    " xmlns:frus=\"http://history.state.gov/frus/ns/1.0\"", ""));
        }
        inner = inner.replaceAll(" corresp=\"#xr\\d+\"", "");
        CollectingSink second = Fixtures.readString(volume("<pb n=\"9\" xml:id=\"pg_9\"/><div type=\"document\" xml:id=\"d1\" n=\"1\">"
                + inner + "</div>"));
        DocumentDraft again = second.document("d1").draft();
        assertThat(again).isEqualTo(d);
        assertThat(d.pageStart()).isEqualTo(9);
        assertThat(d.body().xml()).startsWith("<body xmlns:frus=\"http://history.state.gov/frus/ns/1.0\"><head>")
                .contains("<frus:attachment><p>x</p></frus:attachment>").contains("and &amp; &lt;tag&gt; ");
    }

    @Test
    void notesAndReferencesFollowTheContract() {
        CollectingSink sink = Fixtures.readString(volume("<div type=\"document\" xml:id=\"d1\" n=\"1\"><head>1. Letter</head>"
                + "<p>A<note xml:id=\"d1fnA\">first <ref target=\"frus1964-68v14#d335\">Document 335</ref> "
                + "<note n=\"x\" xml:id=\"inner\">nested</note></note> "
                + "B <ref target=\"#d17fn5\">footnote 5</ref> <ref target=\"#pg_xii\" corresp=\"#mine\">p. xii</ref>"
                + "<note n=\"*\" xml:id=\"d1fnB\">second <ref target=\"http://example.org/a\">web</ref></note>"
                + "<note type=\"source\" rend=\"inline\">kept inline</note> <ref target=\"frus1950v06\">volume</ref></p></div>"));
        DocumentDraft d = sink.document("d1").draft();
        assertThat(d.footnotes()).extracting(FootnoteDraft::key, FootnoteDraft::n, FootnoteDraft::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("d1fnA", "1", "first Document 335 nested"),
                org.assertj.core.groups.Tuple.tuple("d1fnB", "*", "second web"));
        assertThat(d.footnotes().get(0).tei()).isEqualTo("<note xml:id=\"d1fnA\">first <ref target=\"frus1964-68v14#d335\" "
                + "corresp=\"#xr1\">Document 335</ref> <note n=\"x\" xml:id=\"inner\">nested</note></note>");
        assertThat(d.body().xml()).contains("A<note xml:id=\"d1fnA\"/> B <ref target=\"#d17fn5\" corresp=\"#xr2\">")
                .contains("<ref target=\"#pg_xii\" corresp=\"#mine\">p. xii</ref>")
                .contains("<note type=\"source\" rend=\"inline\">kept inline</note>");
        assertThat(d.references()).containsExactly(
                new ReferenceDraft("xr1", ReferenceKind.DOCUMENT, "335", null, "Document 335", "frus1964-68v14#d335"),
                new ReferenceDraft("xr2", ReferenceKind.OTHER, null, null, "footnote 5", "frusTest#d17fn5"),
                new ReferenceDraft("xr3", ReferenceKind.OTHER, null, null, "web", "http://example.org/a"),
                new ReferenceDraft("xr4", ReferenceKind.OTHER, null, null, "volume", "frus1950v06"));
        assertThat(sink.warnings).containsExactly("d1: note inner inside footnote d1fnA stays part of that footnote.");
    }

    @Test
    void sectionsBecomeChaptersOnlyWhenTheyHoldDocuments() {
        String xml = OPEN + "<text><front><div type=\"section\" xml:id=\"persons\"><list type=\"names\">"
                + "<item>Note: not a person</item><item><hi rend=\"strong\"><persName xml:id=\"p_A1\">Acheson, Dean</persName>,"
                + "</hi> Secretary of State</item></list></div><div type=\"section\" xml:id=\"preface\"><pb n=\"III\" xml:id=\"pg_III\"/>"
                + "<p>Preface</p></div></front><body><div type=\"section\" xml:id=\"s1\"><head>Part <hi>one</hi></head>"
                + "<p>An introduction</p><div type=\"document\" xml:id=\"d1\" n=\"1\"><head>1. X</head><p>x "
                + "<persName corresp=\"#p_A1\">Acheson</persName></p></div></div></body><back>"
                + "<div type=\"section\" xml:id=\"index\"><pb n=\"99\" xml:id=\"pg_99\"/><list><item>a</item></list></div>"
                + "<div type=\"section\" xml:id=\"appendix\"><head>Appendix</head><div type=\"document\" xml:id=\"d2\" n=\"2\">"
                + "<head>2. Y</head><p>y</p></div></div></back></text></TEI>";
        CollectingSink sink = Fixtures.readString(xml);
        assertThat(sink.persons).singleElement().satisfies(p -> {
            assertThat(p.xmlId()).isEqualTo("p_A1");
            assertThat(p.name()).isEqualTo("Acheson, Dean");
            assertThat(p.description()).isEqualTo("Secretary of State");
        });
        assertThat(sink.chapters).extracting(ChapterDraft::xmlId, ChapterDraft::kind, ChapterDraft::title, ChapterDraft::headTei)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("s1", "SECTION", "Part one", "<head>Part <hi>one</hi></head>"),
                        org.assertj.core.groups.Tuple.tuple("appendix", "SECTION", "Appendix", "<head>Appendix</head>"));
        assertThat(sink.calls).containsExactly("volume", "warning", "person", "chapter", "document", "chapter", "document");
        assertThat(sink.document("d1").mentions()).containsExactly(new VolumeDocumentDraft.Mention("p_A1", "Acheson"));
        assertThat(sink.document("d2").chapterXmlId()).isEqualTo("appendix");
        assertThat(sink.document("d2").draft().body().pageBreaks()).isEmpty();
        // nothing outside the documents is left out: the persons list as printed (the item without an id too), the
        // preface, the section's introduction and the index are parts of the volume, in their places
        assertThat(sink.parts).extracting(VolumePartDraft::tei).contains(
                "<list type=\"names\"><item>Note: not a person</item><item><hi rend=\"strong\"><persName xml:id=\"p_A1\">"
                        + "Acheson, Dean</persName>,</hi> Secretary of State</item></list>",
                "<p>Preface</p>", "<p>An introduction</p>", "<pb n=\"99\" xml:id=\"pg_99\"/>", "<list><item>a</item></list>");
        assertThat(sink.warnings).singleElement().satisfies(w -> assertThat(w).startsWith("An item of the persons list")
                .contains("Note: not a person").contains("stays in the list as printed"));
    }

    @Test
    void idsAreMadeUniqueAndMissingOnesSupplied() {
        CollectingSink sink = Fixtures.readString(volume("<div type=\"compilation\"><head>C</head>"
                + "<div type=\"document\" n=\"7\"><head>7. A</head><p>a</p></div>"
                + "<div type=\"document\" xml:id=\"d7\" n=\"8\"><head>8. B</head><p>b</p></div>"
                + "<div type=\"document\"><head>C</head></div></div>"));
        assertThat(sink.documents).extracting(VolumeDocumentDraft::xmlId).containsExactly("d7", "d7-2", "d-3");
        assertThat(sink.chapters).extracting(ChapterDraft::xmlId).containsExactly("div-1");
        assertThat(sink.document("d-3").draft().body().isBlank()).isTrue(); // the head is the title, not body text
        assertThat(sink.warnings).hasSize(5).anyMatch(w -> w.contains("\"d7\"") && w.contains("\"d7-2\""))
                .anyMatch(w -> w.equals("d-3: the document has no text below its head."));
    }

    @Test
    void headerVariantsAndFallbackIds() {
        String header = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt>"
                + "<title type=\"sub-series\">1952–1954</title><title type=\"volume-number\">Volume IV</title>"
                + "<title type=\"series\">FRUS</title><title>Untyped</title><editor role=\"primary\">A</editor>"
                + "<editor role=\"general\">B</editor></titleStmt><publicationStmt><date when=\"2003-05\">May 2003</date>"
                + "</publicationStmt></fileDesc></teiHeader><text><body><div type=\"document\" xml:id=\"d1\"><p>x</p></div>"
                + "</body></text></TEI>";
        CollectingSink sink = new CollectingSink();
        new FrusTeiReader().read(new java.io.ByteArrayInputStream(header.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "frus1952-54v04", sink);
        assertThat(sink.volumes.get(0)).isEqualTo(new org.cablearchive.records.VolumeDraft("frus1952-54v04", "Untyped",
                "FRUS", "1952–1954", "Volume IV", null, List.of("A", "B"), 2003));
    }

    @Test
    void manyCharacterReferencesAreNoEntityAttack() {
        String text = "a &amp; b&#x2003;&lt;c&gt; ".repeat(200_000);
        CollectingSink sink = Fixtures.readString(volume("<div type=\"document\" xml:id=\"d1\"><p>" + text + "</p></div>"));
        assertThat(sink.document("d1").draft().body().xml()).contains("a &amp; b\u2003&lt;c&gt; a &amp;");
    }
}
