package org.cablearchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import static org.cablearchive.search.index.IndexFields.ALL_FACET_VALUES;
import static org.cablearchive.search.index.IndexFields.facetValue;
import org.junit.jupiter.api.Test;

/**
 * The one pass that counts every facet: over an index of many segments (each numbering its values its own way), with
 * a single-valued and a multi-valued field and a chosen value, its counts are those found by testing every document
 * by hand, under the rule of multi-select facets.
 */
class FacetPassTest {

    @Test
    void countsOverManySegmentsAreThoseOfEveryDocumentTestedByHand() throws Exception {
        Random random = new Random(7);
        List<String> kinds = new ArrayList<>();
        List<List<String>> persons = new ArrayList<>();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int d = 0; d < 600; d++) {
                Document doc = new Document();
                String kind = "k" + random.nextInt(d < 300 ? 4 : 9); // later segments hold values the first never saw
                doc.add(new SortedSetDocValuesField(ALL_FACET_VALUES, new BytesRef(facetValue("kind", kind))));
                List<String> named = new ArrayList<>();
                for (int p = random.nextInt(4); p > 0; p--) {
                    String person = "p" + random.nextInt(30);
                    if (!named.contains(person)) {
                        named.add(person);
                        doc.add(new SortedSetDocValuesField(ALL_FACET_VALUES, new BytesRef(facetValue("person", person))));
                    }
                }
                kinds.add(kind);
                persons.add(named);
                writer.addDocument(doc);
                if (d % 70 == 69) {
                    writer.commit(); // a new segment
                }
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(reader.leaves()).hasSizeGreaterThan(5);
                FacetOrdinals.Field values = new FacetOrdinals().of(reader, ALL_FACET_VALUES);
                IndexSearcher searcher = new IndexSearcher(reader);
                FacetPass.Result result = searcher.search(new MatchAllDocsQuery(), new FacetPass(values,
                        List.of(new FacetPass.Chosen("kind", List.of("k1", "k7"))), new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE)));
                Map<String, Long> kindCounts = new HashMap<>();
                Map<String, Long> personCounts = new HashMap<>();
                List<LeafReaderContext> leaves = reader.leaves();
                SortedSetDocValues[] opened = new SortedSetDocValues[leaves.size()];
                for (int ord = 0; ord < result.hits().length; ord++) {
                    long n = result.hits()[ord] + result.sideways()[ord];
                    if (n > 0) {
                        FacetOrdinals.Split both = values.split(leaves, ALL_FACET_VALUES, ord, opened);
                        (both.facet().equals("kind") ? kindCounts : personCounts).put(both.value(), n);
                    }
                }

                Map<String, Long> kindsExpected = new HashMap<>();
                Map<String, Long> personsExpected = new HashMap<>();
                long hits = 0;
                for (int d = 0; d < kinds.size(); d++) {
                    // The chosen kind's counts are those of every document (it is the only facet chosen)...
                    kindsExpected.merge(kinds.get(d), 1L, Long::sum);
                    // ...the others' those of the hits, the documents of a chosen kind.
                    if (kinds.get(d).equals("k1") || kinds.get(d).equals("k7")) {
                        hits++;
                        persons.get(d).forEach(p -> personsExpected.merge(p, 1L, Long::sum));
                    }
                }
                assertThat(result.total()).isEqualTo(hits);
                assertThat(result.top().totalHits.value).isEqualTo(hits);
                assertThat(kindCounts).isEqualTo(kindsExpected);
                assertThat(personCounts).isEqualTo(personsExpected);
            }
        }
    }
}
