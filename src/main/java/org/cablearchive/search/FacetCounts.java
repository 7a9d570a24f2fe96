package org.cablearchive.search;

import static org.cablearchive.search.index.IndexFields.ALL_FACET_VALUES;
import static org.cablearchive.search.index.IndexFields.DECADE;
import static org.cablearchive.search.index.IndexFields.MONTH;
import static org.cablearchive.search.index.IndexFields.YEAR;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.LongHeap;

/**
 * A search's facet counts as the page and the API give them, gathered from the counts by ordinal of one
 * {@link FacetPass}: each facet's values ranked by their documents and named, and the hits' own years and months
 * for the timeline.
 */
final class FacetCounts {

    private FacetCounts() {
    }

    /**
     * Each facet's values with their counts (hits and near-hits: see {@link FacetPass}), at most {@code facetValues}
     * of each but years, decades and months; {@code timeline-month} (and {@code timeline-year} when years are chosen)
     * the hits' own counts, for the timeline. A facet's values take a run of ordinals, in the order of the values:
     * each run is ranked by its counts, and only the values returned are named.
     */
    static Map<String, Map<String, Long>> of(IndexSearcher searcher, FacetOrdinals.Field values, FacetPass.Result r,
                                             int facetValues, boolean yearChosen) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        SortedSetDocValues[] opened = new SortedSetDocValues[leaves.size()];
        long[] hits = r.hits();
        long[] sideways = r.sideways();
        long[] both = new long[hits.length];
        for (int o = 0; o < both.length; o++) {
            both[o] = hits[o] + sideways[o];
        }
        Map<String, Map<String, Long>> all = new LinkedHashMap<>();
        for (String facet : SearchRequest.FACETS) {
            int[] run = values.run(leaves, ALL_FACET_VALUES, facet, opened);
            boolean whole = facet.equals(YEAR) || facet.equals(DECADE);
            int[] shown = whole ? inOrder(both, run[0], run[1]) : ranked(both, run[0], run[1], facetValues);
            all.put(facet, named(values, leaves, opened, shown, both));
        }
        int[] months = values.run(leaves, ALL_FACET_VALUES, MONTH, opened);
        all.put("timeline-" + MONTH, named(values, leaves, opened, inOrder(hits, months[0], months[1]), hits));
        if (yearChosen) {
            int[] years = values.run(leaves, ALL_FACET_VALUES, YEAR, opened);
            all.put("timeline-" + YEAR, named(values, leaves, opened, inOrder(hits, years[0], years[1]), hits));
        }
        return all;
    }

    /** The values of these ordinals with their counts, in the ordinals' order given. */
    private static Map<String, Long> named(FacetOrdinals.Field values, List<LeafReaderContext> leaves,
                                           SortedSetDocValues[] opened, int[] ordinals, long[] counts)
            throws IOException {
        Map<String, Long> named = new LinkedHashMap<>();
        for (int o : ordinals) {
            FacetOrdinals.Split split = values.split(leaves, ALL_FACET_VALUES, o, opened);
            if (split != null) {
                named.put(split.value(), counts[o]);
            }
        }
        return named;
    }

    /** The ordinals of {@code [from, to)} with documents, in order. */
    static int[] inOrder(long[] counts, int from, int to) {
        int n = 0;
        for (int o = from; o < to; o++) {
            if (counts[o] > 0) {
                n++;
            }
        }
        int[] found = new int[n];
        int k = 0;
        for (int o = from; o < to; o++) {
            if (counts[o] > 0) {
                found[k++] = o;
            }
        }
        return found;
    }

    /**
     * The ordinals of {@code [from, to)} with most documents (ties in the ordinals', that is the values', order), at
     * most {@code limit}, most first; those with none are left out.
     */
    static int[] ranked(long[] counts, int from, int to, int limit) {
        // Each ordinal as one number that sorts as wanted: most documents first, then the ordinal. The best are kept in
        // a heap of {@code limit} (negated: the heap keeps the largest), not found by sorting every value.
        LongHeap best = new LongHeap(Math.max(1, limit));
        for (int o = from; o < to && limit > 0; o++) {
            if (counts[o] > 0) {
                best.insertWithOverflow(-((long) (Integer.MAX_VALUE - (int) Math.min(counts[o], Integer.MAX_VALUE)) << 32 | o));
            }
        }
        int[] ordinals = new int[best.size()];
        for (int k = ordinals.length - 1; k >= 0; k--) {
            ordinals[k] = (int) (-best.pop() & 0xFFFFFFFFL);
        }
        return ordinals;
    }

    /** The {@code limit} values with most documents, most first (ties in the values' order). */
    static Map<String, Long> top(Map<String, Long> counts, int limit) {
        Map<String, Long> top = new LinkedHashMap<>();
        counts.entrySet().stream().sorted((a, b) -> {
            int byCount = Long.compare(b.getValue(), a.getValue());
            return byCount != 0 ? byCount : a.getKey().compareTo(b.getKey());
        }).limit(limit).forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }
}
