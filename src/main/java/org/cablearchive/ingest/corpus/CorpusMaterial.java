package org.cablearchive.ingest.corpus;

import static org.cablearchive.records.tei.TeiNames.GAP;
import static org.cablearchive.records.tei.TeiNames.HEAD;
import static org.cablearchive.records.tei.TeiNames.NOTE;
import static org.cablearchive.records.tei.TeiNames.P;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.cablearchive.records.tei.reader.FrusTeiReader;
import org.cablearchive.records.VolumeSink;
import org.cablearchive.people.PersonDraft;
import org.cablearchive.people.TermDraft;
import org.cablearchive.records.Body;
import org.cablearchive.records.ChapterDraft;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.FileNumber;
import org.cablearchive.records.Party;
import org.cablearchive.records.UnreadableVolumeException;
import org.cablearchive.records.VolumeDocumentDraft;
import org.cablearchive.records.VolumeDraft;
import org.cablearchive.records.VolumePartDraft;

/**
 * Real FRUS text to build a corpus from: the paragraphs, heads, footnotes, persons, dateline places and file
 * subjects of every TEI volume in a folder, read with the archive's own TEI reader. Each pool holds at most
 * {@link #POOL} entries (a sample, the same for the same files), so a folder of a hundred volumes fits in a small heap.
 */
public final class CorpusMaterial {

    static final int POOL = 40_000;
    private static final int MIN_PARAGRAPH = 60;

    final List<String> paragraphs = new ArrayList<>();
    final List<String> heads = new ArrayList<>();
    final List<String> footnotes = new ArrayList<>();
    final List<PersonDraft> persons = new ArrayList<>();
    final List<String> places = new ArrayList<>();
    final List<String> fileSubjects = new ArrayList<>();
    final List<String> chapterTitles = new ArrayList<>();
    int volumes;
    int documentsRead;

    private final Random sampling = new Random(1861);
    private final Map<String, PersonDraft> personsByName = new LinkedHashMap<>();
    private final Map<String, String> placesSeen = new LinkedHashMap<>();
    private final Map<String, String> subjectsSeen = new LinkedHashMap<>();
    private long paragraphsSeen;
    private long headsSeen;
    private long footnotesSeen;

