package org.cablearchive.records.tei.reader;

import static org.assertj.core.api.Assertions.assertThat;

import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.Precedence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Participants of memoranda of conversation in the encodings FRUS used (a participants list, a labelled paragraph,
 * a labelled table, a "Present" heading over a table), the precedence as printed, and page labels of every numbering.
 */
class ParticipantsAndPagesTest {

    private CollectingSink sink;

    private DocumentDraft read(String content) {
        sink = Fixtures.readString(TeiStructureTest.volume("<div type=\"document\" xml:id=\"d1\" n=\"1\">" + content + "</div>"));
        return sink.document("d1").draft();
    }

    @Test
    void aParticipantsListOfAModernVolume() {
        DocumentDraft d = read("<head>10. Memorandum of Conversation<note n=\"1\" xml:id=\"d1fn1\" type=\"source\">Source: "
                + "National Archives. Secret.</note></head><dateline><placeName>Washington</placeName>, <date when=\"1969-02-17\">"
                + "February 17, 1969</date>.</dateline><list type=\"subject\"><head>SUBJECT</head><item>Initial Call</item></list>"
                + "<list type=\"participants\"><head>PARTICIPANTS</head><item><hi rend=\"italic\">U.S. Side:</hi></item>"
                + "<item>The President</item><item>Mr. <persName corresp=\"#p_KHA1\">Henry A. Kissinger</persName>, Asst. to "
                + "the President<note n=\"2\" xml:id=\"d1fn2\">A note.</note></item></list><p>The Ambassador said…</p>");
        assertThat(d.participants()).containsExactly("U.S. Side:", "The President",
                "Mr. Henry A. Kissinger, Asst. to the President");
    }

    @Test
    void aLabelledParagraphOf1951() {
        DocumentDraft d = read("<note rend=\"inline\" type=\"source\">793.00/1–551</note><head>Memorandum of Conversation, by "
                + "the <gloss type=\"from\">Policy Planning Staff</gloss></head><opener><seg rendition=\"#left\"><hi "
                + "rend=\"smallcaps\">top secret</hi></seg></opener><p rend=\"flushleft\">Participants: First Party and Second "
                + "Party.</p><p>Second Party said…</p>");
        assertThat(d.participants()).containsExactly("First Party and Second Party.");
        DocumentDraft parts = read("<head>Memorandum of Conversation</head><p>Participants: The Secretary; Ambassador "
                + "Koo; Mr. Rusk</p><p>Text.</p>");
        assertThat(parts.participants()).containsExactly("The Secretary", "Ambassador Koo", "Mr. Rusk");
    }

    @Test
    void aLabelledTableEndsAtTheNextLabel() {
        DocumentDraft d = read("<head>Memorandum of Conversation</head><table><row><cell>Participants:</cell><cell>Brig. "
                + "Gen. Frank Roberts of Mr. Harriman’s<note n=\"1\" xml:id=\"d1fn1\">W. Averell Harriman.</note> Staff;</cell>"
                + "</row><row><cell/><cell>Mr. Charles B. Marshall, Policy Planning Staff.</cell></row><row><cell/><cell>"
                + "Time: From 12:00 noon to 2:00 p. m., January 30, 1951.</cell></row></table><p>Marshall explained…</p>");
        assertThat(d.participants()).containsExactly("Brig. Gen. Frank Roberts of Mr. Harriman’s Staff",
                "Mr. Charles B. Marshall, Policy Planning Staff.");
    }

    @Test
    void aPresentHeadingOverATableOfNames() {
        DocumentDraft d = read("<head>Memorandum on the Substance of Discussions</head><p rend=\"center\"><hi "
                + "rend=\"smallcaps\">Present</hi></p><table rows=\"2\" cols=\"2\"><row><cell>General Bradley</cell>"
                + "<cell>General Bolte</cell></row><row><cell>Admiral Sherman</cell><cell>Mr. Matthews</cell></row></table>"
                + "<p>[Here follows discussion.]</p>");
        assertThat(d.participants()).containsExactly("General Bradley", "General Bolte", "Admiral Sherman", "Mr. Matthews");
    }

    @Test
    void runningTextAboutParticipantsIsNoList() {
        DocumentDraft d = read("<head>Memorandum for the Record</head><p>Present were: Sabin Chase and C. B. Marshall.</p>"
                + "<p>Participants in the meeting agreed that…</p><frus:attachment xmlns:frus=\"http://history.state.gov/frus/ns/1.0\">"
                + "<list type=\"participants\"><item>Someone</item></list></frus:attachment>");
        assertThat(d.participants()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "secret   us urgent       | IMMEDIATE | us urgent",
        "secret Operational Immediate | IMMEDIATE | Operational Immediate",
        "top secret niact         | NIACT     | niact",
        "secret priority          | PRIORITY  | priority"})
    void theLegacyPrecedenceIsKeptAsPrinted(String marking, Precedence precedence, String printed) {
        DocumentDraft d = read("<head>The Consul General at Batavia (Livengood) to the Secretary of State</head><opener>"
                + "<seg rendition=\"#left\"><hi rend=\"smallcaps\">" + marking + "</hi></seg></opener><p>Text.</p>");
        assertThat(d.precedence()).isEqualTo(precedence);
        assertThat(d.precedencePrinted()).isEqualTo(printed);
    }

