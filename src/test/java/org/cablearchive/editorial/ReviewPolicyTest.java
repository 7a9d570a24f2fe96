package org.cablearchive.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.cablearchive.ingest.volumes.VolumeImporter;
import org.cablearchive.records.Body;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.DocumentType;
import org.cablearchive.records.ReviewPolicy;
import org.cablearchive.testing.ArchiveTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every change to what the public reads goes through review: the bypasses issue 12 found (an author approving after
 * someone else pressed Submit, an editor correcting a published document alone, an archivist re-importing a volume over
 * published documents) are closed, and the ways through review still work.
 */
@ArchiveTest
class ReviewPolicyTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final RequestPostProcessor ARCHIVIST = user("ria").roles("ARCHIVIST");
    static final RequestPostProcessor AUTHOR = user("ed-author").roles("EDITOR");
    static final RequestPostProcessor EDITOR = user("ed-one").roles("EDITOR");
    static final RequestPostProcessor OTHER_EDITOR = user("ed-two").roles("EDITOR");

    @Autowired
    MockMvc mvc;

    @Autowired
    DocumentCatalog catalog;

    @Autowired
    VolumeImporter importer;

    @Autowired
    JdbcClient jdbc;

    static DocumentDraft draft(String title, String text) {
        return DocumentDraft.EMPTY
                .withIdentification(g -> g.withType(DocumentType.TELEGRAM).withTitle(title))
                .withDispatch(g -> g.withTelegramNumber("712"))
                .withCorrespondence(g -> g.withPlace("Paris"))
                .withText(g -> g.withBody(Body.of("<body><p>" + text + "</p></body>")));
    }

    ResultActions move(String id, String action, String comment, RequestPostProcessor who) throws Exception {
        Map<String, String> command = comment == null ? Map.of("action", action) : Map.of("action", action, "comment", comment);
        return mvc.perform(post("/api/documents/{id}/transitions", id).with(who).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(command)));
    }

    String publicTitle(String id) throws Exception {
        return JSON.readTree(mvc.perform(get("/api/documents/{id}", id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).get("title").asString();
    }

    long publicHits(String word) throws Exception {
        return JSON.readTree(mvc.perform(get("/api/search").param("q", word)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).get("total").asLong();
    }

    List<String> revisionActions(String id) {
        return jdbc.sql("select action from document_revision where document_id = ? order by number").param(id)
                .query(String.class).list();
    }

    @Test
    void anEditorWhoWroteADocumentCannotApproveItAfterSomeoneElseSubmittedIt() throws Exception {
        String id = catalog.create(draft("Written by an editor", "Following for the Secretary."), DocumentStatus.DRAFT,
                "ed-author");
        move(id, "SUBMIT", null, ARCHIVIST).andExpect(status().isOk());
        move(id, "APPROVE", null, AUTHOR).andExpect(status().isForbidden());
        move(id, "APPROVE", null, ARCHIVIST).andExpect(status().isForbidden()); // not an editor at all
        move(id, "APPROVE", null, EDITOR).andExpect(status().isOk());
        move(id, "PUBLISH", null, AUTHOR).andExpect(status().isOk());
    }

    @Test
    void anEditorWhoEditedADraftCannotApproveIt() throws Exception {
        String id = catalog.create(draft("Edited by an editor", "Following for the Secretary."), DocumentStatus.DRAFT, "ria");
        ObjectNode doc = (ObjectNode) JSON.readTree(mvc.perform(get("/api/documents/{id}", id).with(EDITOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        doc.put("title", "Edited by an editor, corrected");
        mvc.perform(put("/api/documents/{id}", id).with(EDITOR).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(doc))).andExpect(status().isOk());
        move(id, "SUBMIT", null, ARCHIVIST).andExpect(status().isOk());
        String refusal = move(id, "APPROVE", null, EDITOR).andExpect(status().isForbidden())
                .andReturn().getResponse().getContentAsString();
        assertThat(refusal).contains("another editor must approve it");
        // the panel offers no Approve button to them, and does to another editor
        assertThat(mvc.perform(get("/documents/{id}", id).with(EDITOR)).andReturn().getResponse().getContentAsString())
                .doesNotContain("value=\"APPROVE\"").contains("value=\"REQUEST_CHANGES\"");
        assertThat(mvc.perform(get("/documents/{id}", id).with(OTHER_EDITOR)).andReturn().getResponse().getContentAsString())
                .contains("value=\"APPROVE\"");
        move(id, "APPROVE", null, OTHER_EDITOR).andExpect(status().isOk());
    }

    @Test
    void anEditorCorrectingAPublishedDocumentAloneChangesNothingThePublicReadsUntilAnotherEditorApproves() throws Exception {
        String word = "Qzvcorrection" + System.nanoTime();
        String id = catalog.create(draft("Published reading " + word, "Following for the Secretary."),
                DocumentStatus.PUBLISHED, "importer");
        ObjectNode doc = (ObjectNode) JSON.readTree(mvc.perform(get("/api/documents/{id}", id).with(EDITOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        String corrected = "Corrected reading " + word;
        doc.put("title", corrected);
        mvc.perform(put("/api/documents/{id}", id).with(EDITOR).contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(doc)))
                .andExpect(status().isOk());

        // the public still reads the published text: page, API, search, feed
        assertThat(publicTitle(id)).isEqualTo("Published reading " + word);
        assertThat(mvc.perform(get("/documents/{id}", id)).andReturn().getResponse().getContentAsString())
                .contains("Published reading " + word).doesNotContain(corrected);
        assertThat(publicHits("Corrected " + word)).isZero();
        assertThat(publicHits("Published " + word)).isEqualTo(1);
        assertThat(jdbc.sql("select stage from document_correction where document_id = ?").param(id).query(String.class).single())
                .isEqualTo("DRAFT");
        // staff see the correction waiting, and its reading in the edit form
        assertThat(mvc.perform(get("/documents/{id}", id).with(OTHER_EDITOR)).andReturn().getResponse().getContentAsString())
                .contains("Correction pending");
        assertThat(mvc.perform(get("/documents/{id}/edit", id).with(EDITOR)).andReturn().getResponse().getContentAsString())
                .contains(corrected);

        move(id, "SUBMIT", null, EDITOR).andExpect(status().isOk());
        move(id, "APPROVE", null, EDITOR).andExpect(status().isForbidden()); // four eyes: they wrote it
        move(id, "PUBLISH", null, EDITOR).andExpect(status().isConflict()); // not approved yet
        assertThat(publicTitle(id)).isEqualTo("Published reading " + word);

        move(id, "APPROVE", null, OTHER_EDITOR).andExpect(status().isOk());
        assertThat(publicTitle(id)).isEqualTo("Published reading " + word);
        move(id, "PUBLISH", null, EDITOR).andExpect(status().isOk());

        assertThat(publicTitle(id)).isEqualTo(corrected);
        assertThat(publicHits("Corrected " + word)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from document_correction where document_id = ?").param(id).query(Long.class).single())
                .isZero();
        assertThat(revisionActions(id)).containsExactly("CREATED", "CORRECTION_EDITED", "CORRECTION_SUBMIT",
                "CORRECTION_APPROVE", "CORRECTION_PUBLISH");
    }

    @Test
    void anArchivistCannotEditAPublishedDocumentAndNobodyPublishesAnUnapprovedCorrection() throws Exception {
        String id = catalog.create(draft("Guarded published", "Text."), DocumentStatus.PUBLISHED, "importer");
        ObjectNode doc = (ObjectNode) JSON.readTree(mvc.perform(get("/api/documents/{id}", id))
                .andReturn().getResponse().getContentAsString());
        doc.put("title", "Archivist's change");
        mvc.perform(put("/api/documents/{id}", id).with(ARCHIVIST).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(doc))).andExpect(status().isForbidden());
        move(id, "SUBMIT", null, EDITOR).andExpect(status().isConflict()); // nothing waits for review
        assertThat(publicTitle(id)).isEqualTo("Guarded published");
    }

    // ------------------------------------------------------------------------------------------------------------
    // Re-import over published documents

    static String volume(String id, String firstHead) {
        return "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title type=\"complete\">"
                + "Review volume</title></titleStmt><publicationStmt><idno type=\"frus\">" + id + "</idno></publicationStmt>"
                + "</fileDesc></teiHeader><text><body><div type=\"chapter\" xml:id=\"ch1\"><head>One</head>"
                + "<div type=\"document\" xml:id=\"d1\" n=\"1\"><head>" + firstHead + "</head><p>The first text.</p></div>"
                + "<div type=\"document\" xml:id=\"d2\" n=\"2\"><head>2. Memorandum of Conversation</head><p>The second text.</p></div>"
                + "</div></body></text></TEI>";
    }

    VolumeImporter.Result importVolume(String id, String firstHead, boolean publishChanges, String by) {
        return importer.importVolume(new ByteArrayInputStream(volume(id, firstHead).getBytes(StandardCharsets.UTF_8)), id,
                new VolumeImporter.Options(false, false, publishChanges), VolumeImporter.Progress.NONE, by);
    }

    String title(String id) {
        return jdbc.sql("select title from document where id = ?").param(id).query(String.class).single();
    }

    long version(String id) {
        return jdbc.sql("select version from document where id = ?").param(id).query(Long.class).single();
    }

    @Test
    void reimportingAChangedVolumeLeavesThePublishedTextAndPutsTheNewReadingUpForReview() throws Exception {
        String volume = "review-" + System.nanoTime();
        importVolume(volume, "1. Telegram From the Embassy in Paris", false, "ria");
        String first = volume + "-d1";
        String second = volume + "-d2";
        String published = title(first);
        long firstVersion = version(first);
        long secondVersion = version(second);

        // the same file again: nothing is touched, no revision noise
        VolumeImporter.Result same = importVolume(volume, "1. Telegram From the Embassy in Paris", false, "ria");
        assertThat(same.updated()).isZero();
        assertThat(same.forReview()).isEmpty();
        assertThat(version(first)).isEqualTo(firstVersion);
        assertThat(revisionActions(first)).isEmpty();

        // a changed head, re-imported by an archivist: the public title stays, the new reading waits for review
        VolumeImporter.Result changed = importVolume(volume, "1. Telegram From the Embassy in London", false, "ria");
        assertThat(changed.forReview()).containsExactly(first);
        assertThat(changed.updated()).isZero();
        assertThat(title(first)).isEqualTo(published);
        assertThat(publicTitle(first)).isEqualTo(published);
        assertThat(version(second)).isEqualTo(secondVersion);
        assertThat(revisionActions(second)).isEmpty();

        // its revision says by whom, from which file, and what changed
        Map<String, Object> revision = jdbc.sql("""
                        select made_by, comment, status, snapshot->>'title' as title from document_revision
                        where document_id = ? and action = 'IMPORT_PROPOSED'""")
                .param(first).query().singleRow();
        assertThat(revision.get("made_by")).isEqualTo("ria");
        assertThat((String) revision.get("comment")).contains(volume + ".xml");
        assertThat(revision.get("status")).isEqualTo("IN_REVIEW");
        assertThat((String) revision.get("title")).contains("London");
        assertThat(revisionActions(first)).containsExactly("AS_BEFORE", "IMPORT_PROPOSED");
        String page = mvc.perform(get("/documents/{id}/revisions/2", first).with(EDITOR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("London").contains("Paris");
        assertThat(jdbc.sql("select count(*) from audit_log where document_id = ? and action = 'DOCUMENT_IMPORT_PROPOSED'")
                .param(first).query(Long.class).single()).isEqualTo(1);

        // the importer may not approve it; another editor does, and publishing it makes it public
        move(first, "APPROVE", null, user("ria").roles("ARCHIVIST", "EDITOR")).andExpect(status().isForbidden());
        move(first, "APPROVE", null, EDITOR).andExpect(status().isOk());
        assertThat(publicTitle(first)).isEqualTo(published);
        move(first, "PUBLISH", null, EDITOR).andExpect(status().isOk());
        assertThat(publicTitle(first)).contains("London");
    }

    @Test
    void anEditorPublishesAReimportsChangesAtOnceOnlyWhenAskedAndAnArchivistMayNotAsk() throws Exception {
        String volume = "review-" + System.nanoTime();
        importVolume(volume, "1. Telegram From the Embassy in Rome", false, "ed-one");
        String first = volume + "-d1";

        VolumeImporter.Result result = importVolume(volume, "1. Telegram From the Embassy in Madrid", true, "ed-one");
        assertThat(result.forReview()).isEmpty();
        assertThat(result.updated()).isEqualTo(1);
        assertThat(publicTitle(first)).contains("Madrid");
        assertThat(revisionActions(first)).containsExactly("AS_BEFORE", "IMPORTED");

        MockMultipartFile file = new MockMultipartFile("file", volume + ".xml", "application/xml",
                volume(volume, "1. Telegram From the Embassy in Bonn").getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/imports").file(file).param("publishChanges", "true").with(ARCHIVIST).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(publicTitle(first)).contains("Madrid");
    }

    @Test
    void thePolicyTableCoversEveryMoveAndEveryWorkflowActionIsAMove() {
        for (ReviewPolicy.Move move : ReviewPolicy.Move.values()) {
            assertThat(ReviewPolicy.rule(move).effect()).isNotBlank();
        }
        for (org.cablearchive.records.WorkflowAction action : org.cablearchive.records.WorkflowAction.values()) {
            assertThat(ReviewPolicy.Move.valueOf(action.name())).isNotNull();
        }
        assertThat(ReviewPolicy.mayApprove("Ann", List.of("ann"), true, "bob")).isFalse();
        assertThat(ReviewPolicy.mayApprove("bob", List.of(), false, "Bob")).isFalse();
        assertThat(ReviewPolicy.mayApprove("bob", List.of(), true, "bob")).isTrue();
    }
}
