package org.cablearchive.ingest.volumes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.cablearchive.records.tei.reader.TeiImportException;
import org.cablearchive.people.Glossary;
import org.cablearchive.people.Persons;
import org.cablearchive.records.tei.CanonicalTei;
import org.cablearchive.publishing.VolumeTei;
import org.cablearchive.records.VolumeDocumentDraft;
import org.cablearchive.records.VolumeStore;
import org.cablearchive.testing.ArchiveTest;
import org.cablearchive.testing.Frus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Whole FRUS volumes into the real PostgreSQL, and back out as TEI. */
@ArchiveTest
class VolumeImportTest {

    @Autowired
    VolumeImporter importer;

    @Autowired
    VolumeStore volumes;

    @Autowired
    Persons persons;

    @Autowired
    Glossary glossary;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VolumeTei volumeTei;

    static List<String> volumeIds() {
        return Frus.VOLUMES;
    }

    private VolumeImporter.Result importFile(String volume, VolumeImporter.Options options) throws Exception {
        try (InputStream in = Files.newInputStream(Frus.file(volume))) {
            return importer.importVolume(in, volume, options, VolumeImporter.Progress.NONE, "test");
        }
    }

    @ParameterizedTest
    @MethodSource("volumeIds")
    void importsEveryDocumentFootnoteAndPageBreakOfTheVolume(String volume) throws Exception {
        Frus.Counts expected = Frus.count(volume);
        VolumeImporter.Result result = importFile(volume, new VolumeImporter.Options(false, true));

        assertThat(result.volumeId()).isEqualTo(volume);
        assertThat(result.documents()).isEqualTo(expected.documents());
        VolumeStore.VolumeSummary summary = volumes.summary(volume, org.cablearchive.testing.Readers.PUBLIC).orElseThrow();
        assertThat(summary.documentCount()).isEqualTo(expected.documents());
        assertThat(summary.footnoteCount()).isEqualTo(expected.footnotes());
        assertThat(pageBreaksStored(volume)).isEqualTo(expected.pageBreaks());
        assertThat(jdbc.sql("""
                        select count(*) from document where volume_id = ?
                          and regexp_replace(body, '<head.*</head>|<[^>]+>|\\s', '', 'g') = ''""")
                .param(volume).query(Long.class).single()).as("documents without a body").isZero();
    }

