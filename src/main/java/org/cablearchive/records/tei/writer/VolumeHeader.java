package org.cablearchive.records.tei.writer;

import static org.cablearchive.records.tei.TeiNames.DATE;
import static org.cablearchive.records.tei.TeiNames.EDITOR;
import static org.cablearchive.records.tei.TeiNames.FILE_DESC;
import static org.cablearchive.records.tei.TeiNames.IDNO;
import static org.cablearchive.records.tei.TeiNames.P;
import static org.cablearchive.records.tei.TeiNames.PUBLICATION_STMT;
import static org.cablearchive.records.tei.TeiNames.ROLE;
import static org.cablearchive.records.tei.TeiNames.SOURCE_DESC;
import static org.cablearchive.records.tei.TeiNames.TEI_HEADER;
import static org.cablearchive.records.tei.TeiNames.TITLE;
import static org.cablearchive.records.tei.TeiNames.TITLE_STMT;
import static org.cablearchive.records.tei.TeiNames.TYPE;

import org.cablearchive.records.VolumeDraft;

/**
 * The {@code teiHeader} of a volume, as FRUS files write it:
 *
 * <pre>{@code
 * <titleStmt><title type="complete">…</title><title type="series">…</title><title type="subseries">…</title>
 *   <title type="volumenumber">…</title><title type="volume">…</title><editor role="primary">…</editor></titleStmt>
 * <publicationStmt><date>1983</date><idno type="frus">frus1951v07p2</idno></publicationStmt>
 * }</pre>
 *
 * The draft keeps editors without their roles, so every one is written {@code role="primary"}: a reader that
 * takes all editors, or only primary ones, reads back the same list either way.
 */
final class VolumeHeader {

    private VolumeHeader() {
    }

    static void write(TeiOutput out, VolumeDraft v) {
        out.newline(1).start(TEI_HEADER).newline(2).start(FILE_DESC);
        out.newline(3).start(TITLE_STMT);
        title(out, "complete", v.title());
        title(out, "series", v.series());
        title(out, "subseries", v.subseries());
        title(out, "volumenumber", v.volumeNumber());
        title(out, "volume", v.volumeTitle());
        for (String editor : v.editors()) {
            out.newline(4).start(EDITOR).attribute(ROLE, "primary").text(editor).end();
        }
        out.newline(3).end();
        out.newline(3).start(PUBLICATION_STMT);
        if (v.publishedYear() != null) {
            out.newline(4).element(DATE, String.valueOf(v.publishedYear()));
        }
        if (v.id() != null) {
            out.newline(4).start(IDNO).attribute(TYPE, "frus").text(v.id()).end();
        }
        out.newline(3).end();
        out.newline(3);
        sourceDesc(out);
        out.newline(2).end().newline(1).end();
    }

    /** TEI requires a source description; the archive's copy is born digital from its records. */
    static void sourceDesc(TeiOutput out) {
        out.start(SOURCE_DESC).element(P, "Exported from Cable Archive.").end();
    }

    private static void title(TeiOutput out, String type, String text) {
        if (text != null) {
            out.newline(4).start(TITLE).attribute(TYPE, type).text(text).end();
        }
    }
}
