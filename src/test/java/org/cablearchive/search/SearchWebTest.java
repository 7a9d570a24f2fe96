package org.cablearchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.cablearchive.ingest.volumes.VolumeImporter;
import org.cablearchive.testing.ArchiveTest;
import org.cablearchive.testing.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ArchiveTest
class SearchWebTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    VolumeImporter importer;

    @Autowired
    ArchiveSearch search;

    @Autowired
    SearchIndex index;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void volumes() throws Exception {
        SearchVolumes.load(importer, search, index);
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private JsonNode api(String url) throws Exception {
        return JSON.readTree(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void theSearchPageShowsHitsFacetsAndTimelineAndChangingTheOrderKeepsTheFilters() throws Exception {
        Document html = Jsoup.parse(page("/search?q=Taipei&volume=" + SearchVolumes.V1951 + "&type=TELEGRAM"));
        assertThat(html.select("ol.hits > li")).isNotEmpty();
        assertThat(html.select(".facet__title").eachText()).contains("Classification", "When");
        assertThat(html.select(".timeline svg rect.timeline__bar")).isNotEmpty();
        Element dateOrder = html.select(".sort a").first();
        assertThat(dateOrder.text()).isEqualTo("date");
        assertThat(dateOrder.attr("href")).contains("q=Taipei", "volume=" + SearchVolumes.V1951, "type=TELEGRAM", "sort=date");

        Document byDate = Jsoup.parse(page(dateOrder.attr("href")));
        assertThat(byDate.select(".chip").eachText()).anySatisfy(t -> assertThat(t).contains("Telegram"));
        assertThat(byDate.select(".sort strong").text()).isEqualTo("date");
        List<String> dates = new ArrayList<>(); // ids in the order given
        for (JsonNode hit : api("/api/search?q=Taipei&volume=" + SearchVolumes.V1951 + "&type=TELEGRAM&sort=date").get("hits")) {
            dates.add(hit.get("id").asString());
        }
        assertThat(dates).isNotEmpty();
        List<java.time.LocalDate> earliest = new ArrayList<>();
        for (String id : dates) {
            earliest.add(jdbc.sql("select date_earliest from document where id = ?").param(id).query(java.time.LocalDate.class).single());
        }
        assertThat(earliest).as("in date order").isSortedAccordingTo(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
    }

    @Test
    void withHtmxOnlyTheResultsAreSentAndEveryFilterCanBeRemovedWithOneClick() throws Exception {
        String fragment = mvc.perform(get("/search?q=Taipei&type=TELEGRAM").header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).doesNotContain("<html").contains("id=\"search-results\"");
        Document html = Jsoup.parse(fragment);
        Element chip = html.select(".chip").stream().filter(c -> c.text().contains("Telegram")).findFirst().orElseThrow();
        assertThat(chip.attr("href")).contains("q=Taipei").doesNotContain("type=");
        assertThat(chip.attr("hx-get")).isEqualTo(chip.attr("href"));
        // A history restore asks for the whole page.
        String restore = mvc.perform(get("/search?q=Taipei").header("HX-Request", "true").header("HX-History-Restore-Request", "true"))
                .andReturn().getResponse().getContentAsString();
        assertThat(restore).contains("<html");
    }

    @Test
    void theApiAnswersInItsDocumentedShapeAndEachFacetValueNarrowsToItsCount() throws Exception {
        JsonNode r = api("/api/search?q=Sov+Govt&volume=" + SearchVolumes.V1951);
        assertThat(r.get("total").asLong()).isPositive();
        assertThat(r.get("page").asInt()).isEqualTo(1);
        JsonNode hit = r.get("hits").get(0);
        for (String field : List.of("id", "title", "date", "volume", "classification", "precedence", "snippet")) {
            assertThat(hit.has(field)).as(field).isTrue();
        }
        for (String facet : SearchRequest.FACETS) {
            assertThat(r.get("facets").has(facet)).as(facet).isTrue();
        }
        for (JsonNode v : r.get("facets").get("classification")) {
            JsonNode narrowed = api("/api/search?q=Sov+Govt&volume=" + SearchVolumes.V1951 + "&classification=" + v.get("value").asString());
            assertThat(narrowed.get("total").asLong()).isEqualTo(v.get("count").asLong());
        }
        long inTimeline = 0;
        for (JsonNode p : r.get("timeline")) {
            inTimeline += p.get("count").asLong();
        }
        assertThat(inTimeline).isEqualTo(r.get("total").asLong());
    }

    @Test
    void snippetsMarkTheWordsSearchedForAndAreLeftOutWhenAskedSoTheRestOfTheAnswerStaysTheSame() throws Exception {
        JsonNode with = api("/api/search?q=Taipei&volume=" + SearchVolumes.V1951);
        JsonNode without = api("/api/search?q=Taipei&volume=" + SearchVolumes.V1951 + "&snippets=false");
        assertThat(with.get("total").asLong()).isPositive().isEqualTo(without.get("total").asLong());
        assertThat(with.get("facets")).isEqualTo(without.get("facets"));
        List<String> marked = new ArrayList<>();
        for (int i = 0; i < with.get("hits").size(); i++) {
            assertThat(with.get("hits").get(i).get("id")).isEqualTo(without.get("hits").get(i).get("id"));
            assertThat(without.get("hits").get(i).get("snippet").isNull()).isTrue();
            JsonNode snippet = with.get("hits").get(i).get("snippet");
            if (!snippet.isNull() && snippet.asString().contains("<em>")) {
                marked.add(snippet.asString());
            }
        }
        // The marks are the words searched for, not the filters' values (a volume id marks nothing).
        assertThat(marked).isNotEmpty().allSatisfy(s -> assertThat(s).containsIgnoringCase("<em>Taipei</em>"));
    }

    @Test
    void thePublicNeverSeesADraftInThePageTheApiTheFacetsOrTheSnippets() throws Exception {
        String draftTitle = jdbc.sql("select title from document where volume_id = ? order by position_in_volume limit 1")
                .param(SearchVolumes.DRAFTS).query(String.class).single();
        JsonNode publicView = api("/api/search?volume=" + SearchVolumes.DRAFTS);
        assertThat(publicView.get("total").asLong()).isZero();
        String all = mvc.perform(get("/api/search?q=" + java.net.URLEncoder.encode(draftTitle, java.nio.charset.StandardCharsets.UTF_8)))
                .andReturn().getResponse().getContentAsString();
        assertThat(all).doesNotContain(SearchVolumes.DRAFTS);
        String html = page("/search?q=" + java.net.URLEncoder.encode(draftTitle, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(html).doesNotContain(SearchVolumes.DRAFTS);
        JsonNode staff = JSON.readTree(mvc.perform(get("/api/search?volume=" + SearchVolumes.DRAFTS)
                        .with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(staff.get("total").asLong()).isPositive();
    }

    @Test
    void aBadDateAnswers400WithItsExplanationAndTheSearchWithoutIt() throws Exception {
        Document html = Jsoup.parse(mvc.perform(get("/search?q=Taipei&from=October")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString());
        assertThat(html.select(".alert--error").text()).contains("not a date");
        assertThat(html.select("ol.hits > li")).isNotEmpty();
    }

    @Test
    void anySearchIsAFeedOfItsNewestPublicationsAndNeverOfDrafts() throws Exception {
        var response = mvc.perform(get("/search.atom?q=Taipei&volume=" + SearchVolumes.V1951)).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("application/atom+xml");
        Document feed = Jsoup.parse(response.getContentAsString(), "", org.jsoup.parser.Parser.xmlParser());
        long total = api("/api/search?q=Taipei&volume=" + SearchVolumes.V1951).get("total").asLong();
        assertThat(feed.select("feed > entry")).hasSize((int) Math.min(total, SearchRequest.PAGE_SIZE));
        assertThat(feed.select("feed > title").text()).contains("Taipei");
        for (Element entry : feed.select("feed > entry")) {
            String href = entry.select("link").attr("href");
            String id = href.substring(href.lastIndexOf('/') + 1);
            assertThat(jdbc.sql("select status from document where id = ?").param(id).query(String.class).single())
                    .isEqualTo("PUBLISHED");
        }
        Document drafts = Jsoup.parse(mvc.perform(get("/search.atom?volume=" + SearchVolumes.DRAFTS)
                        .with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD)))
                .andReturn().getResponse().getContentAsString(), "", org.jsoup.parser.Parser.xmlParser());
        assertThat(drafts.select("feed > entry")).as("a feed is public, even when staff ask").isEmpty();
        // Newest publication first: the order the feed gives (the index keeps the time to the millisecond).
        List<java.time.Instant> published = new ArrayList<>();
        for (JsonNode hit : api("/api/search?volume=" + SearchVolumes.V12 + "&sort=published").get("hits")) {
            published.add(jdbc.sql("select published_at from document where id = ?").param(hit.get("id").asString())
                    .query(java.sql.Timestamp.class).single().toInstant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        }
        assertThat(published).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        // The search page links its feed.
        assertThat(Jsoup.parse(page("/search?q=Taipei")).select("a.feed-link").attr("href")).startsWith("/search.atom?q=Taipei");
    }
}
