package org.cablearchive.editorial.web.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cablearchive.editorial.web.entry.EntryWebTest.ARCHIVIST;
import static org.cablearchive.editorial.web.entry.EntryWebTest.RESEARCHER;
import static org.cablearchive.editorial.web.entry.EntryWebTest.RICH_TEI;
import static org.cablearchive.editorial.web.entry.EntryWebTest.richDraft;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.testing.ArchiveTest;
import org.cablearchive.testing.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code PUT /api/documents/{id}} and the queue of unresolved cross-references. */
@ArchiveTest
class EditApiAndQueueTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    DocumentCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    private ObjectNode json(String id) throws Exception {
        return (ObjectNode) JSON.readTree(mvc.perform(get("/api/documents/" + id).with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private String bodyOf(String id) {
        return jdbc.sql("select body from document where id = ?").param(id).query(String.class).single();
    }

    @Test
    void putSavesTheJsonOfGetKeepsAnUnchangedBodyAndRefusesAStaleVersion() throws Exception {
        String id = catalog.create(richDraft("API telegram"), DocumentStatus.DRAFT, "importer");
        ObjectNode doc = json(id);
        long version = doc.get("version").asLong();
        doc.put("title", "API telegram, corrected");
        doc.withArray("footnotes").removeAll();
        doc.withArray("footnotes").addObject().put("n", "1").put("text", "Not printed.");
        mvc.perform(put("/api/documents/" + id).with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(doc)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.version").value(version + 1))
                .andExpect(jsonPath("$.status").value("DRAFT"));
        assertThat(bodyOf(id)).isEqualTo(RICH_TEI);
        assertThat(jdbc.sql("select tei from footnote where document_id = ?").param(id).query(String.class).single())
                .contains("type=\"source\"");

        // the same JSON again, at the old version: refused, nothing changed
        doc.put("title", "Overwrite attempt");
        mvc.perform(put("/api/documents/" + id).with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(doc)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("nothing was overwritten")));
        assertThat(catalog.find(id, org.cablearchive.testing.Readers.STAFF).orElseThrow().identification().title()).isEqualTo("API telegram, corrected");

        // a changed body is read again from its plain text
        doc = json(id);
        doc.put("body", doc.get("body").asString().replace("Second [page].", "Second [page], amended."));
        mvc.perform(put("/api/documents/" + id).with(user("ann").roles("ARCHIVIST"))
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(doc)))
                .andExpect(status().isOk());
        assertThat(bodyOf(id)).contains("amended.").doesNotContain("persName");
    }

    @Test
    void putAnswers400ForBadInputAnd403Or404ToThoseWhoMayNot() throws Exception {
        String id = catalog.create(richDraft("Guarded telegram"), DocumentStatus.DRAFT, "importer");
        String published = catalog.create(richDraft("Published telegram"), DocumentStatus.PUBLISHED, "importer");
        ObjectNode doc = json(id);
        doc.put("date", "1951-13-45");
        doc.put("fileNumber", "611.61/15-1051");
        mvc.perform(put("/api/documents/" + id).with(ARCHIVIST).contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(doc)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("date: Not a date"),
                        org.hamcrest.Matchers.containsString("fileNumber: "))));
        mvc.perform(put("/api/documents/" + id).with(ARCHIVIST).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"classification\": \"VERY_SECRET\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("not the JSON of a document")));
        doc = json(id);
        doc.remove("version");
        mvc.perform(put("/api/documents/" + id).with(ARCHIVIST).contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(doc)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("\"version\"")));

