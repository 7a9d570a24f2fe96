package org.cablearchive.records.tei.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cablearchive.records.ChapterDraft;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentDraft.FootnoteDraft;
import org.cablearchive.records.VolumeDocumentDraft;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whole-volume invariants for the three fixture volumes; every expected number is computed from the XML. */
class FrusVolumesTest {

    @ParameterizedTest
    @ValueSource(strings = {"frus1951v07p2", "frus1969-76v12", "frus1917-72PubDip"})
    void everyDocumentFootnotePageAndReferenceIsImported(String volume) {
        TeiCounts expected = TeiCounts.of(Fixtures.volume(volume));
        CollectingSink sink = Fixtures.read(volume);

        assertThat(sink.volumes).hasSize(1);
        assertThat(sink.volumes.get(0).id()).isEqualTo(volume);
        assertThat(sink.calls.get(0)).isEqualTo("volume");

        List<String> ids = sink.documents.stream().map(VolumeDocumentDraft::xmlId).toList();
        assertThat(ids).hasSize(expected.documentIds.size()).doesNotHaveDuplicates()
                .containsExactlyElementsOf(expected.documentIds);

        List<DocumentDraft> drafts = sink.documents.stream().map(VolumeDocumentDraft::draft).toList();
        assertThat(drafts.stream().mapToInt(d -> d.footnotes().size()).sum()).isEqualTo(expected.footnotesInDocuments);
        List<DocumentDraft.ReferenceDraft> refs = drafts.stream().flatMap(d -> d.references().stream()).toList();
        assertThat(refs.stream().filter(r -> r.target() != null).count()).isEqualTo(expected.targetedRefsInDocuments);
        assertThat(refs.stream().filter(r -> r.target() == null && TeiCounts.SHORTHAND.matcher(r.label()).lookingAt()).count())
                .as("one reference for every telegram shorthand in the running text").isEqualTo(expected.shorthandInDocuments);
        assertThat(sink.chapters.stream().filter(c -> !c.kind().equals("SECTION")).count()).isEqualTo(expected.chapterDivs);

        List<String> pages = new ArrayList<>();
        for (DocumentDraft d : drafts) {
            pages.addAll(TeiCounts.pageBreakIds(d.body().xml()));
            d.footnotes().forEach(f -> pages.addAll(TeiCounts.pageBreakIds(f.tei())));
        }
        // page breaks outside documents (between them, in chapter heads) stay where they are, in the volume's parts
        sink.parts.stream().filter(p -> p.zone() == org.cablearchive.records.VolumePartDraft.Zone.BODY
                        && p.kind() == org.cablearchive.records.VolumePartDraft.Kind.FRAGMENT)
                .forEach(p -> pages.addAll(TeiCounts.pageBreakIds(p.tei())));
        assertThat(pages).as("every pb of the body exactly once").containsExactlyInAnyOrderElementsOf(expected.bodyPageBreakIds);

        // Body.isBlank() leaves out what the fields carry (head, opener, closer, inline source note): a blank body
        // is a document with no text of its own, and the set must be the one the XML has
        Set<String> blank = sink.documents.stream().filter(d -> d.draft().body().isBlank())
                .map(VolumeDocumentDraft::xmlId).collect(Collectors.toSet());
        assertThat(blank).as("documents with a blank body").containsExactlyInAnyOrderElementsOf(expected.headOnlyDocuments);

        for (VolumeDocumentDraft d : sink.documents) {
            List<String> keys = d.draft().footnotes().stream().map(FootnoteDraft::key).toList();
            assertThat(keys).as(d.xmlId() + " footnote keys").doesNotHaveDuplicates();
            assertThat(d.draft().body().footnoteAnchors()).as(d.xmlId() + " anchors").containsExactlyElementsOf(keys);
            for (FootnoteDraft f : d.draft().footnotes()) {
                assertThat(f.tei()).startsWith("<note").contains("xml:id=\"" + f.key() + "\"");
                assertThat(f.text()).isNotBlank();
                assertThat(f.n()).isNotBlank();
            }
            assertThat(d.draft().references()).extracting(r -> r.key())
                    .containsExactlyElementsOf(keysInOrder(d.draft().references().size()));
            Integer start = d.draft().pageStart();
            Integer end = d.draft().pageEnd();
            assertThat(start).as(d.xmlId() + " pageStart").isNotNull();
            assertThat(end).as(d.xmlId() + " pageEnd").isGreaterThanOrEqualTo(start);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"frus1969-76v12", "frus1917-72PubDip"})
    void everyMentionNamesAListedPerson(String volume) {
        CollectingSink sink = Fixtures.read(volume);
        Set<String> persons = new HashSet<>();
        sink.persons.forEach(p -> persons.add(p.xmlId()));
        assertThat(persons).isNotEmpty();
        for (VolumeDocumentDraft d : sink.documents) {
            d.mentions().forEach(m -> assertThat(persons).as(d.xmlId()).contains(m.personXmlId()));
        }
        assertThat(sink.documents.stream().mapToInt(d -> d.mentions().size()).sum()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"frus1951v07p2", "frus1969-76v12", "frus1917-72PubDip"})
    void listsAndChaptersComeBeforeTheDocumentsTheyHold(String volume) {
        CollectingSink sink = Fixtures.read(volume);
        int firstChapterOrDocument = Math.min(sink.calls.indexOf("chapter"), sink.calls.indexOf("document"));
        assertThat(sink.calls.lastIndexOf("person")).isLessThan(firstChapterOrDocument);
        assertThat(sink.calls.lastIndexOf("term")).isLessThan(firstChapterOrDocument);
        Set<String> seen = new HashSet<>();
        for (ChapterDraft c : sink.chapters) {
            assertThat(c.parentXmlId() == null || seen.contains(c.parentXmlId())).as(c.xmlId()).isTrue();
            assertThat(seen.add(c.xmlId())).isTrue();
            assertThat(c.title()).isNotBlank();
        }
        // chapters arrive before their documents: each document's chapter was sent before it
        Set<String> sent = new HashSet<>();
        int chapter = 0;
        int document = 0;
        for (String call : sink.calls) {
            if (call.equals("chapter")) {
                sent.add(sink.chapters.get(chapter++).xmlId());
            } else if (call.equals("document")) {
                VolumeDocumentDraft d = sink.documents.get(document++);
                assertThat(d.chapterXmlId() == null || sent.contains(d.chapterXmlId())).as(d.xmlId()).isTrue();
            }
        }
    }

    private static List<String> keysInOrder(int n) {
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            keys.add("xr" + i);
        }
        return keys;
    }
}
