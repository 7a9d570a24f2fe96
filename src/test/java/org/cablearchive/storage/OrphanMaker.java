package org.cablearchive.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Run in a JVM of its own by {@link EmbeddedDatabaseTest}: starts the archive's embedded server on a folder,
 * writes a row, says READY with the server's pid, and waits to be killed.
 */
public final class OrphanMaker {

    private OrphanMaker() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres pg = new EmbeddedDatabaseConfiguration().embeddedPostgres(Path.of(args[0])).server();
        long pid;
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create table left_behind (v text)");
            s.execute("insert into left_behind values ('written before the crash')");
            try (ResultSet rs = s.executeQuery("select pg_postmaster_start_time()")) {
                rs.next();
            }
        }
        pid = Long.parseLong(java.nio.file.Files.readAllLines(Path.of(args[0], "postgres", "postmaster.pid")).get(0).trim());
        System.out.println("READY " + pid);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