        String draftJson = JSON.writeValueAsString(json(id));
        mvc.perform(put("/api/documents/" + id).with(RESEARCHER).contentType(MediaType.APPLICATION_JSON).content(draftJson))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/documents/" + id).contentType(MediaType.APPLICATION_JSON).content(draftJson))
                .andExpect(status().isUnauthorized());
        String publishedJson = JSON.writeValueAsString(json(published));
        mvc.perform(put("/api/documents/" + published).with(RESEARCHER).contentType(MediaType.APPLICATION_JSON).content(publishedJson))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/documents/" + published).with(ARCHIVIST).contentType(MediaType.APPLICATION_JSON).content(publishedJson))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/documents/" + published).with(user("eve").roles("EDITOR")).contentType(MediaType.APPLICATION_JSON)
                        .content(publishedJson))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));
    }

    @Test
    void anArchivistLinksAnUnresolvedReferenceFromTheQueueToADocumentFoundBySearch() throws Exception {
        String citing = catalog.create(richDraft("Citing telegram with Embtel 634"), DocumentStatus.DRAFT, "importer");
        // a memorandum, with no telegram number: the person links what the matcher could not
        String target = catalog.create(org.cablearchive.records.DocumentDraft.titled(
                org.cablearchive.records.DocumentType.MEMORANDUM, "Quibbleflax memorandum, the one named",
                org.cablearchive.records.Body.of("<body><p>Memorandum.</p></body>")),
                DocumentStatus.DRAFT, "importer");
        Document queue = Jsoup.parse(mvc.perform(get("/references/unresolved").param("kind", "EMBTEL").with(ARCHIVIST))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(queue.select(".queue__table a[href='/documents/" + citing + "']")).hasSize(1);
        assertThat(queue.select(".queue__kinds a").eachText()).contains("All", "EMBTEL");
        // newest documents first
        assertThat(queue.select(".queue__table tbody tr").first().select("a").first().attr("href"))
                .isIn("/documents/" + target, "/documents/" + citing);
        assertThat(mvc.perform(get("/references/unresolved").param("kind", "DEPTEL").with(ARCHIVIST))
                .andReturn().getResponse().getContentAsString()).doesNotContain("/documents/" + citing + "\"");
        mvc.perform(get("/references/unresolved").with(RESEARCHER)).andExpect(status().isForbidden());

        Document candidates = Jsoup.parse(mvc.perform(get("/references/candidates").param("q", "Quibbleflax")
                        .param("document", citing).param("key", "xr1").header("HX-Request", "true").with(ARCHIVIST))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(candidates.select("form input[name=target]").eachAttr("value")).containsExactly(target);
        Document pick = Jsoup.parse(mvc.perform(get("/references/candidates").param("q", "Quibbleflax")
                .param("field", "ref-target-0").with(ARCHIVIST)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(pick.select("h1").text()).contains("Find the document");
        assertThat(pick.select("button[data-fill=ref-target-0]").attr("data-value")).isEqualTo(target);

        long version = json(citing).get("version").asLong();
        mvc.perform(post("/references/link").param("document", citing).param("key", "xr1").param("target", target)
                        .param("kind", "EMBTEL").with(ARCHIVIST).with(csrf()))
                .andExpect(status().is3xxRedirection());
        ObjectNode linked = json(citing);
        assertThat(linked.get("references").get(0).get("target").asString()).isEqualTo(target);
        assertThat(linked.get("version").asLong()).isEqualTo(version + 1);
        assertThat(jdbc.sql("select action from document_revision where document_id = ? order by number desc limit 1")
                .param(citing).query(String.class).single()).isEqualTo("LINKED");
        assertThat(mvc.perform(get("/references/unresolved").with(ARCHIVIST)).andReturn().getResponse().getContentAsString())
                .doesNotContain("href=\"/documents/" + citing + "\"");

        // an edit of the text keeps the link
        ObjectNode doc = json(citing);
        doc.put("body", doc.get("body").asString() + "\n\nA new paragraph.");
        mvc.perform(put("/api/documents/" + citing).with(ARCHIVIST).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(doc))).andExpect(status().isOk());
        assertThat(json(citing).get("references").get(0).get("target").asString()).isEqualTo(target);

        mvc.perform(post("/references/link").param("document", citing).param("key", "xr1").param("target", "no-such-document")
                        .with(ARCHIVIST).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(r.getFlashMap().get("flashError").toString()).contains("no-such-document"));
    }
}
