package org.cablearchive.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cablearchive.search.SearchRequest;
import org.cablearchive.search.SearchResult;
import org.junit.jupiter.api.Test;

/** The timeline picks its unit from the span of the results, and keeps empty periods without links. */
class TimelineTest {

    private static SearchResult result(String unit, List<SearchResult.Period> periods) {
        return new SearchResult(SearchRequest.of(new org.springframework.util.LinkedMultiValueMap<>()), 0, List.of(),
                Map.of(), periods, unit, List.of());
    }

    @Test
    void yearsAcrossMoreThanFifteenYearsAreDrawnAsDecadesWithTheirSums() {
        List<SearchResult.Period> periods = new ArrayList<>();
        for (int y = 1947; y <= 1971; y++) {
            periods.add(new SearchResult.Period(String.valueOf(y), y % 3));
        }
        Timeline t = Timeline.of(result("year", periods));
        assertThat(t.unit()).isEqualTo("decade");
        assertThat(t.bars()).extracting(Timeline.Bar::label).containsExactly("1940s", "1950s", "1960s", "1970s");
        Timeline.Bar fifties = t.bars().get(1);
        assertThat(fifties.from()).isEqualTo("1950");
        assertThat(fifties.to()).isEqualTo("1959");
        long expected = 0;
        for (int y = 1950; y <= 1959; y++) {
            expected += y % 3;
        }
        assertThat(fifties.count()).isEqualTo(expected);
        assertThat(t.caption()).isEqualTo("Documents per decade, 1940s – 1970s");
    }

    @Test
    void aFewYearsStayYearsAndEmptyOnesAtTheEndsAreLeftOut() {
        List<SearchResult.Period> periods = List.of(new SearchResult.Period("1949", 0),
                new SearchResult.Period("1950", 4), new SearchResult.Period("1951", 0), new SearchResult.Period("1952", 8),
                new SearchResult.Period("1953", 0));
        Timeline t = Timeline.of(result("year", periods));
        assertThat(t.unit()).isEqualTo("year");
        assertThat(t.bars()).extracting(Timeline.Bar::label).containsExactly("1950", "1951", "1952");
        assertThat(t.bars()).extracting(Timeline.Bar::empty).containsExactly(false, true, false);
        assertThat(t.bars()).extracting(Timeline.Bar::percent).containsExactly(50, 0, 100);
        assertThat(t.bars().get(2).description()).isEqualTo("1952: 8 documents");
    }

    @Test
    void monthsReadAsMonthsAndNarrowToTheMonth() {
        Timeline t = Timeline.of(result("month", List.of(new SearchResult.Period("1951-09", 1),
                new SearchResult.Period("1951-10", 3))));
        assertThat(t.bars()).extracting(Timeline.Bar::label).containsExactly("Sep 1951", "Oct 1951");
        assertThat(t.bars().get(1).from()).isEqualTo("1951-10");
        assertThat(t.bars().get(1).to()).isEqualTo("1951-10");
        assertThat(t.bars().get(0).description()).isEqualTo("Sep 1951: 1 document");
    }

    @Test
    void noResultsNoTimeline() {
        assertThat(Timeline.of(result("year", List.of(new SearchResult.Period("1951", 0)))).isEmpty()).isTrue();
    }
}
