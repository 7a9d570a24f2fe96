package org.cablearchive.records.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cablearchive.ingest.volumes.VolumeImporter;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.PublishedDocument;
import org.cablearchive.records.PublishedDocuments;
import org.cablearchive.records.PublishedDocuments.ChangeWindow;
import org.cablearchive.records.PublishedDocuments.Position;
import org.cablearchive.testing.ArchiveTest;
import org.cablearchive.testing.TestVolumes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Publication times, and published documents read by key in each order, on the real PostgreSQL; rolled back. */
@ArchiveTest
@Transactional
class PublishedDocumentsTest {

    private static final String PUBLIC = "status in ('PUBLISHED')";
    private static final String CHANGED = "greatest(published_at, updated_at)";

    @Autowired
    PublishedDocuments published;

    @Autowired
    DocumentCatalog catalog;

    @Autowired
    VolumeImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    private String alone;
    private String draft;

    @BeforeEach
    void someDocuments() {
        TestVolumes.importSmall(importer, "published-volume", 5, false);
        TestVolumes.importSmall(importer, "draft-volume", 2, true);
        alone = catalog.create(DocumentCatalogTest.telegram("4401", "1951-04-04", "Published alone", List.of()),
                DocumentStatus.PUBLISHED, "t");
        draft = catalog.create(DocumentCatalogTest.telegram("4402", "1951-04-05", "A draft", List.of()), DocumentStatus.DRAFT, "t");
    }

    private List<String> ids(String sql, Object... args) {
        return jdbc.queryForList(sql, String.class, args);
    }

    @Test
    void aDocumentCreatedOrImportedPublishedIsPublishedSinceItsCreation() {
        for (String id : List.of(alone, "published-volume-d1", "published-volume-d5")) {
            assertThat(jdbc.queryForObject("select published_at = created_at from document where id = ?", Boolean.class, id))
                    .as(id).isTrue();
        }
        for (String id : List.of(draft, "draft-volume-d1")) {
            assertThat(jdbc.queryForObject("select published_at from document where id = ?", Timestamp.class, id)).as(id).isNull();
        }
    }

    @Test
    void theDatabaseRefusesAPublishedDocumentWithoutAPublicationTime() {
        assertThatThrownBy(() -> jdbc.update("update document set published_at = null where id = ?", alone))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void changedPagesByKeyThroughEveryPublishedDocumentInChangeOrder() {
        List<String> expected = ids("select id from document where " + PUBLIC + " order by " + CHANGED + ", id");
        List<String> paged = new ArrayList<>();
        Position after = null;
        for (List<PublishedDocument> page = published.changed(ChangeWindow.ALL, null, 3); !page.isEmpty();
             page = published.changed(ChangeWindow.ALL, after, 3)) {
            assertThat(page).hasSizeLessThanOrEqualTo(3);
            page.forEach(d -> paged.add(d.id()));
            PublishedDocument last = page.get(page.size() - 1);
            after = new Position(last.changedAt(), last.id());
        }
        assertThat(paged).isEqualTo(expected).contains(alone).doesNotContain(draft, "draft-volume-d1");
        assertThat(published.countChanged(ChangeWindow.ALL)).isEqualTo(expected.size());
    }

    @Test
    void aWindowSelectsByChangeTimeAndVolume() {
        Instant t = Instant.parse("1999-01-02T03:04:05.678901Z");
        jdbc.update("update document set published_at = ?, updated_at = ? where id = ?", Timestamp.from(t), Timestamp.from(t),
                "published-volume-d2");
        List<PublishedDocument> exactly = published.changed(new ChangeWindow(t, t.plusNanos(1000), null), null, 10);
        assertThat(exactly).extracting(PublishedDocument::id)
                .isEqualTo(ids("select id from document where " + PUBLIC + " and " + CHANGED + " = ?", Timestamp.from(t)))
                .contains("published-volume-d2");
        assertThat(exactly.get(0).changedAt()).isEqualTo(t);
        assertThat(published.changed(new ChangeWindow(null, t, null), null, 10)).extracting(PublishedDocument::id)
                .doesNotContain("published-volume-d2");
        ChangeWindow volume = new ChangeWindow(null, null, "published-volume");
        assertThat(published.changed(volume, null, 100)).extracting(PublishedDocument::id)
                .containsExactlyInAnyOrderElementsOf(ids("select id from document where volume_id = 'published-volume'"));
        assertThat(published.countChanged(new ChangeWindow(null, null, "draft-volume"))).isZero();
        assertThat(published.earliestChange()).contains(
                jdbc.queryForObject("select min(" + CHANGED + ") from document where " + PUBLIC, Timestamp.class).toInstant());
    }

    @Test
    void idsAndBoundariesCutTheListByKey() {
        List<String> expected = ids("select id from document where " + PUBLIC + " order by id");
        List<String> paged = new ArrayList<>();
        String after = null;
        for (var page = published.ids(null, 4); !page.isEmpty(); page = published.ids(after, 4)) {
            page.forEach(s -> paged.add(s.id()));
            after = page.get(page.size() - 1).id();
        }
        assertThat(paged).isEqualTo(expected);
        List<String> everyThird = new ArrayList<>();
        for (int i = 2; i < expected.size(); i += 3) {
            everyThird.add(expected.get(i));
        }
        assertThat(published.boundaries(3)).isEqualTo(everyThird);
        assertThat(published.count()).isEqualTo(expected.size());
    }

    @Test
    void theNewestPublicationsComeFirstAndFindShowsPublishedDocumentsOnly() {
        assertThat(published.newest(5)).extracting(PublishedDocument::id)
                .isEqualTo(ids("select id from document where " + PUBLIC + " order by published_at desc, id desc limit 5"));
        PublishedDocument found = published.find(alone).orElseThrow();
        assertThat(found.title()).isEqualTo("Published alone");
        assertThat(found.sender().name()).isEqualTo("Kirk");
        assertThat(found.fileNumber()).isEqualTo("611.61/10–1551");
        assertThat(found.date().iso()).isEqualTo("1951-04-04");
        assertThat(published.find(draft)).isEmpty();
        assertThat(published.find("draft-volume-d1")).isEmpty();
        assertThat(published.find("published-volume-d1").orElseThrow().volumeTitle()).contains("published-volume");
    }

    @Test
    void theVolumesAreThoseWithAPublishedDocument() {
        assertThat(published.volumes()).extracting(PublishedDocuments.Volume::id).isEqualTo(ids(
                "select distinct volume_id from document where volume_id is not null and " + PUBLIC + " order by volume_id"))
                .contains("published-volume").doesNotContain("draft-volume");
        assertThat(published.volumes()).filteredOn(v -> v.id().equals("published-volume")).extracting(PublishedDocuments.Volume::title)
                .containsExactly(jdbc.queryForObject("select title from volume where id = 'published-volume'", String.class));
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> published.newest(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
