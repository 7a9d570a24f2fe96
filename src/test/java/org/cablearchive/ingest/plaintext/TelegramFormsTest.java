package org.cablearchive.ingest.plaintext;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.cablearchive.records.Classification;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentDraft.ReferenceDraft;
import org.cablearchive.records.DocumentType;
import org.cablearchive.records.FileNumber;
import org.cablearchive.records.Party;
import org.cablearchive.records.Precedence;
import org.cablearchive.records.ReferenceKind;
import org.junit.jupiter.api.Test;

/**
 * Real FRUS documents of 1948–1965 in the plain-text form (texts 19 to 38 in src/test/resources/telegrams), one
 * form each: file subjects with letters and words, references without a year, footnote marks on the title and
 * on cited numbers, distribution lines, numbers with letters, modern source notes as footnotes, memoranda.
 */
class TelegramFormsTest {

    private final PlainTextTelegramReader reader = new PlainTextTelegramReader();

    private static PlainTextReading read(String name) throws IOException {
        return TelegramTextsTest.read(name);
    }

    private static ReferenceDraft ref(String key, ReferenceKind kind, String number, String date, String label) {
        return TelegramTextsTest.ref(key, kind, number, date, label);
    }

    @Test
    void aSubjectWithLettersAndAWordGivesTheDateAndUsUrgentIsAPrecedence() throws IOException {
        PlainTextReading r = read("19-letters-and-words-in-the-file-subject.txt");
        DocumentDraft d = r.draft();
        assertThat(d.fileNumber()).isEqualTo("501.BC Indonesia/2–249");
        assertThat(FileNumber.parse(d.fileNumber()).subject()).isEqualTo("501.BC Indonesia");
        assertThat(d.date().iso()).isEqualTo("1949-02-02");
        assertThat(d.classification()).isEqualTo(Classification.SECRET);
        assertThat(d.precedence()).isEqualTo(Precedence.IMMEDIATE);
        assertThat(d.handling()).isEmpty();
        assertThat(r.opener()).isEqualTo("secret   us urgent");
        assertThat(d.precedencePrinted()).isEqualTo("us urgent");
        assertThat(d.precedenceWording()).isEqualTo("us urgent");
        assertThat(d.telegramNumber()).isEqualTo("138");
        assertThat(d.body().footnoteAnchors()).containsExactly("fn1", "fn2");
        assertThat(SeedTelegramReadingTest.textBeforeAnchor(d.body(), "fn1")).endsWith("Letter forwarded Gocus 572");
        assertThat(SeedTelegramReadingTest.textBeforeAnchor(d.body(), "fn2")).endsWith("before receipt Usgoc 282");
        assertThat(d.signature()).isEqualTo("Livengood");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void referencesWithoutAYearTakeTheYearOfTheFileAndSentRptdIsDistribution() throws IOException {
        PlainTextReading r = read("20-urtel-without-year-and-sent-repeated.txt");
        DocumentDraft d = r.draft();
        assertThat(d.fileNumber()).isEqualTo("745.45F/5–848");
        assertThat(d.date().iso()).isEqualTo("1948-05-08");
        assertThat(d.references()).containsExactly(
                ref("xr1", ReferenceKind.URTEL, "264", "1948-05-08", "Urtel 264 May 8"),
                ref("xr2", ReferenceKind.URTEL, "265", "1948-05-08", "urtel 265 May 8"));
        assertThat(SeedTelegramReadingTest.textBeforeAnchor(d.body(), "fn1")).endsWith("Urtel 264 May 8.");
        assertThat(d.distribution()).isEqualTo("Sent to Karachi as 180 rptd to Delhi as 293, London 1720, USUN 300.");
        assertThat(d.body().plainText()).doesNotContain("Sent to Karachi");
        assertThat(d.signature()).isEqualTo("Marshall");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void anAirgramNumberWithALetter() throws IOException {
        PlainTextReading r = read("21-airgram-number-with-a-letter.txt");
        DocumentDraft d = r.draft();
        assertThat(d.type()).isEqualTo(DocumentType.AIRGRAM);
        assertThat(d.telegramNumber()).isEqualTo("A–227");
        assertThat(d.body().plainText()).startsWith("A special briefing was held on September 7");
        assertThat(d.date().iso()).isEqualTo("1949-09-09");
        assertThat(d.place()).isEqualTo("Tokyo");
        assertThat(d.classification()).isEqualTo(Classification.TOP_SECRET);
        assertThat(d.sender()).isEqualTo(new Party("Acting Political Adviser in Japan", "Sebald"));
        assertThat(d.signature()).isEqualTo("Sebald");
    }

    @Test
    void aFootnoteMarkOnTheTitleIsAMarkNotPartOfTheRecipient() throws IOException {
        PlainTextReading r = read("22-footnote-mark-on-the-title.txt");
        DocumentDraft d = r.draft();
        assertThat(d.title()).isEqualTo("The Ambassador in the Republic of China (Rankin) to the Department of State");
        assertThat(r.titleMark()).isEqualTo("1");
        assertThat(d.recipient()).isEqualTo(new Party("Department of State", null));
        assertThat(d.footnotes()).extracting(DocumentDraft.FootnoteDraft::text)
                .containsExactly("Repeated to Bangkok and Rangoon.", "Document 124.");
        assertThat(d.body().footnoteAnchors()).containsExactly("fn2");
        assertThat(d.fileNumber()).isEqualTo("690B.9321/11–2853");
        assertThat(d.date().iso()).isEqualTo("1953-11-28");
        assertThat(d.body().plainText()).contains("\n\n1a. Present evacuation", "\n\n1b. Purely speculative.");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void marksGluedToCitedNumbersAreMarks() throws IOException {
        PlainTextReading r = read("23-marks-glued-to-cited-numbers.txt");
        DocumentDraft d = r.draft();
        assertThat(r.titleMark()).isEqualTo("1");
        assertThat(d.recipient()).isEqualTo(new Party("Embassy in the Republic of China", null));
        assertThat(d.precedence()).isEqualTo(Precedence.PRIORITY);
        assertThat(d.body().footnoteAnchors()).containsExactly("fn2", "fn3");
        assertThat(SeedTelegramReadingTest.textBeforeAnchor(d.body(), "fn2")).endsWith("last paragraph your 308");
        assertThat(SeedTelegramReadingTest.textBeforeAnchor(d.body(), "fn3")).endsWith("referred to our 473");
        assertThat(d.body().plainText()).contains("announcement in UN by December 2 that arms");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void aMarkGluedToAReferenceNumberLeavesTheNumberWhole() throws IOException {
        PlainTextReading r = read("24-mytel-with-a-mark.txt");
        DocumentDraft d = r.draft();
        assertThat(d.fileNumber()).isEqualTo("033.1100 NI/11–2753");
        assertThat(FileNumber.parse(d.fileNumber()).subject()).isEqualTo("033.1100 NI");
        assertThat(d.date().iso()).isEqualTo("1953-11-27");
        assertThat(d.references()).containsExactly(ref("xr1", ReferenceKind.MYTEL, "514", null, "mytel 514"));
        assertThat(d.body().footnoteAnchors()).containsExactly("fn2", "fn3", "fn4");
        assertThat(SeedTelegramReadingTest.textBeforeAnchor(d.body(), "fn4")).endsWith("(mytel 514");
        assertThat(d.body().xml()).contains("<ref corresp=\"#xr1\">mytel 514</ref><note");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void marksAfterAPostsNumber() throws IOException {
        PlainTextReading r = read("25-possessive-post-references.txt");
        DocumentDraft d = r.draft();
        assertThat(d.date().iso()).isEqualTo("1953-11-23");
        assertThat(SeedTelegramReadingTest.textBeforeAnchor(d.body(), "fn2")).endsWith("advanced Bangkok’s 1033");
        assertThat(SeedTelegramReadingTest.textBeforeAnchor(d.body(), "fn3")).endsWith("and Rangoon’s 504");
        assertThat(SeedTelegramReadingTest.textBeforeAnchor(d.body(), "fn4")).endsWith("Chinese Embassy late 24th.");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void aMemorandumOfAConversationNamesNoSenderAndTheMarkAfterTheYearIsANote() throws IOException {
        PlainTextReading r = read("26-memorandum-of-a-conversation-modern-title.txt");
        DocumentDraft d = r.draft();
        assertThat(d.type()).isEqualTo(DocumentType.MEMORANDUM_OF_CONVERSATION);
        assertThat(d.title()).isEqualTo("68. Memorandum of a Conversation, Department of State, Washington, October 4, 1955");
        assertThat(r.titleMark()).isEqualTo("1");
        assertThat(d.sender()).isEqualTo(Party.NONE);
        assertThat(d.recipient()).isEqualTo(Party.NONE);
        assertThat(d.fileNumber()).isEqualTo("Department of State, Central Files, 793.00/10–455");
        // the drafting line of the source note printed as footnote 1
        assertThat(d.drafting()).isEqualTo("Drafted by McConaughy and initialed by Dulles, indicating his approval.");
        assertThat(FileNumber.parse(d.fileNumber()).date()).isEqualTo(LocalDate.of(1955, 10, 4));
        assertThat(d.classification()).isEqualTo(Classification.TOP_SECRET);
        assertThat(d.handling()).containsExactly("VERY LIMITED DISTRIBUTION");
        assertThat(d.body().plainText()).contains("PARTICIPANTS\n\nThe Secretary");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void aNumberedParagraphAboveTheFootnotesIsText() throws IOException {
        PlainTextReading r = read("27-modern-niact-in-the-source-footnote.txt");
        DocumentDraft d = r.draft();
        assertThat(d.footnotes()).extracting(DocumentDraft.FootnoteDraft::n).containsExactly("1", "2");
        assertThat(d.body().plainText()).startsWith("1. Two and one-half hour meeting this morning.")
                .endsWith("not necessary to limit subjects or to fix their order”.");
        assertThat(d.telegramNumber()).isEqualTo("811");
        assertThat(d.classification()).isEqualTo(Classification.CONFIDENTIAL);
        assertThat(d.precedence()).isEqualTo(Precedence.NIACT);
        assertThat(d.handling()).containsExactly("LIMITED DISTRIBUTION");
        assertThat(d.date().iso()).isEqualTo("1955-10-05T16:00:00");
        assertThat(d.recipient()).isEqualTo(new Party("Department of State", null));
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void aSubjectWithALetterInsideFromTheSourceFootnote() throws IOException {
        DocumentDraft d = read("28-subject-with-letters-inside-and-a-reference-line.txt").draft();
        assertThat(d.fileNumber()).isEqualTo("Department of State, Central Files, 411.51G212/4–1859");
        FileNumber file = FileNumber.parse(d.fileNumber());
        assertThat(file.subject()).isEqualTo("411.51G212");
        assertThat(file.date()).isEqualTo(LocalDate.of(1959, 4, 18));
        assertThat(d.telegramNumber()).isEqualTo("2202");
        assertThat(d.body().plainText()).startsWith("Reference: Saigon G–96. Discussed suggested approach");
        assertThat(d.sender()).isEqualTo(new Party("Ambassador in Vietnam", "Durbrow"));
        assertThat(d.signature()).isEqualTo("Durbrow");
    }

    @Test
    void aLetterBetweenTwoOfficers() throws IOException {
        DocumentDraft d = read("29-letter-between-officers.txt").draft();
        assertThat(d.type()).isEqualTo(DocumentType.LETTER);
        assertThat(d.sender()).isEqualTo(new Party("Chief of the Military Assistance Advisory Group in Vietnam", "Williams"));
        assertThat(d.recipient()).isEqualTo(new Party("Commander in Chief, Pacific’s Chief of Staff", "Riley"));
        assertThat(d.telegramNumber()).isNull();
        assertThat(d.signature()).isEqualTo("S.T. Williams");
        assertThat(d.date().iso()).isEqualTo("1959-04-14");
        assertThat(SeedTelegramReadingTest.textBeforeAnchor(d.body(), "fn2")).endsWith("yours of the 9th");
    }

    @Test
    void aConversationBetweenTwoOfficialsHasNoSenderOrRecipient() throws IOException {
        PlainTextReading r = read("30-conversation-between-two-officials.txt");
        DocumentDraft d = r.draft();
        assertThat(d.type()).isEqualTo(DocumentType.MEMORANDUM_OF_CONVERSATION);
        assertThat(d.sender()).isEqualTo(Party.NONE);
        assertThat(d.recipient()).isEqualTo(Party.NONE);
        assertThat(r.titleMark()).isEqualTo("1");
        assertThat(d.date().iso()).isEqualTo("1959-04-22");
        assertThat(FileNumber.parse(d.fileNumber()).subject()).isEqualTo("751G.00");
        assertThat(d.drafting()).isEqualTo("Drafted by Mendenhall.");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void aMemorandumOfConversationByTheSecretaryWithItsParticipants() throws IOException {
        PlainTextReading r = read("31-memorandum-of-conversation-with-participants.txt");
        DocumentDraft d = r.draft();
        assertThat(d.type()).isEqualTo(DocumentType.MEMORANDUM_OF_CONVERSATION);
        assertThat(d.sender()).isEqualTo(new Party("Secretary of State", null));
        assertThat(d.recipient()).isEqualTo(Party.NONE);
        assertThat(d.date().iso()).isEqualTo("1949-09-13");
        assertThat(d.place()).isEqualTo("Washington");
        assertThat(d.classification()).isEqualTo(Classification.TOP_SECRET);
        assertThat(d.body().plainText()).startsWith("Subject: Conversation with Mr. Bevin on the Far East\n\nParticipants:");
        // the participants are kept as printed (one line), and stay in the text where they stand
        assertThat(d.participants()).containsExactly("Mr. Bevin, Mr. Dening, Mr. Acheson, Mr. McGhee, Mr. Butterworth, "
                + "Ambassador Jessup, Ambassador Douglas, Mr. Satterthwaite");
        assertThat(r.warnings()).singleElement().asString().contains("Extracts1");
    }

    @Test
    void aReportToACouncilByASecretaryNamesBoth() throws IOException {
        DocumentDraft d = read("32-report-from-a-lot-file.txt").draft();
        assertThat(d.fileNumber()).isEqualTo("S/S–NSC Files: Lot 63D351: NSC 35 Series");
        assertThat(FileNumber.parse(d.fileNumber()).kind()).isEqualTo(FileNumber.Kind.LOT);
        assertThat(d.sender()).isEqualTo(new Party("Secretary of Defense", "Forrestal"));
        assertThat(d.recipient()).isEqualTo(new Party("National Security Council", null));
        assertThat(d.signature()).isEqualTo("Sidney W. Souers");
        assertThat(d.date().iso()).isEqualTo("1948-11-17");
    }

    @Test
    void topSecretAndNiactOnTwoLines() throws IOException {
        PlainTextReading r = read("33-top-secret-niact-on-two-lines.txt");
        assertThat(r.draft().classification()).isEqualTo(Classification.TOP_SECRET);
        assertThat(r.draft().precedence()).isEqualTo(Precedence.NIACT);
        assertThat(r.opener()).isEqualTo("top secret\nniact");
        assertThat(r.draft().telegramNumber()).isEqualTo("844");
        assertThat(r.draft().date().iso()).isEqualTo("1953-11-30");
        assertThat(r.draft().body().paragraphCount()).isEqualTo(2);
    }

    @Test
    void aMemorandumFromAnAssistantToThePresident() throws IOException {
        DocumentDraft d = read("34-memorandum-to-the-president.txt").draft();
        assertThat(d.type()).isEqualTo(DocumentType.MEMORANDUM);
        assertThat(d.sender()).isEqualTo(new Party("President’s Deputy Special Assistant for National Security Affairs", "Rostow"));
        assertThat(d.recipient()).isEqualTo(new Party("President", null));
        assertThat(d.classification()).isEqualTo(Classification.SECRET);
        assertThat(d.fileNumber()).isEqualTo("Kennedy Library, National Security Files, Regional Security Series, Southeast Asia-General");
        assertThat(d.signature()).isEqualTo("WR");
        assertThat(d.date().iso()).isEqualTo("1961-09-15");
    }

    @Test
    void aSubjectNumericFileAndANoonDateline() throws IOException {
        PlainTextReading r = read("35-subject-numeric-file.txt");
        DocumentDraft d = r.draft();
        FileNumber file = FileNumber.parse(d.fileNumber());
        assertThat(file.kind()).isEqualTo(FileNumber.Kind.SUBJECT_NUMERIC);
        assertThat(file.subject()).isEqualTo("POL 27 VIET S");
        assertThat(d.date().iso()).isEqualTo("1965-02-11T12:00:00");
        assertThat(d.place()).isEqualTo("Saigon");
        assertThat(d.telegramNumber()).isEqualTo("2495");
        assertThat(d.references()).extracting(ReferenceDraft::label).containsExactly("Embtel 2445", "reftel", "Embtel 2235");
        assertThat(d.body().footnoteAnchors()).containsExactly("fn2", "fn3");
        assertThat(d.classification()).isEqualTo(Classification.TOP_SECRET);
        assertThat(d.precedence()).isEqualTo(Precedence.PRIORITY);
        assertThat(d.handling()).containsExactly("EXDIS");
        assertThat(r.confidence()).isEqualTo(PlainTextReading.Confidence.HIGH);
    }

    @Test
    void numberedPointsWithAFootnoteInside() throws IOException {
        PlainTextReading r = read("36-numbered-points-and-a-footnote-in-a-list.txt");
        DocumentDraft d = r.draft();
        assertThat(d.fileNumber()).isEqualTo("501.BC/5–1348");
        assertThat(d.date().iso()).isEqualTo("1948-05-13");
        assertThat(d.telegramNumber()).isEqualTo("2093");
        assertThat(d.body().paragraphCount()).isEqualTo(4);
        assertThat(SeedTelegramReadingTest.textBeforeAnchor(d.body(), "fn1")).endsWith("Lieutenant General Wheeler");
        assertThat(d.footnotes()).singleElement().extracting(DocumentDraft.FootnoteDraft::text).asString()
                .startsWith("Lt Gen. Raymond A. Wheeler");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void aPouchedLineIsDistribution() throws IOException {
        DocumentDraft d = read("37-pouched-line.txt").draft();
        assertThat(d.distribution()).isEqualTo("Pouched Taipei.");
        assertThat(d.body().plainText()).doesNotContain("Pouched").endsWith("guerrillas fighting losing battle.");
        assertThat(d.signature()).isEqualTo("McConaughy");
        assertThat(d.date().iso()).isEqualTo("1951-08-15");
    }

    @Test
    void sentDepartmentRepeatedInformationIsDistribution() throws IOException {
        DocumentDraft d = read("38-sent-department-repeated-information.txt").draft();
        assertThat(d.distribution()).isEqualTo("Sent Department 5089 repeated information Delhi 151.");
        assertThat(d.body().paragraphCount()).isEqualTo(2);
        assertThat(d.signature()).isEqualTo("Gifford");
        assertThat(FileNumber.parse(d.fileNumber()).subject()).isEqualTo("793B.00");
    }

    @Test
    void distributionOverSeveralLinesAndFormsOfOtherEras() {
        String text = "795.00 (Korea)/7–2549: Telegram\n\nThe Ambassador in the United Kingdom (Douglas) to the Secretary of "
                + "State\n\nsecret\n\n412. Urtel 88, May 5. Fon Off agrees.\n\nSent Department 412, repeated London 87.\n\n"
                + "Pouched Hanoi, repeated Paris.\n\nRepeated to Moscow 55.\n\nDouglas\n";
        PlainTextReading r = reader.read(text);
        NothingLostProperties.checkReading(text, r);
        DocumentDraft d = r.draft();
        assertThat(d.date().iso()).isEqualTo("1949-07-25");
        assertThat(d.references()).containsExactly(ref("xr1", ReferenceKind.URTEL, "88", "1949-05-05", "Urtel 88, May 5"));
        assertThat(d.distribution()).isEqualTo("Sent Department 412, repeated London 87.\nPouched Hanoi, repeated Paris."
                + "\nRepeated to Moscow 55.");
        assertThat(d.body().plainText()).isEqualTo("Urtel 88, May 5. Fon Off agrees.");
    }

    @Test
    void aMarkBetweenAReferencesNumberAndItsDate() {
        String text = "711.61/8–549: Telegram\n\nThe Secretary of State to the Embassy in the Soviet Union\n\nsecret\n\n"
                + "581. Urtel 19931, August 3. Dept agrees.\n\nAcheson\n  1. Not printed.\n";
        PlainTextReading r = reader.read(text);
        NothingLostProperties.checkReading(text, r);
        DocumentDraft d = r.draft();
        assertThat(d.references()).containsExactly(ref("xr1", ReferenceKind.URTEL, "1993", "1949-08-03", "Urtel 1993"));
        assertThat(SeedTelegramReadingTest.textBeforeAnchor(d.body(), "fn1")).endsWith("Urtel 1993");
        assertThat(d.body().plainText()).startsWith("Urtel 19931, August 3. Dept agrees.");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void participantsAsABlockUnderTheirLabelOneALine() {
        PlainTextReading r = reader.read("Memorandum of Conversation\n\nsecret\n\n[Washington,] February 17, 1969.\n\n"
                + "SUBJECT\nInitial Call\n\nPARTICIPANTS\nU.S. Side:\nThe President\nMr. Henry A. Kissinger, Asst. to the "
                + "President\n\nThe Ambassador said that he had been instructed to convey a message from his Government.");
        DocumentDraft d = r.draft();
        assertThat(d.participants()).containsExactly("U.S. Side:", "The President",
                "Mr. Henry A. Kissinger, Asst. to the President");
        assertThat(d.sender()).isEqualTo(Party.NONE);
        assertThat(d.body().plainText()).contains("PARTICIPANTS U.S. Side: The President");
    }

    @Test
    void aLabelledParticipantsLineAndItsIndentedContinuations() {
        PlainTextReading r = reader.read("Memorandum of Conversation, by the Director of the Office of Chinese Affairs "
                + "(Clubb)\n\nsecret\n\n[Washington,] January 18, 1951.\n\nParticipants: Dr. V. K. Wellington Koo, Chinese "
                + "Ambassador\n              Mr. Rusk, FE\n              Mr. Clubb, CA\nTime: 3 p.m.\n\nAmbassador Koo called by "
                + "appointment on Mr. Rusk.");
        assertThat(r.draft().participants()).containsExactly("Dr. V. K. Wellington Koo, Chinese Ambassador", "Mr. Rusk, FE",
                "Mr. Clubb, CA");
    }

    @Test
    void romanPageMarkersGiveRomanPageLabels() {
        PlainTextReading r = reader.read("Editorial Note\n\n[Page xii]\nThe volume opens with this note.\n\n[Page xiii]\n"
                + "It goes on here.");
        DocumentDraft d = r.draft();
        assertThat(d.printedPages()).isEqualTo("xii–xiii");
        assertThat(d.pageStart()).isNull();
    }
}