    @Test
    void theModernPrecedenceIsKeptAsPrintedAndShownWhereItSaysMore() {
        DocumentDraft d = read("<head>5. Telegram From the Embassy in Cyprus to the Department of State<note n=\"1\" "
                + "xml:id=\"d1fn1\" type=\"source\">Source: National Archives. Secret; Niact Immediate; Nodis.</note></head>"
                + "<p>Text.</p>");
        assertThat(d.precedence()).isEqualTo(Precedence.NIACT);
        assertThat(d.precedencePrinted()).isEqualTo("Niact Immediate");
        assertThat(d.precedenceWording()).isEqualTo("Niact Immediate");
        DocumentDraft plain = read("<head>6. Telegram From the Embassy in Cyprus to the Department of State<note n=\"1\" "
                + "xml:id=\"d1fn1\" type=\"source\">Source: National Archives. Secret; Priority.</note></head><p>Text.</p>");
        assertThat(plain.precedencePrinted()).isEqualTo("Priority");
        assertThat(plain.precedenceWording()).isNull();
    }

    @Test
    void pagesOfFrontMatterInRomanNumeralsKeepTheirLabels() {
        sink = Fixtures.readString(TeiStructureTest.volume("<pb n=\"xii\" xml:id=\"pg_xii\"/>"
                + "<div type=\"document\" xml:id=\"d1\" n=\"1\"><head>1. A</head><p>a <pb n=\"xiii\" xml:id=\"pg_xiii\"/>b "
                + "<pb n=\"xiv\" xml:id=\"pg_xiv\"/>c</p></div>"
                + "<div type=\"document\" xml:id=\"d2\" n=\"2\"><head>2. B</head><p>d <pb n=\"1\" xml:id=\"pg_1\"/>e</p></div>"
                + "<div type=\"document\" xml:id=\"d3\" n=\"3\"><pb n=\"[5]\" xml:id=\"pg_5\"/><head>3. C</head><p>f</p></div>"));
        DocumentDraft d1 = sink.document("d1").draft();
        assertThat(d1.printedPages()).isEqualTo("xii–xiv");
        assertThat(d1.pageStart()).isNull();
        DocumentDraft d2 = sink.document("d2").draft();
        // the numbering changes from roman to arabic in it: a new numbering starts, its pages are its own
        assertThat(d2.printedPages()).isEqualTo("1");
        assertThat(d2.pageStart()).isEqualTo(1);
        DocumentDraft d3 = sink.document("d3").draft();
        assertThat(d3.printedPages()).isEqualTo("[5]");
        assertThat(d3.pageStart()).isNull();
        assertThat(sink.warnings).isEmpty();
    }

    @Test
    void pagesRestartingInEachDocumentAndOddLabelsWarnWithTheDocumentAndLine() {
        sink = Fixtures.readString(TeiStructureTest.volume(
                "<div type=\"document\" xml:id=\"d1\" n=\"1\"><pb n=\"1\" xml:id=\"d1-01\"/><head>1. A</head><p>a "
                + "<pb n=\"2\" xml:id=\"d1-02\"/>b</p></div>"
                + "<div type=\"document\" xml:id=\"d2\" n=\"2\"><head>2. B</head><p>c <pb n=\"1\" xml:id=\"d2-01\"/>d "
                + "<pb n=\"2\" xml:id=\"d2-02\"/>e</p></div>"
                + "<div type=\"document\" xml:id=\"d3\" n=\"3\"><head>3. C</head><p>f <pb n=\"page two\" xml:id=\"d3-01\"/>g"
                + "</p></div>"));
        assertThat(sink.document("d1").draft().printedPages()).isEqualTo("1–2");
        DocumentDraft d2 = sink.document("d2").draft();
        assertThat(d2.printedPages()).isEqualTo("1–2");
        assertThat(d2.pageStart()).isEqualTo(1);
        assertThat(d2.pageEnd()).isEqualTo(2);
        DocumentDraft d3 = sink.document("d3").draft();
        assertThat(d3.printedPages()).isEqualTo("2–page two");
        assertThat(sink.warnings).anySatisfy(w -> assertThat(w).startsWith("d3 (line").contains("page two"));
    }
}
