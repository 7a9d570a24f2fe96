package org.cablearchive.editorial.web.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.cablearchive.records.Body;
import org.cablearchive.records.Classification;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.DocumentDate;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.DocumentType;
import org.cablearchive.records.Party;
import org.cablearchive.records.Precedence;
import org.cablearchive.records.PrintedPages;
import org.cablearchive.records.ReferenceKind;
import org.cablearchive.testing.ArchiveTest;
import org.cablearchive.testing.Seed;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The desk's entry and editing pages, through the real security chain, on the test PostgreSQL. */
@ArchiveTest
class EntryWebTest {

    static final RequestPostProcessor ARCHIVIST = user("ann").roles("ARCHIVIST");
    static final RequestPostProcessor OTHER_ARCHIVIST = user("bob").roles("ARCHIVIST");
    static final RequestPostProcessor RESEARCHER = user("rita").roles("RESEARCHER");

    /** Imported documents carry markup the plain-text form cannot write: persons, emphasis, a reference, a note. */
    static final String RICH_TEI = "<body><p>Re <ref corresp=\"#xr1\">Embtel 634, October 15</ref>. Mr. "
            + "<persName corresp=\"#p_KA1\">Kirk</persName> read <hi rend=\"italic\">the statement</hi>.<note n=\"1\" "
            + "xml:id=\"fn1\"/></p><pb n=\"12\"/><p>Second <supplied>page</supplied>.</p></body>";

    @Autowired
    MockMvc mvc;

    @Autowired
    DocumentCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    static DocumentDraft richDraft(String title) {
        return DocumentDraft.EMPTY
                .withIdentification(g -> g.withType(DocumentType.TELEGRAM).withTitle(title)
                        .withSourceNote("611.61/10–1651: Telegram").withFileNumber("611.61/10–1651"))
                .withDispatch(g -> g.withClassification(Classification.SECRET).withPrecedence(Precedence.PRIORITY)
                        .withHandling(List.of("NODIS")).withTelegramNumber("641"))
                .withCorrespondence(g -> g.withSender(new Party("Charge in the Soviet Union", "Cumming"))
                        .withRecipient(new Party("Secretary of State", null))
                        .withDate(DocumentDate.parse("1951-10-16")).withPlace("Moscow"))
                .withText(g -> g.withBody(Body.of(RICH_TEI))
                        .withFootnotes(List.of(new DocumentDraft.FootnoteDraft("fn1", "1", "Not printed.", "<note n=\"1\" xml:id=\"fn1\" type=\"source\">Not <hi rend=\"italic\">printed</hi>.</note>")))
                        .withReferences(List.of(new DocumentDraft.ReferenceDraft("xr1", ReferenceKind.EMBTEL, "634", java.time.LocalDate.of(1951, 10, 15), "Embtel 634, October 15", null)))
                        .withDistribution("Dept pass London.").withSignature("Cumming"))
                .withPages(new PrintedPages(11, 12, null, null));
    }

    private String html(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString();
    }

    private Document page(String url, RequestPostProcessor who) throws Exception {
        return Jsoup.parse(html(mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn()));
    }

    private String bodyOf(String id) {
        return jdbc.sql("select body from document where id = ?").param(id).query(String.class).single();
    }

    private String titleOf(String id) {
        return jdbc.sql("select title from document where id = ?").param(id).query(String.class).single();
    }

    private String newId(MvcResult r) {
        String location = r.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/documents/");
        return location.substring("/documents/".length());
    }

    @Test
    void theNewDocumentFormIsForStaffAndListsTheChoices() throws Exception {
        Document form = page("/documents/new", ARCHIVIST);
        assertThat(form.select("select#classification option").eachText()).contains("Top Secret", "Unclassified");
        assertThat(form.select("select#precedence option").eachText()).contains("Priority", "Niact");
        assertThat(form.select("input#senderName").attr("hx-get")).isEqualTo("/desk/people");
        assertThat(form.select("textarea#body").attr("hx-post")).isEqualTo("/documents/preview");
        assertThat(form.select(".staff-nav a").eachText()).contains("New document", "Paste a telegram", "Unresolved references");
        mvc.perform(get("/documents/new").with(RESEARCHER)).andExpect(status().isForbidden());
        mvc.perform(get("/documents/new")).andExpect(r -> assertThat(r.getResponse().getStatus()).isIn(302, 401));
        mvc.perform(get("/documents/paste").with(RESEARCHER)).andExpect(status().isForbidden());
    }

