package org.cablearchive.records.tei.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cablearchive.records.tei.reader.FrusTeiReader;
import org.cablearchive.records.VolumeSink;
import org.cablearchive.people.PersonDraft;
import org.cablearchive.people.TermDraft;
import org.cablearchive.records.ChapterDraft;
import org.cablearchive.records.VolumeDocumentDraft;
import org.cablearchive.records.VolumeDraft;
import org.cablearchive.records.VolumePartDraft;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Import → export → import gives the very same drafts, for the three real FRUS volumes: the writer puts back
 * what the reader took apart (hollowed notes, reader-made corresp), and keeps everything else as encoded.
 * Uses the ingest reader in tests only: publishing's main code does not depend on ingest.
 */
class FrusTeiRoundTripTest {

    private static final Path FRUS = Path.of("..", "shared", "fixtures", "frus");

    @ParameterizedTest
    @ValueSource(strings = {"frus1951v07p2", "frus1969-76v12", "frus1917-72PubDip"})
    void aVolumeReadsBackAsTheSameDrafts(String volume) throws Exception {
        Collected first;
        try (InputStream in = Files.newInputStream(FRUS.resolve(volume + ".xml"))) {
            first = read(in, volume);
        }
        Collected second = read(new ByteArrayInputStream(written(first)), volume);
        assertThat(second.parts).containsExactlyElementsOf(first.parts);
        assertThat(second.warnings).hasSameSizeAs(first.warnings); // the same warnings, at other lines
        assertSameDrafts(volume, first, second);
    }

    /** Written back, the whole file is the original: header, front, body and back, as canonical XML. */
    @ParameterizedTest
    @ValueSource(strings = {"frus1951v07p2", "frus1969-76v12", "frus1917-72PubDip"})
    void aVolumeWrittenBackIsTheOriginalFile(String volume) throws Exception {
        Collected read;
        try (InputStream in = Files.newInputStream(FRUS.resolve(volume + ".xml"))) {
            read = read(in, volume);
        }
        byte[] out = written(read);
        try (InputStream original = Files.newInputStream(FRUS.resolve(volume + ".xml"))) {
            assertThat(org.cablearchive.records.tei.CanonicalTei.differences(original, new ByteArrayInputStream(out), 5))
                    .as(volume).isEmpty();
        }
    }

    /** The legacy writer, for volumes imported before they were kept whole, still gives back the same records. */
    @ParameterizedTest
    @ValueSource(strings = {"frus1951v07p2", "frus1969-76v12", "frus1917-72PubDip"})
    void aVolumeRebuiltFromItsRecordsReadsBackAsTheSameDocuments(String volume) throws Exception {
        Collected first;
        try (InputStream in = Files.newInputStream(FRUS.resolve(volume + ".xml"))) {
            first = read(in, volume);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FrusTeiWriter().writeVolume(out, first.volume, first.persons, first.terms, first.chapters,
                first.documents.iterator());
        Collected second = read(new ByteArrayInputStream(out.toByteArray()), volume);
        assertThat(second.volume).isEqualTo(first.volume);
        assertThat(second.documents).hasSameSizeAs(first.documents);
        for (int i = 0; i < first.documents.size(); i++) {
            VolumeDocumentDraft a = first.documents.get(i);
            VolumeDocumentDraft b = second.documents.get(i);
            assertThat(b.draft().body().xml()).as(volume + " " + a.xmlId()).isEqualTo(a.draft().body().xml());
            assertThat(b.draft().footnotes()).as(volume + " " + a.xmlId()).containsExactlyElementsOf(a.draft().footnotes());
        }
    }

    private static byte[] written(Collected c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.util.Set<String> placed = new java.util.HashSet<>();
        c.parts.stream().filter(p -> p.kind() == VolumePartDraft.Kind.DOCUMENT).forEach(p -> placed.add(p.xmlId()));
        new FrusTeiWriter().writeKeptVolume(out, c.parts.iterator(), c.documents.iterator(), placed);
        return out.toByteArray();
    }

    private static void assertSameDrafts(String volume, Collected first, Collected second) {

        assertThat(second.volume).isEqualTo(first.volume);
        assertThat(second.persons).containsExactlyElementsOf(first.persons);
        assertThat(second.terms).containsExactlyElementsOf(first.terms);
        assertThat(second.chapters).containsExactlyElementsOf(first.chapters);
        assertThat(second.documents).hasSameSizeAs(first.documents);
        for (int i = 0; i < first.documents.size(); i++) {
            VolumeDocumentDraft a = first.documents.get(i);
            VolumeDocumentDraft b = second.documents.get(i);
            String where = volume + " " + a.xmlId();
            assertThat(b.xmlId()).as(where).isEqualTo(a.xmlId());
            assertThat(b.number()).as(where).isEqualTo(a.number());
            assertThat(b.chapterXmlId()).as(where).isEqualTo(a.chapterXmlId());
            assertThat(b.draft().body().xml()).as(where + " body").isEqualTo(a.draft().body().xml());
            assertThat(b.draft().footnotes()).as(where + " footnotes").containsExactlyElementsOf(a.draft().footnotes());
            assertThat(b.draft().references()).as(where + " references").containsExactlyElementsOf(a.draft().references());
            assertThat(b.mentions()).as(where + " mentions").containsExactlyElementsOf(a.mentions());
            assertThat(b.draft()).as(where + " draft").isEqualTo(a.draft());
            assertThat(b).as(where).isEqualTo(a);
        }
    }

    private static Collected read(InputStream in, String name) throws Exception {
        Collected c = new Collected();
        new FrusTeiReader().read(in, name, c);
        return c;
    }

    private static final class Collected implements VolumeSink {
        VolumeDraft volume;
        final List<PersonDraft> persons = new ArrayList<>();
        final List<TermDraft> terms = new ArrayList<>();
        final List<ChapterDraft> chapters = new ArrayList<>();
        final List<VolumeDocumentDraft> documents = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final List<VolumePartDraft> parts = new ArrayList<>();

        @Override
        public void volume(VolumeDraft v) {
            volume = v;
        }

        @Override
        public void person(PersonDraft p) {
            persons.add(p);
        }

        @Override
        public void term(TermDraft t) {
            terms.add(t);
        }

        @Override
        public void chapter(ChapterDraft ch) {
            chapters.add(ch);
        }

        @Override
        public void part(VolumePartDraft p) {
            parts.add(p);
        }

        @Override
        public void document(VolumeDocumentDraft d) {
            documents.add(d);
        }

        @Override
        public void warning(String message) {
            warnings.add(message);
        }
    }
}
