package org.cablearchive.search.index;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the index. {@value #ENGLISH}: words as researchers type them, in any case and with or without
 * accents ("Charge" finds "Chargé"), stemmed ("telegrams" finds "telegram"); no stop words are dropped, so a
 * phrase such as "Secretary of State" is matched exactly. {@value #KEYWORD_FOLDED}: a whole value (a file number) in any case and without accents.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    public static final String ENGLISH = "english";
    public static final String KEYWORD_FOLDED = "keywordFolded";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilter("englishPossessive")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("porterStem");
        context.normalizer(KEYWORD_FOLDED).custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
