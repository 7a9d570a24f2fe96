package org.cablearchive.ingest.plaintext;

import static org.assertj.core.api.Assertions.assertThat;

import org.cablearchive.ingest.plaintext.PlainTextReading.Confidence;
import org.cablearchive.records.Classification;
import org.cablearchive.records.DocumentType;
import org.cablearchive.records.Party;
import org.cablearchive.records.Precedence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The head of a document: source note, title, dateline and markings, in the forms FRUS prints them. */
class HeadReadingTest {

    private final PlainTextTelegramReader reader = new PlainTextTelegramReader();

    private PlainTextReading read(String text) {
        PlainTextReading reading = reader.read(text);
        NothingLostProperties.checkReading(text, reading);
        return reading;
    }

    private PlainTextReading telegramWithOpener(String... opener) {
        return read("611.61/10–1551: Telegram\n\nThe Charge in the Soviet Union (Cumming) to the Secretary of State\n\n"
                + String.join("\n", opener) + "\n\n639. Text of the telegram.\n\nCumming\n");
    }

    @Test
    void markingsSeparatedBySemicolons() {
        PlainTextReading r = telegramWithOpener("Secret; Priority; Nodis.");
        assertThat(r.draft().classification()).isEqualTo(Classification.SECRET);
        assertThat(r.draft().precedence()).isEqualTo(Precedence.PRIORITY);
        assertThat(r.draft().handling()).containsExactly("NODIS");
        assertThat(r.warnings()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "TOP SECRET PRIORITY EYES ONLY | TOP_SECRET | PRIORITY | EYES ONLY",
        "top secret\u2003air pouch     | TOP_SECRET | UNKNOWN  | AIR POUCH",
        "secret  official–informal     | SECRET     | UNKNOWN  | OFFICIAL–INFORMAL",
        "Secret; Niact Immediate; Nodis; Stadis | SECRET | NIACT | NODIS STADIS",
        "LIMITED OFFICIAL USE noforn   | LIMITED_OFFICIAL_USE | UNKNOWN | NOFORN",
        "Top-Secret  flash             | TOP_SECRET | FLASH    | ''"})
    void markingsInAnyCaseAndSpacing(String line, Classification c, Precedence p, String handling) {
        PlainTextReading r = telegramWithOpener(line);
        assertThat(r.draft().classification()).isEqualTo(c);
        assertThat(r.draft().precedence()).isEqualTo(p);
        assertThat(String.join(" ", r.draft().handling())).isEqualTo(handling);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void anUnknownMarkingWordIsKeptAndReported() {
        PlainTextReading r = telegramWithOpener("secret  xyzzy");
        assertThat(r.draft().classification()).isEqualTo(Classification.SECRET);
        assertThat(r.opener()).isEqualTo("secret  xyzzy");
        assertThat(r.warnings()).singleElement().asString().contains("Unknown marking \"xyzzy\"");
        assertThat(r.draft().body().plainText()).doesNotContain("xyzzy");
    }

    @Test
    void anUnknownLineAboveTheMarkingsStaysInTheHead() {
        PlainTextReading r = telegramWithOpener("No. 2891", "secret");
        assertThat(r.opener()).isEqualTo("No. 2891\nsecret");
        assertThat(r.draft().classification()).isEqualTo(Classification.SECRET);
        assertThat(r.warnings()).singleElement().asString().contains("\"No. 2891\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "The Secretary of State to the Embassy in the United Kingdom | Secretary of State | - | Embassy in the United Kingdom | -",
        "The Acting Secretary of State to Certain Diplomatic Offices | Acting Secretary of State | - | Certain Diplomatic Offices | -",
        "The Ambassador in the United Kingdom (Gifford) to the Secretary of State | Ambassador in the United Kingdom | Gifford | Secretary of State | -",
        "Memorandum by the Director of the Policy Planning Staff (Nitze) to the Secretary of State | Director of the Policy Planning Staff | Nitze | Secretary of State | -",
        "Memorandum by the Secretary of State | Secretary of State | - | - | -",
        "Memorandum of Conversation, by the Secretary of State | Secretary of State | - | - | -",
        "Telegram From the Embassy in Japan to the Department of State | Embassy in Japan | - | Department of State | -",
        "The Special Assistant to the Secretary (Battle) to the Under Secretary (Webb) | Special Assistant to the Secretary | Battle | Under Secretary | Webb",
        "Editorial Note | - | - | - | -"})
    void senderAndRecipientFromTheTitle(String title, String senderRole, String senderName, String recipientRole,
                                        String recipientName) {
        PlainTextReading r = read(title + "\n\nsecret\n\nText.\n");
        assertThat(r.draft().title()).isEqualTo(title);
        assertThat(r.draft().sender()).isEqualTo(new Party(senderRole, senderName));
        assertThat(r.draft().recipient()).isEqualTo(new Party(recipientRole, recipientName));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "611.93231/2–2351: Circular airgram | AIRGRAM   | 611.93231/2–2351 | 1951-02-23",
        "893B.24222/10–2751:Airgram         | AIRGRAM   | 893B.24222/10–2751 | 1951-10-27",
        "611.61/5–351: Memorandum           | MEMORANDUM | 611.61/5–351    | 1951-05-03",
        "320.2–AC/4–2051                    | OTHER     | 320.2–AC/4–2051  | 1951-04-20",
        "110.15 RU/5–2151: Telegram         | TELEGRAM  | 110.15 RU/5–2151 | 1951-05-21",
        "INR–NIE Flies                      | OTHER     | INR–NIE Flies    | -",
        "Secretary’s Memoranda: Lot 53 D 444 | OTHER    | Secretary’s Memoranda: Lot 53 D 444 | -"})
    void sourceNotesOfEveryKind(String note, DocumentType type, String fileNumber, String date) {
        PlainTextReading r = read(note + "\n\nA Title Without Type Words\n\nsecret\n\nText.\n");
        assertThat(r.draft().sourceNote()).isEqualTo(note);
        assertThat(r.draft().title()).isEqualTo("A Title Without Type Words");
        assertThat(r.draft().type()).isEqualTo(type);
        assertThat(r.draft().fileNumber()).isEqualTo(fileNumber);
        assertThat(r.draft().date().isUndated() ? null : r.draft().date().iso()).isEqualTo(date);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Moscow, October 16, 1951—3 p. m.                 | Moscow     | 1951-10-16T15:00:00",
        "Tokyo, January 23, 1968, 1100Z.                  | Tokyo      | 1968-01-23T11:00:00Z",
        "New Delhi, July 21, 1951—midnight.               | New Delhi  | 1951-07-21T00:00:00",
        "Washington, May 21, 1951—12 noon.                | Washington | 1951-05-21T12:00:00",
        "Hong Kong, November 1, 1951—9 p. m. and 11 p. m. | Hong Kong  | 1951-11-01T21:00:00",
        "Hong Kong, October 8—5 p. m.                     | Hong Kong  | 1951-10-08T17:00:00",
        "January 6 and 7, 1951.                           | -          | 1951-01-06/1951-01-07",
        "Paris, 31 May 1951.                              | Paris      | 1951-05-31",
        "Washington, undated.                             | Washington | -"})
    void datelines(String dateline, String place, String date) {
        PlainTextReading r = telegramWithOpener(dateline, "secret");
        assertThat(r.opener()).isEqualTo(dateline + "\nsecret");
        assertThat(r.draft().place()).isEqualTo(place);
        assertThat(r.draft().date().iso()).isEqualTo(date);
    }

    @Test
    void aDatelineWithADayThatDoesNotExistLeavesTheDocumentUndated() {
        PlainTextReading r = telegramWithOpener("Moscow, February 30, 1951—3 p. m.", "secret");
        assertThat(r.draft().date().isUndated()).isTrue();
        assertThat(r.draft().place()).isEqualTo("Moscow");
        assertThat(r.warnings()).singleElement().asString().contains("does not exist");
    }

    @Test
    void aSourceNoteAfterTheTitleStaysWithTheOpenerButCounts() {
        PlainTextReading r = read("55. Telegram From the Department of State to the Embassy in France\n\n"
                + "Source: National Archives, RG 59, POL 27 VIET S. Secret; Immediate; Nodis.\n\n96203. Text.\n");
        assertThat(r.draft().sourceNote()).isNull();
        assertThat(r.opener()).startsWith("Source: National Archives");
        assertThat(r.draft().classification()).isEqualTo(Classification.SECRET);
        assertThat(r.draft().precedence()).isEqualTo(Precedence.IMMEDIATE);
        assertThat(r.draft().handling()).containsExactly("NODIS");
        assertThat(r.draft().telegramNumber()).isEqualTo("96203");
        assertThat(r.warnings()).anyMatch(w -> w.contains("follows the title"));
    }

    @Test
    void aModernSourceNotePrintedAsFootnoteOneGivesTheMarkings() {
        PlainTextReading r = read("55. Telegram From the Department of State to the Embassy in France1\n\n"
                + "Washington, June 12, 1969, 2346Z.\n\n96203. Text of the telegram.\n\nRogers\n\n"
                + "1 Source: National Archives, RG 59, Central Files 1967–69, POL 27 VIET S. Secret; Nodis.\n");
        assertThat(r.draft().classification()).isEqualTo(Classification.SECRET);
        assertThat(r.draft().handling()).containsExactly("NODIS");
        assertThat(r.draft().footnotes()).singleElement().extracting(f -> f.n()).isEqualTo("1");
        assertThat(r.warnings()).isEmpty();
        assertThat(r.confidence()).isEqualTo(Confidence.HIGH);
    }

    @Test
    void loneCarriageReturnsAreLineEnds() {
        PlainTextReading r = read("611.61/10–1551: Telegram\r\rThe Charge in the Soviet Union (Cumming) to the "
                + "Secretary of State\r\rtop secret\rpriority\r\r639. Text.\r\rCumming\r");
        assertThat(r.draft().classification()).isEqualTo(Classification.TOP_SECRET);
        assertThat(r.draft().precedence()).isEqualTo(Precedence.PRIORITY);
        assertThat(r.draft().telegramNumber()).isEqualTo("639");
        assertThat(r.draft().signature()).isEqualTo("Cumming");
    }
}
