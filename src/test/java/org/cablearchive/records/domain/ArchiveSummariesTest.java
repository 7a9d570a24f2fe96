package org.cablearchive.records.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.cablearchive.editorial.Editor;
import org.cablearchive.editorial.EditorialDesk;
import org.cablearchive.ingest.volumes.VolumeImporter;
import org.cablearchive.records.Body;
import org.cablearchive.records.Classification;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.DocumentDate;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.DocumentType;
import org.cablearchive.records.Party;
import org.cablearchive.records.Precedence;
import org.cablearchive.records.ReferenceKind;
import org.cablearchive.records.WorkflowAction;
import org.cablearchive.testing.ArchiveTest;
import org.cablearchive.testing.SmallFrusVolume;
import org.cablearchive.testing.TestVolumes;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The counts kept at write time (V10) equal a fresh count of the archive after every kind of change: an import, a
 * re-import, an import as drafts and its publication, a document entered alone, an edit that changes its date, each
 * move of the workflow, a withdrawal, a deletion. Each check compares the whole of the kept tables with the whole
 * archive counted afresh, whatever other tests put there.
 */
@ArchiveTest
class ArchiveSummariesTest {

    private static final Editor ARCHIVIST = new Editor("summaries-archivist", Set.of(org.cablearchive.accounts.Role.ARCHIVIST));
    private static final Editor EDITOR = new Editor("summaries-editor", Set.of(org.cablearchive.accounts.Role.EDITOR));
    private static final Editor OTHER_EDITOR = new Editor("summaries-editor-2", Set.of(org.cablearchive.accounts.Role.EDITOR));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VolumeImporter importer;

    @Autowired
    DocumentCatalog catalog;

    @Autowired
    EditorialDesk desk;

    @Autowired
    MockMvc mvc;

    /** Each volume and status: documents, footnotes, cross-references, first and last day; kept and counted afresh. */
    private List<String> keptVolumes() {
        return jdbc.sql("""
                        select volume_id || '|' || status || '|' || documents || '|' || footnotes || '|' || cross_references
                               || '|' || coalesce(earliest::text, '-') || '|' || coalesce(latest::text, '-')
                        from volume_summary where documents <> 0 or footnotes <> 0 or cross_references <> 0 order by 1""")
                .query(String.class).list();
    }

    private List<String> countedVolumes() {
        return jdbc.sql("""
                        select coalesce(d.volume_id, '') || '|' || d.status || '|' || count(*)
                               || '|' || sum((select count(*) from footnote f where f.document_id = d.id))
                               || '|' || sum((select count(*) from cross_reference r where r.document_id = d.id))
                               || '|' || coalesce(min(d.date_earliest)::text, '-') || '|' || coalesce(max(d.date_latest)::text, '-')
                        from document d group by coalesce(d.volume_id, ''), d.status order by 1""")
                .query(String.class).list();
    }

    private List<String> keptPersons() {
        return jdbc.sql("select person_id || '|' || status || '|' || documents from person_summary where documents <> 0 order by 1")
                .query(String.class).list();
    }

    private List<String> countedPersons() {
        return jdbc.sql("""
                        select m.person_id || '|' || d.status || '|' || count(distinct m.document_id)
                        from person_mention m join document d on d.id = m.document_id
                        where m.person_id is not null group by m.person_id, d.status order by 1""")
                .query(String.class).list();
    }

    private void countsAreRight(String after) {
        assertThat(keptVolumes()).as("volume summaries after " + after).isEqualTo(countedVolumes());
        assertThat(keptPersons()).as("person summaries after " + after).isEqualTo(countedPersons());
        assertThat(jdbc.sql("""
                        select count(*) from person_mention m join document d on d.id = m.document_id
                        where m.document_sort <> coalesce(d.date_earliest, 'infinity')""").query(Long.class).single())
                .as("mentions sorted by their document's day after " + after).isZero();
        assertThat(jdbc.sql("select count(*) from document where (status = 'PUBLISHED') <> (public_seq is not null)")
                .query(Long.class).single()).as("places in the public list after " + after).isZero();
    }

