package org.cablearchive.records.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.cablearchive.records.Body;
import org.cablearchive.records.Classification;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.DocumentDate;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.DocumentType;
import org.cablearchive.records.DocumentView;
import org.cablearchive.records.InvalidDocumentException;
import org.cablearchive.records.Party;
import org.cablearchive.records.Precedence;
import org.cablearchive.records.PrintedPages;
import org.cablearchive.records.ReferenceKind;
import org.cablearchive.testing.ArchiveTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Saving and reading documents on the real PostgreSQL, each test rolled back. */
@ArchiveTest
@Transactional
class DocumentCatalogTest {

    @Autowired
    DocumentCatalog catalog;

    @Autowired
    JdbcTemplate jdbc;

    static DocumentDraft telegram(String number, String date, String title, List<DocumentDraft.ReferenceDraft> refs) {
        Body body = Body.builder().startParagraph().text("Text of telegram " + number + ".")
                .footnoteAnchor("fn1", "1").endParagraph().build();
        return DocumentDraft.EMPTY
                .withIdentification(g -> g.withType(DocumentType.TELEGRAM).withTitle(title)
                        .withSourceNote("611.61/10–1551: Telegram").withFileNumber("611.61/10–1551"))
                .withDispatch(g -> g.withClassification(Classification.SECRET).withPrecedence(Precedence.NIACT)
                        .withHandling(List.of("NODIS")).withTelegramNumber(number))
                .withCorrespondence(g -> g.withSender(new Party("Ambassador in the Soviet Union", "Kirk"))
                        .withRecipient(new Party("Secretary of State", null)).withDate(DocumentDate.parse(date))
                        .withPlace("Moscow"))
                .withText(g -> g.withBody(body)
                        .withFootnotes(List.of(new DocumentDraft.FootnoteDraft("fn1", "1", "A note.")))
                        .withReferences(refs).withDistribution("Sent Dept 613.").withSignature("Kirk"))
                .withPages(new PrintedPages(1040, 1041, null, null));
    }

