package org.cablearchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;
import org.cablearchive.search.index.IndexFields;

/**
 * One pass over the documents that match the query text (and who may see them, and the dates) that gives, at once,
 * the exact total, the top hits, and the exact counts of every facet, following the rule of multi-select facets: a
 * document that passes every chosen facet is a hit and counts in every facet; one that fails exactly one chosen facet
 * counts in that facet only (so that choosing a second value of a facet shows what it adds); any other is skipped.
 *
 * <p>Every facet value of a document is in one field ({@link IndexFields#ALL_FACET_VALUES}, {@code facet␟value}), so a
 * hit's facets are read with one lookup, as Lucene's own facet module reads them. Counts are kept by that field's
 * ordinals: {@code hits} counts the hits' values, {@code sideways} the values of the chosen facet each near-hit fails.
 * Segments are counted in parallel, each by its own ordinals into arrays of its own, added to the global ordinals'
 * counts once the segment is done.
 */
final class FacetPass implements CollectorManager<FacetPass.Slice, FacetPass.Result> {

    /** A chosen facet and its chosen values. */
    record Chosen(String facet, List<String> values) { }

    /**
     * The total, the hits' top documents (null when none were asked), and by global ordinal of the facet values the
     * hits' counts and the near-hits' counts (those failing one chosen facet, counted in that facet only).
     */
    record Result(long total, TopDocs top, long[] hits, long[] sideways) { }

    private final FacetOrdinals.Field values;
    private final List<Chosen> chosen;
    private final CollectorManager<Collector, ? extends TopDocs> top;

    @SuppressWarnings("unchecked")
    FacetPass(FacetOrdinals.Field values, List<Chosen> chosen, CollectorManager<? extends Collector, ? extends TopDocs> top) {
        this.values = values;
        this.chosen = chosen;
        this.top = (CollectorManager<Collector, ? extends TopDocs>) top;
    }

    @Override
    public Slice newCollector() throws IOException {
        return new Slice(top == null ? null : top.newCollector());
    }

    @Override
    public Result reduce(Collection<Slice> slices) throws IOException {
        long total = 0;
        long[] hits = new long[(int) values.valueCount()];
        long[] sideways = new long[hits.length];
        List<Collector> tops = new ArrayList<>();
        for (Slice s : slices) {
            total += s.total;
            for (int o = 0; o < hits.length; o++) {
                hits[o] += s.hits[o];
                sideways[o] += s.sideways[o];
            }
            if (s.top != null) {
                tops.add(s.top);
            }
        }
        return new Result(total, top == null ? null : top.reduce(tops), hits, sideways);
    }

    /** The collector of one slice of segments. */
    final class Slice implements Collector {
        private final Collector top;
        private final int[] hits = new int[(int) values.valueCount()];
        private final int[] sideways = new int[hits.length];
        private long total;

        Slice(Collector top) {
            this.top = top;
        }

        @Override
        public ScoreMode scoreMode() {
            if (top == null) {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
            return top.scoreMode().needsScores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            return new Segment(context, top == null ? null : top.getLeafCollector(context));
        }

        /**
         * One segment's collector. Its doc values and count arrays are opened at its first document: the searcher asks
         * for a collector of every segment, and a search for a rare word finds nothing in most of them.
         */
        private final class Segment implements LeafCollector {
            private final LeafReaderContext context;
            private final LeafCollector collected;
            private boolean open;
            private SortedSetDocValues dv;
            private LongValues global;
            private int[] localHits;
            private int[] localSideways;
            /** Per chosen facet: its values' ordinals in this segment, and the range of the facet's ordinals. */
            private FixedBitSet[] allowed;
            private int[] from;
            private int[] to;
            private int[] ords = new int[32];

            Segment(LeafReaderContext context, LeafCollector collected) {
                this.context = context;
                this.collected = collected;
            }

            private void open() throws IOException {
                open = true;
                dv = DocValues.getSortedSet(context.reader(), IndexFields.ALL_FACET_VALUES);
                global = values.globalOrds(context.ord);
                boolean identity = global == LongValues.IDENTITY;
                int count = (int) dv.getValueCount();
                localHits = identity ? hits : new int[count];
                localSideways = identity ? sideways : new int[count];
                int n = chosen.size();
                allowed = new FixedBitSet[n];
                from = new int[n];
                to = new int[n];
                for (int i = 0; i < n; i++) {
                    Chosen c = chosen.get(i);
                    allowed[i] = new FixedBitSet(Math.max(1, count));
                    for (String v : c.values()) {
                        long ord = dv.lookupTerm(new BytesRef(IndexFields.facetValue(c.facet(), v)));
                        if (ord >= 0) {
                            allowed[i].set((int) ord);
                        }
                    }
                    // The facet's values sort together: from "facet␟" up to (not including) "facet" + the next character.
                    from[i] = insertionPoint(dv.lookupTerm(new BytesRef(c.facet() + IndexFields.SEPARATOR)));
                    to[i] = insertionPoint(dv.lookupTerm(new BytesRef(c.facet() + (char) (IndexFields.SEPARATOR + 1))));
                }
            }

            private static int insertionPoint(long lookup) {
                return (int) (lookup >= 0 ? lookup : -lookup - 1);
            }

            @Override
            public void setScorer(Scorable scorer) throws IOException {
                if (collected != null) {
                    collected.setScorer(scorer);
                }
            }

            @Override
            public void collect(int doc) throws IOException {
                if (!open) {
                    open();
                }
                int k = 0;
                if (dv.advanceExact(doc)) {
                    k = dv.docValueCount();
                    if (k > ords.length) {
                        ords = new int[ArrayUtil.oversize(k, Integer.BYTES)];
                    }
                    for (int j = 0; j < k; j++) {
                        ords[j] = (int) dv.nextOrd();
                    }
                }
                int failed = -1;
                for (int i = 0; i < allowed.length; i++) {
                    if (!passes(i, k)) {
                        if (failed >= 0) {
                            return; // fails two chosen facets: counts nowhere
                        }
                        failed = i;
                    }
                }
                if (failed >= 0) {
                    int lo = from[failed];
                    int hi = to[failed];
                    for (int j = 0; j < k; j++) {
                        int o = ords[j];
                        if (o >= lo && o < hi) {
                            localSideways[o]++;
                        }
                    }
                    return;
                }
                total++;
                if (collected != null) {
                    collected.collect(doc);
                }
                int[] c = localHits;
                for (int j = 0; j < k; j++) {
                    c[ords[j]]++;
                }
            }

            /** Whether one of the document's values (its first {@code k} ordinals) is among the chosen facet's. */
            private boolean passes(int chosenFacet, int k) {
                FixedBitSet ok = allowed[chosenFacet];
                int lo = from[chosenFacet];
                int hi = to[chosenFacet];
                for (int j = 0; j < k; j++) {
                    int o = ords[j];
                    if (o >= lo && o < hi && ok.get(o)) {
                        return true;
                    }
                }
                return false;
            }

            @Override
            public void finish() throws IOException {
                if (collected != null) {
                    collected.finish();
                }
                if (!open || localHits == hits) {
                    return;
                }
                for (int o = 0; o < localHits.length; o++) {
                    if (localHits[o] != 0) {
                        hits[(int) global.get(o)] += localHits[o];
                    }
                    if (localSideways[o] != 0) {
                        sideways[(int) global.get(o)] += localSideways[o];
                    }
                }
            }
        }
    }
}
