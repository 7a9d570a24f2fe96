package org.cablearchive.records.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.cablearchive.ingest.volumes.VolumeImporter;
import org.cablearchive.testing.ArchiveTest;
import org.cablearchive.testing.TestVolumes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Long lists read by key: the documents (by page number, and by the pager's places), the persons index with its
 * search box, and a person's documents 50 at a time with their count.
 */
@ArchiveTest
class ListsByKeyTest {

    private static final String VOLUME = "keyed-lists";
    private static final String DRAFTS = "keyed-lists-drafts";

    @Autowired
    MockMvc mvc;

    @Autowired
    VolumeImporter importer;

    @Autowired
    JdbcClient jdbc;

    private static long named;
    private static long accented;

    @BeforeEach
    void importOnce() {
        if (named != 0) {
            return;
        }
        TestVolumes.importSmall(importer, VOLUME, 60, false);
        TestVolumes.importSmall(importer, DRAFTS, 5, true);
        // A person named in 57 published documents (twice in some) and in the drafts, and one with accents.
        named = jdbc.sql("insert into person (name, description) values ('Keyedlist, Avery', 'Named often') returning id")
                .query(Long.class).single();
        accented = jdbc.sql("insert into person (name) values ('Keyedlist-Chargé, Élodie') returning id").query(Long.class).single();
        jdbc.sql("""
                insert into person_mention (document_id, person_id, role, name_printed)
                select id, ?, 'MENTIONED', 'Avery' from document where volume_id in (?, ?)
                  and number_in_volume not in ('4', '9', '15')""").params(named, VOLUME, DRAFTS).update();
        jdbc.sql("""
                insert into person_mention (document_id, person_id, role, name_printed)
                select id, ?, 'SENDER', 'Avery' from document where volume_id = ? and number_in_volume::int < 10
                  and number_in_volume not in ('4', '9', '15')""")
                .params(named, VOLUME).update();
        // Dates, so that date order is not the volume's order: document n is dated 1950 + (n mod 7), day n.
        jdbc.sql("""
                update document set date_value = (1950 + number_in_volume::int % 7)::text || '-01-'
                                                 || lpad((number_in_volume::int % 28 + 1)::text, 2, '0'),
                       date_earliest = make_date(1950 + number_in_volume::int % 7, 1, number_in_volume::int % 28 + 1),
                       date_latest = make_date(1950 + number_in_volume::int % 7, 1, number_in_volume::int % 28 + 1)
                where volume_id = ?""").param(VOLUME).update();
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static List<String> ids(Document page) {
        return page.select(".doc-list .doc-summary__title a").eachAttr("href").stream()
                .map(h -> h.substring("/documents/".length())).toList();
    }

    private List<String> publicListBelow(long place, int n) {
        return jdbc.sql("select id from document where public_seq <= ? order by public_seq desc limit ?").params(place, n)
                .query(String.class).list();
    }

    @Test
    void theDocumentsListPagesByKeyAndEntersAtAnyPageNumber() throws Exception {
        long top = jdbc.sql("select max(public_seq) from document").query(Long.class).single();
        Document first = page(get("/documents"));
        assertThat(ids(first)).isEqualTo(publicListBelow(top, 20));
        assertThat(first.select("a[rel=prev]")).isEmpty();

        // "Older" continues exactly after the last document of the page, with nothing repeated or missed.
        String older = first.selectFirst("a[rel=next]").attr("href");
        assertThat(older).startsWith("/documents?after=");
        long last = jdbc.sql("select public_seq from document where id = ?").param(ids(first).get(19)).query(Long.class).single();
        Document second = page(get(older));
        assertThat(ids(second)).isEqualTo(publicListBelow(last - 1, 20));
        // ... and "Newer" goes back to the first page.
        assertThat(ids(page(get(second.selectFirst("a[rel=prev]").attr("href"))))).isEqualTo(ids(first));

        // ?page=N begins at the N-th twenty places from the newest, without counting the rows before it.
        assertThat(ids(page(get("/documents").param("page", "3")))).isEqualTo(publicListBelow(top - 40, 20));
        Document beyond = page(get("/documents").param("page", "10000000"));
        assertThat(ids(beyond)).isEmpty();
        assertThat(beyond.select(".empty a").attr("href")).isEqualTo("/documents");

        // The public never sees a draft; staff see the drafts too, in the order documents were entered.
        List<String> drafts = jdbc.sql("select id from document where volume_id = ?").param(DRAFTS).query(String.class).list();
        assertThat(ids(first)).doesNotContainAnyElementsOf(drafts);
        Document staff = page(get("/documents").with(user("a").roles("ARCHIVIST")));
        long staffTop = jdbc.sql("select max(list_seq) from document").query(Long.class).single();
        assertThat(ids(staff)).isEqualTo(jdbc.sql("select id from document where list_seq <= ? order by list_seq desc limit 20")
                .param(staffTop).query(String.class).list());
    }

    @Test
    void aPersonsPageCountsTheirDocumentsAndListsThem50AtATimeInDateOrder() throws Exception {
        Document first = page(get("/persons/{id}", named));
        assertThat(first.selectFirst("h1").text()).isEqualTo("Keyedlist, Avery");
        assertThat(first.select(".result-count").text()).contains("57 documents");
        assertThat(first.select(".result-count a").attr("href")).isEqualTo("/search?person=" + named + "&sort=date");
        List<String> expected = jdbc.sql("""
                        select id from document where volume_id = ? and number_in_volume not in ('4', '9', '15')
                        order by date_earliest, id""").param(VOLUME).query(String.class).list();
        assertThat(expected).hasSize(57);
        assertThat(ids(first)).isEqualTo(expected.subList(0, 50));
        Document second = page(get(first.selectFirst("a[rel=next]").attr("href")));
        assertThat(ids(second)).isEqualTo(expected.subList(50, 57));
        assertThat(second.select("a[rel=next]")).isEmpty();

        // Staff also see the drafts that name the person, counted too.
        Document staff = page(get("/persons/{id}", named).with(user("e").roles("EDITOR")));
        assertThat(staff.select(".result-count").text()).contains("61 documents");
        mvc.perform(get("/persons/{id}", 999_999_999L)).andExpect(status().isNotFound());
    }

    @Test
    void thePersonsIndexFindsNamesByAnyPartWhateverTheirCaseAndAccents() throws Exception {
        Document found = page(get("/persons").param("q", "KEYEDLIST"));
        assertThat(found.select("tbody tr a").eachText()).containsExactly("Keyedlist, Avery", "Keyedlist-Chargé, Élodie");
        assertThat(found.select("tbody tr").get(0).select("td").get(1).text()).isEqualTo("57");
        assertThat(page(get("/persons").param("q", "charge, elo")).select("tbody tr a").eachAttr("href"))
                .containsExactly("/persons/" + accented);
        assertThat(page(get("/persons").param("q", "ÉLODIE")).select("tbody tr a").eachText())
                .containsExactly("Keyedlist-Chargé, Élodie");
        assertThat(page(get("/persons").param("q", "50%_")).select(".empty").text()).contains("No person");

        // Paged by key: following "Next" from the start reaches every person once, in name order.
        long persons = jdbc.sql("select count(*) from person").query(Long.class).single();
        List<String> seen = new java.util.ArrayList<>();
        String href = "/persons";
        for (int pages = 0; href != null && pages < 1000; pages++) {
            Document p = page(get(java.net.URI.create(href)));
            seen.addAll(p.select("tbody tr td:first-child a").eachAttr("href"));
            var next = p.selectFirst("a[rel=next]");
            href = next == null ? null : next.attr("href");
        }
        assertThat(seen).hasSize((int) persons).doesNotHaveDuplicates();
        assertThat(page(get("/")).select("nav a[href=/persons]")).isNotEmpty();
    }

    @Test
    void aDocumentCitedByManyNamesTheFirstHundredOnly() throws Exception {
        String cited = VOLUME + "-d1";
        String many = "keyed-lists-citing";
        TestVolumes.importSmall(importer, many, 105, false);
        jdbc.sql("""
                insert into cross_reference (document_id, key, kind, label, target, target_document_id, position)
                select id, 'xr-many', 'DOCUMENT', 'see document 1', '#d1', ?, 90 from document where volume_id = ?""")
                .params(cited, many).update();
        Document page = page(get("/documents/{id}", cited));
        assertThat(page.select(".cited-by li")).hasSize(100);
        assertThat(page.select(".cited-by__more").text()).contains("first 100");
        assertThat(page.select(".cited-by li").get(0).text()).contains("see document 1");
    }
}
