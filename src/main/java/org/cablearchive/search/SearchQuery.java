package org.cablearchive.search;

import org.cablearchive.accounts.Reader;
import static org.cablearchive.search.index.IndexFields.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.search.QueryText.Clause;
import org.cablearchive.search.QueryText.Field;
import org.cablearchive.search.QueryText.Part;
import org.cablearchive.search.QueryText.Phrase;
import org.cablearchive.search.QueryText.Words;

/**
 * Turns what a researcher asked into Lucene queries over the index's own fields: the query text (each unit of it
 * matching any of its glossary forms, in the text fields with their boosts), who may see what, the chosen facet
 * values and the dates. The query text and the filters are kept apart, so that facets can be counted over the
 * text with every filter but their own (multi-select facets) in the same pass as the hits.
 */
final class SearchQuery {

    /** The text fields searched, with their boosts: a word in a title or a sender's name says most. */
    static final Map<String, Float> TEXT_FIELDS = Map.of(TITLE, 3f, SENDER_TEXT, 3f, RECIPIENT_TEXT, 3f,
            PERSONS_TEXT, 2f, SOURCE_NOTE, 1.5f, BODY, 1f, FOOTNOTES, 1f);
    private static final List<String> FIELD_ORDER = List.of(TITLE, SENDER_TEXT, RECIPIENT_TEXT, PERSONS_TEXT, SOURCE_NOTE,
            BODY, FOOTNOTES);
    private static final int PHRASE_VARIANTS = 8;

    private final QueryBuilder analyzed;
    private final Analyzer fileNormalizer;
    private final Abbreviations abbreviations;

    SearchQuery(Analyzer searchAnalyzer, Analyzer fileNormalizer, Abbreviations abbreviations) {
        this.analyzed = new QueryBuilder(searchAnalyzer);
        this.fileNormalizer = fileNormalizer;
        this.abbreviations = abbreviations;
    }

    /** The query text alone: every clause must match (or, excluded, must not); no text matches every document. */
    Query text(List<Clause> clauses) {
        BooleanQuery.Builder bool = new BooleanQuery.Builder();
        boolean positive = false;
        for (Clause c : clauses) {
            Query q = clause(c);
            if (c.excluded()) {
                bool.add(q, Occur.MUST_NOT);
            } else {
                bool.add(q, Occur.MUST);
                positive = true;
            }
        }
        if (!positive) {
            bool.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return bool.build();
    }

    /** Who may see what: the public reads the public statuses only. Null for staff, who see every document. */
    static Query visibility(Reader reader) {
        if (reader.seesUnpublished()) {
            return null;
        }
        return new TermInSetQuery(STATUS, DocumentStatus.publicStatuses().stream().map(s -> new BytesRef(s.name())).toList());
    }

    /** The documents that have one of these values of a facet. */
    static Query facet(String facet, List<String> values) {
        return new TermInSetQuery(facet, values.stream().map(BytesRef::new).toList());
    }

    /** The dates asked for: documents whose span meets [from, to]. Null for no dates. */
    static Query dates(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return null;
        }
        BooleanQuery.Builder bool = new BooleanQuery.Builder();
        if (from != null) {
            bool.add(LongPoint.newRangeQuery(LATEST, from.toEpochDay(), Long.MAX_VALUE), Occur.FILTER);
        }
        if (to != null) {
            bool.add(LongPoint.newRangeQuery(EARLIEST, Long.MIN_VALUE, to.toEpochDay()), Occur.FILTER);
        }
        return bool.build();
    }

    /** The text with every filter: who may see, the facets (those given) and the dates. */
    static Query filtered(Query text, Query visibility, List<Query> facets, Query dates) {
        BooleanQuery.Builder bool = new BooleanQuery.Builder().add(text, Occur.MUST);
        if (visibility != null) {
            bool.add(visibility, Occur.FILTER);
        }
        facets.forEach(f -> bool.add(f, Occur.FILTER));
        if (dates != null) {
            bool.add(dates, Occur.FILTER);
        }
        return bool.build();
    }

