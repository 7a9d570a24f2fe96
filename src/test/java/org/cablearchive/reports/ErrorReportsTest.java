package org.cablearchive.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.cablearchive.editorial.Editor;
import org.cablearchive.editorial.EditorialDesk;
import org.cablearchive.editorial.Redaction;
import org.cablearchive.records.Body;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.DocumentType;
import org.cablearchive.testing.ArchiveTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * "Report an error": any reader reports a passage of a document they can read; the report reaches the desk with the
 * passage in its context, never the public; the desk resolves it with a revision or declines it with a reason, and the
 * reader who sent it follows it on their shelf.
 */
@ArchiveTest
class ErrorReportsTest {

    static final RequestPostProcessor READER = user("reporter1").roles("RESEARCHER");
    static final RequestPostProcessor ARCHIVIST = user("arch-reports").roles("ARCHIVIST");
    static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired MockMvc mvc;
    @Autowired DocumentCatalog catalog;
    @Autowired EditorialDesk desk;
    @Autowired Redaction redaction;
    @Autowired JdbcClient jdbc;

    final Editor editor = new Editor("ed-reports", Set.of(org.cablearchive.accounts.Role.EDITOR));

    static DocumentDraft draft(String title, String text) {
        return DocumentDraft.EMPTY
                .withIdentification(g -> g.withType(DocumentType.TELEGRAM).withTitle(title))
                .withText(g -> g.withBody(Body.of("<body><p>" + text + "</p></body>")));
    }

    String publish(String title, String text) {
        return catalog.create(draft(title, text), DocumentStatus.PUBLISHED, "ed1");
    }

    /** Each test sends from an address of its own, so that the limit per address counts only its own reports. */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static String freshAddress() {
        return "10.9.0." + ADDRESSES.getAndIncrement();
    }

    MockHttpServletRequestBuilder report(String id, String passage, String problem) {
        return post("/documents/{id}/reports", id).param("passage", passage).param("problem", problem).with(csrf());
    }

    long reportsOn(String id) {
        return jdbc.sql("select count(*) from error_report where document_id = ?").param(id).query(Long.class).single();
    }

