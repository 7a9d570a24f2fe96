package org.cablearchive.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.cablearchive.records.Body;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.DocumentType;
import org.cablearchive.records.StaleDocumentException;
import org.cablearchive.testing.ArchiveTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The workflow through the API: every move allowed and refused, the four-eyes rule, roles, visibility. */
@ArchiveTest
class WorkflowTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final RequestPostProcessor ARCHIVIST = user("arch1").roles("ARCHIVIST");
    static final RequestPostProcessor EDITOR = user("ed1").roles("EDITOR");
    static final RequestPostProcessor OTHER_EDITOR = user("ed2").roles("EDITOR");
    static final RequestPostProcessor RESEARCHER = user("reader1").roles("RESEARCHER");

    @Autowired
    MockMvc mvc;

    @Autowired
    DocumentCatalog catalog;

    @Autowired
    EditorialDesk desk;

    @Autowired
    JdbcClient jdbc;

    static DocumentDraft draft(String title, String text) {
        return DocumentDraft.EMPTY
                .withIdentification(g -> g.withType(DocumentType.TELEGRAM).withTitle(title))
                .withDispatch(g -> g.withTelegramNumber("639"))
                .withCorrespondence(g -> g.withPlace("Moscow"))
                .withText(g -> g.withBody(Body.of("<body><p>" + text + "</p></body>")));
    }

    String newDraft(String title) {
        return catalog.create(draft(title, "Re Embtel 634, October 15. Following translation."), DocumentStatus.DRAFT, "arch1");
    }

    ResultActions move(String id, String action, String comment, RequestPostProcessor who) throws Exception {
        String body = JSON.writeValueAsString(comment == null ? java.util.Map.of("action", action)
                : java.util.Map.of("action", action, "comment", comment));
        var request = post("/api/documents/{id}/transitions", id).contentType(MediaType.APPLICATION_JSON).content(body).with(csrf());
        return mvc.perform(who == null ? request : request.with(who));
    }

    String statusAfter(String id, String action, String comment, RequestPostProcessor who) throws Exception {
        JsonNode answer = JSON.readTree(move(id, action, comment, who).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        return answer.get("status").asString();
    }

    @Test
    void aDocumentGoesFromDraftThroughReviewAndChangesToPublishedAndWithdrawn() throws Exception {
        String word = "Qzvworkflow" + System.nanoTime(); // in no other document
        String id = newDraft("Workflow cycle " + word);
        mvc.perform(get("/api/documents/{id}", id)).andExpect(status().isNotFound());
        assertThat(publicHits(word)).isZero();

        assertThat(statusAfter(id, "SUBMIT", null, ARCHIVIST)).isEqualTo("IN_REVIEW");
        move(id, "REQUEST_CHANGES", null, EDITOR).andExpect(status().isBadRequest());
        assertThat(statusAfter(id, "REQUEST_CHANGES", "Give the date of Embtel 634", EDITOR)).isEqualTo("CHANGES_REQUESTED");

        long version = desk.document(id, archivist()).version();
        desk.revise(id, draft("Workflow cycle " + word, "Re Embtel 634, October 15, 1951. Following translation."), version,
                "date of the reference", archivist());
        assertThat(desk.document(id, archivist()).status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(statusAfter(id, "SUBMIT", null, ARCHIVIST)).isEqualTo("IN_REVIEW");
        assertThat(statusAfter(id, "APPROVE", "Good", EDITOR)).isEqualTo("APPROVED");
        mvc.perform(get("/api/documents/{id}", id)).andExpect(status().isNotFound());
        assertThat(statusAfter(id, "PUBLISH", null, OTHER_EDITOR)).isEqualTo("PUBLISHED");
        mvc.perform(get("/api/documents/{id}", id)).andExpect(status().isOk());
        assertThat(publicHits(word)).isEqualTo(1);
        assertThat(mvc.perform(get("/feed.atom")).andReturn().getResponse().getContentAsString()).contains(id);

        move(id, "WITHDRAW", " ", EDITOR).andExpect(status().isBadRequest());
        assertThat(statusAfter(id, "WITHDRAW", "Published twice by mistake; see the other copy", EDITOR)).isEqualTo("WITHDRAWN");
        mvc.perform(get("/api/documents/{id}", id)).andExpect(status().isNotFound());
        assertThat(publicHits(word)).isZero();
        assertThat(mvc.perform(get("/feed.atom")).andReturn().getResponse().getContentAsString()).doesNotContain(id);
        String tombstone = mvc.perform(get("/documents/{id}", id)).andExpect(status().isGone())
                .andReturn().getResponse().getContentAsString();
        assertThat(tombstone).contains("Workflow cycle " + word, "Published twice by mistake; see the other copy")
                .doesNotContain("Following translation");

        List<String> moves = jdbc.sql("select action from audit_log where document_id = ? order by id").param(id)
                .query(String.class).list();
        assertThat(moves).containsExactly("DOCUMENT_CREATED", "DOCUMENT_SUBMIT", "DOCUMENT_REQUEST_CHANGES", "DOCUMENT_EDITED",
                "DOCUMENT_SUBMIT", "DOCUMENT_APPROVE", "DOCUMENT_PUBLISH", "DOCUMENT_WITHDRAW");
        assertThat(desk.comments(id)).extracting(EditorialDesk.Comment::text)
                .containsExactly("Give the date of Embtel 634", "Good", "Published twice by mistake; see the other copy");
    }

    long publicHits(String q) throws Exception {
        return JSON.readTree(mvc.perform(get("/api/search").param("q", q)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).get("total").asLong();
    }

    @Test
    void movesTheStateDoesNotAllowAreConflicts() throws Exception {
        String id = newDraft("Illegal moves");
        for (String action : List.of("REQUEST_CHANGES", "APPROVE", "PUBLISH", "WITHDRAW")) {
            move(id, action, "because", EDITOR).andExpect(status().isConflict());
        }
        statusAfter(id, "SUBMIT", null, ARCHIVIST);
        move(id, "SUBMIT", null, ARCHIVIST).andExpect(status().isConflict());
        move(id, "PUBLISH", null, EDITOR).andExpect(status().isConflict());
        move(id, "WITHDRAW", "because", EDITOR).andExpect(status().isConflict());
        assertThat(desk.document(id, archivist()).status()).isEqualTo(DocumentStatus.IN_REVIEW);
        move(id, "FLY", null, EDITOR).andExpect(status().isBadRequest());
    }

    @Test
    void noOneApprovesWhatTheySubmittedThemselves() throws Exception {
        String id = newDraft("Four eyes");
        statusAfter(id, "SUBMIT", null, EDITOR);
        move(id, "APPROVE", null, EDITOR).andExpect(status().isForbidden());
        move(id, "APPROVE", null, user("ED1").roles("ADMIN")).andExpect(status().isForbidden());
        assertThat(desk.document(id, archivist()).status()).isEqualTo(DocumentStatus.IN_REVIEW);
        assertThat(statusAfter(id, "APPROVE", null, OTHER_EDITOR)).isEqualTo("APPROVED");
    }

    @Test
    void rolesDecideWhoMovesWhatAndUnpublishedDocumentsDoNotExistForReaders() throws Exception {
        String id = newDraft("Roles");
        move(id, "SUBMIT", null, RESEARCHER).andExpect(status().isNotFound());
        move(id, "SUBMIT", null, null).andExpect(status().isUnauthorized());
        statusAfter(id, "SUBMIT", null, ARCHIVIST);
        move(id, "APPROVE", null, ARCHIVIST).andExpect(status().isForbidden());
        move(id, "REQUEST_CHANGES", "no", ARCHIVIST).andExpect(status().isForbidden());
        statusAfter(id, "APPROVE", null, EDITOR);
        statusAfter(id, "PUBLISH", null, EDITOR);
        move(id, "WITHDRAW", "reason", RESEARCHER).andExpect(status().isForbidden());
        move(id, "WITHDRAW", "reason", ARCHIVIST).andExpect(status().isForbidden());
        mvc.perform(get("/api/documents/{id}/revisions", id).with(RESEARCHER)).andExpect(status().isForbidden());
    }

    @Test
    void aSaveFromAnOlderVersionIsRefusedAndChangesNothing() {
        String id = newDraft("Two editors");
        long version = desk.document(id, archivist()).version();
        desk.revise(id, draft("First save wins", "one"), version, null, archivist());
        assertThatThrownBy(() -> desk.revise(id, draft("Second save", "two"), version, null, archivist()))
                .isInstanceOf(StaleDocumentException.class);
        assertThat(desk.document(id, archivist()).snapshot().title()).isEqualTo("First save wins");
    }

    @Test
    void aVolumeImportedAsDraftsIsPublishedAsOneBatchButNotByWhoImportedIt() {
        jdbc.sql("insert into volume (id, title) values ('batch-test', 'Batch test volume')").update();
        for (int i = 1; i <= 3; i++) {
            jdbc.sql("""
                    insert into document (id, volume_id, xml_id, position_in_volume, type, title, classification, precedence,
                        body, status, created_by, updated_by)
                    values (?, 'batch-test', ?, ?, 'TELEGRAM', ?, 'SECRET', 'ROUTINE', '<body><p>x</p></body>', 'DRAFT', 'importer', 'importer')""")
                    .params("batch-test-d" + i, "d" + i, i, "Batch " + i).update();
        }
        assertThatThrownBy(() -> desk.publishVolume("batch-test", new Editor("importer", Set.of(org.cablearchive.accounts.Role.EDITOR))))
                .isInstanceOf(org.cablearchive.records.FourEyesException.class);
        assertThat(desk.publishVolume("batch-test", new Editor("ed2", Set.of(org.cablearchive.accounts.Role.EDITOR)))).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from document where volume_id = 'batch-test' and status = 'PUBLISHED'")
                .query(Long.class).single()).isEqualTo(3);
        assertThatThrownBy(() -> desk.publishVolume("batch-test", new Editor("arch1", Set.of(org.cablearchive.accounts.Role.ARCHIVIST))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    static Editor archivist() {
        return new Editor("arch1", Set.of(org.cablearchive.accounts.Role.ARCHIVIST));
    }
}
