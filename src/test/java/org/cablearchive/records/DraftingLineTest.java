package org.cablearchive.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cablearchive.records.DocumentDraft.FootnoteDraft;
import org.junit.jupiter.api.Test;

/** The drafting line as FRUS prints it in source notes (1960s–70s) and footnotes (1940s–50s). */
class DraftingLineTest {

    @Test
    void theDraftingSentenceOfASourceNoteIsKeptAsPrinted() {
        assertThat(DraftingLine.in("Source: National Archives, RG 59, Central Files 1967–69, POL 27 VIET S. Secret; Nodis. "
                + "Drafted by Toon, cleared by Walsh, and approved by Rogers. Repeated to Moscow and Saigon."))
                .isEqualTo("Drafted by Toon, cleared by Walsh, and approved by Rogers.");
        assertThat(DraftingLine.in("Confidential. Drafted by J. Doe (EUR/SOV); cleared in S/S; approved by the Secretary."))
                .isEqualTo("Drafted by J. Doe (EUR/SOV); cleared in S/S; approved by the Secretary.");
    }

    @Test
    void initialsAbbreviationsAndParenthesesDoNotEndTheLine() {
        assertThat(DraftingLine.in("Secret. Drafted by W.B. Smith (NEA/IAI. Ext. 2) and approved by Sisco. Repeated to USUN."))
                .isEqualTo("Drafted by W.B. Smith (NEA/IAI. Ext. 2) and approved by Sisco.");
        assertThat(DraftingLine.in("No classification marking. Drafted by Lieutenant Colonel Walter F. Martin (Cavalry, U.S. "
                + "Army). Churchill forwarded this memorandum."))
                .isEqualTo("Drafted by Lieutenant Colonel Walter F. Martin (Cavalry, U.S. Army).");
        assertThat(DraftingLine.in("Drafted by Mr. David H. Popper.")).isEqualTo("Drafted by Mr. David H. Popper.");
    }

    @Test
    void clearanceAndApprovalPrintedAsSentencesOfTheirOwnBelongToTheLine() {
        assertThat(DraftingLine.in("Secret. Drafted by Kirk. Cleared by Dubs and Eliot. Approved by Rogers. Repeated to Paris."))
                .isEqualTo("Drafted by Kirk. Cleared by Dubs and Eliot. Approved by Rogers.");
    }

    @Test
    void aNoteWithoutADraftingSentenceHasNone() {
        assertThat(DraftingLine.in("611.61/10–1551: Telegram")).isNull();
        assertThat(DraftingLine.in(null)).isNull();
        // the editors' narrative about a draft is not the document's drafting line
        assertThat(DraftingLine.in("Secret. According to another copy, it was drafted by Sonnenfeldt. (Ibid.)")).isNull();
    }

    @Test
    void olderVolumesPrintItAsAFootnoteOfItsOwn() {
        List<FootnoteDraft> notes = List.of(new FootnoteDraft("fn1", "1", "Not printed."),
                new FootnoteDraft("fn2", "2", "Drafted by E. P. Walinsky of the Security Operations Division; cleared by "
                        + "Ashley G. Hope of the Office of Chinese Affairs."));
        assertThat(DraftingLine.of("493.11/3–251: Telegram", notes)).isEqualTo("Drafted by E. P. Walinsky of the Security "
                + "Operations Division; cleared by Ashley G. Hope of the Office of Chinese Affairs.");
        // a modern source note printed as a footnote (a plain text's footnote 1)
        assertThat(DraftingLine.of(null, List.of(new FootnoteDraft("fn1", "1", "Source: Department of State, Central Files, "
                + "751G.00/4–2259. Confidential. Drafted by Mendenhall.")))).isEqualTo("Drafted by Mendenhall.");
        // the source note wins; a footnote that only mentions a drafting is not one
        assertThat(DraftingLine.of("Secret. Drafted by Toon.", notes)).isEqualTo("Drafted by Toon.");
        assertThat(DraftingLine.of(null, List.of(new FootnoteDraft("fn1", "1", "Telegram 12, drafted by Kirk, is not printed."))))
                .isNull();
    }
}
