package org.cablearchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cablearchive.ingest.volumes.VolumeImporter;
import org.cablearchive.search.SearchResult.FacetValue;
import org.cablearchive.testing.ArchiveTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ArchiveTest
class DocumentSearchTest {

    @Autowired
    ArchiveSearch search;

    @Autowired
    SearchIndex index;

    @Autowired
    VolumeImporter importer;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void volumes() throws Exception {
        SearchVolumes.load(importer, search, index);
    }

    private SearchResult run(String q, Map<String, List<String>> filters, org.cablearchive.accounts.Reader reader) {
        return search.search(new SearchRequest(q, filters, null, null, SearchRequest.Sort.RELEVANCE, 1), reader);
    }

    private static Map<String, Long> counts(SearchResult r, String facet) {
        Map<String, Long> m = new HashMap<>();
        for (FacetValue v : r.facets().get(facet)) {
            if (v.count() > 0) {
                m.put(v.value(), v.count());
            }
        }
        return m;
    }

    private Map<String, Long> sqlCounts(String column, String volume) {
        Map<String, Long> m = new HashMap<>();
        jdbc.sql("select " + column + ", count(*) from document where volume_id = ? and status = 'PUBLISHED' and "
                        + column + " is not null group by 1")
                .param(volume).query((rs, n) -> m.put(rs.getString(1), rs.getLong(2))).list();
        return m;
    }

    @Test
    void facetCountsOfAVolumeEqualCountsTakenInSql() {
        SearchResult r = run("", Map.of("volume", List.of(SearchVolumes.V1951)), org.cablearchive.testing.Readers.PUBLIC);
        long documents = jdbc.sql("select count(*) from document where volume_id = ? and status = 'PUBLISHED'")
                .param(SearchVolumes.V1951).query(Long.class).single();
        assertThat(r.total()).isEqualTo(documents);
        assertThat(counts(r, "type")).isEqualTo(sqlCounts("type", SearchVolumes.V1951));
        assertThat(counts(r, "classification")).isEqualTo(sqlCounts("classification", SearchVolumes.V1951));
        assertThat(counts(r, "precedence")).isEqualTo(sqlCounts("precedence", SearchVolumes.V1951));
        assertThat(counts(r, "place")).isEqualTo(sqlCounts("btrim(place)", SearchVolumes.V1951));
        assertThat(counts(r, "year")).isEqualTo(sqlCounts("extract(year from date_earliest)::int::text", SearchVolumes.V1951));
    }

    @Test
    void everyFacetValuePassedBackNarrowsToExactlyItsCount() {
        SearchResult r = run("Taipei", Map.of("volume", List.of(SearchVolumes.V1951)), org.cablearchive.testing.Readers.PUBLIC);
        assertThat(r.total()).isPositive();
        for (String facet : List.of("type", "classification", "precedence", "sender", "place", "year", "file", "footnoted", "person")) {
            for (FacetValue v : r.facets().get(facet)) {
                SearchResult narrowed = run("Taipei", Map.of("volume", List.of(SearchVolumes.V1951), facet, List.of(v.value())), org.cablearchive.testing.Readers.PUBLIC);
                assertThat(narrowed.total()).as(facet + "=" + v.value()).isEqualTo(v.count());
            }
        }
    }

    @Test
    void aChosenFacetIsCountedOverEveryOtherFilterAndTheTimelineOverTheResults() {
        Map<String, List<String>> chosen = Map.of("volume", List.of(SearchVolumes.V1951), "type", List.of("TELEGRAM"),
                "classification", List.of("SECRET"), "year", List.of("1951"));
        SearchResult r = run("Taipei", chosen, org.cablearchive.testing.Readers.PUBLIC);
        assertThat(r.total()).isPositive();
        for (String facet : List.of("type", "classification", "year", "precedence")) {
            for (FacetValue v : r.facets().get(facet)) {
                Map<String, List<String>> narrowed = new HashMap<>(chosen);
                narrowed.put(facet, List.of(v.value()));
                assertThat(run("Taipei", narrowed, org.cablearchive.testing.Readers.PUBLIC).total()).as(facet + "=" + v.value()).isEqualTo(v.count());
            }
        }
        assertThat(r.facets().get("type")).filteredOn(v -> !v.value().equals("TELEGRAM")).isNotEmpty();
        assertThat(r.timeline().stream().mapToLong(SearchResult.Period::count).sum()).isEqualTo(r.total());
    }