    Document page(String url, RequestPostProcessor who) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void thePublicReportsAPassageAndTheDeskSeesItInItsPlace() throws Exception {
        String id = publish("The Ambassador in Moscow to the Secretary", "The Soviet note of October 12 was delivered to "
                + "the Embassy at noon by the Deputy Foreign Minister, who said nothing of the proposal.");
        var reading = mvc.perform(get("/documents/" + id)).andReturn();
        assertThat(Jsoup.parse(reading.getResponse().getContentAsString()).select("#report a").attr("href"))
                .isEqualTo("/documents/" + id + "/report");
        assertThat(reading.getRequest().getSession(false)).as("reading a document opens no session").isNull();
        assertThat(reading.getResponse().getCookie("JSESSIONID")).as("nor sends a session cookie").isNull();
        Document form = Jsoup.parse(mvc.perform(get("/documents/{id}/report", id).param("passage", " at noon "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(form.select("form").attr("action")).isEqualTo("/documents/" + id + "/reports");
        assertThat(form.select("#report-passage").text()).isEqualTo("at noon");

        // Copied from the page with other quotation marks, case and line breaks: still the same passage.
        mvc.perform(report(id, "delivered to the EMBASSY\n at noon", "The printed volume says 'at midnight'.")
                        .param("contact", "historian@example.org").with(from(freshAddress())))
                .andExpect(redirectedUrl("/documents/" + id + "#report"))
                .andExpect(flash().attribute("reportNotice", "Thank you: your report reached the archivists."));
        assertThat(reportsOn(id)).isEqualTo(1);

        Document queue = page("/desk/reports", ARCHIVIST);
        assertThat(queue.select("tbody tr").text()).contains("delivered to the EMBASSY at noon", "at midnight");
        String reportUrl = queue.select("tbody tr a[href^=/desk/reports/]").stream()
                .filter(a -> a.closest("tr").text().contains("at midnight")).findFirst().orElseThrow().attr("href");
        Document detail = page(reportUrl, ARCHIVIST);
        assertThat(detail.select(".report__context mark").text()).isEqualTo("delivered to the Embassy at noon");
        assertThat(detail.select(".report__context").text()).contains("The Soviet note of October 12 was");
        assertThat(detail.text()).contains("historian@example.org", "by a reader who was not signed in");
        assertThat(page("/desk", ARCHIVIST).select("#q-reports").text()).isEqualTo("Reports of errors from readers");

        // Never to the public nor to researchers.
        mvc.perform(get(reportUrl).accept(org.springframework.http.MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/desk/reports").with(READER)).andExpect(status().isForbidden());
        assertThat(mvc.perform(get("/documents/" + id)).andReturn().getResponse().getContentAsString()).doesNotContain("at midnight");
    }

    @Test
    void aReportOfAPassageNotInTheDocumentIsRefusedAndKeepsWhatTheReaderWrote() throws Exception {
        String id = publish("The Secretary of State to the Embassy in London", "Please inform the Foreign Office at once.");
        var refused = mvc.perform(report(id, "the Quai d'Orsay", "wrong ministry").with(from(freshAddress())))
                .andExpect(redirectedUrl("/documents/" + id + "/report"))
                .andExpect(flash().attribute("reportErrors", List.of("This passage is not in the document as printed here. "
                        + "Select it on the page, or copy a few of its words exactly as they stand")))
                .andReturn();
        Document again = Jsoup.parse(mvc.perform(get("/documents/{id}/report", id)
                        .cookie(refused.getResponse().getCookie("JSESSIONID"))) // the flash travels in the session
                .andReturn().getResponse().getContentAsString());
        assertThat(again.select("#report-passage").text()).isEqualTo("the Quai d'Orsay");
        assertThat(again.select("#report-problem").text()).isEqualTo("wrong ministry");
        assertThat(again.select(".alert--error li").text()).startsWith("This passage is not in the document");
        mvc.perform(report(id, "Foreign Office", " ").with(from(freshAddress())))
                .andExpect(flash().attribute("reportErrors", List.of("Say what is wrong with the passage")));
        assertThat(reportsOn(id)).isZero();

        // Without the form's token nothing is received.
        mvc.perform(post("/documents/{id}/reports", id).param("passage", "Foreign Office").param("problem", "x"))
                .andExpect(status().isForbidden());
        assertThat(reportsOn(id)).isZero();
    }

    @Test
    void aDraftCannotBeReportedByThoseWhoCannotReadIt() throws Exception {
        String id = catalog.create(draft("A draft", "Unpublished words here."), DocumentStatus.DRAFT, "arch1");
        mvc.perform(report(id, "Unpublished words", "typo").with(from(freshAddress()))).andExpect(status().isNotFound());
        mvc.perform(get("/documents/{id}/report", id)).andExpect(status().isNotFound());
        mvc.perform(report(id, "Unpublished words", "typo").with(READER).with(from(freshAddress()))).andExpect(status().isNotFound());
        assertThat(reportsOn(id)).isZero();
    }

    @Test
    void aWithheldPassageCannotBeQuotedEvenByThoseWhoMayReadIt() throws Exception {
        String id = publish("The Embassy in Tehran to the Department", "The Shah spoke of quelzorium shipments for an hour. "
                + "Nothing else was said.");
        redaction.withhold(id, "spoke of quelzorium shipments", "1 line", "national security", editor);
        mvc.perform(report(id, "quelzorium shipments", "misspelt").with(user("ed-reports").roles("EDITOR"))
                        .with(from(freshAddress())))
                .andExpect(flash().attributeExists("reportErrors"));
        assertThat(reportsOn(id)).isZero();
        assertThat(jdbc.sql("select count(*) from error_report where passage ilike '%quelzorium%' or problem ilike '%quelzorium%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void oneAddressSendsAFewReportsAnHourAndNoMore() throws Exception {
        String id = publish("The Minister in Bern to the Secretary", "The Federal Council met on Tuesday to discuss the note.");
        String address = freshAddress();
        for (int i = 0; i < ErrorReports.PER_ADDRESS_PER_HOUR; i++) {
            mvc.perform(report(id, "Federal Council", "report " + i).with(from(address))).andExpect(status().is3xxRedirection());
        }
        mvc.perform(report(id, "Federal Council", "one too many").with(from(address))).andExpect(status().isTooManyRequests());
        assertThat(reportsOn(id)).isEqualTo(ErrorReports.PER_ADDRESS_PER_HOUR);
        mvc.perform(report(id, "Federal Council", "from elsewhere").with(from(freshAddress()))).andExpect(status().is3xxRedirection());
    }

    @Test
    void theDeskResolvesAReportWithARevisionOrDeclinesItAndTheReaderSeesWhich() throws Exception {
        String id = catalog.create(draft("The Consul in Tientsin to the Secretary", "Fighting reported near Tangku since dawn."),
                DocumentStatus.DRAFT, "arch1");
        desk.revise(id, draft("The Consul in Tientsin to the Secretary", "Fighting reported near Tangku since dawn."
                + " Refugees arriving."), desk.document(id, editor).version(), "before any report", editor);
        jdbc.sql("update document set status = 'PUBLISHED', published_at = now() where id = ?").param(id).update();

        mvc.perform(report(id, "near Tangku", "Should read Taku").with(READER).with(from(freshAddress())))
                .andExpect(flash().attribute("reportNotice", "Thank you: your report reached the archivists. Follow it on your shelf."));
        mvc.perform(report(id, "Refugees arriving", "Not in the printed text").with(READER).with(from(freshAddress())));
        long first = jdbc.sql("select id from error_report where document_id = ? and problem = 'Should read Taku'").param(id).query(Long.class).single();
        long second = jdbc.sql("select id from error_report where document_id = ? and problem like 'Not in%'").param(id).query(Long.class).single();

        Document shelf = page("/my", READER);
        assertThat(shelf.select("table").last().text()).contains("near Tangku", "Open");

        // A revision made before the report does not resolve it; one made after does.
        mvc.perform(post("/desk/reports/{id}/resolve", first).param("revision", "2").with(ARCHIVIST).with(csrf()))
                .andExpect(flash().attribute("reportError", "Revision 2 of this document was not made after the report arrived"));
        desk.revise(id, draft("The Consul in Tientsin to the Secretary", "Fighting reported near Taku since dawn. Refugees arriving."),
                desk.document(id, editor).version(), "report: Taku", editor);
        assertThat(page("/desk/reports/" + first, ARCHIVIST).select("#resolve-revision option").eachAttr("value")).containsExactly("3");
        mvc.perform(post("/desk/reports/{id}/resolve", first).param("revision", "3").with(ARCHIVIST).with(csrf()))
                .andExpect(redirectedUrl("/desk/reports/" + first));

        mvc.perform(post("/desk/reports/{id}/decline", second).param("reason", " ").with(ARCHIVIST).with(csrf()))
                .andExpect(flash().attribute("reportError", "Say why the report is declined: the reader who sent it will read it"));
        mvc.perform(post("/desk/reports/{id}/decline", second).param("reason", "The printed volume has these words.")
                .with(ARCHIVIST).with(csrf())).andExpect(redirectedUrl("/desk/reports/" + second));
        mvc.perform(post("/desk/reports/{id}/decline", first).param("reason", "again").with(ARCHIVIST).with(csrf()))
                .andExpect(flash().attribute("reportError", "This report was already decided (corrected)"));

        shelf = page("/my", READER);
        String mine = shelf.select("table").last().text();
        assertThat(mine).contains("Corrected", "Declined", "The printed volume has these words.");
        assertThat(page("/my", user("someone-else").roles("RESEARCHER")).text()).doesNotContain("near Tangku");
        assertThat(page("/desk/reports/" + first, ARCHIVIST).select("a[href$=/revisions/3]").text()).isEqualTo("revision 3");
        mvc.perform(get("/desk/reports/999999999").with(ARCHIVIST)).andExpect(status().isNotFound());
    }
}
