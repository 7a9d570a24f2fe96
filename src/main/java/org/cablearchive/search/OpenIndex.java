package org.cablearchive.search;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.cablearchive.records.domain.Document;
import org.cablearchive.search.index.SearchAnalysis;
import org.cablearchive.search.index.SearchMapping;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * The document index as Lucene sees it, for searches run natively: the up-to-date reader Hibernate Search keeps
 * (near real time: what was saved is there), searched with the index's own analyzers, its segments spread over
 * the machine's cores; and the facet fields' global ordinals, kept warm between searches.
 */
@Component
class OpenIndex {

    /** What a search does with the searcher; the reader stays open until it returns. */
    @FunctionalInterface
    interface Work<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    /** Slices of segments searched at once: one a core. */
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private final EntityManagerFactory emf;
    private final ExecutorService executor;
    private final int threads;
    private final FacetOrdinals ordinals = new FacetOrdinals();
    private volatile Analyzer searchAnalyzer;
    private volatile Analyzer indexAnalyzer;
    private volatile Analyzer fileNormalizer;

    OpenIndex(EntityManagerFactory emf) {
        this.emf = emf;
        this.threads = CORES;
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(this.threads, r -> {
            Thread t = new Thread(r, "search-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Searches running now. */
    private final AtomicInteger running = new AtomicInteger();

    /**
     * Runs the work over the current index. A search running alone has its segments searched in parallel, each slice on
     * a core of its own (the answer comes sooner); while others run, each keeps to one thread (the cores are busy
     * already, and handing slices between threads would only add to the work).
     */
    <T> T search(Work<T> work) {
        boolean alone = running.incrementAndGet() == 1;
        try (IndexReader reader = Search.mapping(emf).scope(Document.class).extension(LuceneExtension.get()).openIndexReader()) {
            IndexSearcher searcher = threads > 1 && alone ? new SlicedSearcher(reader, executor) : new IndexSearcher(reader);
            return work.run(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("The search index could not be read", e);
        } finally {
            running.decrementAndGet();
        }
    }

    FacetOrdinals ordinals() {
        return ordinals;
    }

    /** The analyzers the index searches with, field by field (Hibernate Search's own). */
    Analyzer searchAnalyzer() {
        if (searchAnalyzer == null) {
            searchAnalyzer = indexManager().searchAnalyzer();
        }
        return searchAnalyzer;
    }

    /** The analyzers the index was written with, for highlighting. */
    Analyzer indexAnalyzer() {
        if (indexAnalyzer == null) {
            indexAnalyzer = indexManager().indexingAnalyzer();
        }
        return indexAnalyzer;
    }

    /** The normalizer of file numbers (lower case, no accents). */
    Analyzer fileNormalizer() {
        if (fileNormalizer == null) {
            fileNormalizer = Search.mapping(emf).backend().unwrap(LuceneBackend.class)
                    .normalizer(SearchAnalysis.KEYWORD_FOLDED).orElseThrow();
        }
        return fileNormalizer;
    }

    private LuceneIndexManager indexManager() {
        return Search.mapping(emf).indexManager(SearchMapping.INDEX).unwrap(LuceneIndexManager.class);
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }

    /**
     * Lucene's searcher cuts an index into slices of 250,000 documents at least, so below a million documents all
     * segments fall in one or two slices and one core does the work. Here the segments are dealt into as many slices
     * as there are cores, largest first, each slice going to the least loaded.
     */
    private static final class SlicedSearcher extends IndexSearcher {
        SlicedSearcher(IndexReader reader, ExecutorService executor) {
            super(reader, executor);
        }

        @Override
        protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
            int n = Math.max(1, Math.min(CORES, leaves.size()));
            List<List<LeafReaderContext>> groups = new ArrayList<>();
            long[] load = new long[n];
            for (int i = 0; i < n; i++) {
                groups.add(new ArrayList<>());
            }
            List<LeafReaderContext> bySize = new ArrayList<>(leaves);
            bySize.sort((a, b) -> Integer.compare(b.reader().maxDoc(), a.reader().maxDoc()));
            for (LeafReaderContext leaf : bySize) {
                int least = 0;
                for (int i = 1; i < n; i++) {
                    if (load[i] < load[least]) {
                        least = i;
                    }
                }
                groups.get(least).add(leaf);
                load[least] += leaf.reader().maxDoc();
            }
            List<LeafSlice> result = new ArrayList<>();
            for (List<LeafReaderContext> g : groups) {
                if (!g.isEmpty()) {
                    g.sort((a, b) -> Integer.compare(a.ord, b.ord));
                    result.add(new LeafSlice(g));
                }
            }
            return result.toArray(new LeafSlice[0]);
        }
    }
}
