package org.cablearchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;

/**
 * One pass over the documents that match the query text (and who may see them, and the dates) that gives, at once,
 * the exact total, the top hits, and the exact counts of every facet field, following the rule of multi-select
 * facets: a document that passes every chosen facet is a hit and counts in every field; one that fails exactly one
 * chosen facet counts in that facet only (so that choosing a second value of a facet shows what it adds); any other
 * is skipped. Segments are counted in parallel, each slice into arrays of its own, and the arrays added up at the end.
 */
final class FacetPass implements CollectorManager<FacetPass.Slice, FacetPass.Result> {

    /**
     * A field to count: {@code chosen} the facet's chosen values (empty: none chosen), {@code sideways} whether a
     * document that fails only this facet's choice still counts in it (a facet), or only hits count (the timeline).
     */
    record Counted(String field, List<String> chosen, boolean sideways, FacetOrdinals.Field ordinals) { }

    /** The total, the hits' top documents (null when none were asked), and per counted field the global counts. */
    record Result(long total, TopDocs top, List<long[]> counts) { }

    private final List<Counted> fields;
    private final CollectorManager<Collector, ? extends TopDocs> top;

    @SuppressWarnings("unchecked")
    FacetPass(List<Counted> fields, CollectorManager<? extends Collector, ? extends TopDocs> top) {
        this.fields = fields;
        this.top = (CollectorManager<Collector, ? extends TopDocs>) top;
    }

    @Override
    public Slice newCollector() throws IOException {
        return new Slice(top == null ? null : top.newCollector());
    }

    @Override
    public Result reduce(Collection<Slice> slices) throws IOException {
        long total = 0;
        List<long[]> counts = new ArrayList<>();
        for (Counted c : fields) {
            counts.add(new long[(int) c.ordinals().valueCount()]);
        }
        List<Collector> tops = new ArrayList<>();
        for (Slice s : slices) {
            total += s.total;
            for (int f = 0; f < fields.size(); f++) {
                long[] sum = counts.get(f);
                int[] part = s.counts[f];
                for (int o = 0; o < part.length; o++) {
                    sum[o] += part[o];
                }
            }
            if (s.top != null) {
                tops.add(s.top);
            }
        }
        return new Result(total, top == null ? null : top.reduce(tops), counts);
    }

    /** The collector of one slice of segments. */
    final class Slice implements Collector {
        private final Collector top;
        private final int[][] counts;
        private long total;

        Slice(Collector top) {
            this.top = top;
            this.counts = new int[fields.size()][];
            for (int f = 0; f < fields.size(); f++) {
                counts[f] = new int[(int) fields.get(f).ordinals().valueCount()];
            }
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
            int n = fields.size();
            SortedSetDocValues[] multi = new SortedSetDocValues[n];
            SortedDocValues[] single = new SortedDocValues[n];
            LongValues[] global = new LongValues[n];
            // Counted by this segment's own ordinals (no lookup of the global one per document), added to the global
            // counts once the segment is done; a single segment's ordinals are the global ones already.
            int[][] local = new int[n][];
            // The chosen facets: their values as this segment numbers them, and doc values of their own to test them.
            List<Integer> chosen = new ArrayList<>();
            List<FixedBitSet> allowed = new ArrayList<>();
            List<SortedSetDocValues> tested = new ArrayList<>();
            for (int f = 0; f < n; f++) {
                Counted c = fields.get(f);
                SortedSetDocValues dv = DocValues.getSortedSet(context.reader(), c.field());
                single[f] = DocValues.unwrapSingleton(dv);
                multi[f] = single[f] == null ? dv : null;
                global[f] = c.ordinals().globalOrds(context.ord);
                local[f] = global[f] == LongValues.IDENTITY ? counts[f] : new int[(int) dv.getValueCount()];
                if (!c.chosen().isEmpty() && c.sideways()) {
                    SortedSetDocValues test = DocValues.getSortedSet(context.reader(), c.field());
                    FixedBitSet ords = new FixedBitSet((int) Math.max(1, test.getValueCount()));
                    for (String v : c.chosen()) {
                        long ord = test.lookupTerm(new BytesRef(v));
                        if (ord >= 0) {
                            ords.set((int) ord);
                        }
                    }
                    chosen.add(f);
                    allowed.add(ords);
                    tested.add(test);
                }
            }
            LeafCollector hits = top == null ? null : top.getLeafCollector(context);
            int[] chosenFields = chosen.stream().mapToInt(Integer::intValue).toArray();
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    if (hits != null) {
                        hits.setScorer(scorer);
                    }
                }

                @Override
                public void collect(int doc) throws IOException {
                    int failed = -1;
                    for (int i = 0; i < chosenFields.length; i++) {
                        if (!passes(tested.get(i), allowed.get(i), doc)) {
                            if (failed >= 0) {
                                return; // fails two chosen facets: counts nowhere
                            }
                            failed = chosenFields[i];
                        }
                    }
                    if (failed >= 0) {
                        count(failed, doc);
                        return;
                    }
                    total++;
                    if (hits != null) {
                        hits.collect(doc);
                    }
                    for (int f = 0; f < n; f++) {
                        count(f, doc);
                    }
                }

                private void count(int f, int doc) throws IOException {
                    SortedDocValues one = single[f];
                    if (one != null) {
                        if (one.advanceExact(doc)) {
                            local[f][one.ordValue()]++;
                        }
                    } else {
                        SortedSetDocValues many = multi[f];
                        if (many.advanceExact(doc)) {
                            int[] c = local[f];
                            for (int i = many.docValueCount(); i > 0; i--) {
                                c[(int) many.nextOrd()]++;
                            }
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    if (hits != null) {
                        hits.finish();
                    }
                    for (int f = 0; f < n; f++) {
                        int[] part = local[f];
                        if (part == counts[f]) {
                            continue;
                        }
                        int[] sum = counts[f];
                        LongValues toGlobal = global[f];
                        for (int o = 0; o < part.length; o++) {
                            if (part[o] != 0) {
                                sum[(int) toGlobal.get(o)] += part[o];
                            }
                        }
                    }
                }
            };
        }

        private static boolean passes(SortedSetDocValues dv, FixedBitSet allowed, int doc) throws IOException {
            if (!dv.advanceExact(doc)) {
                return false;
            }
            for (int i = dv.docValueCount(); i > 0; i--) {
                long ord = dv.nextOrd();
                if (ord < allowed.length() && allowed.get((int) ord)) {
                    return true;
                }
            }
            return false;
        }
    }
}
