package org.cablearchive.records.tei.writer;

import java.util.Iterator;
import java.util.Set;
import org.cablearchive.records.VolumeDocumentDraft;
import org.cablearchive.records.VolumePartDraft;
import org.cablearchive.records.VolumePartDraft.Kind;

/**
 * Writes a volume kept whole: its parts in file order, each document in the place its DOCUMENT part keeps, with
 * the start tag that part keeps. Documents the reader may not see leave their place empty; a document of the
 * volume that has no place (it was not in the volume's last import) is written before the next place, or after
 * the last one, so that nothing the archive holds is left out.
 */
final class KeptVolume {

    private final TeiOutput out;
    private final FragmentCopier tags;
    private final Iterator<VolumeDocumentDraft> documents;
    private final Set<String> placed;
    private VolumeDocumentDraft next;
    private int placesSeen;
    private int depth;
    private boolean afterText;

    KeptVolume(TeiOutput out, Iterator<VolumeDocumentDraft> documents, Set<String> placed) {
        this.out = out;
        this.tags = FragmentCopier.plain(out);
        this.documents = documents;
        this.placed = placed;
        this.next = documents.hasNext() ? documents.next() : null;
    }

    void write(Iterator<VolumePartDraft> parts) {
        while (parts.hasNext()) {
            VolumePartDraft p = parts.next();
            boolean text = p.kind() == Kind.TEXT;
            if (!text && !afterText && depth > 0) {
                out.newline(p.kind() == Kind.CLOSE ? depth - 1 : depth); // white space between parts is insignificant
            }
            afterText = text;
            switch (p.kind()) {
                case OPEN -> {
                    tags.openElement(p.tei(), depth == 0);
                    depth++;
                }
                case CLOSE -> {
                    depth--;
                    tags.closeElement();
                }
                case FRAGMENT -> FragmentCopier.plain(out).copyFragment(p.tei());
                case TEXT -> out.text(p.tei());
                case DOCUMENT -> place(p);
            }
        }
    }

    private void place(VolumePartDraft p) {
        while (next != null && !placed.contains(next.xmlId())) {
            document(null); // not in the last import: kept before the next place
        }
        if (next != null && next.xmlId().equals(p.xmlId())) {
            document(p.tei());
        }
        if (++placesSeen == placed.size()) {
            while (next != null) {
                document(null);
            }
        }
    }

    private void document(String startTag) {
        if (startTag == null) {
            DocumentDiv.write(out, next);
        } else {
            tags.openElement(startTag, false);
            DocumentDiv.content(out, next);
            tags.closeElement();
        }
        next = documents.hasNext() ? documents.next() : null;
    }
}
