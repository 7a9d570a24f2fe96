package org.cablearchive.records.tei.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.cablearchive.records.Classification;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentType;
import org.cablearchive.records.FileNumber;
import org.cablearchive.records.Party;
import org.cablearchive.records.Precedence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Catalogue fields read from small fragments in the real encodings of FRUS volumes of several eras (1948–1976):
 * heads that are not "X to Y", memoranda of conversation, telegram numbers with letters and series, file numbers
 * that are not dated decimals, markings over two lines and precedences of other eras.
 */
class MetadataOfEveryEraTest {

    private CollectingSink sink;

    private DocumentDraft read(String content) {
        sink = Fixtures.readString(TeiStructureTest.volume("<div type=\"document\" xml:id=\"d1\" n=\"1\">" + content + "</div>"));
        return sink.document("d1").draft();
    }

    @Test
    void anAddressToTheNationHasNoSenderOrRecipient() {
        DocumentDraft d = read("<head>1. Address by President Nixon to the Nation<note n=\"1\" xml:id=\"d1fn1\" "
                + "type=\"source\">Source: Public Papers of the Presidents: Richard Nixon, 1969, pp. 901–909.</note></head>"
                + "<p>Good evening, my fellow Americans.</p>");
        assertThat(d.sender()).isEqualTo(Party.NONE);
        assertThat(d.recipient()).isEqualTo(Party.NONE);
        assertThat(d.title()).isEqualTo("Address by President Nixon to the Nation");
    }

    @Test
    void theParticipantsOfAMemorandumOfConversationAreNotSenderAndRecipient() {
        DocumentDraft d = read("<head>66. Memorandum of a Conversation Between the Assistant Secretary of State for Far "
                + "Eastern Affairs (<persName corresp=\"#p_RWS1\" type=\"from\">Robertson</persName>) and the Director of the "
                + "United States Operations Mission in Saigon (<persName corresp=\"#p_GAZ1\" type=\"to\">Gardiner</persName>), "
                + "Department of State, Washington, April 22, 1959<note n=\"1\" xml:id=\"d1fn1\" type=\"source\">Source: "
                + "Department of State, Central Files, 751G.00/4–2259. Confidential. Drafted by Mendenhall.</note></head>"
                + "<p>During a call by Mr. Gardiner prior to his return to Saigon, Mr. Robertson requested his views.</p>");
        assertThat(d.type()).isEqualTo(DocumentType.MEMORANDUM_OF_CONVERSATION);
        assertThat(d.sender()).isEqualTo(Party.NONE);
        assertThat(d.recipient()).isEqualTo(Party.NONE);
        assertThat(d.fileNumber()).isEqualTo("751G.00/4–2259");
        assertThat(FileNumber.parse(d.fileNumber()).date()).isEqualTo(LocalDate.of(1959, 4, 22));
        assertThat(d.classification()).isEqualTo(Classification.CONFIDENTIAL);
        // the persons stay linked to the document as persons it names
        assertThat(sink.document("d1").mentions()).extracting(m -> m.personXmlId()).containsExactly("p_RWS1", "p_GAZ1");
    }

    @Test
    void aMemorandumOfConversationByItsAuthorKeepsTheAuthorAsSender() {
        DocumentDraft d = read("<note rend=\"inline\" type=\"source\">893.01/9–1349</note><head><hi rend=\"italic\">"
                + "Memorandum of Conversation, by the <gloss type=\"from\">Secretary of State</gloss></hi></head>"
                + "<opener><seg rendition=\"#left\"><hi rend=\"smallcaps\">top secret</hi></seg></opener><p>Text.</p>");
        assertThat(d.sender()).isEqualTo(new Party("Secretary of State", null));
        assertThat(d.recipient()).isEqualTo(Party.NONE);
        assertThat(d.date().isUndated()).isTrue();
        assertThat(FileNumber.parse(d.fileNumber()).date()).isEqualTo(LocalDate.of(1949, 9, 13));
    }

    @Test
    void aTelegramWithItsSeriesNumberFromTheSecretarysDelegation() {
        DocumentDraft d = read("<head>12. Telegram 123/Tosec 45 From the <gloss type=\"from\">Secretary of State’s "
                + "Delegation</gloss> to the <gloss type=\"to\">Department of State</gloss><note n=\"1\" xml:id=\"d1fn1\" "
                + "type=\"source\">Source: National Archives, RG 59, Central Foreign Policy Files. Secret; Immediate; "
                + "Nodis.</note></head><p>Text.</p>");
        assertThat(d.type()).isEqualTo(DocumentType.TELEGRAM);
        assertThat(d.telegramNumber()).isEqualTo("123");
        assertThat(d.sender()).isEqualTo(new Party("Secretary of State’s Delegation", null));
        assertThat(d.recipient()).isEqualTo(new Party("Department of State", null));
        assertThat(d.precedence()).isEqualTo(Precedence.IMMEDIATE);
    }