    @Test
    void abbreviationsFindTheirExpansionsAndTheReverse() {
        // Documents of the 1951 volume that say "Embtel" but never "embassy telegram"...
        List<String> embtelOnly = jdbc.sql("""
                        select id from document where volume_id = ? and status = 'PUBLISHED'
                          and body ~* '\\membtel\\M' and body !~* 'embassy\\s+telegram'""")
                .param(SearchVolumes.V1951).query(String.class).list();
        assertThat(embtelOnly).isNotEmpty();
        SearchResult expansion = search.search(new SearchRequest("embassy telegram",
                Map.of("volume", List.of(SearchVolumes.V1951)), null, null, SearchRequest.Sort.RELEVANCE, 1), org.cablearchive.testing.Readers.PUBLIC);
        assertThat(allIds("embassy telegram", SearchVolumes.V1951)).containsAll(embtelOnly);
        assertThat(expansion.total()).isGreaterThanOrEqualTo(embtelOnly.size());

        // ...and documents that say "government" but never "Govt" are found by "Govt".
        List<String> governmentOnly = jdbc.sql("""
                        select id from document where volume_id = ? and status = 'PUBLISHED'
                          and body ~* '\\mgovernment\\M' and body !~* '\\mgovt\\M'""")
                .param(SearchVolumes.V1951).query(String.class).list();
        assertThat(governmentOnly).isNotEmpty();
        assertThat(allIds("Govt", SearchVolumes.V1951)).containsAll(governmentOnly);
        // "Sov Govt" and "Soviet government" find the same documents.
        assertThat(allIds("Sov Govt", SearchVolumes.V1951)).containsExactlyInAnyOrderElementsOf(allIds("Soviet government", SearchVolumes.V1951));
    }

