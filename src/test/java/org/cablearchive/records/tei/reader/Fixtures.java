package org.cablearchive.records.tei.reader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared FRUS fixtures (read-only, never copied) and small helpers to read them. */
final class Fixtures {

    static final Path FRUS = Path.of("..", "shared", "fixtures", "frus");
    static final String[] VOLUMES = {"frus1951v07p2", "frus1969-76v12", "frus1917-72PubDip"};

    private Fixtures() {
    }

    static Path volume(String name) {
        return FRUS.resolve(name + ".xml");
    }

    static CollectingSink read(String name) {
        return read(volume(name), name);
    }

    static CollectingSink read(Path file, String baseName) {
        CollectingSink sink = new CollectingSink();
        try (InputStream in = Files.newInputStream(file)) {
            new FrusTeiReader().read(in, baseName, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }

    static CollectingSink readString(String xml) {
        CollectingSink sink = new CollectingSink();
        new FrusTeiReader().read(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test", sink);
        return sink;
    }
}