    @Test
    void mistakesComeBackBesideTheirFieldsInWordsAPersonCanActOn() throws Exception {
        long before = catalog.size();
        BrowserForm form = BrowserForm.of(page("/documents/new", ARCHIVIST).selectFirst("form.entry-form"))
                .set("title", "Mistaken entry").set("fileNumber", "611.61/15-1051").set("date", "1951-10-15")
                .set("dateUntil", "1951-10-02").set("pageStart", "1047").set("pageEnd", "1042").set("telegramNumber", "six")
                .set("body", "Some text.");
        Document answer = Jsoup.parse(html(mvc.perform(form.into(post("/documents/new")).with(ARCHIVIST).with(csrf()))
                .andExpect(status().isOk()).andReturn()));
        assertThat(answer.select("#fileNumber-error").text()).contains("611.61/10–1551");
        assertThat(answer.select("#dateUntil-error").text()).contains("ends before it begins");
        assertThat(answer.select("#pageEnd-error").text()).contains("comes before the first");
        assertThat(answer.select("#telegramNumber-error").text()).contains("e.g. 639");
        assertThat(answer.select("textarea#title").text()).isEqualTo("Mistaken entry");
        assertThat(catalog.size()).isEqualTo(before);

        form.set("fileNumber", "611.61/10-1551").set("dateUntil", "").set("pageStart", "").set("pageEnd", "")
                .set("telegramNumber", "").set("title", "");
        answer = Jsoup.parse(html(mvc.perform(form.into(post("/documents/new")).with(ARCHIVIST).with(csrf()))
                .andExpect(status().isOk()).andReturn()));
        assertThat(answer.select("#title-error").text()).contains("Give the title as printed");
        assertThat(catalog.size()).isEqualTo(before);
    }

