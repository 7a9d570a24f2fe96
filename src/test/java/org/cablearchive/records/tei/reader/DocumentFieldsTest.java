package org.cablearchive.records.tei.reader;

import static org.assertj.core.api.Assertions.assertThat;

import org.cablearchive.records.Classification;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentType;
import org.cablearchive.records.Party;
import org.cablearchive.records.Precedence;
import org.junit.jupiter.api.Test;

/** Field reading on single made-up documents in the encodings TEI-NOTES describes beyond the three fixtures. */
class DocumentFieldsTest {

    private CollectingSink sink;

    private DocumentDraft read(String divAttributes, String content) {
        sink = Fixtures.readString(TeiStructureTest.volume("<div type=\"document\" xml:id=\"d1\" n=\"1\" " + divAttributes + ">"
                + content + "</div>"));
        return sink.document("d1").draft();
    }

    private String dateOf(String divAttributes, String content) {
        return read(divAttributes, content).date().iso();
    }

    @Test
    void datesFromTheDatesProjectAttributes() {
        String f = "frus:doc-dateTime-min=\"%s\" frus:doc-dateTime-max=\"%s\"";
        assertThat(dateOf(String.format(f, "1969-06-12T00:00:00-05:00", "1969-06-12T23:59:59-05:00"), "<p>x</p>"))
                .isEqualTo("1969-06-12");
        assertThat(dateOf(String.format(f, "1969-06-01T00:00:00-05:00", "1969-06-30T23:59:59-05:00"), "<p>x</p>"))
                .isEqualTo("1969-06");
        assertThat(dateOf(String.format(f, "1969-01-01T00:00:00-05:00", "1969-12-31T23:59:59-05:00"), "<p>x</p>"))
                .isEqualTo("1969");
        assertThat(dateOf(String.format(f, "1969-06-12T10:03:00-05:00", "1969-06-12T11:45:00-05:00"), "<p>x</p>"))
                .isEqualTo("1969-06-12T10:03:00-05:00/1969-06-12T11:45:00-05:00");
        assertThat(dateOf(String.format(f, "1969-06-12T18:46:00-05:00", "1969-06-12T18:46:00-05:00"), "<p>x</p>"))
                .isEqualTo("1969-06-12T18:46:00-05:00");
    }

    @Test
    void datesFromTheDateline() {
        assertThat(dateOf("", "<dateline><date from=\"1951-01-02\" to=\"1951-01-03T10:00:00\">Jan 2–3</date></dateline>"))
                .isEqualTo("1951-01-02/1951-01-03T10:00:00");
        assertThat(dateOf("", "<dateline><date notBefore=\"1951-01\" notAfter=\"1951-03\">early 1951</date></dateline>"))
                .isEqualTo("1951-01/1951-03");
        assertThat(dateOf("", "<opener><dateline><placeName>Tokyo</placeName>, <date when=\"1968-01-23T11:00:00Z\">x</date>"
                + "</dateline></opener>")).isEqualTo("1968-01-23T11:00:00Z");
        // an attachment's dateline does not date the document
        assertThat(dateOf("", "<p>x</p><frus:attachment><dateline><date when=\"1951-01-17\">y</date></dateline></frus:attachment>"))
                .isNull();
        assertThat(dateOf("", "<dateline><date>undated</date></dateline>")).isNull();
        assertThat(sink.warnings).isEmpty();
    }

    @Test
    void invalidDatesAreReportedAndLeftUndated() {
        assertThat(dateOf("", "<dateline><date when=\"1951-02-30\">February 30</date></dateline>")).isNull();
        assertThat(sink.warnings).singleElement().asString().startsWith("d1: the date value \"1951-02-30\"")
                .contains("left undated");
        assertThat(dateOf("", "<dateline><date>January 1951</date></dateline>")).isNull();
        assertThat(sink.warnings).singleElement().asString().contains("no machine-readable value");
        assertThat(dateOf("", "<dateline><date from=\"1951-03-01\" to=\"1951-01-01\">x</date></dateline>")).isNull();
        assertThat(sink.warnings).singleElement().asString().contains("ends before it begins");
    }

    @Test
    void eSeriesTelegramNumberInTheHeadAndMarkingsInTheSourceParagraph() {
        DocumentDraft d = read("", "<head>1. Telegram 152114 From the Department of State to the Embassy in Algeria"
                + "<note n=\"1\" xml:id=\"d1fn1\" type=\"source\"><p>Summary: The Department asked for views. Secret matters.</p>"
                + "<p>Source: National Archives, RG 59, Central Foreign Policy Files. Secret; Niact Immediate; "
                + "<gloss target=\"#t_NODIS1\">Nodis</gloss>; Stadis. Drafted by X.</p></note></head>"
                + "<p>152114. Subject: Talks.</p>");
        assertThat(d.type()).isEqualTo(DocumentType.TELEGRAM);
        assertThat(d.title()).isEqualTo("Telegram 152114 From the Department of State to the Embassy in Algeria");
        assertThat(d.telegramNumber()).isEqualTo("152114");
        assertThat(d.classification()).isEqualTo(Classification.SECRET);
        assertThat(d.precedence()).isEqualTo(Precedence.NIACT);
        assertThat(d.handling()).containsExactly("NODIS", "STADIS");
        assertThat(d.sender()).isEqualTo(new Party("Department of State", null));
        assertThat(d.recipient()).isEqualTo(new Party("Embassy in Algeria", null));
        assertThat(d.sourceNote()).startsWith("Summary: The Department asked").contains("Source: National Archives");
    }

