package org.cablearchive.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.VolumeLoaded;
import org.cablearchive.records.domain.Document;
import org.cablearchive.records.domain.NewDocumentsWritten;
import org.hibernate.CacheMode;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the index in step with PostgreSQL beyond what Hibernate Search does by itself (documents saved through
 * JPA are indexed when their transaction commits): a volume whose documents were written as plain rows is indexed
 * once its import has committed, and the whole index can be rebuilt from the database, with progress, by an
 * administrator or the {@code reindex} command. Both run on executors of Spring's ({@link SearchExecutors}), shut
 * down with the application.
 */
@Service
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final EntityManagerFactory emf;
    private final AsyncTaskExecutor rebuilds;
    private final AsyncTaskExecutor volumeIndexing;
    private volatile Rebuild rebuild = Rebuild.NONE;

    private final DocumentCatalog catalog;
    private final EntityManager em;
    private final TransactionTemplate readOnly;
    /** Indexing a batch of documents: the index is written when the transaction commits. */
    private final TransactionTemplate writing;
    private static final int BATCH = 100;
    private final boolean rebuildWhenBehind;
    /** Off for a bulk load (the corpus command), which rebuilds the whole index in one pass when it is done. */
    private final boolean indexImports;
    /** A bulk load's new documents are written to the index in the background, not awaited at each commit. */
    private final boolean indexLoadsLazily;
    /** Written beside the index after a full build: an index built by an older mapping is rebuilt at start. */
    private final Path versionFile;

    /** Raise it whenever the mapping (DocumentBinder) changes what the index holds. */
    public static final String MAPPING_VERSION = "5";

    SearchIndex(EntityManagerFactory emf, DocumentCatalog catalog, EntityManager em, PlatformTransactionManager transactions,
                @Qualifier(SearchExecutors.REBUILDS) AsyncTaskExecutor rebuilds,
                @Qualifier(SearchExecutors.VOLUME_INDEXING) AsyncTaskExecutor volumeIndexing,
                @Value("${archive.search.rebuild-when-behind:true}") boolean rebuildWhenBehind,
                @Value("${archive.search.index-imports:true}") boolean indexImports,
                @Value("${archive.search.index-loads-lazily:false}") boolean indexLoadsLazily,
                @Value("${spring.jpa.properties.hibernate.search.backend.directory.root}") String indexRoot) {
        this.emf = emf;
        this.rebuilds = rebuilds;
        this.volumeIndexing = volumeIndexing;
        this.catalog = catalog;
        this.em = em;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.rebuildWhenBehind = rebuildWhenBehind;
        this.indexImports = indexImports;
        this.indexLoadsLazily = indexLoadsLazily;
        this.versionFile = Path.of(indexRoot, "mapping-version");
    }

    /**
     * At start, an index that does not hold as many documents as the database (a new data folder's first start
     * after an upgrade, an index folder deleted or lost) is rebuilt in the background; searches answer meanwhile
     * from what is indexed.
     */
    @EventListener(ApplicationReadyEvent.class)
    void checkAtStart() {
        if (!rebuildWhenBehind) {
            return;
        }
        long inDatabase = databaseCount();
        long inIndex = indexedCount();
        String version = mappingVersion();
        boolean current = MAPPING_VERSION.equals(version);
        if (!current && version == null && inIndex == inDatabase) {
            writeMappingVersion(); // an index built as documents came, none rebuilt yet: this version's
        } else if (!current) {
            log.info("The search index was built by an older version of the archive: rebuilding it");
            // Lucene keeps a field's options (term vectors, offsets) for the life of an index: an index of another
            // mapping is dropped, not emptied, before it is filled again.
            Search.mapping(emf).scope(Document.class).schemaManager().dropAndCreate();
            startRebuild();
        } else if (inIndex != inDatabase) {
            log.info("The search index holds {} documents and the database {}: rebuilding the index", inIndex, inDatabase);
            startRebuild();
        }
    }

    private String mappingVersion() {
        try {
            return Files.readString(versionFile).strip();
        } catch (IOException e) {
            return null;
        }
    }

    private void writeMappingVersion() {
        try {
            Files.createDirectories(versionFile.getParent());
            Files.writeString(versionFile, MAPPING_VERSION + "\n");
        } catch (IOException e) {
            log.warn("Could not note the index's mapping version in {}", versionFile, e);
        }
    }

    /** How many documents the database holds (all of them, drafts too: the index holds every document). */
    public long databaseCount() {
        return catalog.size();
    }

    /** How many documents the index holds. */
    public long indexedCount() {
        Long count = readOnly.execute(status -> Search.session(em).search(Document.class).where(f -> f.matchAll())
                .fetchTotalHitCount());
        return count == null ? 0 : count;
    }

    /** How the last rebuild went, or the one running. */
    public record Rebuild(boolean running, long indexed, long total, Instant started, Instant finished, String error) {
        static final Rebuild NONE = new Rebuild(false, 0, 0, null, null, null);

        public int percent() {
            return total == 0 ? (running ? 0 : 100) : (int) Math.min(100, indexed * 100 / total);
        }
    }

    public Rebuild rebuildStatus() {
        return rebuild;
    }

    /**
     * A volume's import has committed: its documents are indexed in the background, one volume at a time in the order
     * they came ({@link SearchExecutors#VOLUME_INDEXING}), and are searchable a few seconds later (documents saved one
     * by one are searchable when their save returns). The event is kept in the event publication registry from the
     * import's own transaction until this has run: a node that dies first, or an indexing that fails, leaves it
     * outstanding, and it is delivered again ({@code storage.EventRedelivery}), so a re-import is never left stale in
     * the index. Reading a volume into the index again is harmless, so a delivery twice costs time, not correctness.
     */
    @Async(SearchExecutors.VOLUME_INDEXING)
    @ApplicationModuleListener(id = "search.volume-indexing", propagation = Propagation.NOT_SUPPORTED,
            condition = "!#event.onlyNewDocuments()")
    void volumeLoaded(VolumeLoaded event) {
        // A volume new to the archive was indexed from memory as it was written (newDocuments), and is not even kept
        // in the registry (the condition). A volume imported again is read again here, whole, whatever the load did
        // with each document: its changes made through the entity manager, and an index that lacked it (importing a
        // volume again brings its index up to date).
        if (indexImports) {
            indexVolumes(List.of(event.volumeId()));
        }
    }

    /**
     * A volume load wrote new documents as plain rows: they are indexed as they are in memory, never read back. Their
     * index documents are built now, in the loading transaction, and written when it commits (and only if it does):
     * searchable when the commit returns, or, for a bulk load ({@code archive.search.index-loads-lazily}), written
     * by the index's own threads while the load goes on, and made durable and searchable by {@link #flushLoads}.
     */
    @EventListener
    void newDocuments(NewDocumentsWritten event) {
        if (!indexImports) {
            return;
        }
        SearchSession session = Search.session(em);
        if (indexLoadsLazily) {
            session.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.async());
        }
        SearchIndexingPlan plan = session.indexingPlan();
        for (Document d : event.documents()) {
            plan.addOrUpdate(d);
        }
        plan.process(); // built now: the load empties its persistence context as it goes
    }

    /** After a lazily indexed bulk load: waits until every document given is written, commits and refreshes the index. */
    public void flushLoads() {
        var workspace = Search.mapping(emf).scope(Document.class).workspace();
        workspace.flush();
        workspace.refresh();
    }

    /** Waits until every volume imported so far is indexed (the import command does before it exits); false on timeout. */
    public boolean awaitVolumes(Duration timeout) {
        try {
            // The volumes' indexing was handed to this one-thread executor when each import committed: a task queued
            // now runs after them.
            volumeIndexing.submit(() -> { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        }
    }

    /**
     * Reads these volumes' documents into the index, a hundred at a time, each added or replaced (a volume imported
     * again must not leave a second copy of a document that was indexed already). A failure is thrown, after it is
     * logged: the event that asked for it then stays outstanding, to be delivered again.
     */
    public void indexVolumes(Collection<String> volumeIds) {
        try {
            List<String> ids = readOnly.execute(status -> em.createQuery(
                    "select d.id from Document d where d.volume.id in (:volumes) order by d.id", String.class)
                    .setParameter("volumes", volumeIds).getResultList());
            for (int from = 0; from < ids.size(); from += BATCH) {
                List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
                writing.executeWithoutResult(status -> {
                    SearchSession session = Search.session(em);
                    for (Document d : em.createQuery("select d from Document d where d.id in (:ids)", Document.class)
                            .setParameter("ids", batch).getResultList()) {
                        session.indexingPlan().addOrUpdate(d);
                    }
                });
            }
        } catch (RuntimeException e) {
            log.error("Volumes {} were saved but could not be indexed; their indexing will be tried again", volumeIds, e);
            throw e;
        }
    }

    /** Starts rebuilding the whole index in the background; false when a rebuild is running already. */
    public synchronized boolean startRebuild() {
        if (rebuild.running()) {
            return false;
        }
        rebuild = new Rebuild(true, 0, 0, Instant.now(), null, null);
        rebuilds.submit(this::rebuildNow);
        return true;
    }

    /** Rebuilds the whole index from the database and waits; returns how many documents it indexed. */
    public long rebuildNow() {
        Instant started = rebuild.running() ? rebuild.started() : Instant.now();
        AtomicLong added = new AtomicLong();
        AtomicLong total = new AtomicLong();
        rebuild = new Rebuild(true, 0, 0, started, null, null);
        try {
            Search.mapping(emf).scope(Document.class).massIndexer()
                    // Two threads read and convert documents (a batch: four queries, documents, footnotes, mentions,
                    // volumes); the backend's threads analyze and write them meanwhile. Ids are streamed, not paged.
                    .purgeAllOnStart(true).threadsToLoadObjects(2).batchSizeToLoadObjects(100).idFetchSize(1000)
                    .cacheMode(CacheMode.IGNORE)
                    .monitor(new MassIndexingMonitor() {
                        @Override
                        public void documentsAdded(long increment) {
                            rebuild = new Rebuild(true, added.addAndGet(increment), total.get(), started, null, null);
                        }

                        @Override
                        public void documentsBuilt(long increment) {
                        }

                        @Override
                        public void entitiesLoaded(long increment) {
                        }

                        @Override
                        public void addToTotalCount(long increment) {
                            total.addAndGet(increment);
                        }

                        @Override
                        public void indexingCompleted() {
                        }
                    })
                    .startAndWait();
            rebuild = new Rebuild(false, added.get(), Math.max(total.get(), added.get()), started, Instant.now(), null);
            writeMappingVersion();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            rebuild = new Rebuild(false, added.get(), total.get(), started, Instant.now(), "The rebuild was interrupted.");
        } catch (RuntimeException e) {
            log.error("The search index could not be rebuilt", e);
            rebuild = new Rebuild(false, added.get(), total.get(), started, Instant.now(),
                    "The rebuild failed: " + e.getMessage());
        }
        return added.get();
    }
}
