package org.cablearchive.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cablearchive.ingest.plaintext.PlainTextTelegramReader;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.DocumentStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills an empty archive with demo content, so that a first start shows real documents: every plain-text
 * telegram ({@code *.txt}) in the folder {@code archive.demo-content} names, published. The default is the
 * project's shared seed folder beside the checkout; an empty value turns demo content off.
 */
@Component
@Order(10)
class DemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    private final DocumentCatalog catalog;
    private final String folder;

    DemoContent(DocumentCatalog catalog, @Value("${archive.demo-content:}") String folder) {
        this.catalog = catalog;
        this.folder = folder;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (folder == null || folder.isBlank() || !catalog.isEmpty()) {
            return;
        }
        Path dir = Path.of(folder);
        if (!Files.isDirectory(dir)) {
            log.info("No demo content: the folder {} does not exist (set archive.demo-content to another)", dir.toAbsolutePath());
            return;
        }
        List<Path> texts;
        try (Stream<Path> files = Files.list(dir)) {
            texts = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        PlainTextTelegramReader reader = new PlainTextTelegramReader();
        for (Path text : texts) {
            String id = catalog.create(reader.read(Files.readString(text, StandardCharsets.UTF_8)).draft(),
                    DocumentStatus.PUBLISHED, "demo");
            log.info("Loaded demo document {} from {}", id, text.getFileName());
        }
    }
}