    @Test
    void aMicroficheSummaryNamesNoSender() {
        DocumentDraft d = read("<head>Telegram 286 from Moscow, July 29. Soviet reaction to the Presidential visit to "
                + "Romania. Confidential. 2 pp. Department of State, Central Files, POL 7 US/NIXON.</head>");
        assertThat(d.telegramNumber()).isEqualTo("286");
        assertThat(d.sender()).isEqualTo(Party.NONE);
        assertThat(d.recipient()).isEqualTo(Party.NONE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Telegram C 58575 From the Commander in Chief, Far East (MacArthur) to the Joint Chiefs of Staff | C 58575",
        "Airgram A–1043 From the Embassy in Japan to the Department of State                              | A–1043",
        "Telegram 1234 From the Embassy in the Soviet Union to the Department of State                      | 1234"})
    void telegramNumbersWithLetters(String head, String number) {
        DocumentDraft d = read("<head>" + head + "</head><p>Text.</p>");
        assertThat(d.telegramNumber()).isEqualTo(number);
        assertThat(d.recipient().role()).isNotNull().doesNotContain("Telegram");
    }

    @Test
    void anAirgramNumberLeadingTheText() {
        DocumentDraft d = read("<note rend=\"inline\" type=\"source\">890.00/9–949: Airgram</note><head><hi rend=\"italic\">"
                + "The Acting Political Adviser in Japan</hi> (<persName type=\"from\"><hi rend=\"italic\">Sebald</hi>"
                + "</persName>) <hi rend=\"italic\">to the <gloss type=\"to\">Secretary of State</gloss></hi></head>"
                + "<p>A–227. A special briefing was held on September 7.</p>");
        assertThat(d.type()).isEqualTo(DocumentType.AIRGRAM);
        assertThat(d.telegramNumber()).isEqualTo("A–227");
        assertThat(d.sender()).isEqualTo(new Party("Acting Political Adviser in Japan", "Sebald"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Source: National Archives, RG 59, Central Files 1967–69, POL 27 VIET S. Secret; Immediate; Nodis. | POL 27 VIET S",
        "Source: National Archives, RG 59, Central Files 1970–73, POL JAPAN–US. Confidential.            | POL JAPAN–US",
        "Source: Department of State, Central Files, 795.00 (Korea)/6–2551. Secret.                      | 795.00 (Korea)/6–2551",
        "Source: Department of State, Central Files, 761.00R/1–249. Secret.                              | 761.00R/1–249"})
    void fileNumbersThatAreNotPlainDecimals(String note, String file) {
        DocumentDraft d = read("<head>1. Telegram From the Embassy in Japan to the Department of State<note n=\"1\" "
                + "xml:id=\"d1fn1\" type=\"source\">" + note + "</note></head><p>Text.</p>");
        assertThat(d.fileNumber()).isEqualTo(file);
    }

    @Test
    void anOldSerialFileKeepsItsSubject() {
        DocumentDraft d = read("<note rend=\"inline\" type=\"source\">103.93/644</note><head>Mr. Seward to Mr. Adams</head>"
                + "<p>Text.</p>");
        assertThat(d.fileNumber()).isEqualTo("103.93/644");
        assertThat(FileNumber.parse(d.fileNumber()).subject()).isEqualTo("103.93");
        assertThat(d.sender()).isEqualTo(new Party("Mr. Seward", null));
        assertThat(d.recipient()).isEqualTo(new Party("Mr. Adams", null));
    }

    @Test
    void aClassificationOverTwoLines() {
        DocumentDraft d = read("<head>The Secretary of State to the Embassy in France</head><opener><seg rendition=\"#left\">"
                + "<hi rend=\"smallcaps\">personal and<lb/>top secret</hi></seg></opener><p>Text.</p>");
        assertThat(d.classification()).isEqualTo(Classification.TOP_SECRET);
        assertThat(d.handling()).containsExactly("PERSONAL");
        DocumentDraft two = read("<head>The Secretary of State to the Embassy in France</head><opener><seg>"
                + "<hi rend=\"smallcaps\">personal and</hi></seg><seg><hi rend=\"smallcaps\">top secret</hi></seg>"
                + "<seg><hi rend=\"smallcaps\">niact</hi></seg></opener><p>Text.</p>");
        assertThat(two.classification()).isEqualTo(Classification.TOP_SECRET);
        assertThat(two.precedence()).isEqualTo(Precedence.NIACT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "secret   us urgent      | IMMEDIATE",
        "top secret urgent       | IMMEDIATE",
        "confidential flash      | FLASH",
        "secret most immediate   | FLASH",
        "secret operational immediate | IMMEDIATE",
        "restricted deferred     | ROUTINE",
        "secret routine          | ROUTINE",
        "secret niact            | NIACT"})
    void precedencesOfOtherEras(String marking, Precedence precedence) {
        DocumentDraft d = read("<head>The Consul General at Batavia (Livengood) to the Secretary of State</head><opener>"
                + "<seg rendition=\"#left\"><hi rend=\"smallcaps\">" + marking + "</hi></seg></opener><p>Text.</p>");
        assertThat(d.precedence()).isEqualTo(precedence);
        assertThat(d.handling()).isEmpty();
    }
}
