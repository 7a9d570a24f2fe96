package org.cablearchive.search;

import static org.cablearchive.search.index.IndexFields.BODY;
import static org.cablearchive.search.index.IndexFields.CLASSIFICATION;
import static org.cablearchive.search.index.IndexFields.DATE_DISPLAY;
import static org.cablearchive.search.index.IndexFields.PRECEDENCE;
import static org.cablearchive.search.index.IndexFields.PUBLISHED;
import static org.cablearchive.search.index.IndexFields.TITLE;
import static org.cablearchive.search.index.IndexFields.TYPE;
import static org.cablearchive.search.index.IndexFields.VOLUME;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The rows of a page of hits as the index holds them: each hit's id (from doc values), the stored fields its result
 * line shows, and a snippet of its body with the words searched for marked (Lucene's unified highlighter, a sentence,
 * HTML-escaped). A hit's stored fields are read once, for its snippet and its line together.
 */
final class ResultRows {

    /** A hit as the index holds it: its id, stored fields and snippet. */
    record Row(String id, Map<String, String> fields, String snippet) { }

    /** The stored fields a result line shows. */
    private static final Set<String> SHOWN = Set.of(TITLE, DATE_DISPLAY, VOLUME, CLASSIFICATION, PRECEDENCE, TYPE, PUBLISHED);
    /** Where Hibernate Search keeps a document's id. */
    private static final String ID = "__HSEARCH_id_docvalue";

    private ResultRows() {
    }

    /**
     * The page's stored fields and ids, and a snippet of each body with the words of {@code query} marked (none when
     * it is null), its text analysed by {@code analyzer} (the index's own).
     */
    static List<Row> read(IndexSearcher searcher, ScoreDoc[] shown, Query query, Analyzer analyzer) throws IOException {
        if (shown.length == 0) {
            return List.of();
        }
        String[] snippets = new String[shown.length];
        Map<Integer, Map<String, String>> lines = new HashMap<>();
        if (query != null) {
            // The highlighter reads each hit's stored body; the result line's fields are read in the same visit.
            Highlighter highlighter = new Highlighter(UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter("<em>", "</em>", "… ", true))
                    .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT))
                    .withMaxNoHighlightPassages(1), lines);
            snippets = highlighter.highlight(BODY, query, new TopDocs(new TotalHits(shown.length, TotalHits.Relation.EQUAL_TO), shown), 1);
        }
        StoredFields stored = searcher.storedFields();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < shown.length; i++) {
            int doc = shown[i].doc;
            Map<String, String> fields = lines.get(doc);
            if (fields == null) {
                Visit visit = new Visit(null, 0, ' ');
                stored.document(doc, visit);
                fields = visit.shown;
            }
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            BinaryDocValues ids = DocValues.getBinary(leaf.reader(), ID);
            String id = ids.advanceExact(doc - leaf.docBase) ? ids.binaryValue().utf8ToString() : null;
            String snippet = snippets[i] == null ? null : snippets[i].strip();
            rows.add(new Row(id, fields, snippet == null || snippet.isEmpty() ? null : snippet));
        }
        return rows;
    }

    /**
     * One visit of a document's stored fields: the fields a result line shows, and (when {@code text} is given) the
     * first {@code maxLength} characters of that text field, for its snippet (its values joined by {@code separator}).
     */
    private static final class Visit extends StoredFieldVisitor {
        private final String text;
        private final int maxLength;
        private final Map<String, String> shown = new LinkedHashMap<>();
        private final StringBuilder value = new StringBuilder();
        private final char separator;

        Visit(String text, int maxLength, char separator) {
            this.text = text;
            this.maxLength = maxLength;
            this.separator = separator;
        }

        @Override
        public Status needsField(FieldInfo field) {
            return SHOWN.contains(field.name) || field.name.equals(text) ? Status.YES : Status.NO;
        }

        @Override
        public void stringField(FieldInfo field, String v) {
            if (field.name.equals(text)) {
                if (value.length() > 0 && value.length() < maxLength) {
                    value.append(separator);
                }
                value.append(v, 0, Math.min(v.length(), Math.max(0, maxLength - value.length())));
            }
            if (SHOWN.contains(field.name)) {
                shown.putIfAbsent(field.name, v);
            }
        }
    }

    /**
     * The body's offsets come from its term vectors (the mapping stores them, see index.DocumentBinder): said here
     * rather than found out by merging every segment's field infos on each search. Reading a hit's stored body for its
     * snippet, it keeps the fields of the hit's result line too ({@code lines}, by document), so that the stored
     * fields of a hit are read once.
     */
    private static final class Highlighter extends UnifiedHighlighter {
        private final Map<Integer, Map<String, String>> lines;

        Highlighter(UnifiedHighlighter.Builder builder, Map<Integer, Map<String, String>> lines) {
            super(builder);
            this.lines = lines;
        }

        @Override
        protected OffsetSource getOffsetSource(String field) {
            return OffsetSource.TERM_VECTORS;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
            if (fields.length != 1) {
                return super.loadFieldValues(fields, docs, cacheCharsThreshold);
            }
            List<CharSequence[]> values = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                Visit visit = new Visit(fields[0], getMaxLength(), MULTIVAL_SEP_CHAR);
                stored.document(doc, visit);
                lines.put(doc, visit.shown);
                values.add(new CharSequence[] {visit.value.length() == 0 ? null : visit.value.toString()});
            }
            return values;
        }
    }
}
