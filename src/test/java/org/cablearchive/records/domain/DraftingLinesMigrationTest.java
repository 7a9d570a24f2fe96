package org.cablearchive.records.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.testing.ArchiveTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * V23 gives documents saved before V22 the drafting line they print, by the importers' rule, and leaves alone those
 * that have one or print none. Run on the real PostgreSQL inside a test's transaction, rolled back.
 */
@ArchiveTest
@Transactional
class DraftingLinesMigrationTest {

    @Autowired
    DocumentCatalog catalog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager em;

    @Test
    void documentsSavedBeforeTheDraftingLineGetTheLineTheirSourceNoteOrFootnotePrints() {
        String modern = save("Source: National Archives, RG 59, Central Files. Secret; Nodis. Drafted by Toon, cleared by "
                + "Walsh, and approved by Rogers. Repeated to Moscow.", List.of(), null);
        String older = save("711.00/5–1051", List.of(new DocumentDraft.FootnoteDraft("fn1", "1",
                "Drafted by Mr. David H. Popper.")), null);
        String edited = save("Secret. Drafted by Toon. Repeated to Moscow.", List.of(), "Drafted by Toon (EUR/SOV).");
        String none = save("Secret. Repeated to Moscow.", List.of(), null);
        em.flush();
        // As an archive upgraded in place holds them: saved before the column was filled.
        jdbc.update("update document set drafting = null where id in (?, ?, ?)", modern, older, none);

        Integer filled = jdbc.execute((ConnectionCallback<Integer>) V23__Drafting_lines_of_earlier_documents::fill);

        assertThat(drafting(modern)).isEqualTo("Drafted by Toon, cleared by Walsh, and approved by Rogers.");
        assertThat(drafting(older)).isEqualTo("Drafted by Mr. David H. Popper.");
        assertThat(drafting(edited)).as("a line an archivist entered is kept").isEqualTo("Drafted by Toon (EUR/SOV).");
        assertThat(drafting(none)).isNull();
        assertThat(filled).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject("select version from document where id = ?", Long.class, modern))
                .as("a derived column, not an edit").isEqualTo(jdbc.queryForObject(
                        "select version from document where id = ?", Long.class, none));
    }

    private String save(String sourceNote, List<DocumentDraft.FootnoteDraft> footnotes, String drafting) {
        DocumentDraft draft = DocumentCatalogTest.telegram("1", "1969-06-12", "Rogers to Paris", List.of())
                .withIdentification(g -> g.withSourceNote(sourceNote).withDrafting(drafting))
                .withText(g -> g.withFootnotes(footnotes.isEmpty()
                        ? List.of(new DocumentDraft.FootnoteDraft("fn1", "1", "A note.")) : footnotes));
        return catalog.create(draft, DocumentStatus.DRAFT, "tester");
    }

    private String drafting(String id) {
        return jdbc.queryForObject("select drafting from document where id = ?", String.class, id);
    }
}
