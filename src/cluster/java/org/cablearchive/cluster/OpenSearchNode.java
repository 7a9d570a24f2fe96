package org.cablearchive.cluster;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.mapper.MapperExtrasPlugin;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * One OpenSearch node, run in a JVM of its own from OpenSearch's Maven artifacts (no distribution is needed): the
 * server with the modules Hibernate Search uses as plugin classes (HTTP over Netty, the common analyzers, the
 * extra field types, delete-by-query for the mass indexer). Arguments: node name, HTTP port, transport port, home
 * folder, the transport ports of every node of the cluster (comma-separated) and the names of the nodes that may
 * be elected cluster manager at the first start. It runs until the JVM is told to stop.
 */
public final class OpenSearchNode extends Node {

    private OpenSearchNode(Settings settings) {
        super(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> settings.get("node.name")),
                List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, MapperExtrasPlugin.class, ReindexPlugin.class), true);
    }

    public static void main(String[] args) throws Exception {
        String name = args[0];
        Path home = Path.of(args[3]);
        Settings.Builder settings = Settings.builder()
                .put("cluster.name", "cable-archive-test")
                .put("node.name", name)
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("network.host", "127.0.0.1")
                .put("http.port", args[1])
                .put("transport.port", args[2])
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                .putList("discovery.seed_hosts", List.of(args[4].split(",")).stream().map(p -> "127.0.0.1:" + p).toList())
                .putList("cluster.initial_cluster_manager_nodes", List.of(args[5].split(",")))
                // A shared test machine's disk may be fuller than the default watermarks allow for new shards.
                .put("cluster.routing.allocation.disk.threshold_enabled", false);
        Node node = new OpenSearchNode(settings.build()).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception e) {
                e.printStackTrace();
            }
            stopped.countDown();
        }));
        System.out.println("OpenSearch node " + name + " started");
        stopped.await(); // the node's threads are daemons: main keeps the JVM alive
    }
}
