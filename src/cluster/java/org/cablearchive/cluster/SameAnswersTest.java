package org.cablearchive.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.cablearchive.ingest.volumes.VolumeImporter;
import org.cablearchive.search.SearchIndex;
import org.cablearchive.search.index.ElasticsearchAnalysis;
import org.cablearchive.testing.Frus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two backends give the same answers on the same data: a FRUS volume saved through the cluster's node, then a
 * node on the embedded Lucene index (same PostgreSQL, its index rebuilt from it) and the cluster's node asked the
 * same searches: the same totals, exact facet counts, timelines and notes, and the same hits where one page holds
 * them all. And the cluster's analyzer reads words as the embedded one does.
 */
class SameAnswersTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String VOLUME = "cluster-1951";
    private static AppNode lucene;

    @BeforeAll
    static void volumeOnBothBackends() throws Exception {
        ClusterNodes.assumeCluster();
        AppNode a = ClusterNodes.a();
        if (TwoAppNodesTest.answer(a, "/api/search?volume=" + VOLUME).get("total").asLong() == 0) {
            Frus.importCopy(a.bean(VolumeImporter.class), "frus1951v07p2", VOLUME, false);
        }
        assertThat(a.bean(SearchIndex.class).awaitVolumes(java.time.Duration.ofMinutes(5))).isTrue();
        lucene = AppNode.start(ClusterNodes.PORT_LUCENE, "--archive.search.backend=lucene");
        lucene.bean(SearchIndex.class).rebuildNow();
    }

    @AfterAll
    static void stopLucene() {
        if (lucene != null) {
            lucene.close();
        }
    }

    @Test
    void searchesAnswerTheSameOnLuceneAndOnTheCluster() throws Exception {
        List<String> searches = List.of("", "q=Taipei", "q=Embtel", "q=%22Secretary+of+State%22", "q=Sov+Govt",
                "q=U.S.", "q=Chinese+-Korea", "q=from%3ARankin", "q=telegrams", "q=Chiang+OR+Formosa",
                "q=Taipei&classification=SECRET", "q=Taipei&classification=SECRET&classification=CONFIDENTIAL",
                "type=TELEGRAM&year=1951", "from=1951-03&to=1951-06", "q=Rankin&sort=date", "q=zzzznothing",
                "q=Deptel&precedence=PRIORITY&footnoted=yes");
        for (String s : searches) {
            String path = "/api/search?volume=" + VOLUME + (s.isEmpty() ? "" : "&" + s);
            JsonNode onLucene = TwoAppNodesTest.answer(lucene, path);
            JsonNode onCluster = TwoAppNodesTest.answer(ClusterNodes.a(), path);
            assertThat(onCluster.get("total")).as(path).isEqualTo(onLucene.get("total"));
            assertThat(onCluster.get("facets")).as(path).isEqualTo(onLucene.get("facets"));
            assertThat(onCluster.get("timeline")).as(path).isEqualTo(onLucene.get("timeline"));
            assertThat(onCluster.get("notes")).as(path).isEqualTo(onLucene.get("notes"));
            if (onLucene.get("total").asLong() <= 20) {
                assertThat(ids(onCluster)).as(path).isEqualTo(ids(onLucene));
            }
            System.out.printf("same answer on both backends: %s (%d found)%n", path, onLucene.get("total").asLong());
        }
    }

    @Test
    void theClusterReadsWordsAsTheEmbeddedIndexDoes() throws Exception {
        String text = "Chargé d'Affaires' telegrams, the Secretary's 611.61/10–1551 U.S.-Soviet négociations running";
        String body = ClusterTestRun.cluster().post("/document-v" + org.cablearchive.search.SearchIndex.MAPPING_VERSION + "-read/_analyze",
                "{\"analyzer\":\"english\",\"text\":" + JSON.writeValueAsString(text) + "}");
        List<String> cluster = new ArrayList<>();
        JSON.readTree(body).get("tokens").forEach(t -> cluster.add(t.get("token").asString()));
        assertThat(cluster).isEqualTo(tokens(ElasticsearchAnalysis.english(), text)).isNotEmpty();
    }

    private static TreeSet<String> ids(JsonNode answer) {
        TreeSet<String> ids = new TreeSet<>();
        answer.get("hits").forEach(h -> ids.add(h.get("id").asString()));
        return ids;
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws Exception {
        List<String> tokens = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tokens.add(term.toString());
            }
            ts.end();
        }
        return tokens;
    }
}
