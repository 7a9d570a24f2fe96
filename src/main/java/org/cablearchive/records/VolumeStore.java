package org.cablearchive.records;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cablearchive.accounts.Reader;

/** Whole volumes in and out: loading a volume's documents, and reading them back in volume order. */
public interface VolumeStore {

    /**
     * Starts loading a volume within the caller's transaction: creates the volume, or takes its newer header.
     * Documents then arrive one at a time through the returned {@link VolumeLoad}.
     *
     * @param asDraft new documents are DRAFT instead of PUBLISHED
     * @param force   documents edited since the last import are overwritten instead of reported as conflicts
     */
    default VolumeLoad load(VolumeDraft volume, boolean asDraft, boolean force, String by) {
        return load(volume, asDraft, force, Changes.FOR_REVIEW, by);
    }

    /**
     * As {@link #load(VolumeDraft, boolean, boolean, String)}, saying what becomes of changes to published documents
     * ({@link ReviewPolicy}: they wait for review unless an editor publishes them with the import).
     */
    VolumeLoad load(VolumeDraft volume, boolean asDraft, boolean force, Changes changes, String by);

    /**
     * What a load does with a changed reading of a published document: {@code publish} it at once (an editor's
     * explicit choice, {@code --publish-changes}), or keep the published text and put the reading up for review as a
     * correction; {@code source}: the file it came from, for the revision and the audit log.
     */
    record Changes(boolean publish, String source) {
        public static final Changes FOR_REVIEW = new Changes(false, null);
    }

    /**
     * Begins a bulk load of many new volumes (the corpus command): the secondary indexes that no load reads are
     * dropped until {@link BulkLoad#close} builds them again in one pass and refreshes the planner's statistics.
     * Counts, keyset columns and references are kept exactly as by any load. An interrupted bulk load's indexes are
     * built again by the next bulk load or at the archive's next start.
     */
    BulkLoad bulkLoad();

    /** A bulk load under way: volumes are loaded with {@link #load}, each in a transaction of the caller's. */
    interface BulkLoad extends AutoCloseable {

        /**
         * Within the caller's transaction: its commit does not wait for the disk (a crash may lose the last few
         * volumes' commits, never half of one); {@link #close} commits durably, and all before it with it.
         */
        void commitLazily();

        /** Builds the deferred indexes again, analyzes the tables; returns how many indexes it built. */
        @Override
        void close();
    }

    Optional<VolumeDraft> volume(String id);

    /**
     * The volume's parts in file order (its TEI outside the documents, and a DOCUMENT part where each document
     * stands), read a batch at a time; empty for a volume imported before volumes were kept whole.
     */
    Iterator<VolumePartDraft> parts(String volumeId);

    /** The archive's xml:ids of the documents that have a place among the volume's parts. */
    Set<String> placedDocuments(String volumeId);

    /** The volume's front or back matter: each section (a div of {@code front} or {@code back}) as its TEI. */
    List<Matter> matter(String volumeId, VolumePartDraft.Zone zone);

    /**
     * A section of front or back matter as printed: its key ({@code xml:id}, else its place "front-2"), its title
     * (the head's text) and its TEI, to be shown with the body renderer.
     */
    record Matter(String key, String title, String tei) { }

    /** The volume's chapters in printed order, parents before their children. */
    List<ChapterDraft> chapters(String volumeId);

    /** The volume's documents in printed order, fetched a batch at a time; {@code staff} also gets unpublished ones. */
    Iterator<VolumeDocumentDraft> documents(String volumeId, Reader reader);

    /** One document as a volume would hold it (a document entered alone has no xml:id, number or chapter). */
    Optional<VolumeDocumentDraft> document(String id, Reader reader);

    List<VolumeSummary> volumes(Reader reader);

    /**
     * A page of the volumes, in id order, read by key: the first {@code size}, those after the volume {@code after},
     * or those just before the volume {@code before}; with the keys of the pages before and after it, if any.
     */
    VolumesPage volumes(Reader reader, String after, String before, int size);

    /** A page of volumes; {@code previous} and {@code next} are the keys of the neighbouring pages (null: none). */
    record VolumesPage(List<VolumeSummary> volumes, String previous, String next) { }

    /** Every volume's title by its id (cheap: no counting). */
    Map<String, String> titles();

    /** The volume's table of contents, or empty when there is no such volume or nothing in it the reader may see. */
    Optional<VolumeContents> contents(String id, Reader reader);

    Optional<VolumeSummary> summary(String id, Reader reader);

    /** One section of the volume's front or back matter by its key, shown as printed; empty when there is none. */
    Optional<VolumeContents.MatterView> matterSection(String id, String key, Reader reader);

    /** A volume with what it holds, counting only what the reader may see. */
    record VolumeSummary(String id, String title, Integer publishedYear, long documentCount, long footnoteCount,
                         String firstDate, String lastDate) { }

    /** A volume being loaded. Not thread-safe; lives as long as the caller's transaction. */
    interface VolumeLoad {

        void chapter(ChapterDraft chapter);

        /**
         * The next piece of the volume in file order; the first replaces whatever the volume kept before. A DOCUMENT
         * part comes just before its document.
         */
        void part(VolumePartDraft part);

        Outcome document(VolumeDocumentDraft document);

        /** Writes what is pending, resolves cross-references that this volume answers, and reports. */
        Report finish();

        /**
         * CREATED, UPDATED (took the new reading), UNCHANGED (the same reading: untouched), FOR_REVIEW (a published
         * document whose new reading waits for review), CONFLICT (edited since the last import: left alone).
         */
        enum Outcome { CREATED, UPDATED, CONFLICT, UNCHANGED, FOR_REVIEW }

        /**
         * What the load did: documents created and updated, those left alone because they were edited, and the
         * published documents whose new reading waits for review.
         */
        record Report(String volumeId, int created, int updated, List<String> conflicts, int resolvedReferences,
                      List<String> forReview) {

            public Report(String volumeId, int created, int updated, List<String> conflicts, int resolvedReferences) {
                this(volumeId, created, updated, conflicts, resolvedReferences, List.of());
            }
        }
    }
}
