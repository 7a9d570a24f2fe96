package org.cablearchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
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
import org.cablearchive.testing.ArchiveTest;
import org.cablearchive.testing.SmallFrusVolume;
import org.cablearchive.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ArchiveTest
class SearchIndexTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SearchIndex index;

    @Autowired
    ArchiveSearch search;

    @Autowired
    DocumentCatalog catalog;

    @Autowired
    VolumeImporter importer;

    @BeforeEach
    void volumes() throws Exception {
        SearchVolumes.load(importer, search, index);
    }

    private long hits(String q, boolean staff) {
        org.cablearchive.accounts.Reader reader = staff ? org.cablearchive.testing.Readers.STAFF : org.cablearchive.testing.Readers.PUBLIC;
        return search.search(new SearchRequest(q, Map.of(), null, null, SearchRequest.Sort.RELEVANCE, 1), reader).total();
    }

    @Test
    void aSavedDocumentIsSearchableAsSoonAsItsSaveReturns() {
        String word = "Zyxwvutsrq" + System.nanoTime();
        Body body = Body.builder().startParagraph().text("The word " + word + " is in this telegram only.").endParagraph().build();
        DocumentDraft draft = DocumentDraft.EMPTY
                .withIdentification(g -> g.withType(DocumentType.TELEGRAM).withTitle("A telegram to find"))
                .withDispatch(g -> g.withClassification(Classification.SECRET).withPrecedence(Precedence.PRIORITY)
                        .withHandling(List.of()).withTelegramNumber("7788"))
                .withCorrespondence(g -> g.withSender(new Party("Ambassador in the Soviet Union", "Kennan"))
                        .withRecipient(new Party("Secretary of State", null))
                        .withDate(DocumentDate.parse("1952-03-04")).withPlace("Moscow"))
                .withText(g -> g.withBody(body).withFootnotes(List.of()).withReferences(List.of()));
        catalog.create(draft, DocumentStatus.PUBLISHED, "test");
        assertThat(hits(word, false)).isEqualTo(1);
        catalog.create(draft, DocumentStatus.DRAFT, "test");
        assertThat(hits(word, false)).as("the draft is not public").isEqualTo(1);
        assertThat(hits(word, true)).as("staff see the draft too").isEqualTo(2);
    }

    @Test
    void aVolumeImportedAgainIsIndexedOnceAndAnEditIsSearchableAtOnce() throws Exception {
        SmallFrusVolume twice = SmallFrusVolume.exchange("index-twice", 6);
        twice.importInto(importer, false);
        twice.importInto(importer, false);
        assertThat(index.awaitVolumes(java.time.Duration.ofMinutes(2))).isTrue();
        SearchRequest volume = new SearchRequest("", Map.of("volume", List.of("index-twice")), null, null,
                SearchRequest.Sort.RELEVANCE, 1);
        assertThat(search.search(volume, org.cablearchive.testing.Readers.STAFF).total()).isEqualTo(twice.documents());

        // a workflow move or an edit is an update of the entity: the index follows it when the save returns
        String id = search.search(volume, org.cablearchive.testing.Readers.STAFF).hits().get(0).id();
        desk.transition(id, org.cablearchive.records.WorkflowAction.WITHDRAW, "test of the index",
                new org.cablearchive.editorial.Editor("ed1", java.util.Set.of(org.cablearchive.accounts.Role.EDITOR)));
        assertThat(search.search(volume, org.cablearchive.testing.Readers.PUBLIC).total()).isEqualTo(twice.documents() - 1);
    }

    @Autowired
    org.cablearchive.editorial.EditorialDesk desk;

    @Test
    void anAdministratorRebuildsTheIndexFromTheDatabaseAndSeesItsProgress() throws Exception {
        mvc.perform(get("/admin/search-index").accept(org.springframework.http.MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/admin/search-index").with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Documents in the database", "Rebuild the index");

        mvc.perform(post("/admin/search-index/rebuild").with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD)).with(csrf()))
                .andExpect(redirectedUrl("/admin/search-index"));
        long deadline = System.nanoTime() + 120_000_000_000L;
        while ((index.rebuildStatus().running() || index.rebuildStatus().finished() == null) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        SearchIndex.Rebuild done = index.rebuildStatus();
        assertThat(done.running()).isFalse();
        assertThat(done.error()).isNull();
        assertThat(index.indexedCount()).isEqualTo(index.databaseCount());
        assertThat(hits("Sov Govt", false)).isPositive();

        String fragment = mvc.perform(get("/admin/search-index").header("HX-Request", "true")
                        .with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).doesNotContain("<html").contains("The last rebuild indexed");
    }
}
