package org.cablearchive.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link SearchAnalysis} for an Elasticsearch/OpenSearch index, made of the same Lucene
 * components under the engine's names (standard tokenizer, English possessive, lower case, ASCII folding, Porter
 * stemmer), so that a word is indexed as the embedded index indexes it. And {@value #TERMS}: words already analysed
 * by the archive (the queries are built in the application, see {@code search.QueryTranslation}), split at
 * spaces and nothing more.
 */
public class ElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

    public static final String TERMS = "analysedTerms";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("englishPossessive").type("stemmer").param("language", "possessive_english");
        context.analyzer(SearchAnalysis.ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilters("englishPossessive", "lowercase", "asciifolding", "porter_stem");
        context.analyzer(TERMS).custom().tokenizer("whitespace");
        context.normalizer(SearchAnalysis.KEYWORD_FOLDED).custom()
                .tokenFilters("lowercase", "asciifolding");
    }

    /** {@link SearchAnalysis#ENGLISH} built here from Lucene's own components, for queries built in the application. */
    public static Analyzer english() {
        try {
            return CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("englishPossessive")
                    .addTokenFilter("lowercase").addTokenFilter("asciiFolding").addTokenFilter("porterStem").build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link SearchAnalysis#KEYWORD_FOLDED} built here, to normalize a file number as the index does. */
    public static Analyzer keywordFolded() {
        try {
            return CustomAnalyzer.builder().withTokenizer("keyword").addTokenFilter("lowercase")
                    .addTokenFilter("asciiFolding").build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
