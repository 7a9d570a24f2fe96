package org.cablearchive.search;

import static org.cablearchive.search.index.IndexFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefIterator;
import org.cablearchive.search.index.ElasticsearchAnalysis;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * The queries {@link SearchQuery} builds for the embedded index, as predicates of Hibernate Search's DSL for a
 * backend that is not Lucene: one place decides what a search means (its glossary forms, fields, boosts, filters),
 * and both engines run the same thing. The queries hold terms already analysed as the index's analyzer reads them,
 * so text terms are passed on with {@link ElasticsearchAnalysis#TERMS} (split at spaces, nothing else), never
 * analysed twice.
 */
final class QueryTranslation {

    private static final Set<String> TEXT = Set.of(TITLE, BODY, FOOTNOTES, SOURCE_NOTE, SENDER_TEXT, RECIPIENT_TEXT, PERSONS_TEXT);
    private static final Set<String> DAYS = Set.of(EARLIEST, LATEST);

    private QueryTranslation() {
    }

    static SearchPredicate predicate(SearchPredicateFactory f, Query query) {
        return translate(f, query, 1f);
    }

    private static SearchPredicate translate(SearchPredicateFactory f, Query query, float boost) {
        if (query instanceof BoostQuery b) {
            return translate(f, b.getQuery(), boost * b.getBoost());
        }
        if (query instanceof BooleanQuery b) {
            return bool(f, b, boost);
        }
        if (query instanceof TermQuery t) {
            return term(f, t.getTerm(), boost);
        }
        if (query instanceof PhraseQuery p) {
            return phrase(f, p, boost);
        }
        if (query instanceof TermInSetQuery t) {
            return f.terms().field(t.getField()).matchingAny(values(t)).toPredicate();
        }
        if (query instanceof WildcardQuery w) {
            return f.wildcard().field(w.getField()).matching(w.getTerm().text()).boost(boost).toPredicate();
        }
        if (query instanceof PointRangeQuery r && DAYS.contains(r.getField())) {
            return days(f, r);
        }
        if (query instanceof MatchAllDocsQuery) {
            return f.matchAll().toPredicate();
        }
        if (query instanceof MatchNoDocsQuery) {
            return f.matchNone().toPredicate();
        }
        throw new IllegalArgumentException("No translation of " + query.getClass().getSimpleName() + " (" + query + ")");
    }

    private static SearchPredicate bool(SearchPredicateFactory f, BooleanQuery b, float boost) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool();
        boolean positive = false;
        for (BooleanClause c : b.clauses()) {
            SearchPredicate p = translate(f, c.getQuery(), 1f);
            switch (c.getOccur()) {
                case MUST -> bool.must(p);
                case SHOULD -> bool.should(p);
                case FILTER -> bool.filter(p);
                case MUST_NOT -> bool.mustNot(p);
            }
            positive |= c.getOccur() != BooleanClause.Occur.MUST_NOT;
        }
        if (!positive) {
            bool.must(f.matchNone()); // as in Lucene: exclusions alone match nothing
        }
        if (b.getMinimumNumberShouldMatch() > 0) {
            bool.minimumShouldMatchNumber(b.getMinimumNumberShouldMatch());
        }
        return bool.boost(boost).toPredicate();
    }

    private static SearchPredicate term(SearchPredicateFactory f, Term term, float boost) {
        if (TEXT.contains(term.field())) {
            return f.match().field(term.field()).matching(term.text()).analyzer(ElasticsearchAnalysis.TERMS).boost(boost)
                    .toPredicate();
        }
        return f.match().field(term.field()).matching(term.text()).skipAnalysis().boost(boost).toPredicate();
    }

    private static SearchPredicate phrase(SearchPredicateFactory f, PhraseQuery p, float boost) {
        Term[] terms = p.getTerms();
        int[] positions = p.getPositions();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < terms.length; i++) {
            if (i > 0 && positions[i] != positions[i - 1] + 1) {
                throw new IllegalArgumentException("A phrase with gaps cannot be passed on: " + p);
            }
            words.add(terms[i].text());
        }
        return f.phrase().field(p.getField()).matching(String.join(" ", words)).slop(p.getSlop())
                .analyzer(ElasticsearchAnalysis.TERMS).boost(boost).toPredicate();
    }

    private static SearchPredicate days(SearchPredicateFactory f, PointRangeQuery r) {
        long lower = LongPoint.decodeDimension(r.getLowerPoint(), 0);
        long upper = LongPoint.decodeDimension(r.getUpperPoint(), 0);
        var range = f.range().field(r.getField());
        if (lower == Long.MIN_VALUE) {
            return range.atMost(LocalDate.ofEpochDay(upper)).toPredicate();
        }
        if (upper == Long.MAX_VALUE) {
            return range.atLeast(LocalDate.ofEpochDay(lower)).toPredicate();
        }
        return range.between(LocalDate.ofEpochDay(lower), LocalDate.ofEpochDay(upper)).toPredicate();
    }

    private static List<String> values(TermInSetQuery t) {
        List<String> values = new ArrayList<>();
        try {
            BytesRefIterator it = t.getBytesRefIterator();
            for (BytesRef v = it.next(); v != null; v = it.next()) {
                values.add(v.utf8ToString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }
}
