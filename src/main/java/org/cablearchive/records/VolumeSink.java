package org.cablearchive.records;

import org.cablearchive.people.PersonDraft;
import org.cablearchive.people.TermDraft;

/**
 * Receives a volume from the reader of its format (the FRUS TEI reader, or another one), piece by piece, in the order
 * of the file, so that a whole volume never has to be in memory. The calls come from the reading thread. When the
 * reader throws ({@link UnreadableVolumeException}), what the sink received so far is an incomplete volume and should
 * be discarded.
 */
public interface VolumeSink {

    /** Exactly once, after the volume's header (TEI's {@code teiHeader}), before any person, term, chapter or document. */
    void volume(VolumeDraft volume);

    /** An entry of the front-matter persons list. */
    void person(PersonDraft person);

    /** An entry of the front-matter list of abbreviations and terms. */
    void term(TermDraft term);

    /**
     * A compilation, chapter or subchapter (always), or a section that holds documents; before anything it
     * contains, parents before children.
     */
    void chapter(ChapterDraft chapter);

    /**
     * The next piece of the volume's TEI outside its documents (header, front and back matter, chapter tags, what
     * stands between documents), in file order; a DOCUMENT part comes just before its document. A format that keeps
     * nothing outside its documents sends none: the volume is then exported rebuilt from its records.
     */
    void part(VolumePartDraft part);

    /** One document (in TEI a {@code div type="document"}), in volume order. */
    void document(VolumeDocumentDraft document);

    /** Something a person should look at; the content concerned is kept (or the message says where it went). */
    void warning(String message);
}