    @Test
    void aNewDocumentIsADraftAndWhatWasTypedIsShownAsText() throws Exception {
        BrowserForm form = BrowserForm.of(page("/documents/new", ARCHIVIST).selectFirst("form.entry-form"))
                .set("title", "<script>alert('x')</script> The Ambassador to the Secretary")
                .set("classification", "CONFIDENTIAL").set("date", "1951-10-15").set("dateUntil", "1951-10-17")
                .set("senderName", "<b>Kirk</b>")
                .set("body", "First <script>alert(1)</script> paragraph.1\n\n[Page 7]\n\nRe Embtel 634, October 15. Second [of] one.")
                .set("footnotes[0].n", "1").set("footnotes[0].text", "A <i>note</i>.");
        MvcResult saved = mvc.perform(form.into(post("/documents/new")).with(ARCHIVIST).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String id = newId(saved);
        assertThat(saved.getFlashMap().get("flash").toString()).contains("Saved as a draft");
        assertThat(jdbc.sql("select status from document where id = ?").param(id).query(String.class).single())
                .isEqualTo(DocumentStatus.DRAFT.name());
        String page = html(mvc.perform(get("/documents/" + id).with(ARCHIVIST)).andExpect(status().isOk()).andReturn());
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<b>Kirk</b>").doesNotContain("<i>note</i>");
        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        var view = catalog.find(id, org.cablearchive.testing.Readers.STAFF).orElseThrow();
        assertThat(view.correspondence().date().iso()).isEqualTo("1951-10-15/1951-10-17");
        assertThat(view.pageBreaks()).containsExactly("7");
        assertThat(view.references()).extracting(r -> r.label()).containsExactly("Embtel 634, October 15");
        assertThat(bodyOf(id)).contains("<note n=\"1\" xml:id=\"fn1\"");
        // the editing form shows it as text too
        String edit = html(mvc.perform(get("/documents/" + id + "/edit").with(ARCHIVIST)).andExpect(status().isOk()).andReturn());
        assertThat(edit).doesNotContain("<script>alert");
    }

    @Test
    void aPastedTelegramIsReadBesideItsTextCorrectedAndSavedAsADraft() throws Exception {
        Document read = Jsoup.parse(html(mvc.perform(post("/documents/paste").param("text", Seed.text())
                .with(ARCHIVIST).with(csrf())).andExpect(status().isOk()).andReturn()));
        assertThat(read.select("textarea#text").text()).contains("611.61/10–1551: Telegram");
        assertThat(read.select("textarea#title").text()).isEqualTo(Seed.TITLE);
        assertThat(read.select("select#classification option[selected]").attr("value")).isEqualTo("TOP_SECRET");
        assertThat(read.select("input#telegramNumber").attr("value")).isEqualTo("639");
        assertThat(read.select("textarea#body").text()).startsWith("Re Embtel 634, October 15.");
        assertThat(read.select("input[name='footnotes[0].n']").attr("value")).isEqualTo("1");
        // The preview shows the reading at once, before anything is typed.
        assertThat(read.select("#preview .document__body").text()).contains("Re Embtel 634, October 15.");
        assertThat(read.select("#preview .preview__notes li")).hasSize(1);

        BrowserForm form = BrowserForm.of(read.selectFirst("form.entry-form")).set("place", "Moscow").set("save", "true");
        String id = newId(mvc.perform(form.into(post("/documents/paste")).with(ARCHIVIST).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn());
        var view = catalog.find(id, org.cablearchive.testing.Readers.STAFF).orElseThrow();
        assertThat(view.identification().title()).isEqualTo(Seed.TITLE);
        assertThat(view.status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(view.correspondence().place()).isEqualTo("Moscow");
        assertThat(view.pageBreaks()).containsExactly("1043", "1044", "1045", "1046", "1047");
        assertThat(view.pages().pageStart()).isEqualTo(1042);
        assertThat(view.footnotes()).hasSize(1);
        assertThat(view.body()).contains("economic ties between USA and Sov Union.1");

        Document unreadable = Jsoup.parse(html(mvc.perform(post("/documents/paste").param("text", "   ")
                .with(ARCHIVIST).with(csrf())).andExpect(status().isOk()).andReturn()));
        assertThat(unreadable.select(".alert--error").text()).contains("empty");
    }

    @Test
    void anUnchangedBodyKeepsItsTeiExactlyAndAChangedOneIsReadAgain() throws Exception {
        String id = catalog.create(richDraft("Imported-like telegram"), DocumentStatus.DRAFT, "importer");
        Document edit = page("/documents/" + id + "/edit", ARCHIVIST);
        assertThat(edit.text()).contains("its inline markup (persons, glossary terms, emphasis, lists) is replaced");
        BrowserForm form = BrowserForm.of(edit.selectFirst("form.entry-form"));
        assertThat(form.get("body")).isEqualTo("Re Embtel 634, October 15. Mr. Kirk read the statement.1\n\n[Page 12]\n\nSecond [page].");
        // a browser sends CRLF line ends: still the same text
        form.set("title", "Imported-like telegram, corrected").set("body", form.get("body").replace("\n", "\r\n"))
                .set("comment", "title only");
        mvc.perform(form.into(post("/documents/" + id + "/edit")).with(ARCHIVIST).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(titleOf(id)).isEqualTo("Imported-like telegram, corrected");
        assertThat(bodyOf(id)).isEqualTo(RICH_TEI);
        assertThat(jdbc.sql("select tei from footnote where document_id = ?").param(id).query(String.class).single())
                .contains("type=\"source\"");
        assertThat(jdbc.sql("select comment from document_revision where document_id = ? order by number desc limit 1")
                .param(id).query(String.class).single()).isEqualTo("title only");

        form = BrowserForm.of(page("/documents/" + id + "/edit", ARCHIVIST).selectFirst("form.entry-form"));
        form.set("body", form.get("body").replace("Second [page].", "Second [page], changed."));
        mvc.perform(form.into(post("/documents/" + id + "/edit")).with(ARCHIVIST).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(bodyOf(id)).doesNotContain("persName").contains("changed.").contains("<pb n=\"12\"/>")
                .contains("<supplied>page</supplied>").contains("xml:id=\"fn1\"");
    }

    @Test
    void theSecondOfTwoConcurrentSavesGetsTheMergePageAndChangesNothing() throws Exception {
        String id = catalog.create(richDraft("Concurrent telegram"), DocumentStatus.DRAFT, "importer");
        BrowserForm first = BrowserForm.of(page("/documents/" + id + "/edit", ARCHIVIST).selectFirst("form.entry-form"));
        BrowserForm second = BrowserForm.of(page("/documents/" + id + "/edit", OTHER_ARCHIVIST).selectFirst("form.entry-form"));
        assertThat(first.get("version")).isEqualTo(second.get("version"));

        mvc.perform(first.set("title", "Title by Ann").into(post("/documents/" + id + "/edit")).with(ARCHIVIST).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String bodyAfterFirst = bodyOf(id);
        long revisions = jdbc.sql("select count(*) from document_revision where document_id = ?").param(id).query(Long.class).single();

        second.set("title", "Title by Bob").set("place", "Leningrad")
                .set("body", second.get("body").replace("Second [page].", "Second [page], by Bob."));
        Document merge = Jsoup.parse(html(mvc.perform(second.into(post("/documents/" + id + "/edit")).with(OTHER_ARCHIVIST).with(csrf()))
                .andExpect(status().isConflict()).andReturn()));
        assertThat(titleOf(id)).isEqualTo("Title by Ann");
        assertThat(bodyOf(id)).isEqualTo(bodyAfterFirst);
        assertThat(jdbc.sql("select count(*) from document_revision where document_id = ?").param(id).query(Long.class).single())
                .isEqualTo(revisions);
        assertThat(merge.select("h1").text()).contains("Someone saved this document");
        assertThat(merge.select("input[type=radio][name=title]").eachAttr("value")).containsExactly("Title by Ann", "Title by Bob");
        assertThat(merge.select("input[type=radio][name=place]").eachAttr("value")).containsExactly("Moscow", "Leningrad");
        // every input of the form has its row, from the one list of the document's fields
        assertThat(merge.select(".merge-table input").eachAttr("name")).contains("type", "drafting", "handling", "date",
                "dateUntil", "senderRole", "senderName", "recipientRole", "recipientName", "participants", "pageStart", "pageEnd");
        assertThat(merge.select(".diff .diff-inserted").text()).contains("by Bob.");
        assertThat(merge.select("textarea#merge-body").text()).doesNotContain("by Bob");

        // Bob takes his place and his sentence, keeps Ann's title, and saves against the new version.
        BrowserForm merged = BrowserForm.of(merge.selectFirst("form.entry-form")).set("place", "Leningrad")
                .set("body", second.get("body"));
        assertThat(merged.get("version")).isNotEqualTo(first.get("version"));
        mvc.perform(merged.into(post("/documents/" + id + "/edit")).with(OTHER_ARCHIVIST).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var view = catalog.find(id, org.cablearchive.testing.Readers.STAFF).orElseThrow();
        assertThat(view.identification().title()).isEqualTo("Title by Ann");
        assertThat(view.correspondence().place()).isEqualTo("Leningrad");
        assertThat(view.body()).contains("by Bob.");
    }

    @Test
    void thePreviewShowsTheBodyAsItWillReadWithAndWithoutScripts() throws Exception {
        Document fragment = Jsoup.parse(html(mvc.perform(post("/documents/preview").header("HX-Request", "true")
                        .param("body", "One <b>bold</b> claim.1\n\n[Page 3]\n\nTwo.").param("footnotes[0].n", "1")
                        .param("footnotes[0].text", "A note.").with(ARCHIVIST).with(csrf()))
                .andExpect(status().isOk()).andReturn()));
        assertThat(fragment.select("#preview .document__body p")).hasSize(2);
        assertThat(fragment.select("#preview .document__body b")).isEmpty();
        assertThat(fragment.select("#preview .document__body").text()).contains("<b>bold</b>");
        assertThat(fragment.select("#preview .preview__notes li").text()).contains("A note.");

        String id = catalog.create(richDraft("Previewed telegram"), DocumentStatus.DRAFT, "importer");
        BrowserForm form = BrowserForm.of(page("/documents/" + id + "/edit", ARCHIVIST).selectFirst("form.entry-form"));
        Document page = Jsoup.parse(html(mvc.perform(form.set("body", "Changed text.").set("preview", "true")
                .into(post("/documents/" + id + "/edit")).with(ARCHIVIST).with(csrf())).andExpect(status().isOk()).andReturn()));
        assertThat(page.select("#preview .document__body").text()).contains("Changed text.");
        assertThat(page.select("textarea#body").text()).isEqualTo("Changed text.");
        assertThat(bodyOf(id)).isEqualTo(RICH_TEI);
    }

    @Test
    void senderAndRecipientFieldsSuggestPersonsOfTheArchive() throws Exception {
        jdbc.sql("insert into person (name, description) values ('Zebulon Quartermain', 'Chargé at Nowhere')").update();
        Document options = Jsoup.parse(html(mvc.perform(get("/desk/people").param("senderName", "zebulon q").with(ARCHIVIST))
                .andExpect(status().isOk()).andReturn()));
        assertThat(options.select("option").eachAttr("value")).containsExactly("Zebulon Quartermain");
        mvc.perform(get("/desk/people").param("senderName", "zebulon")).andExpect(r -> assertThat(r.getResponse().getStatus()).isIn(302, 401));
    }

    @Test
    void editingIsRefusedToThoseWhoMayNotAndNotFoundForThoseWhoMayNotSee() throws Exception {
        String draft = catalog.create(richDraft("Hidden draft"), DocumentStatus.DRAFT, "importer");
        String published = catalog.create(richDraft("Public telegram"), DocumentStatus.PUBLISHED, "importer");
        mvc.perform(get("/documents/" + draft + "/edit").with(RESEARCHER)).andExpect(status().isForbidden());
        mvc.perform(get("/documents/" + published + "/edit").with(ARCHIVIST)).andExpect(status().isForbidden());
        mvc.perform(get("/documents/" + published + "/edit").with(user("eve").roles("EDITOR"))).andExpect(status().isOk());
        mvc.perform(get("/documents/nothing-here/edit").with(ARCHIVIST)).andExpect(status().isNotFound());
    }
}
