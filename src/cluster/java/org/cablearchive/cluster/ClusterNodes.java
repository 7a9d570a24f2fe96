package org.cablearchive.cluster;

import org.junit.jupiter.api.Assumptions;

/**
 * The two Cable Archive nodes of the cluster tests (ports 18290 and 18291), started once for the run and shared by
 * its test classes (a node takes tens of seconds to start on a busy machine), both on the OpenSearch cluster and
 * the one PostgreSQL. A test that stops one starts it again before it ends.
 */
final class ClusterNodes {

    /** {@code -Dcluster.app.port}: node A's port, 18290 by default; B's and the Lucene node's follow it. */
    static final int PORT_A = Integer.getInteger("cluster.app.port", 18290);
    static final int PORT_B = PORT_A + 1;
    static final int PORT_LUCENE = PORT_A + 2;

    private static AppNode a;
    private static AppNode b;

    private ClusterNodes() {
    }

    /** Skips the test outside the cluster profile's run (no OpenSearch cluster to run on). */
    static void assumeCluster() {
        Assumptions.assumeTrue(ClusterTestRun.cluster() != null,
                "runs in ./mvnw verify -Pcluster, on the OpenSearch cluster it starts");
    }

    static synchronized AppNode a() {
        if (a == null) {
            a = AppNode.start(PORT_A);
            Runtime.getRuntime().addShutdownHook(new Thread(a::close));
        }
        return a;
    }

    static synchronized AppNode b() {
        if (b == null) {
            b = AppNode.start(PORT_B);
            Runtime.getRuntime().addShutdownHook(new Thread(b::close));
        }
        return b;
    }
}
