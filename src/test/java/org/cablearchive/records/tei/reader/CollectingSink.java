package org.cablearchive.records.tei.reader;

import java.util.ArrayList;
import java.util.List;
import org.cablearchive.people.PersonDraft;
import org.cablearchive.people.TermDraft;
import org.cablearchive.records.ChapterDraft;
import org.cablearchive.records.VolumeDocumentDraft;
import org.cablearchive.records.VolumeDraft;
import org.cablearchive.records.VolumePartDraft;
import org.cablearchive.records.VolumeSink;

/** Keeps everything the reader sends, and the order of the calls ("volume", "person", "chapter", …). */
class CollectingSink implements VolumeSink {

    final List<String> calls = new ArrayList<>();
    final List<VolumeDraft> volumes = new ArrayList<>();
    final List<PersonDraft> persons = new ArrayList<>();
    final List<TermDraft> terms = new ArrayList<>();
    final List<ChapterDraft> chapters = new ArrayList<>();
    final List<VolumeDocumentDraft> documents = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final List<VolumePartDraft> parts = new ArrayList<>();

    @Override
    public void volume(VolumeDraft volume) {
        calls.add("volume");
        volumes.add(volume);
    }

    @Override
    public void person(PersonDraft person) {
        calls.add("person");
        persons.add(person);
    }

    @Override
    public void term(TermDraft term) {
        calls.add("term");
        terms.add(term);
    }

    @Override
    public void chapter(ChapterDraft chapter) {
        calls.add("chapter");
        chapters.add(chapter);
    }

    /** Parts are kept apart from {@link #calls}: there are many, and the order of records is what calls tells. */
    @Override
    public void part(VolumePartDraft part) {
        parts.add(part);
    }

    @Override
    public void document(VolumeDocumentDraft document) {
        calls.add("document");
        documents.add(document);
    }

    @Override
    public void warning(String message) {
        calls.add("warning");
        warnings.add(message);
    }

    VolumeDocumentDraft document(String xmlId) {
        return documents.stream().filter(d -> d.xmlId().equals(xmlId)).findFirst()
                .orElseThrow(() -> new AssertionError("no document " + xmlId));
    }
}
