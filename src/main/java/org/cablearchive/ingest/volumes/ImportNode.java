package org.cablearchive.ingest.volumes;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The name this app node gives itself in the import jobs it runs: {@code archive.node-id} when set, else the host's
 * name with a suffix of its own for this run (so that two nodes on one host, or a node and its restart, differ).
 */
@Component
class ImportNode {

    private final String id;

    ImportNode(@Value("${archive.node-id:}") String configured) {
        this.id = configured.isBlank() ? host() + "-" + UUID.randomUUID().toString().substring(0, 8) : configured.strip();
    }

    String id() {
        return id;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node";
        }
    }
}