    @Test
    void savesEveryFieldAndReadsItBack() {
        String id = catalog.create(telegram("634", "1951-10-15", "Kirk to Acheson", List.of()), DocumentStatus.DRAFT, "tester");

        DocumentView view = catalog.find(id, org.cablearchive.testing.Readers.STAFF).orElseThrow();
        assertThat(view.id()).startsWith("ca-");
        assertThat(view.identification().title()).isEqualTo("Kirk to Acheson");
        assertThat(view.dispatch().classification()).isEqualTo(Classification.SECRET);
        assertThat(view.dispatch().precedence()).isEqualTo(Precedence.NIACT);
        assertThat(view.dispatch().handling()).containsExactly("NODIS");
        assertThat(view.correspondence().date().iso()).isEqualTo("1951-10-15");
        assertThat(view.correspondence().sender()).isEqualTo(new Party("Ambassador in the Soviet Union", "Kirk"));
        assertThat(view.correspondence().recipient().name()).isNull();
        assertThat(view.footnotes()).containsExactly(new DocumentView.Footnote("1", "A note."));
        assertThat(view.body()).isEqualTo("Text of telegram 634.1");
        assertThat(view.status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(view.pages().pageStart()).isEqualTo(1040);
        assertThat(view.version()).isZero();
    }

    @Test
    void thePublicSeesPublishedDocumentsOnly() {
        long publicBefore = catalog.counts(org.cablearchive.testing.Readers.PUBLIC).documents();
        String draft = catalog.create(telegram("1", "1951-01-01", "A draft", List.of()), DocumentStatus.DRAFT, "tester");
        String published = catalog.create(telegram("2", "1951-01-02", "Published", List.of()), DocumentStatus.PUBLISHED, "tester");

        assertThat(catalog.find(draft, org.cablearchive.testing.Readers.PUBLIC)).isEmpty();
        assertThat(catalog.find(draft, org.cablearchive.testing.Readers.STAFF)).isPresent();
        assertThat(catalog.find(published, org.cablearchive.testing.Readers.PUBLIC)).isPresent();
        assertThat(catalog.counts(org.cablearchive.testing.Readers.PUBLIC).documents()).isEqualTo(publicBefore + 1);
        assertThat(catalog.list(org.cablearchive.records.DocumentList.Position.page(1), 100, org.cablearchive.testing.Readers.PUBLIC).documents())
                .extracting(s -> s.id()).contains(published).doesNotContain(draft);
    }

    @Test
    void resolvesATelegramReferenceToTheTelegramItNamesInEitherOrder() {
        var embtel634 = new DocumentDraft.ReferenceDraft("xr1", ReferenceKind.EMBTEL, "9634", LocalDate.of(1951, 10, 15),
                "Embtel 9634, October 15", null);
        // The citing telegram arrives first: its reference waits, unresolved.
        String citing = catalog.create(telegram("9639", "1951-10-16", "Cites 9634", List.of(embtel634)), DocumentStatus.DRAFT, "t");
        assertThat(catalog.find(citing, org.cablearchive.testing.Readers.STAFF).orElseThrow().references().get(0).target()).isNull();

        // Then the cited one arrives and the waiting reference is tied to it.
        String cited = catalog.create(telegram("9634", "1951-10-15", "Telegram 9634", List.of()), DocumentStatus.DRAFT, "t");
        assertThat(catalog.find(citing, org.cablearchive.testing.Readers.STAFF).orElseThrow().references().get(0).target()).isEqualTo(cited);

        // A new citing telegram resolves at once.
        String again = catalog.create(telegram("9640", "1951-10-17", "Cites 9634 too", List.of(embtel634)), DocumentStatus.DRAFT, "t");
        assertThat(catalog.find(again, org.cablearchive.testing.Readers.STAFF).orElseThrow().references().get(0).target()).isEqualTo(cited);
    }

    @Test
    void thePublicIsNotShownALinkToADraft() {
        String draft = catalog.create(telegram("7701", "1953-01-05", "Draft 7701", List.of()), DocumentStatus.DRAFT, "t");
        var ref = new DocumentDraft.ReferenceDraft("xr1", ReferenceKind.EMBTEL, "7701", LocalDate.of(1953, 1, 5), "Embtel 7701", null);
        String citing = catalog.create(telegram("7702", "1953-01-06", "Cites 7701", List.of(ref)), DocumentStatus.PUBLISHED, "t");

        assertThat(catalog.find(citing, org.cablearchive.testing.Readers.STAFF).orElseThrow().references().get(0).target()).isEqualTo(draft);
        assertThat(catalog.find(citing, org.cablearchive.testing.Readers.PUBLIC).orElseThrow().references().get(0).target()).isNull();
    }

    @Test
    void leavesAReferenceUnresolvedWhenTwoTelegramsCouldBeMeant() {
        catalog.create(telegram("8801", "1952-03-01", "One 8801", List.of()), DocumentStatus.DRAFT, "t");
        catalog.create(telegram("8801", "1952-03-01", "Another 8801", List.of()), DocumentStatus.DRAFT, "t");
        var ref = new DocumentDraft.ReferenceDraft("xr1", ReferenceKind.DEPTEL, "8801", LocalDate.of(1952, 3, 1), "Deptel 8801", null);
        String citing = catalog.create(telegram("8802", "1952-03-02", "Cites 8801", List.of(ref)), DocumentStatus.DRAFT, "t");
        assertThat(catalog.find(citing, org.cablearchive.testing.Readers.STAFF).orElseThrow().references().get(0).target()).isNull();
    }

    @Test
    void refusesAFootnoteMarkWithoutItsFootnote() {
        DocumentDraft good = telegram("1", "1951-01-01", "T", List.of());
        DocumentDraft orphanMark = good.withText(g -> g.withFootnotes(List.of()).withReferences(List.of()));
        assertThatThrownBy(() -> catalog.create(orphanMark, DocumentStatus.DRAFT, "t"))
                .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("no such footnote");
    }

    @Test
    void givesAnUntitledDocumentTheEditorsBracketedTitle() {
        DocumentDraft good = telegram("1", "1951-01-01", " ", List.of());
        String id = catalog.create(good, DocumentStatus.DRAFT, "t");
        assertThat(catalog.find(id, org.cablearchive.testing.Readers.STAFF).orElseThrow().identification().title()).isEqualTo("[Untitled]");
    }

    @Test
    void theDatabaseItselfRefusesValuesOutsideTheVocabulary() {
        String id = catalog.create(telegram("1", "1951-01-01", "T", List.of()), DocumentStatus.DRAFT, "t");
        for (String change : List.of("classification = 'VERY_SECRET'", "status = 'LOST'", "page_start = 10, page_end = 5",
                "date_value = null", "title = '  '", "body = 'plain words'", "type = 'POSTCARD'")) {
            // each in a savepoint of its own, so that one refusal does not abort the next
            jdbc.execute("savepoint before_change");
            assertThatThrownBy(() -> jdbc.update("update document set " + change + " where id = ?", id))
                    .as(change).isInstanceOf(DataIntegrityViolationException.class);
            jdbc.execute("rollback to savepoint before_change");
        }
    }
}
