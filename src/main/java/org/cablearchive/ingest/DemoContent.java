package org.cablearchive.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.cablearchive.ingest.plaintext.PlainTextTelegramReader;
import org.cablearchive.ingest.volumes.ImportJobs;
import org.cablearchive.ingest.volumes.VolumeImporter;
import org.cablearchive.ingest.volumes.VolumeReaders;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.DocumentStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Fills an empty archive with demo content, so that a first start shows real documents. From the location
 * {@code archive.demo-content} names (the demo content inside the application by default, or a folder), every
 * plain-text telegram ({@code *.txt}) is read and published, and every volume in a format the archive reads
 * ({@link VolumeReaders}: {@code *.xml} for FRUS TEI), gzipped or not ({@code *.xml.gz}), goes through the normal
 * volume import (published, indexed) in the background. An empty value turns demo content off.
 */
@Component
@Order(10)
class DemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    private final DocumentCatalog catalog;
    private final ImportJobs imports;
    private final VolumeReaders readers;
    private final ResourcePatternResolver resources;
    private final String location;

    DemoContent(DocumentCatalog catalog, ImportJobs imports, VolumeReaders readers, ResourcePatternResolver resources,
                @Value("${archive.demo-content:}") String location) {
        this.catalog = catalog;
        this.imports = imports;
        this.readers = readers;
        this.resources = resources;
        this.location = location;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (location == null || location.isBlank() || !catalog.isEmpty()) {
            return;
        }
        String base = base(location.strip());
        if (base == null) {
            return;
        }
        PlainTextTelegramReader reader = new PlainTextTelegramReader();
        for (Resource text : found(base, "*.txt")) {
            try (InputStream in = text.getInputStream()) {
                String id = catalog.create(reader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8)).draft(),
                        DocumentStatus.PUBLISHED, "demo");
                log.info("Loaded demo document {} from {}", id, text.getFilename());
            }
        }
        List<ImportJobs.Upload> volumes = new ArrayList<>();
        String[] patterns = readers.extensions().stream().flatMap(e -> Stream.of("*" + e, "*" + e + ".gz"))
                .toArray(String[]::new);
        for (Resource volume : found(base, patterns)) {
            volumes.add(upload(volume));
        }
        if (!volumes.isEmpty()) {
            imports.submit(volumes, new VolumeImporter.Options(false, false), "demo");
            log.info("Importing {} demo volume(s) in the background", volumes.size());
        }
    }

    /** The location as a resource pattern prefix ending in a slash; null (after saying why) for a missing folder. */
    private static String base(String location) {
        String base = location;
        if (!location.startsWith("classpath:") && !location.startsWith("file:")) {
            Path dir = Path.of(location);
            if (!Files.isDirectory(dir)) {
                log.info("No demo content: the folder {} does not exist (set archive.demo-content to another)",
                        dir.toAbsolutePath());
                return null;
            }
            base = dir.toAbsolutePath().toUri().toString();
        }
        return base.endsWith("/") ? base : base + "/";
    }

    private List<Resource> found(String base, String... patterns) throws IOException {
        List<Resource> all = new ArrayList<>();
        for (String pattern : patterns) {
            all.addAll(Arrays.asList(resources.getResources(base + pattern)));
        }
        all.sort(Comparator.comparing(r -> String.valueOf(r.getFilename())));
        return all;
    }

    private static ImportJobs.Upload upload(Resource volume) {
        String file = String.valueOf(volume.getFilename());
        boolean gzipped = file.endsWith(".gz");
        String name = gzipped ? file.substring(0, file.length() - 3) : file;
        return new ImportJobs.Upload() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() throws IOException {
                InputStream in = volume.getInputStream();
                return gzipped ? new GZIPInputStream(in, 64 * 1024) : in;
            }
        };
    }
}