    private Query clause(Clause c) {
        if (c.alternatives().size() == 1) {
            return part(c.alternatives().get(0));
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        c.alternatives().forEach(p -> any.add(part(p), Occur.SHOULD));
        return any.build();
    }

    private Query part(Part part) {
        if (part instanceof Phrase p) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (List<String> variant : abbreviations.phraseVariants(QueryText.words(p.text()), PHRASE_VARIANTS)) {
                any.add(words(variant), Occur.SHOULD);
            }
            return any.build();
        }
        if (part instanceof Field field) {
            return field(field);
        }
        // The words of every token, each knowing its token: a glossary term may span tokens ("anti-ballistic
        // missile") or be one ("U.S.", "IG/EUR"); a token of several words the glossary does not know is a phrase.
        List<String> tokens = ((Words) part).words();
        List<String> words = new ArrayList<>();
        List<Integer> tokenOf = new ArrayList<>();
        int[] size = new int[tokens.size()];
        for (int t = 0; t < tokens.size(); t++) {
            for (String w : QueryText.words(tokens.get(t))) {
                words.add(w);
                tokenOf.add(t);
                size[t]++;
            }
        }
        List<Abbreviations.Unit> units = abbreviations.units(words);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int i = 0;
        for (int k = 0; k < units.size(); k++) {
            Abbreviations.Unit u = units.get(k);
            int t = tokenOf.get(i);
            if (u.plain() && size[t] > 1) {
                int j = i;
                while (k < units.size() && units.get(k).plain() && j < words.size() && tokenOf.get(j) == t) {
                    j++;
                    k++;
                }
                k--;
                // "611.61/10–1551", "U.S.": the token read by the analyzer as the index read it, its words in order
                all.add(j - i == size[t] ? text(tokens.get(t), true) : words(words.subList(i, j)), Occur.MUST);
                i = j;
                continue;
            }
            all.add(unit(u), Occur.MUST);
            i += u.length();
        }
        return all.build();
    }

    /** A unit of the query text: any of its forms. */
    private Query unit(Abbreviations.Unit u) {
        if (u.forms().size() == 1) {
            return form(u.forms().get(0));
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        u.forms().forEach(f -> any.add(form(f), Occur.SHOULD));
        return any.build();
    }

    /** One form of a term; letters alone ("U S", from "U.S.") are also read as the dotted acronym the text prints. */
    private Query form(List<String> words) {
        if (words.size() < 2 || !words.stream().allMatch(w -> w.length() == 1)) {
            return words(words);
        }
        return new BooleanQuery.Builder().add(words(words), Occur.SHOULD)
                .add(text(String.join(".", words) + ".", true), Occur.SHOULD).build();
    }

    /** Words in the text fields, boosted where they say most: a word matched, several as a phrase. */
    Query words(List<String> words) {
        return text(String.join(" ", words), words.size() > 1);
    }

    /** A text in the text fields, analysed as the index was: its words matched, or in order as a phrase. */
    private Query text(String text, boolean phrase) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        boolean some = false;
        for (String field : FIELD_ORDER) {
            Query q = phrase ? analyzed.createPhraseQuery(field, text) : analyzed.createBooleanQuery(field, text);
            if (q != null) {
                float boost = TEXT_FIELDS.get(field);
                any.add(boost == 1f ? q : new BoostQuery(q, boost), Occur.SHOULD);
                some = true;
            }
        }
        return some ? any.build() : new MatchNoDocsQuery("no searchable word in \"" + text + "\"");
    }

    private Query field(Field field) {
        List<String> words = QueryText.words(field.value());
        return switch (field.field()) {
            case "from" -> one(SENDER_TEXT, words);
            case "to" -> one(RECIPIENT_TEXT, words);
            default -> {
                String value = field.value().strip();
                BytesRef normalized = fileNormalizer.normalize(FILE_TEXT, value.toLowerCase(Locale.ROOT));
                yield new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(FILE, value)), Occur.SHOULD)
                        .add(new WildcardQuery(new Term(FILE_TEXT, wildcardSafe(normalized.utf8ToString()) + "*")), Occur.SHOULD)
                        .build();
            }
        };
    }

    private Query one(String field, List<String> words) {
        String text = String.join(" ", words);
        Query q = words.size() == 1 ? analyzed.createBooleanQuery(field, text) : analyzed.createPhraseQuery(field, text);
        return q == null ? new MatchNoDocsQuery() : q;
    }

    private static String wildcardSafe(String s) {
        return s.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
    }
}
