package org.cablearchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.aopalliance.intercept.MethodInterceptor;
import org.cablearchive.CableArchiveApplication;
import org.cablearchive.ingest.volumes.VolumeImporter;
import org.cablearchive.records.domain.Document;
import org.cablearchive.testing.Frus;
import org.cablearchive.testing.Readers;
import org.cablearchive.testing.TestDatabase;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.Advised;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * A volume imported again is read into the index after its commit, in the background: that is what brings an index
 * that lacked the volume's documents up to date. When the node goes away before it has run (here its indexing
 * executor refuses the work, as a node that died would never have done it), the index is left as it was, and the event
 * publication registry still holds the event: the next start of the archive, alone on its database, delivers it, and
 * the volume is searchable. Two application contexts, one after the other, on a database of their own and one index
 * folder (neither rebuilds the index at start: the test run turns that off).
 */
class IndexingAfterRestartTest {

    private static final String VOLUME = "restart-indexing";

    @Test
    void aReimportWhoseIndexingNeverRanIsIndexedWhenTheArchiveStartsAgain() throws Exception {
        String url = TestDatabase.freshDatabase("indexing_after_restart");
        Path index = Files.createTempDirectory("indexing-after-restart");
        int documents = Frus.count("frus1917-72PubDip").documents();

        try (ConfigurableApplicationContext first = start(url, index)) {
            VolumeImporter importer = first.getBean(VolumeImporter.class);
            importDrafts(importer);
            assertThat(hits(first)).isEqualTo(documents);
            // The index loses the volume (a lost index folder, a failed write): importing it again is the remedy.
            var workspace = Search.mapping(first.getBean(EntityManagerFactory.class)).scope(Document.class).workspace();
            workspace.purge();
            workspace.refresh();
            assertThat(hits(first)).isZero();

            // The node's indexing will never run: what is left is what a crash right after the commit leaves.
            first.getBean(SearchExecutors.VOLUME_INDEXING, ThreadPoolTaskExecutor.class).shutdown();
            importDrafts(importer);
            assertThat(hits(first)).as("the volume is imported again, the index still lacks it").isZero();
            assertThat(outstanding(first)).isEqualTo(1);
        }

        try (ConfigurableApplicationContext second = start(url, index)) {
            long deadline = System.nanoTime() + 120_000_000_000L;
            while ((hits(second) < documents || outstanding(second) > 0) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(hits(second)).as("the re-import is indexed after the restart").isEqualTo(documents);
            assertThat(outstanding(second)).as("and its event is done with").isZero();
        }
    }

    /** An indexing that failed is delivered again by the next check, on the running node, without a restart. */
    @Test
    void anIndexingThatFailedIsDeliveredAgain() throws Exception {
        String url = TestDatabase.freshDatabase("indexing_failed_once");
        Path index = Files.createTempDirectory("indexing-failed-once");
        int documents = Frus.count("frus1917-72PubDip").documents();
        try (ConfigurableApplicationContext node = start(url, index, "--archive.events.check-interval=1s")) {
            VolumeImporter importer = node.getBean(VolumeImporter.class);
            importDrafts(importer);
            var workspace = Search.mapping(node.getBean(EntityManagerFactory.class)).scope(Document.class).workspace();
            workspace.purge();
            workspace.refresh();
            // The listener fails once, as an index that cannot be written for a moment would make it.
            AtomicInteger failures = new AtomicInteger();
            ((Advised) node.getBean(SearchIndex.class)).addAdvice((MethodInterceptor) call -> {
                if (call.getMethod().getName().equals("volumeLoaded") && failures.getAndIncrement() == 0) {
                    throw new IllegalStateException("the index cannot be written just now (test)");
                }
                return call.proceed();
            });
            importDrafts(importer);
            long deadline = System.nanoTime() + 120_000_000_000L;
            while ((hits(node) < documents || outstanding(node) > 0) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(failures.get()).as("failed once, then ran again").isEqualTo(2);
            assertThat(hits(node)).isEqualTo(documents);
            assertThat(outstanding(node)).isZero();
        }
    }

    private static ConfigurableApplicationContext start(String url, Path index, String... more) {
        // Its database is its own: on a search cluster (the cluster profile's second run), so is its index, or its
        // rebuilds at start would empty the index the other tests share.
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url, "--spring.main.banner-mode=off",
                "--archive.demo-content=", "--spring.jpa.properties.hibernate.search.backend.directory.root=" + index,
                "--archive.search.index-prefix=indexing-after-restart-"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(CableArchiveApplication.class).web(WebApplicationType.NONE)
                .run(args.toArray(String[]::new));
    }

    private static void importDrafts(VolumeImporter importer) throws Exception {
        try (InputStream tei = Frus.renamed("frus1917-72PubDip", VOLUME)) {
            importer.importVolume(tei, VOLUME, new VolumeImporter.Options(true, true), VolumeImporter.Progress.NONE, "test");
        }
    }

    private static long hits(ConfigurableApplicationContext context) {
        return context.getBean(ArchiveSearch.class).search(new SearchRequest("", Map.of("volume", List.of(VOLUME)), null, null,
                SearchRequest.Sort.RELEVANCE, 1), Readers.STAFF).total();
    }

    private static long outstanding(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class).sql("""
                        select count(*) from event_publication where completion_date is null and listener_id = ?""")
                .param("search.volume-indexing").query(Long.class).single();
    }
}
