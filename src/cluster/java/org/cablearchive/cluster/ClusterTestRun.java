package org.cablearchive.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * In the cluster profile's run on the Elasticsearch backend ({@code archive.search.backend=elasticsearch}), starts
 * the three OpenSearch nodes before the first test (every application context of the run then keeps its index on
 * them) and stops them after the last. In any other run it does nothing.
 */
public class ClusterTestRun implements TestExecutionListener {

    private static OpenSearchCluster cluster;

    /** The cluster of this run; null when the run is on the embedded index. */
    public static synchronized OpenSearchCluster cluster() {
        return cluster;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        if (!"elasticsearch".equals(System.getProperty("archive.search.backend"))) {
            return;
        }
        synchronized (ClusterTestRun.class) {
            if (cluster == null) {
                OpenSearchCluster starting;
                try {
                    starting = new OpenSearchCluster(Files.createTempDirectory("cable-archive-opensearch"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                long started = System.nanoTime();
                try {
                    starting.start();
                } catch (RuntimeException e) {
                    starting.stop();
                    throw e;
                }
                System.out.printf("OpenSearch cluster of %d nodes up in %.1f s: %s%n", OpenSearchCluster.NODES,
                        (System.nanoTime() - started) / 1e9, starting.hosts());
                System.setProperty("archive.search.hosts", starting.hosts());
                cluster = starting;
            }
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        synchronized (ClusterTestRun.class) {
            if (cluster != null) {
                cluster.stop();
                cluster = null;
            }
        }
    }
}
