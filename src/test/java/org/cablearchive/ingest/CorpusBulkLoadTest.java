package org.cablearchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cablearchive.CableArchiveApplication;
import org.cablearchive.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The corpus command's bulk load (indexes deferred, commits lazy, rows by COPY) leaves the archive exactly as loading
 * the same volumes one ordinary import at a time does: the counts kept at write time, the keyset columns, the persons'
 * date order, the references resolved; and every index is back when it is done.
 */
class CorpusBulkLoadTest {

    private static final Path FRUS = Path.of("../shared/fixtures/frus");
    private static final int DOCUMENTS = 1_300; // three volumes, the last one short

    @TempDir
    static Path work;
    private static ConfigurableApplicationContext app;
    private static String jdbc;

    @BeforeAll
    static void start() throws Exception {
        jdbc = TestDatabase.freshDatabase("corpus_bulk");
        app = new SpringApplicationBuilder(CableArchiveApplication.class).run("--spring.datasource.url=" + jdbc,
                "--spring.main.web-application-type=none", "--archive.demo-content=", "--archive.search.index-imports=false",
                "--archive.search.rebuild-when-behind=false", "--spring.main.banner-mode=off",
                "--spring.jpa.properties.hibernate.search.backend.directory.root=" + work.resolve("index"));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aBulkLoadLeavesWhatOrdinaryImportsLeave() throws Exception {
        CorpusCommand corpus = app.getBean(CorpusCommand.class);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        emptyArchive();
        List<List<Object>> indexes = indexes();

        corpus.load(FRUS, 3, DOCUMENTS, quiet, quiet, false);
        Map<String, List<List<Object>>> ordinary = derived();
        emptyArchive();
        assertThat(derived().get("volumes")).isEmpty();

        corpus.load(FRUS, 3, DOCUMENTS, quiet, quiet, true);
        Map<String, List<List<Object>>> bulk = derived();

        assertThat(bulk.get("documents")).hasSize(DOCUMENTS);
        assertThat(bulk.get("volumes")).hasSize(3);
        assertThat(bulk.get("resolved").size()).isGreaterThan(50);
        for (String what : ordinary.keySet()) {
            assertThat(bulk.get(what)).as(what).isEqualTo(ordinary.get(what));
        }
        // Every index is back, as it was.
        assertThat(indexes()).isEqualTo(indexes);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            assertThat(rows(s, "select name from deferred_index")).isEmpty();
        }
    }

    private static void emptyArchive() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("truncate document, chapter, volume cascade");
        }
    }

    private static List<List<Object>> indexes() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            return rows(s, "select indexname, indexdef from pg_indexes where schemaname = current_schema() order by 1");
        }
    }

    @Test
    void anInterruptedBulkLoadsIndexesAreBuiltByTheNextLoad() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            // What a load cut short between dropping and building leaves behind.
            s.execute("insert into deferred_index select indexname, indexdef from pg_indexes "
                    + "where indexname = 'person_mention_person_sort_idx'");
            s.execute("drop index person_mention_person_sort_idx");
        }
        app.getBean(CorpusCommand.class).load(FRUS, 4, 10, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()), true);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            assertThat(rows(s, "select name from deferred_index")).isEmpty();
            assertThat(rows(s, "select indexdef from pg_indexes where indexname = 'person_mention_person_sort_idx'"))
                    .singleElement().asString().contains("(person_id, document_sort, document_id)");
        }
    }

    /** What the archive derives from its documents, keyed by what does not change from one load to the next. */
    private static Map<String, List<List<Object>>> derived() throws Exception {
        Map<String, List<List<Object>>> d = new LinkedHashMap<>();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            d.put("volumes", rows(s, """
                    select volume_id, status, documents, footnotes, cross_references, earliest, latest from volume_summary
                    where documents <> 0 or footnotes <> 0 or cross_references <> 0 order by 1, 2"""));
            d.put("persons", rows(s, """
                    select p.name, s.status, sum(s.documents) from person_summary s join person p on p.id = s.person_id
                    group by 1, 2 having sum(s.documents) <> 0 order by 1, 2"""));
            d.put("documents", rows(s, """
                    select id, status, row_number() over (order by list_seq),
                           case when public_seq is null then null else row_number() over (order by public_seq) end
                    from document order by id"""));
            d.put("resolved", rows(s, """
                    select document_id, key, target_document_id from cross_reference where target_document_id is not null
                    order by 1, 2"""));
            d.put("mentions", rows(s, """
                    select m.document_id, m.name_printed, m.role, p.name, m.document_sort from person_mention m
                    left join person p on p.id = m.person_id order by 1, 2, 3, 4, 5"""));
        }
        return d;
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection(jdbc, "postgres", "");
    }

    private static List<List<Object>> rows(Statement s, String sql) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.add(rs.getObject(i) == null ? null : rs.getObject(i).toString());
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
