package org.cablearchive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cablearchive.ingest.volumes.ImportJobs;
import org.cablearchive.ingest.volumes.VolumeImporter;
import org.cablearchive.testing.Frus;
import org.cablearchive.testing.Seed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The archive for local work, with the tests' data: {@code ./mvnw spring-boot:test-run} (or this main from an IDE).
 * It is the application itself ({@link CableArchiveApplication}, with its embedded PostgreSQL) on a data folder of its
 * own ({@code target/test-archive}, so nothing mixes with {@code ./data}), holding what the tests read from
 * {@code ../shared/fixtures}: the founding telegram, published; two FRUS volumes two decades apart
 * ({@code frus1951v07p2}, {@code frus1969-76v12}), published; and {@code frus1917-72PubDip} imported as drafts, to
 * review at the desk. The volumes are queued as import jobs at the first start (watch them at {@code /imports}) and not
 * again. Any setting can still be given as usual ({@code --archive.data-dir=…}, {@code ARCHIVE_ADMIN_PASSWORD}).
 */
public class TestCableArchiveApplication {

    public static void main(String[] args) {
        defaultProperty("archive.data-dir", Path.of("target", "test-archive").toString());
        defaultProperty("archive.demo-content", Seed.FOLDER.toString());
        SpringApplication.from(CableArchiveApplication::main).with(TestData.class).run(args);
    }

    /** A system property unless the environment or the command line already says otherwise. */
    private static void defaultProperty(String name, String value) {
        String variable = name.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
        if (System.getProperty(name) == null && System.getenv(variable) == null) {
            System.setProperty(name, value);
        }
    }

    /** Queues the shared FRUS volumes for import once, after the demo content (the founding telegram) is in. */
    @TestConfiguration(proxyBeanMethods = false)
    static class TestData {

        private static final Logger log = LoggerFactory.getLogger(TestData.class);
        static final String BY = "test-data";

        @Bean
        @Order(20)
        ApplicationRunner testVolumes(ImportJobs imports, JdbcClient jdbc) {
            return args -> {
                if (jdbc.sql("select count(*) from import_job where created_by = ?").param(BY).query(Long.class).single() > 0) {
                    return;
                }
                imports.submit(List.of(upload("frus1951v07p2"), upload("frus1969-76v12")),
                        new VolumeImporter.Options(false, false), BY);
                imports.submit(List.of(upload("frus1917-72PubDip")), new VolumeImporter.Options(true, false), BY);
                log.info("Importing the shared FRUS volumes in the background (see /imports)");
            };
        }

        private static ImportJobs.Upload upload(String volume) {
            Path file = Frus.file(volume);
            return new ImportJobs.Upload() {
                @Override
                public String name() {
                    return file.getFileName().toString();
                }

                @Override
                public InputStream open() throws IOException {
                    return Files.newInputStream(file);
                }
            };
        }
    }
}
