package org.cablearchive.publishing.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cablearchive.records.DocumentDate;
import org.cablearchive.records.DocumentType;
import org.cablearchive.records.Party;
import org.junit.jupiter.api.Test;

/** The note's rules that the real volumes do not all exercise: editors, printers' names, missing parts. */
class ChicagoNoteTest {

    private static final String URL = "https://archive.example.org/documents/x-d1";

    private static CitedDocument inVolume(List<String> editors, Integer year, String number) {
        return new CitedDocument("x-d1", "Editorial Note", DocumentType.EDITORIAL_NOTE, Party.NONE, Party.NONE, null,
                DocumentDate.UNDATED, null, null, null, null, URL,
                new CitedDocument.Volume("x", "Foreign Relations of the United States, 1977–1980, Volume I, Foundations",
                        "Foreign Relations of the United States", editors, year, number));
    }

    @Test
    void namesOneTwoOrTheFirstOfThreeOrMoreEditors() {
        assertThat(ChicagoNote.editors(List.of())).isEmpty();
        assertThat(ChicagoNote.editors(List.of("Kristin L. Ahlberg"))).isEqualTo(", ed. Kristin L. Ahlberg");
        assertThat(ChicagoNote.editors(List.of("Daniel J. Lawler", "Erin R. Mahan")))
                .isEqualTo(", eds. Daniel J. Lawler and Erin R. Mahan");
        assertThat(ChicagoNote.editors(List.of("John P. Glennon", "Harriet D. Schwar", "Paul Claussen")))
                .isEqualTo(", eds. John P. Glennon et al.");
    }

    @Test
    void anUndatedEditorialNoteIsCitedByItsVolumeAndNumber() {
        assertThat(ChicagoNote.of(inVolume(List.of("Kristin L. Ahlberg"), 2014, "5")).text()).isEqualTo(
                "Editorial Note, in Foreign Relations of the United States, 1977–1980, Volume I, Foundations, "
                        + "ed. Kristin L. Ahlberg (Washington: Government Printing Office, 2014), Document 5, " + URL + ".");
    }

    @Test
    void volumesPrintedAfter2014NameTheGovernmentPublishingOffice() {
        assertThat(ChicagoNote.of(inVolume(List.of(), 2015, null)).text()).isEqualTo(
                "Editorial Note, in Foreign Relations of the United States, 1977–1980, Volume I, Foundations "
                        + "(Washington: Government Publishing Office, 2015), " + URL + ".");
    }

    @Test
    void aDocumentAloneWithoutCorrespondentsIsCitedByItsTitle() {
        CitedDocument d = new CitedDocument("ca-1", "Paper Prepared in the Department of State.", DocumentType.MEMORANDUM,
                new Party("Department of State", null), Party.NONE, null, DocumentDate.parse("1951-10"), "Washington",
                null, null, null, URL, null);
        ChicagoNote note = ChicagoNote.of(d);
        assertThat(note.text()).isEqualTo("Paper Prepared in the Department of State, memorandum, Washington, October 1951, "
                + "Cable Archive, " + URL + ".");
        assertThat(note.italic()).isEmpty();
    }
}
