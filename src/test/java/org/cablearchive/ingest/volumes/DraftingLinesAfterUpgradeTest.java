package org.cablearchive.ingest.volumes;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.cablearchive.testing.ArchiveTest;
import org.cablearchive.testing.Frus;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An archive that imported a volume before the drafting line was kept (V22) and is upgraded in place: V23 fills the
 * lines by the importers' rule, and importing the same volume again then finds every published reading unchanged —
 * no correction to review for a line the volume always printed.
 */
@ArchiveTest
class DraftingLinesAfterUpgradeTest {

    private static final String VOLUME = "drafting-upgrade-1969";

    @Autowired
    VolumeImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    List<JavaMigration> javaMigrations;

    @Test
    void theMigrationGivesTheLinesAnImportWouldAndAReimportChangesNothing() throws Exception {
        Frus.importCopy(importer, "frus1969-76v12", VOLUME, false);
        List<String> imported = lines();
        assertThat(imported.stream().filter(line -> line != null).count()).as("documents with a drafting line")
                .isGreaterThan(20);

        jdbc.sql("update document set drafting = null where volume_id = ?").param(VOLUME).update();
        JavaMigration v23 = javaMigrations.stream().filter(m -> m.getVersion().getVersion().equals("23")).findFirst()
                .orElseThrow();
        try (Connection connection = dataSource.getConnection()) {
            v23.migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }
        assertThat(lines()).isEqualTo(imported);

        try (var in = Frus.renamed("frus1969-76v12", VOLUME)) {
            VolumeImporter.Result again = importer.importVolume(in, VOLUME, new VolumeImporter.Options(false, false),
                    VolumeImporter.Progress.NONE, "test");
            assertThat(again.updated()).isZero();
            assertThat(again.forReview()).isEmpty();
            assertThat(again.conflicts()).isEmpty();
        }
    }

    private List<String> lines() {
        return jdbc.sql("select drafting from document where volume_id = ? order by id").param(VOLUME)
                .query(String.class).list();
    }
}
