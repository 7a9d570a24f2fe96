package org.cablearchive.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * One real PostgreSQL 17 for the whole test run, started before the first test and stopped after the last.
 * Every Spring context of the run connects to it through the system properties set here, so none starts an
 * embedded server of its own. It keeps the library's fast test settings (no fsync): test data need not survive
 * a crash.
 */
public class TestDatabase implements LauncherSessionListener {

    public static final String ADMIN_PASSWORD = "test-admin-password";

    private static EmbeddedPostgres postgres;
    private static Path dataDir;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            postgres = null;
        }
    }

    /** Starts the server once; safe to call from anywhere (an IDE may run tests without the session listener). */
    public static synchronized EmbeddedPostgres start() {
        if (postgres == null) {
            try {
                dataDir = Files.createTempDirectory("cable-archive-test");
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL for the tests", e);
            }
            System.setProperty("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
            System.setProperty("spring.datasource.username", "postgres");
            System.setProperty("spring.datasource.password", "");
            // A context a test slice starts without the archive's own pool (storage.ConnectionPool) gets Boot's, which
            // waits 30 s for a connection. At the end of the run the server stops while the contexts close, and the
            // event publication registry asks for a connection as it closes: wait as the archive's pool does.
            System.setProperty("spring.datasource.hikari.connection-timeout", "1500");
            System.setProperty("archive.data-dir", dataDir.toString());
            System.setProperty("archive.admin-password", ADMIN_PASSWORD);
            // Test classes with different configurations get application contexts of their own, alive side by side:
            // each needs a search index of its own (Lucene allows one writer per index), built from what its tests
            // put in, not rebuilt in the background under them.
            System.setProperty("spring.jpa.properties.hibernate.search.backend.directory.root",
                    dataDir.resolve("index-${random.uuid}").toString());
            System.setProperty("archive.search.rebuild-when-behind", "false");
            // The tests load the volumes they need themselves: the demo content is the seed telegram alone.
            System.setProperty("archive.demo-content", Seed.FOLDER.toString());
        }
        return postgres;
    }

    /** A database of its own on the shared test server, created empty (dropped first if an earlier run left it). */
    public static String freshDatabase(String name) throws java.sql.SQLException {
        EmbeddedPostgres server = start();
        try (java.sql.Connection c = server.getPostgresDatabase().getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name);
            s.execute("create database " + name);
        }
        return server.getJdbcUrl("postgres", name);
    }
}