    @Test
    void aWordAndItsAbbreviationFindTheSameDocumentsWhicheverIsTyped() {
        for (String[] pair : new String[][] {{"Govt", "government"}, {"GOI", "Government of India"}, {"Govts", "governments"},
                {"Embtel", "embassy telegram"}, {"U.S.", "United States"}, {"HMG", "His Majesty’s Government"}}) {
            List<String> abbreviation = allIds(pair[0], null);
            assertThat(abbreviation).as(pair[0]).isNotEmpty();
            assertThat(abbreviation).as(pair[0] + " / " + pair[1]).containsExactlyInAnyOrderElementsOf(allIds(pair[1], null));
        }
        // Every term of the glossary that has one meaning, and whose meaning has no other abbreviation, finds what
        // its meaning finds (counted over the three volumes and every status): dotted acronyms ("U.S.", "P.L."),
        // hyphens ("anti-ballistic missile", "Secretary-General"), slashes ("IG/EUR"), possessives ("His Majesty’s").
        List<String> differ = new java.util.ArrayList<>();
        jdbc.sql("""
                        select min(abbreviation), min(expansion) from glossary_term g
                        where (select count(*) from glossary_term a where lower(a.abbreviation) = lower(g.abbreviation)) = 1
                          and (select count(*) from glossary_term e where lower(e.expansion) = lower(g.expansion)) = 1
                        group by g.id""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list().stream()
                .filter(pair -> QueryText.words(pair[1]).size() <= Abbreviations.LONGEST_EXPANSION) // longer: a definition
                .forEach(pair -> {
                    long a = search.count(request(pair[0]), org.cablearchive.testing.Readers.STAFF);
                    long e = search.count(request(pair[1]), org.cablearchive.testing.Readers.STAFF);
                    if (a != e) {
                        differ.add(pair[0] + " " + a + " / " + pair[1] + " " + e);
                    }
                });
        assertThat(differ).isEmpty();
    }

    private static SearchRequest request(String q) {
        return new SearchRequest(q, Map.of(), null, null, SearchRequest.Sort.RELEVANCE, 1);
    }

    private List<String> allIds(String q, String volume) {
        List<String> ids = new java.util.ArrayList<>();
        for (int page = 1; ; page++) {
            SearchResult r = search.search(new SearchRequest(q, volume == null ? Map.of() : Map.of("volume", List.of(volume)), null, null,
                    SearchRequest.Sort.RELEVANCE, page), org.cablearchive.testing.Readers.PUBLIC);
            r.hits().forEach(h -> ids.add(h.id()));
            if (page >= r.pageCount()) {
                return ids;
            }
        }
    }

    @Test
    void byRelevanceWithChosenFacetsThePagesHoldEachHitOnceTheSameHitsAsByDate() {
        Map<String, List<String>> chosen = Map.of("volume", List.of(SearchVolumes.V1951), "type", List.of("TELEGRAM"),
                "classification", List.of("SECRET", "TOP_SECRET", "CONFIDENTIAL", "RESTRICTED", "UNCLASSIFIED"));
        List<String> byRelevance = pages("government", chosen, SearchRequest.Sort.RELEVANCE);
        List<String> byDate = pages("government", chosen, SearchRequest.Sort.DATE);
        long total = run("government", chosen, org.cablearchive.testing.Readers.PUBLIC).total();

        assertThat(total).isGreaterThan(SearchRequest.PAGE_SIZE);
        assertThat(byRelevance).doesNotHaveDuplicates().hasSize((int) total);
        assertThat(byRelevance).containsExactlyInAnyOrderElementsOf(byDate);
    }

    private List<String> pages(String q, Map<String, List<String>> filters, SearchRequest.Sort sort) {
        List<String> ids = new java.util.ArrayList<>();
        for (int page = 1; ; page++) {
            SearchResult r = search.search(new SearchRequest(q, filters, null, null, sort, page), org.cablearchive.testing.Readers.PUBLIC);
            r.hits().forEach(h -> ids.add(h.id()));
            if (page >= r.pageCount()) {
                return ids;
            }
        }
    }

    @Test
    void aPhraseFindsOnlyThePhrase() {
        // No glossary term: the words alone may stand anywhere, the phrase only together.
        SearchResult words = run("political situation", Map.of("volume", List.of(SearchVolumes.V1951)), org.cablearchive.testing.Readers.PUBLIC);
        SearchResult phrase = run("\"political situation\"", Map.of("volume", List.of(SearchVolumes.V1951)), org.cablearchive.testing.Readers.PUBLIC);
        assertThat(phrase.total()).isPositive().isLessThan(words.total());
        for (String id : allIds("\"political situation\"", SearchVolumes.V1951)) {
            String text = jdbc.sql("""
                            select d.title || ' ' || regexp_replace(d.body, '<[^>]+>', ' ', 'g') || ' '
                                   || coalesce((select string_agg(f.text, ' ') from footnote f where f.document_id = d.id), '')
                                   || ' ' || coalesce(d.source_note, '')
                            from document d where d.id = ?""").param(id).query(String.class).single();
            assertThat(text.replaceAll("\\s+", " ").toLowerCase()).as(id).containsPattern("political situation");
        }
    }

    @Test
    void draftsAreNeverShownToThePublic() {
        SearchResult publicView = run("", Map.of("volume", List.of(SearchVolumes.DRAFTS)), org.cablearchive.testing.Readers.PUBLIC);
        assertThat(publicView.total()).isZero();
        assertThat(publicView.hits()).isEmpty();
        SearchResult everything = run("", Map.of(), org.cablearchive.testing.Readers.PUBLIC);
        assertThat(everything.facets().get("volume")).extracting(FacetValue::value).doesNotContain(SearchVolumes.DRAFTS);
        long drafts = jdbc.sql("select count(*) from document where volume_id = ?").param(SearchVolumes.DRAFTS)
                .query(Long.class).single();
        assertThat(run("", Map.of("volume", List.of(SearchVolumes.DRAFTS)), org.cablearchive.testing.Readers.STAFF).total()).isEqualTo(drafts).isPositive();
    }

    @Test
    void aCountAloneEqualsTheTotalOfTheFullSearch() {
        SearchRequest request = new SearchRequest("Soviet -Korea", Map.of("volume", List.of(SearchVolumes.V1951),
                "classification", List.of("SECRET", "TOP_SECRET")), "1951-01", "1951-06", SearchRequest.Sort.DATE, 2);
        for (org.cablearchive.accounts.Reader reader : List.of(org.cablearchive.testing.Readers.PUBLIC, org.cablearchive.testing.Readers.STAFF)) {
            long total = search.search(request, reader).total();
            assertThat(total).isPositive();
            assertThat(search.count(request, reader)).isEqualTo(total);
        }
        SearchRequest drafts = new SearchRequest("", Map.of("volume", List.of(SearchVolumes.DRAFTS)), null, null,
                SearchRequest.Sort.RELEVANCE, 1);
        assertThat(search.count(drafts, org.cablearchive.testing.Readers.PUBLIC)).isZero();
        assertThat(search.count(drafts, org.cablearchive.testing.Readers.STAFF)).isEqualTo(search.search(drafts, org.cablearchive.testing.Readers.STAFF).total()).isPositive();
    }

    @Test
    void aMalformedQueryIsReadAsWords() {
        Map<String, List<String>> v = Map.of("volume", List.of(SearchVolumes.V1951));
        Map<String, String> readAs = Map.of("\"unclosed phrase", "unclosed phrase", "((Taipei", "Taipei", "Taipei OR", "Taipei",
                "\"Taipei", "Taipei", "OR", "", "-", "", "- OR \"\" :", "");
        readAs.forEach((typed, words) -> assertThat(run(typed, v, org.cablearchive.testing.Readers.PUBLIC).total()).as(typed).isEqualTo(run(words, v, org.cablearchive.testing.Readers.PUBLIC).total()));
        assertThat(run("Taipei", v, org.cablearchive.testing.Readers.PUBLIC).total()).isPositive().isLessThan(run("", v, org.cablearchive.testing.Readers.PUBLIC).total());
    }

    @Test
    void orAndExclusionAndFieldPrefixes() {
        Map<String, List<String>> v = Map.of("volume", List.of(SearchVolumes.V1951));
        long taipei = run("Taipei", v, org.cablearchive.testing.Readers.PUBLIC).total();
        long delhi = run("Delhi", v, org.cablearchive.testing.Readers.PUBLIC).total();
        long both = run("Taipei Delhi", v, org.cablearchive.testing.Readers.PUBLIC).total();
        long either = run("Taipei OR Delhi", v, org.cablearchive.testing.Readers.PUBLIC).total();
        assertThat(either).isEqualTo(taipei + delhi - both);
        assertThat(run("Taipei -Delhi", v, org.cablearchive.testing.Readers.PUBLIC).total()).isEqualTo(taipei - both);
        SearchResult fromRankin = run("from:Rankin", v, org.cablearchive.testing.Readers.PUBLIC);
        assertThat(fromRankin.total()).isPositive();
        assertThat(fromRankin.facets().get("sender")).filteredOn(fv -> fv.count() > 0)
                .allSatisfy(fv -> assertThat(fv.label()).contains("Rankin"));
        SearchResult file = run("file:793B.00", v, org.cablearchive.testing.Readers.PUBLIC);
        assertThat(file.total()).isEqualTo(jdbc.sql("select count(*) from document where volume_id = ? and status = 'PUBLISHED' and file_number ilike '793B.00%'")
                .param(SearchVolumes.V1951).query(Long.class).single());
    }
}
