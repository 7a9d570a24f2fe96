package org.cablearchive.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cablearchive.editorial.WorkflowTest.ARCHIVIST;
import static org.cablearchive.editorial.WorkflowTest.EDITOR;
import static org.cablearchive.editorial.WorkflowTest.draft;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.testing.ArchiveTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** Revisions (list, comparison, restore), the audit log (append-only, filter, CSV) and the desk's pages. */
@ArchiveTest
class HistoryTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DocumentCatalog catalog;

    @Autowired
    EditorialDesk desk;

    @Autowired
    Revisions revisions;

    @Autowired
    JdbcClient jdbc;

    final Editor archivist = new Editor("arch1", Set.of(org.cablearchive.accounts.Role.ARCHIVIST));
    final Editor editor = new Editor("ed1", Set.of(org.cablearchive.accounts.Role.EDITOR));

    String page(String url, org.springframework.test.web.servlet.request.RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void everySaveIsARevisionThatShowsWhatChangedAndCanBeRestored() throws Exception {
        String id = catalog.create(draft("The Chargé to the Secretary", "Soviet note received today at noon."),
                DocumentStatus.DRAFT, "arch1");
        long v = desk.document(id, archivist).version();
        v = desk.revise(id, draft("The Chargé in the Soviet Union to the Secretary", "Soviet note received yesterday at noon."),
                v, "title as printed", archivist);

        var list = revisions.list(id);
        assertThat(list).extracting(Revisions.Summary::number).containsExactly(2, 1);
        assertThat(list).extracting(Revisions.Summary::action).containsExactly("EDITED", "CREATED");
        assertThat(list.get(0).comment()).isEqualTo("title as printed");

        var comparison = revisions.compare(id, 2).orElseThrow();
        assertThat(comparison.fields()).extracting(Revisions.FieldChange::field).containsExactly("Title");
        assertThat(comparison.fields().get(0).before()).isEqualTo("The Chargé to the Secretary");
        assertThat(comparison.body()).extracting(WordDiff.Run::kind, WordDiff.Run::text).contains(
                org.assertj.core.groups.Tuple.tuple(WordDiff.Run.Kind.REMOVED, "today "),
                org.assertj.core.groups.Tuple.tuple(WordDiff.Run.Kind.INSERTED, "yesterday "));

        var html = Jsoup.parse(page("/documents/" + id + "/revisions/2", EDITOR));
        assertThat(html.select("del.diff-removed").text()).isEqualTo("today");
        assertThat(html.select("ins.diff-inserted").text()).isEqualTo("yesterday");
        assertThat(html.select(".diff-fields td").eachText()).contains("The Chargé to the Secretary");
        assertThat(Jsoup.parse(page("/documents/" + id + "/revisions", ARCHIVIST)).select("table tbody tr")).hasSize(2);

        // an editor restores revision 1: itself a new revision, nothing lost
        mvc.perform(post("/documents/{id}/revisions/1/restore", id).param("version", String.valueOf(v)).with(EDITOR).with(csrf()))
                .andExpect(redirectedUrl("/documents/" + id + "/revisions"));
        assertThat(desk.document(id, archivist).snapshot().title()).isEqualTo("The Chargé to the Secretary");
        assertThat(revisions.list(id)).extracting(Revisions.Summary::action).containsExactly("RESTORED", "EDITED", "CREATED");
        // a restore from a stale page changes nothing
        mvc.perform(post("/documents/{id}/revisions/2/restore", id).param("version", String.valueOf(v)).with(EDITOR).with(csrf()))
                .andExpect(redirectedUrl("/documents/" + id + "/revisions/2"));
        assertThat(revisions.list(id)).hasSize(3);
        // archivists do not restore
        long now = desk.document(id, archivist).version();
        mvc.perform(post("/documents/{id}/revisions/2/restore", id).param("version", String.valueOf(now)).with(ARCHIVIST).with(csrf()))
                .andExpect(status().isForbidden());

        JsonNode api = WorkflowTest.JSON.readTree(page("/api/documents/" + id + "/revisions", ARCHIVIST));
        assertThat(api).hasSize(3);
        assertThat(api.get(0).get("action").asString()).isEqualTo("RESTORED");
        // the public does not see a draft's revisions at all
        mvc.perform(get("/api/documents/{id}/revisions", id)).andExpect(status().isNotFound());
        mvc.perform(get("/documents/{id}/revisions", id)).andExpect(status().isNotFound());
    }

    @Test
    void theAuditLogCannotBeChangedNotEvenByTheDatabaseRoleOfTheApplication() {
        catalog.create(draft("Audited", "text"), DocumentStatus.DRAFT, "arch1");
        assertThat(jdbc.sql("select count(*) from audit_log").query(Long.class).single()).isPositive();
        for (String sql : new String[] {"update audit_log set actor = 'nobody'", "delete from audit_log", "truncate audit_log"}) {
            assertThatThrownBy(() -> jdbc.sql(sql).update()).rootCause().hasMessageContaining("append-only");
        }
    }

    @Test
    void administratorsFilterTheAuditLogAndDownloadItAsCsv() throws Exception {
        String id = catalog.create(draft("=HYPERLINK(\"x\") audit, \"quoted\"", "text"), DocumentStatus.DRAFT, "arch1");
        desk.transition(id, org.cablearchive.records.WorkflowAction.SUBMIT, null, archivist);

        var admin = user("root").roles("ADMIN");
        var html = Jsoup.parse(page("/admin/audit?document=" + id, admin));
        assertThat(html.select("table tbody tr")).hasSize(2);
        assertThat(html.select("table tbody tr td:nth-child(3)").eachText())
                .containsExactly("Document submitted for review", "Document created");
        assertThat(Jsoup.parse(page("/admin/audit?document=" + id + "&action=DOCUMENT_SUBMIT", admin))
                .select("table tbody tr")).hasSize(1);

        var csv = mvc.perform(get("/admin/audit.csv").param("document", id).with(admin)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("id,at,actor,action,document,subject,detail");
        assertThat(lines).hasSize(3);
        assertThat(lines[2]).contains(",arch1,DOCUMENT_CREATED," + id + ",\"'=HYPERLINK(\"\"x\"\") audit, \"\"quoted\"\"\",");

        JsonNode api = WorkflowTest.JSON.readTree(page("/api/audit?document=" + id, admin));
        assertThat(api.get("total").asLong()).isEqualTo(2);
        mvc.perform(get("/admin/audit").with(EDITOR)).andExpect(status().isForbidden());
        mvc.perform(get("/api/audit").with(EDITOR)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit.csv").with(ARCHIVIST)).andExpect(status().isForbidden());
    }

    @Test
    void theDocumentPageGivesStaffTheMovesTheyMayMakeAndTheReviewThread() throws Exception {
        String id = catalog.create(draft("Panel <script>alert(1)</script>", "text"), DocumentStatus.DRAFT, "arch1");
        var asArchivist = Jsoup.parse(page("/documents/" + id, ARCHIVIST));
        assertThat(asArchivist.select("#desk button").eachText()).contains("Submit").doesNotContain("Approve");
        assertThat(asArchivist.select("#desk a[href$=/edit]")).hasSize(1);

        mvc.perform(post("/documents/{id}/transitions", id).param("action", "SUBMIT").with(ARCHIVIST).with(csrf()))
                .andExpect(redirectedUrl("/documents/" + id + "#desk"));
        mvc.perform(post("/documents/{id}/comments", id).param("text", "Check <b>the</b> date").with(EDITOR).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var asEditor = Jsoup.parse(page("/documents/" + id, EDITOR));
        assertThat(asEditor.select("#desk button").eachText()).contains("Approve", "Request changes");
        assertThat(asEditor.select(".comments__text").text()).isEqualTo("Check <b>the</b> date");
        assertThat(asEditor.select("#desk a[href$=/edit]")).isEmpty();
        assertThat(page("/documents/" + id, EDITOR)).doesNotContain("<script>alert(1)</script>");

        // a move the form makes that is not allowed comes back as a message, and changes nothing
        mvc.perform(post("/documents/{id}/transitions", id).param("action", "PUBLISH").with(EDITOR).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(desk.document(id, editor).status()).isEqualTo(DocumentStatus.IN_REVIEW);
        // forms need their CSRF token
        mvc.perform(post("/documents/{id}/transitions", id).param("action", "APPROVE").with(EDITOR)).andExpect(status().isForbidden());
    }

    @Test
    void theDeskListsWhatWaitsForWhom() throws Exception {
        DocumentDraft plain = draft("Desk draft of arch9", "Re Embtel 9634.");
        DocumentDraft withReference = DocumentDraft.titled(plain.type(), plain.title(), plain.body())
                .withText(g -> g.withReferences(List.of(new DocumentDraft.ReferenceDraft("xr1",
                        org.cablearchive.records.ReferenceKind.EMBTEL, "9634", null, "Embtel 9634", null))));
        String mine = catalog.create(withReference, DocumentStatus.DRAFT, "arch9");
        String toReview = catalog.create(draft("Desk waiting for review", "text"), DocumentStatus.DRAFT, "arch9");
        desk.transition(toReview, org.cablearchive.records.WorkflowAction.SUBMIT, null, new Editor("arch9", Set.of(org.cablearchive.accounts.Role.ARCHIVIST)));

        var archivistDesk = Jsoup.parse(page("/desk", user("arch9").roles("ARCHIVIST")));
        assertThat(archivistDesk.select("#q-drafts + ul a").eachText()).contains("Desk draft of arch9");
        assertThat(archivistDesk.select("#q-submitted + ul a").eachText()).contains("Desk waiting for review");
        assertThat(archivistDesk.select("#q-review")).isEmpty();
        assertThat(archivistDesk.select("#q-references ~ ul li").text()).contains("Embtel 9634");

        var editorDesk = Jsoup.parse(page("/desk", EDITOR));
        assertThat(editorDesk.select("#q-review + ul a").eachText()).contains("Desk waiting for review");
        assertThat(editorDesk.select("#q-review + ul a").eachAttr("href")).contains("/documents/" + toReview)
                .doesNotContain("/documents/" + mine);
        mvc.perform(get("/desk").with(WorkflowTest.RESEARCHER)).andExpect(status().isForbidden());
    }
}