    @Test
    void telegramShorthandIsResolvedToTheTelegramItNames() throws Exception {
        importFile("frus1951v07p2", new VolumeImporter.Options(false, true));
        // d66 (Washington to Taipei) cites "Urtel 1362 Apr 7": Taipei's telegram 1362 of April 7, 1951, which is d63.
        assertThat(jdbc.sql("""
                        select target_document_id from cross_reference
                        where document_id = 'frus1951v07p2-d66' and kind = 'URTEL' and number = '1362'""")
                .query(String.class).single()).isEqualTo("frus1951v07p2-d63");
        // Every resolved telegram reference names a telegram of its number, on its date when one is printed.
        assertThat(jdbc.sql("""
                        select count(*) from cross_reference r join document t on t.id = r.target_document_id
                        where r.kind not in ('DOCUMENT', 'PAGE', 'OTHER')
                          and (t.telegram_number <> r.number
                               or (r.reference_date is not null and r.reference_date not between t.date_earliest and t.date_latest))""")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                        select count(*) from cross_reference r join document d on d.id = r.document_id
                        where d.volume_id = 'frus1951v07p2' and r.kind not in ('DOCUMENT', 'PAGE', 'OTHER')
                          and r.target_document_id is not null""")
                .query(Long.class).single()).isGreaterThan(50);
    }

    private long pageBreaksStored(String volume) {
        String sql = """
                select coalesce(sum((length(x) - length(replace(x, '<pb ', ''))) / 4), 0) from (
                  select body as x from document where volume_id = :v
                  union all select f.tei from footnote f join document d on d.id = f.document_id where d.volume_id = :v and f.tei is not null
                  union all select tei from volume_part where volume_id = :v and zone = 'BODY' and kind = 'FRAGMENT') t""";
        return jdbc.sql(sql).param("v", volume).query(Long.class).single();
    }

    @Test
    void importingAgainUpdatesInPlaceAndLeavesEditedDocumentsAlone() throws Exception {
        String volume = "frus1917-72PubDip";
        importFile(volume, new VolumeImporter.Options(false, true));
        String edited = volume + "-d3";
        jdbc.sql("update document set title = 'Edited by an archivist', version = version + 1 where id = ?").param(edited).update();

        long versions = jdbc.sql("select sum(version) from document where volume_id = ?").param(volume).query(Long.class).single();
        VolumeImporter.Result again = importFile(volume, new VolumeImporter.Options(false, false));
        assertThat(again.created()).isZero();
        assertThat(again.conflicts()).containsExactly(edited);
        assertThat(again.updated()).isZero(); // the same readings: nothing written
        assertThat(jdbc.sql("select sum(version) from document where volume_id = ?").param(volume).query(Long.class).single())
                .isEqualTo(versions);
        assertThat(title(edited)).isEqualTo("Edited by an archivist");

        // forced, the published document keeps what the public reads and gets the import's reading for review
        VolumeImporter.Result forced = importFile(volume, new VolumeImporter.Options(false, true));
        assertThat(forced.conflicts()).isEmpty();
        assertThat(forced.forReview()).containsExactly(edited);
        assertThat(title(edited)).isEqualTo("Edited by an archivist");

        // forced with its changes published (an editor's choice): the import's reading is public at once
        VolumeImporter.Result published = importFile(volume, new VolumeImporter.Options(false, true, true));
        assertThat(published.updated()).isEqualTo(1);
        assertThat(title(edited)).isNotEqualTo("Edited by an archivist");
        assertThat(jdbc.sql("select count(*) from document where volume_id = ?").param(volume).query(Long.class).single())
                .isEqualTo(Frus.count(volume).documents());
    }

    @Test
    void aVolumeTheDatabaseRefusesSavesNothingAndSaysWhy() {
        // Well-formed FRUS TEI, but the second document's id is longer than the archive keeps (120 characters).
        String tooLong = "d" + "9".repeat(130);
        String tei = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title type=\"complete\">"
                + "Refused</title></titleStmt><publicationStmt><idno type=\"frus\">refused-volume</idno></publicationStmt>"
                + "</fileDesc></teiHeader><text><body><div type=\"chapter\" xml:id=\"ch1\"><head>One</head>"
                + "<div type=\"document\" xml:id=\"d1\" n=\"1\"><head>1. A</head><p>a</p></div>"
                + "<div type=\"document\" xml:id=\"" + tooLong + "\" n=\"2\"><head>2. B</head><p>b</p></div>"
                + "</div></body></text></TEI>";
        RuntimeException refused = org.assertj.core.api.Assertions.catchThrowableOfType(RuntimeException.class,
                () -> importer.importVolume(new java.io.ByteArrayInputStream(tei.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        "refused", new VolumeImporter.Options(false, false), VolumeImporter.Progress.NONE, "test"));
        assertThat(refused).isNotNull();
        assertThat(VolumeImporter.refusal(refused)).startsWith("not imported, nothing of this volume was saved")
                .contains("value too long").doesNotContain("\n");
        assertThat(jdbc.sql("select count(*) from volume where id = 'refused-volume'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from document where id = 'refused-volume-d1'").query(Long.class).single()).isZero();
    }

    private String title(String id) {
        return jdbc.sql("select title from document where id = ?").param(id).query(String.class).single();
    }

    @Test
    void aHostileFileChangesNothing() {
        long before = jdbc.sql("select count(*) from document").query(Long.class).single();
        String billionLaughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><TEI>&lol2;</TEI>";
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE TEI [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><div type=\"document\" xml:id=\"d1\"><p>&x;</p></div></body></text></TEI>";
        for (String hostile : List.of(billionLaughs, xxe, "not xml at all", "<html><body>a page</body></html>")) {
            assertThatThrownBy(() -> importer.importVolume(new ByteArrayInputStream(hostile.getBytes(StandardCharsets.UTF_8)),
                    "hostile", new VolumeImporter.Options(false, false), VolumeImporter.Progress.NONE, "test"))
                    .isInstanceOf(TeiImportException.class).message().isNotBlank();
        }
        assertThat(jdbc.sql("select count(*) from document").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from volume where id = 'hostile'").query(Long.class).single()).isZero();
    }

    /** Volume titles are read once and kept (Spring's cache), and read again as soon as a volume's import has ended. */
    @Test
    void volumeTitlesAreCachedAndReadAgainAfterAnImport() throws Exception {
        String volume = "titles-cache-" + System.nanoTime();
        java.util.Map<String, String> titles = volumes.titles();
        assertThat(volumes.titles()).as("kept, not read again").isSameAs(titles).doesNotContainKey(volume);
        org.cablearchive.testing.Frus.importCopy(importer, "frus1917-72PubDip", volume, true);
        assertThat(volumes.titles()).isNotSameAs(titles).containsKey(volume);
        assertThat(volumes.titles().get(volume)).contains("Public Diplomacy");
    }

    @Test
    void aVolumeImportedAsDraftsIsNotPublic() throws Exception {
        String volume = "frus1917-72PubDip";
        deleteVolume(volume);
        try {
            VolumeImporter.Result result = importFile(volume, new VolumeImporter.Options(true, false));
            assertThat(volumes.summary(volume, org.cablearchive.testing.Readers.PUBLIC)).isEmpty();
            assertThat(volumes.summary(volume, org.cablearchive.testing.Readers.STAFF).orElseThrow().documentCount()).isEqualTo(result.documents());
        } finally {
            deleteVolume(volume);
        }
    }

    @ParameterizedTest
    @MethodSource("volumeIds")
    void importExportImportGivesIdenticalRecords(String volume) throws Exception {
        importFile(volume, new VolumeImporter.Options(false, true));
        Snapshot first = snapshot(volume);

        ByteArrayOutputStream tei = new ByteArrayOutputStream();
        assertThat(volumeTei.write(volume, org.cablearchive.testing.Readers.STAFF, tei)).isTrue();
        // the archive's export is the imported file, whole: header, front, body and back
        try (InputStream original = Files.newInputStream(Frus.file(volume))) {
            assertThat(CanonicalTei.differences(original, new ByteArrayInputStream(tei.toByteArray()), 5)).as(volume).isEmpty();
        }
        deleteVolume(volume);

        importer.importVolume(new ByteArrayInputStream(tei.toByteArray()), volume, new VolumeImporter.Options(false, false),
                VolumeImporter.Progress.NONE, "test");
        Snapshot second = snapshot(volume);
        assertThat(second.volume()).isEqualTo(first.volume());
        assertThat(second.persons()).isEqualTo(first.persons());
        assertThat(second.terms()).isEqualTo(first.terms());
        assertThat(second.chapters()).isEqualTo(first.chapters());
        assertThat(second.documents()).hasSameSizeAs(first.documents());
        for (int i = 0; i < first.documents().size(); i++) {
            assertThat(second.documents().get(i)).as(first.documents().get(i).xmlId()).isEqualTo(first.documents().get(i));
        }
    }

    record Snapshot(Object volume, List<?> persons, List<?> terms, List<?> chapters, List<VolumeDocumentDraft> documents) { }

    private Snapshot snapshot(String volume) {
        List<VolumeDocumentDraft> documents = new ArrayList<>();
        volumes.documents(volume, org.cablearchive.testing.Readers.STAFF).forEachRemaining(documents::add);
        return new Snapshot(volumes.volume(volume).orElseThrow(), persons.ofVolume(volume), glossary.termsOfVolume(volume),
                volumes.chapters(volume), documents);
    }

    private void deleteVolume(String volume) {
        jdbc.sql("delete from document where volume_id = ?").param(volume).update();
        jdbc.sql("delete from person_source where volume_id = ?").param(volume).update();
        jdbc.sql("delete from volume where id = ?").param(volume).update();
    }
}
