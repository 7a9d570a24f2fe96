package org.cablearchive.ingest.volumes;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.cablearchive.people.Glossary;
import org.cablearchive.people.PersonDraft;
import org.cablearchive.people.Persons;
import org.cablearchive.people.TermDraft;
import org.cablearchive.records.ChapterDraft;
import org.cablearchive.records.UnreadableVolumeException;
import org.cablearchive.records.VolumeDocumentDraft;
import org.cablearchive.records.VolumeDraft;
import org.cablearchive.records.VolumePartDraft;
import org.cablearchive.records.VolumeSink;
import org.cablearchive.records.VolumeStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports one volume, in any format a {@link VolumeReader} reads ({@link VolumeReaders}; FRUS TEI is the archive's
 * own): all of it in one transaction, or nothing. The file is read as a stream, a document at a time, so memory does
 * not grow with the volume.
 */
@Service
public class VolumeImporter {

    /** Warnings kept per volume; beyond this they are counted, not listed. */
    static final int MAX_WARNINGS = 500;

    private final VolumeReaders readers;
    private final VolumeStore store;
    private final Persons persons;
    private final Glossary glossary;

    VolumeImporter(VolumeReaders readers, VolumeStore store, Persons persons, Glossary glossary) {
        this.readers = readers;
        this.store = store;
        this.persons = persons;
        this.glossary = glossary;
    }

    /**
     * How to import: as drafts instead of published, whether to overwrite documents edited since, and whether changes
     * to published documents are published at once ({@code --publish-changes}: an editor's choice, see
     * {@link org.cablearchive.records.ReviewPolicy}) instead of waiting for review.
     */
    public record Options(boolean asDraft, boolean force, boolean publishChanges) {

        public Options(boolean asDraft, boolean force) {
            this(asDraft, force, false);
        }
    }

    /** Told after every document: how many so far, and how far into the file the reader is. */
    public interface Progress {
        Progress NONE = (documents, bytesRead) -> { };

        void advanced(int documents, long bytesRead);
    }

    /** What an import did. */
    public record Result(String volumeId, String volumeTitle, int documents, int created, int updated,
                         List<String> conflicts, List<String> warnings, int resolvedReferences, List<String> forReview) {

        public Result(String volumeId, String volumeTitle, int documents, int created, int updated,
                      List<String> conflicts, List<String> warnings, int resolvedReferences) {
            this(volumeId, volumeTitle, documents, created, updated, conflicts, warnings, resolvedReferences, List.of());
        }
    }

    /**
     * Imports a file in the format its name says ({@link VolumeReaders#forFile}).
     *
     * @param fileName the file's name as given (its ending picks the reader; without it, the volume id when the file
     *                 names none)
     * @throws UnreadableVolumeException when the file is not a volume in that format (nothing is changed then)
     */
    @Transactional
    public Result importFile(InputStream in, String fileName, Options options, Progress progress, String by) {
        VolumeReader reader = readers.forFile(fileName);
        return read(reader, in, fileName, reader.baseName(fileName), options, progress, by);
    }

    /**
     * Imports a file in the archive's own format ({@link VolumeReaders#standard}, FRUS TEI).
     *
     * @param fileBaseName the file's name without its ending, the volume id when the file names none
     * @throws UnreadableVolumeException when the file is not such a volume (nothing is changed then)
     */
    @Transactional
    public Result importVolume(InputStream in, String fileBaseName, Options options, Progress progress, String by) {
        VolumeReader reader = readers.standard();
        return read(reader, in, fileBaseName + reader.extensions().get(0), fileBaseName, options, progress, by);
    }

    private Result read(VolumeReader reader, InputStream in, String fileName, String fileBaseName, Options options,
                        Progress progress, String by) {
        CountingStream counting = new CountingStream(in);
        Sink sink = new Sink(options, progress, counting, by, fileName);
        reader.read(counting, fileBaseName, sink);
        if (sink.load == null) {
            throw reader.noVolumeIn();
        }
        sink.registerLists();
        VolumeStore.VolumeLoad.Report report = sink.load.finish();
        if (sink.documents == 0) {
            sink.warn("The volume holds no documents.");
        }
        return new Result(report.volumeId(), sink.volume.title(), sink.documents, report.created(), report.updated(),
                report.conflicts(), sink.warnings, report.resolvedReferences(), report.forReview());
    }

    /**
     * What to tell the person importing when the archive itself refused a volume (a database rule, a record the
     * model cannot hold): that nothing of it was saved, and the first line of the deepest cause, which names the
     * rule (the rest of a database message may quote a whole row).
     */
    public static String refusal(RuntimeException e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
        int newline = message.indexOf('\n');
        if (newline > 0) {
            message = message.substring(0, newline).strip();
        }
        if (message.length() > 300) {
            message = message.substring(0, 299) + "…";
        }
        return "not imported, nothing of this volume was saved: the archive refused it (" + message + ")";
    }

    private final class Sink implements VolumeSink {
        private final Options options;
        private final Progress progress;
        private final CountingStream counting;
        private final String by;
        private final String file;
        private final List<String> warnings = new ArrayList<>();
        private VolumeDraft volume;
        private VolumeStore.VolumeLoad load;
        private final List<PersonDraft> persons = new ArrayList<>();
        private final List<TermDraft> terms = new ArrayList<>();
        private boolean listsRegistered;
        private int documents;
        private int droppedWarnings;

        Sink(Options options, Progress progress, CountingStream counting, String by, String file) {
            this.file = file;
            this.options = options;
            this.progress = progress;
            this.counting = counting;
            this.by = by;
        }

        @Override
        public void volume(VolumeDraft draft) {
            volume = draft;
            load = store.load(draft, options.asDraft(), options.force(),
                    new VolumeStore.Changes(options.publishChanges(), "file " + file), by);
        }

        @Override
        public void person(PersonDraft person) {
            persons.add(person);
        }

        @Override
        public void term(TermDraft term) {
            terms.add(term);
        }

        /** The front matter's lists are written in one go, before the first chapter or document needs them. */
        void registerLists() {
            if (!listsRegistered) {
                listsRegistered = true;
                VolumeImporter.this.persons.registerAll(volume.id(), persons);
                glossary.registerVolumeTerms(volume.id(), terms);
            }
        }

        @Override
        public void chapter(ChapterDraft chapter) {
            registerLists();
            load.chapter(chapter);
        }

        @Override
        public void part(VolumePartDraft part) {
            load.part(part);
        }

        @Override
        public void document(VolumeDocumentDraft document) {
            registerLists();
            load.document(document);
            documents++;
            progress.advanced(documents, counting.count);
        }

        @Override
        public void warning(String message) {
            warn(message);
        }

        void warn(String message) {
            if (warnings.size() < MAX_WARNINGS) {
                warnings.add(message);
            } else if (++droppedWarnings == 1) {
                warnings.add("… more warnings were left out.");
            }
        }
    }

    /** Counts the bytes read, so that progress can be told as a share of the file. */
    private static final class CountingStream extends FilterInputStream {
        private volatile long count; // written by the reading thread, read for progress by the saving one

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