    /** Reads every {@code .xml} file of the folder (in name order), or the one file named. */
    public static CorpusMaterial read(Path folderOrFile) {
        List<Path> files;
        try (Stream<Path> s = Files.isDirectory(folderOrFile) ? Files.list(folderOrFile) : Stream.of(folderOrFile)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + folderOrFile + ": " + e.getMessage(), e);
        }
        CorpusMaterial m = new CorpusMaterial();
        FrusTeiReader reader = new FrusTeiReader();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                reader.read(in, file.getFileName().toString().replaceFirst("\\.xml$", ""), m.new Harvest());
                m.volumes++;
            } catch (UnreadableVolumeException e) {
                System.err.println(file.getFileName() + ": skipped, not a FRUS volume the archive reads (" + e.getMessage() + ")");
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        m.persons.addAll(m.personsByName.values());
        m.places.addAll(m.placesSeen.values());
        m.fileSubjects.addAll(m.subjectsSeen.values());
        if (m.paragraphs.isEmpty() || m.heads.isEmpty()) {
            throw new IllegalArgumentException("No FRUS documents found in " + folderOrFile + ": name a folder of FRUS TEI volumes");
        }
        return m;
    }

    /** What was read, in a line. */
    public String summary() {
        return String.format(Locale.ROOT, "%d paragraphs, %d heads, %d footnotes, %d persons, %d places, %d file subjects "
                + "from %d volumes (%d documents)", paragraphs.size(), heads.size(), footnotes.size(), persons.size(),
                places.size(), fileSubjects.size(), volumes, documentsRead);
    }

    /** Keeps a uniform sample of at most POOL items (reservoir sampling, seeded: the same files give the same pool). */
    private long sample(List<String> pool, long seen, String item) {
        if (pool.size() < POOL) {
            pool.add(item);
        } else {
            long at = (long) (sampling.nextDouble() * (seen + 1));
            if (at < POOL) {
                pool.set((int) at, item);
            }
        }
        return seen + 1;
    }

    private final class Harvest implements VolumeSink {

        @Override
        public void volume(VolumeDraft volume) {
        }

        @Override
        public void person(PersonDraft person) {
            String name = person.name() == null ? "" : person.name().strip();
            if (name.length() >= 3 && name.length() <= 80 && personsByName.size() < POOL) {
                personsByName.putIfAbsent(name.toLowerCase(Locale.ROOT), person);
            }
        }

        @Override
        public void term(TermDraft term) {
        }

        @Override
        public void part(VolumePartDraft part) {
        }

        @Override
        public void chapter(ChapterDraft chapter) {
            if (chapter.title() != null && !chapter.title().isBlank() && chapterTitles.size() < POOL) {
                chapterTitles.add(chapter.title().strip());
            }
        }

        @Override
        public void document(VolumeDocumentDraft document) {
            documentsRead++;
            DocumentDraft d = document.draft();
            if (d.title() != null && !d.title().isBlank()) {
                headsSeen = sample(heads, headsSeen, d.title().strip());
            }
            for (DocumentDraft.FootnoteDraft f : d.footnotes()) {
                if (f.text() != null && f.text().strip().length() >= 10) {
                    footnotesSeen = sample(footnotes, footnotesSeen, f.text().strip());
                }
            }
            if (d.place() != null && !d.place().isBlank() && d.place().length() <= 60) {
                placesSeen.putIfAbsent(d.place().strip().toLowerCase(Locale.ROOT), d.place().strip());
            }
            FileNumber.parseOptional(d.fileNumber()).map(FileNumber::subject).filter(s -> !s.isBlank() && s.length() <= 20)
                    .ifPresent(s -> subjectsSeen.putIfAbsent(s, s));
            // Senders and recipients named in heads but missing from a persons list (older volumes have none).
            for (Party party : List.of(d.sender(), d.recipient())) {
                String name = party.name();
                if (name != null && name.length() >= 3 && name.length() <= 60 && Character.isUpperCase(name.charAt(0))
                        && personsByName.size() < POOL) {
                    personsByName.putIfAbsent(name.toLowerCase(Locale.ROOT),
                            new PersonDraft("p_h" + personsByName.size(), name, party.role()));
                }
            }
            for (String p : paragraphsOf(d.body())) {
                paragraphsSeen = sample(paragraphs, paragraphsSeen, p);
            }
        }

        @Override
        public void warning(String message) {
        }
    }

    /** The plain text of each paragraph of a body, whitespace collapsed; short ones (a dateline, a signature) left out. */
    static List<String> paragraphsOf(Body body) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int[] depth = {0};
        int[] skip = {0};
        body.walk(new Body.Visitor() {
            @Override
            public void start(String element, Map<String, String> attributes) {
                if (element.equals(P) && depth[0] == 0) {
                    current.setLength(0);
                }
                if (element.equals(P)) {
                    depth[0]++;
                } else if (element.equals(NOTE) || element.equals(GAP) || element.equals(HEAD)) {
                    skip[0]++;
                }
            }

            @Override
            public void end(String element) {
                if (element.equals(P)) {
                    depth[0]--;
                    if (depth[0] == 0) {
                        String text = current.toString().replaceAll("\\s+", " ").strip();
                        if (text.length() >= MIN_PARAGRAPH) {
                            out.add(text);
                        }
                    }
                } else if (element.equals(NOTE) || element.equals(GAP) || element.equals(HEAD)) {
                    skip[0]--;
                }
            }

            @Override
            public void text(String text) {
                if (depth[0] > 0 && skip[0] == 0) {
                    current.append(text);
                }
            }
        });
        return out;
    }
}