    private static DocumentDraft telegram(String title, String date, String note) {
        Body body = Body.builder().startParagraph().text("Text of " + title + ".").footnoteAnchor("fn1", "1").endParagraph().build();
        return DocumentDraft.EMPTY
                .withIdentification(g -> g.withType(DocumentType.TELEGRAM).withTitle(title))
                .withDispatch(g -> g.withClassification(Classification.SECRET).withPrecedence(Precedence.PRIORITY)
                        .withHandling(List.of()).withTelegramNumber("77"))
                .withCorrespondence(g -> g.withSender(new Party("Ambassador", "Kirk"))
                        .withRecipient(new Party("Secretary of State", null)).withDate(DocumentDate.parse(date))
                        .withPlace("Moscow"))
                .withText(g -> g.withBody(body)
                        .withFootnotes(List.of(new DocumentDraft.FootnoteDraft("fn1", "1", note)))
                        .withReferences(List.of(new DocumentDraft.ReferenceDraft("xr1", ReferenceKind.EMBTEL, "76", null, "Embtel 76", null))));
    }

    @Test
    void theCountsKeptEqualAFreshCountAfterEveryKindOfChange() throws Exception {
        countsAreRight("the tests before");

        TestVolumes.importSmall(importer, "summaries-small", 12, false);
        countsAreRight("an import");
        TestVolumes.importSmall(importer, "summaries-small", 12, false);
        countsAreRight("the same import again");

        // A FRUS volume of its own (persons named, footnotes, cross-references, dated telegrams), as drafts.
        SmallFrusVolume volume = SmallFrusVolume.exchange("summaries-volume", 8);
        volume.importInto(importer, true);
        countsAreRight("an import of a FRUS volume as drafts");
        volume.importInto(importer, true);
        countsAreRight("its re-import");
        desk.publishVolume(volume.id(), EDITOR);
        countsAreRight("publishing the volume");

        String id = catalog.create(telegram("Summaries telegram", "1951-10-15", "A note."), DocumentStatus.DRAFT, ARCHIVIST.username());
        countsAreRight("a document entered alone");
        long version = desk.document(id, ARCHIVIST).version();
        desk.revise(id, telegram("Summaries telegram", "1947-03-02", "Another note."), version, "older date", ARCHIVIST);
        countsAreRight("an edit that changes its date");
        desk.transition(id, WorkflowAction.SUBMIT, null, ARCHIVIST);
        countsAreRight("submitting it");
        desk.transition(id, WorkflowAction.APPROVE, null, EDITOR);
        countsAreRight("approving it");
        desk.transition(id, WorkflowAction.PUBLISH, null, OTHER_EDITOR);
        countsAreRight("publishing it");
        version = desk.document(id, EDITOR).version();
        desk.revise(id, telegram("Summaries telegram", "1947-03-03", "A corrected note."), version, "correction", EDITOR);
        countsAreRight("correcting the published document");
        desk.transition(id, WorkflowAction.WITHDRAW, "Entered twice", EDITOR);
        countsAreRight("withdrawing it");

        jdbc.sql("delete from document where volume_id = ?").param("summaries-small").update();
        countsAreRight("deleting a volume's documents");
    }

    @Test
    void theHomePageAndTheVolumesApiGiveTheCountsThePublicMaySee() throws Exception {
        TestVolumes.importSmall(importer, "summaries-public", 5, false);
        TestVolumes.importSmall(importer, "summaries-drafts", 4, true);
        long published = jdbc.sql("select count(*) from document where status = 'PUBLISHED'").query(Long.class).single();
        long all = jdbc.sql("select count(*) from document").query(Long.class).single();
        long publicFootnotes = jdbc.sql("""
                select count(*) from footnote f join document d on d.id = f.document_id where d.status = 'PUBLISHED'""")
                .query(Long.class).single();

        var home = Jsoup.parse(mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(home.select(".counts dd").eachText().get(0).replace(",", "")).isEqualTo(String.valueOf(published));
        assertThat(home.select(".counts dd").eachText().get(2).replace(",", "")).isEqualTo(String.valueOf(publicFootnotes));
        var staffHome = Jsoup.parse(mvc.perform(get("/").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.user("s").roles("ARCHIVIST"))).andReturn().getResponse().getContentAsString());
        assertThat(staffHome.select(".counts dd").eachText().get(0).replace(",", "")).isEqualTo(String.valueOf(all));

        JsonNode volumes = JsonMapper.builder().build().readTree(mvc.perform(get("/api/volumes")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        JsonNode mine = null;
        for (JsonNode v : volumes) {
            assertThat(v.get("id").asString()).isNotEqualTo("summaries-drafts"); // nothing public in it
            if (v.get("id").asString().equals("summaries-public")) {
                mine = v;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("documentCount").asLong()).isEqualTo(5);
        mvc.perform(get("/api/volumes/summaries-drafts")).andExpect(status().isNotFound());
    }
}