    @Test
    void withheldDocumentWithABracketedSource() {
        DocumentDraft d = read("", "<head>112. Telegram 4858 From <gloss type=\"from\">the Embassy in Japan</gloss> to "
                + "<gloss type=\"to\">the Department of State</gloss></head><dateline><placeName>Tokyo</placeName>, "
                + "<date when=\"1968-01-23T11:00:00Z\">January 23, 1968, 1100Z</date>.</dateline><p>[Source: National "
                + "Archives, RG 59, Central Files 1967–69, DEF 7 JAPAN–US. Top Secret; Priority; Nodis. 6 pages of source text "
                + "not declassified.]</p>");
        assertThat(d.sourceNote()).startsWith("[Source: National Archives").endsWith("not declassified.]");
        assertThat(d.classification()).isEqualTo(Classification.TOP_SECRET);
        assertThat(d.precedence()).isEqualTo(Precedence.PRIORITY);
        assertThat(d.handling()).containsExactly("NODIS");
        assertThat(d.telegramNumber()).isEqualTo("4858");
        assertThat(d.place()).isEqualTo("Tokyo");
        assertThat(d.fileNumber()).isEqualTo("DEF 7 JAPAN–US"); // the subject-numeric file the note cites
    }

    @Test
    void legacyMarkingLines() {
        String doc = "<note rend=\"inline\" type=\"source\">793.00/8–1551: %s</note><head>The Secretary of State to the "
                + "Embassy in India</head><opener><seg rendition=\"#left\"><hi rend=\"smallcaps\">%s</hi></seg></opener>"
                + "<p>%s</p>";
        DocumentDraft d = read("", String.format(doc, "Circular telegram", "top secret \u2003 air pouch", "639. Re Embtel"));
        assertThat(d.type()).isEqualTo(DocumentType.CIRCULAR_TELEGRAM);
        assertThat(d.classification()).isEqualTo(Classification.TOP_SECRET);
        assertThat(d.handling()).containsExactly("AIR POUCH");
        assertThat(d.telegramNumber()).isEqualTo("639");
        assertThat(d.fileNumber()).isEqualTo("793.00/8–1551");
        assertThat(d.sender()).isEqualTo(new Party("Secretary of State", null));
        d = read("", String.format(doc, "Circular airgram", "secret \u2003 official—informal", "x"));
        assertThat(d.type()).isEqualTo(DocumentType.AIRGRAM);
        assertThat(d.handling()).containsExactly("OFFICIAL–INFORMAL");
        d = read("", String.format(doc, "Telegram", "niact", "x"));
        assertThat(d.precedence()).isEqualTo(Precedence.NIACT);
        assertThat(d.classification()).isEqualTo(Classification.UNKNOWN);
        d = read("", String.format(doc, "Despatch", "No. 2891", "x"));
        assertThat(d.type()).isEqualTo(DocumentType.DESPATCH);
        assertThat(d.classification()).isEqualTo(Classification.UNKNOWN);
        assertThat(d.handling()).isEmpty();
        assertThat(d.telegramNumber()).isNull();
    }

    @Test
    void typesFromTheHeadAndTheSubtype() {
        assertThat(read("subtype=\"editorial-note\"", "<head>4. Something</head><p>x</p>").type())
                .isEqualTo(DocumentType.EDITORIAL_NOTE);
        assertThat(read("", "<head>1. Note From the Soviet Embassy to the Department of State</head><p>x</p>").type())
                .isEqualTo(DocumentType.NOTE);
        assertThat(read("", "<head>1. Notes From Lunch Between A and B</head><p>x</p>").type()).isEqualTo(DocumentType.OTHER);
        assertThat(read("", "<head>1. Despatch From the Embassy in Japan to the Department of State</head><p>x</p>").type())
                .isEqualTo(DocumentType.DESPATCH);
        assertThat(read("", "<head>1. Airgram A-123 From the Embassy in Japan</head><p>x</p>").type())
                .isEqualTo(DocumentType.AIRGRAM);
        assertThat(read("", "<head>1. Circular Telegram From the Department of State to All Posts</head><p>x</p>").type())
                .isEqualTo(DocumentType.CIRCULAR_TELEGRAM);
        DocumentDraft decimal = read("", "<head>1. Memorandum of Conversation<note n=\"1\" xml:id=\"d1fn1\" type=\"source\">"
                + "Source: Department of State, Central Files, 611.61/1–1551. Confidential.</note></head><p>x</p>");
        assertThat(decimal.type()).isEqualTo(DocumentType.MEMORANDUM_OF_CONVERSATION);
        assertThat(decimal.fileNumber()).isEqualTo("611.61/1–1551");
        assertThat(decimal.classification()).isEqualTo(Classification.CONFIDENTIAL);
        // a leading number other than @n is part of the title
        assertThat(read("", "<head>2. Paper</head><p>x</p>").title()).isEqualTo("2. Paper");
    }
}
