package org.cablearchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;
import org.cablearchive.search.index.IndexFields;

/**
 * The facet fields' values across the segments of the index: each distinct value of a field has one global number
 * (ordinal), so that counts taken segment by segment add up without comparing strings. Built once per field for a
 * set of segments and kept while the index holds those segments (they change only when documents are written),
 * so searches find it warm.
 */
final class FacetOrdinals {

    /** The global ordinals of one field over one set of segments. */
    static final class Field {
        private final List<Object> segments;
        private final OrdinalMap map; // null when the index has a single segment: its ordinals are global already
        private final long valueCount;
        private final Split[] splits;
        private final Map<String, int[]> runs = new ConcurrentHashMap<>();

        private Field(List<Object> segments, OrdinalMap map, long valueCount) {
            this.segments = segments;
            this.map = map;
            this.valueCount = valueCount;
            this.splits = new Split[(int) valueCount];
        }

        /**
         * A value of the field of all facet values, {@code facet␟value}, as its facet and value. A value once read is
         * kept with the ordinals (the segments, hence the values, do not change while they are), so that the facets of
         * the next search are named without reading the index. Null for a value without the separator.
         */
        Split split(List<LeafReaderContext> leaves, String field, long globalOrd, SortedSetDocValues[] opened) throws IOException {
            Split known = splits[(int) globalOrd];
            if (known == null) {
                String both = value(leaves, field, globalOrd, opened);
                int cut = both.indexOf(IndexFields.SEPARATOR);
                known = cut < 0 ? Split.NONE : new Split(both.substring(0, cut).intern(), both.substring(cut + 1));
                splits[(int) globalOrd] = known; // immutable: another search sees null or the whole split
            }
            return known == Split.NONE ? null : known;
        }

        long valueCount() {
            return valueCount;
        }

        /**
         * The run of global ordinals that a facet's values take, {@code [from, to)}: the values sort by facet first, so
         * each facet's are together. Found by binary search once, and kept with the ordinals.
         */
        int[] run(List<LeafReaderContext> leaves, String field, String facet, SortedSetDocValues[] opened) throws IOException {
            int[] known = runs.get(facet);
            if (known == null) {
                known = new int[] {
                        lowerBound(leaves, field, new BytesRef(facet + IndexFields.SEPARATOR), opened),
                        lowerBound(leaves, field, new BytesRef(facet + (char) (IndexFields.SEPARATOR + 1)), opened)};
                runs.put(facet, known);
            }
            return known;
        }

        /** The first global ordinal whose value is not below {@code target}. */
        private int lowerBound(List<LeafReaderContext> leaves, String field, BytesRef target, SortedSetDocValues[] opened)
                throws IOException {
            int lo = 0;
            int hi = (int) valueCount;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (bytes(leaves, field, mid, opened).compareTo(target) < 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** From a segment's ordinals of this field to the global ones. */
        LongValues globalOrds(int segment) {
            return map == null ? LongValues.IDENTITY : map.getGlobalOrds(segment);
        }

        /** The value a global ordinal stands for; {@code opened} keeps each segment's doc values once opened. */
        private String value(List<LeafReaderContext> leaves, String field, long globalOrd, SortedSetDocValues[] opened) throws IOException {
            return bytes(leaves, field, globalOrd, opened).utf8ToString();
        }

        private BytesRef bytes(List<LeafReaderContext> leaves, String field, long globalOrd, SortedSetDocValues[] opened) throws IOException {
            int segment = map == null ? 0 : map.getFirstSegmentNumber(globalOrd);
            long ord = map == null ? globalOrd : map.getFirstSegmentOrd(globalOrd);
            if (opened[segment] == null) {
                opened[segment] = DocValues.getSortedSet(leaves.get(segment).reader(), field);
            }
            return opened[segment].lookupOrd(ord);
        }
    }

    /** A facet value: its facet (one String object a facet name) and the value itself. */
    record Split(String facet, String value) {
        static final Split NONE = new Split("", "");
    }

    private final Map<String, Field> fields = new ConcurrentHashMap<>();

    /** The field's global ordinals for this reader's segments, built now only when its segments changed. */
    Field of(IndexReader reader, String field) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        List<Object> segments = new ArrayList<>(leaves.size());
        for (LeafReaderContext leaf : leaves) {
            IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
            segments.add(helper == null ? leaf.reader() : helper.getKey());
        }
        Field known = fields.get(field);
        if (known != null && known.segments.equals(segments)) {
            return known;
        }
        synchronized (this) {
            known = fields.get(field);
            if (known != null && known.segments.equals(segments)) {
                return known;
            }
            Field built = build(leaves, field, segments);
            fields.put(field, built);
            return built;
        }
    }

    private static Field build(List<LeafReaderContext> leaves, String field, List<Object> segments) throws IOException {
        SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = DocValues.getSortedSet(leaves.get(i).reader(), field);
        }
        if (values.length <= 1) {
            return new Field(segments, null, values.length == 0 ? 0 : values[0].getValueCount());
        }
        OrdinalMap map = OrdinalMap.build(null, values, PackedInts.DEFAULT);
        return new Field(segments, map, map.getValueCount());
    }
}
