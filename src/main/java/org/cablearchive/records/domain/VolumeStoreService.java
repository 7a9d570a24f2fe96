package org.cablearchive.records.domain;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.cablearchive.accounts.Reader;
import org.cablearchive.people.Persons;
import org.cablearchive.records.Body;
import org.cablearchive.records.ChapterDraft;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.VolumeContents;
import org.cablearchive.records.VolumeDocumentDraft;
import org.cablearchive.records.VolumeDraft;
import org.cablearchive.records.VolumeLoaded;
import org.cablearchive.records.VolumePartDraft;
import org.cablearchive.records.VolumeStore;
import org.cablearchive.records.tei.TeiNames;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class VolumeStoreService implements VolumeStore {

    /** The cache of {@link #titles()}. */
    static final String TITLES = "volumeTitles";

    private static final int EXPORT_BATCH = 100;
    private static final int PART_BATCH = 500;

    private final EntityManager em;
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final VolumeRepository volumes;
    private final ChapterRepository chapters;
    private final DocumentRepository documents;
    private final Persons persons;
    private final TransactionTemplate readOnly;
    private final ApplicationEventPublisher events;
    private final ArchiveSummaries summaries;
    private final DeferredIndexes deferredIndexes;

    VolumeStoreService(EntityManager em, JdbcClient jdbc, DataSource dataSource, VolumeRepository volumes, ChapterRepository chapters,
                       DocumentRepository documents, Persons persons, PlatformTransactionManager transactions,
                       ApplicationEventPublisher events, ArchiveSummaries summaries, DeferredIndexes deferredIndexes) {
        this.summaries = summaries;
        this.deferredIndexes = deferredIndexes;
        this.events = events;
        this.em = em;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.volumes = volumes;
        this.chapters = chapters;
        this.documents = documents;
        this.persons = persons;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public VolumeLoad load(VolumeDraft draft, boolean asDraft, boolean force, Changes changes, String by) {
        volumes.findById(draft.id()).ifPresentOrElse(v -> v.update(draft), () -> em.persist(new Volume(draft)));
        em.flush();
        return new VolumeLoader(em, jdbc, dataSource, draft.id(), () -> persons.idsOfVolume(draft.id()), asDraft, force, by,
                events, changes);
    }

    @Override
    public BulkLoad bulkLoad() {
        deferredIndexes.drop();
        return new BulkLoad() {
            @Override
            public void commitLazily() {
                jdbc.sql("set local synchronous_commit = off").update();
            }

            @Override
            public void close() {
                deferredIndexes.restore();
            }
        };
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<VolumeDraft> volume(String id) {
        return volumes.findById(id).map(Volume::draft);
    }

    @Override
    public Iterator<VolumePartDraft> parts(String volumeId) {
        return new Iterator<>() {
            private int after = -1;
            private List<Object[]> batch = List.of();
            private int inBatch;
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (inBatch < batch.size()) {
                    return true;
                }
                if (exhausted) {
                    return false;
                }
                // Read by key, a batch at a time, so that a large volume is never held whole.
                batch = readOnly.execute(tx -> jdbc.sql("""
                                select position, kind, zone, xml_id, tei from volume_part
                                where volume_id = ? and position > ? order by position limit ?""")
                        .params(volumeId, after, PART_BATCH)
                        .query((rs, n) -> new Object[] {rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5)})
                        .list());
                inBatch = 0;
                exhausted = batch.size() < PART_BATCH;
                if (!batch.isEmpty()) {
                    after = (Integer) batch.get(batch.size() - 1)[0];
                }
                return !batch.isEmpty();
            }

            @Override
            public VolumePartDraft next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Object[] row = batch.get(inBatch++);
                return new VolumePartDraft(VolumePartDraft.Kind.valueOf((String) row[1]),
                        VolumePartDraft.Zone.valueOf((String) row[2]), (String) row[3], (String) row[4]);
            }
        };
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> placedDocuments(String volumeId) {
        return new HashSet<>(jdbc.sql("select xml_id from volume_part where volume_id = ? and kind = 'DOCUMENT'")
                .param(volumeId).query(String.class).list());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Matter> matter(String volumeId, VolumePartDraft.Zone zone) {
        return VolumeMatter.sections(jdbc.sql("""
                        select kind, xml_id, tei from volume_part where volume_id = ? and zone = ? order by position""")
                .params(volumeId, zone.name())
                .query((rs, n) -> new VolumePartDraft(VolumePartDraft.Kind.valueOf(rs.getString(1)), zone, rs.getString(2),
                        rs.getString(3)))
                .list());
    }

    @Override
    @Transactional(readOnly = true)
    public List<ChapterDraft> chapters(String volumeId) {
        return chapters.ofVolume(volumeId).stream().map(Chapter::draft).toList();
    }

    @Override
    public Iterator<VolumeDocumentDraft> documents(String volumeId, Reader reader) {
        List<String> ids = readOnly.execute(tx -> documents.idsOfVolume(volumeId, statuses(reader)));
        return new Iterator<>() {
            private int next;
            private List<VolumeDocumentDraft> batch = List.of();
            private int inBatch;

            @Override
            public boolean hasNext() {
                return inBatch < batch.size() || next < ids.size();
            }

            @Override
            public VolumeDocumentDraft next() {
                if (inBatch == batch.size()) {
                    if (next >= ids.size()) {
                        throw new NoSuchElementException();
                    }
                    List<String> slice = ids.subList(next, Math.min(next + EXPORT_BATCH, ids.size()));
                    next += slice.size();
                    batch = readOnly.execute(tx -> documents.findAllByIdInOrder(slice).stream()
                            .map(VolumeDocumentDrafts::of).toList());
                    inBatch = 0;
                }
                return batch.get(inBatch++);
            }
        };
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<VolumeDocumentDraft> document(String id, Reader reader) {
        return documents.findById(id).filter(d -> d.isVisibleTo(reader)).map(VolumeDocumentDrafts::of);
    }

    @Override
    @Transactional(readOnly = true)
    public List<VolumeSummary> volumes(Reader reader) {
        return summaries(null, reader);
    }

    @Override
    @Transactional(readOnly = true)
    public VolumesPage volumes(Reader reader, String after, String before, int size) {
        List<VolumeSummary> read = summaries.volumes(after, before, size, reader);
        boolean more = read.size() > size;
        List<VolumeSummary> page;
        String previous;
        String next;
        if (before != null) {
            // read backwards: the extra one, if any, is the first, and the volume asked to stop before follows
            page = more ? read.subList(1, read.size()) : read;
            previous = more ? page.get(0).id() : null;
            next = page.isEmpty() ? null : page.get(page.size() - 1).id();
        } else {
            page = more ? read.subList(0, size) : read;
            previous = after == null || page.isEmpty() ? null : page.get(0).id();
            next = more ? page.get(page.size() - 1).id() : null;
        }
        return new VolumesPage(List.copyOf(page), previous, next);
    }

    /** Cached (Spring's cache on Caffeine, {@code spring.cache}): every search's facets and many pages name volumes. */
    @Override
    @Transactional(readOnly = true)
    @Cacheable(TITLES)
    public Map<String, String> titles() {
        Map<String, String> titles = new HashMap<>();
        jdbc.sql("select id, title from volume").query((rs, n) -> titles.put(rs.getString(1), rs.getString(2))).list();
        return Map.copyOf(titles);
    }

    /** A volume was loaded (new, or imported again under a new title): the titles are read again when next asked. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    @CacheEvict(cacheNames = TITLES, allEntries = true)
    public void volumeLoaded(VolumeLoaded event) {
        // the annotation empties the cache once the load's transaction has ended
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<VolumeSummary> summary(String id, Reader reader) {
        return summaries(id, reader).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<VolumeContents> contents(String id, Reader reader) {
        Optional<VolumeSummary> summary = summary(id, reader);
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<VolumeContents.Entry>> byChapter = new HashMap<>();
        List<VolumeContents.Entry> unchaptered = new ArrayList<>();
        for (Object[] row : documents.contentsOfVolume(id, statuses(reader))) {
            VolumeContents.Entry entry = new VolumeContents.Entry((String) row[0], (String) row[1], (String) row[2],
                    (String) row[3]);
            if (row[4] == null) {
                unchaptered.add(entry);
            } else {
                byChapter.computeIfAbsent((String) row[4], k -> new ArrayList<>()).add(entry);
            }
        }
        Map<String, List<ChapterDraft>> childrenOf = new HashMap<>();
        List<ChapterDraft> top = new ArrayList<>();
        for (ChapterDraft c : chapters(id)) {
            if (c.parentXmlId() == null) {
                top.add(c);
            } else {
                childrenOf.computeIfAbsent(c.parentXmlId(), k -> new ArrayList<>()).add(c);
            }
        }
        List<VolumeContents.MatterView> front = matter(id, VolumePartDraft.Zone.FRONT).stream()
                .map(m -> new VolumeContents.MatterView(m.key(), title(m), render(m))).toList();
        List<VolumeContents.MatterView> back = matter(id, VolumePartDraft.Zone.BACK).stream()
                .map(m -> new VolumeContents.MatterView(m.key(), title(m), null)).toList();
        return Optional.of(new VolumeContents(volume(id).orElseThrow(), summary.get(), unchaptered,
                sections(top, childrenOf, byChapter), front, back));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<VolumeContents.MatterView> matterSection(String id, String key, Reader reader) {
        if (summary(id, reader).isEmpty()) {
            return Optional.empty();
        }
        for (VolumePartDraft.Zone zone : List.of(VolumePartDraft.Zone.FRONT, VolumePartDraft.Zone.BACK)) {
            for (Matter m : matter(id, zone)) {
                if (m.key().equals(key)) {
                    return Optional.of(new VolumeContents.MatterView(m.key(), title(m), render(m)));
                }
            }
        }
        return Optional.empty();
    }

    private static String title(Matter m) {
        if (m.title() != null) {
            return m.title();
        }
        String name = VolumeMatter.name(m.tei());
        return name.equals("titlePage") ? "Title page" : m.key();
    }

    /** Front and back matter are shown with the body's renderer, as their TEI is the body's kind of TEI. */
    private static String render(Matter m) {
        return BodyHtml.render(Body.of("<body xmlns:" + TeiNames.FRUS_PREFIX + "=\"" + TeiNames.FRUS_NS + "\">"
                + m.tei() + "</body>"), Map.of(), Map.of());
    }

    private static List<VolumeContents.Section> sections(List<ChapterDraft> chapters, Map<String, List<ChapterDraft>> childrenOf,
                                                         Map<String, List<VolumeContents.Entry>> byChapter) {
        return chapters.stream()
                .map(c -> new VolumeContents.Section(c.xmlId(), c.kind(), c.title(), byChapter.getOrDefault(c.xmlId(), List.of()),
                        sections(childrenOf.getOrDefault(c.xmlId(), List.of()), childrenOf, byChapter)))
                .filter(s -> !s.documents().isEmpty() || !s.children().isEmpty())
                .toList();
    }

    private List<VolumeSummary> summaries(String onlyId, Reader reader) {
        return summaries.volumes(onlyId, reader);
    }

    private static List<DocumentStatus> statuses(Reader reader) {
        return List.copyOf(DocumentStatus.visibleTo(reader));
    }
}
