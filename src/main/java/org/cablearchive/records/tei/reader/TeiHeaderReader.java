package org.cablearchive.records.tei.reader;

import static org.cablearchive.records.tei.TeiNames.DATE;
import static org.cablearchive.records.tei.TeiNames.EDITOR;
import static org.cablearchive.records.tei.TeiNames.FILE_DESC;
import static org.cablearchive.records.tei.TeiNames.IDNO;
import static org.cablearchive.records.tei.TeiNames.PUBLICATION_STMT;
import static org.cablearchive.records.tei.TeiNames.TITLE;
import static org.cablearchive.records.tei.TeiNames.TITLE_STMT;
import static org.cablearchive.records.tei.TeiNames.TYPE;
import static org.cablearchive.records.tei.TeiNames.WHEN;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cablearchive.records.VolumeDraft;

/** The volume as its teiHeader describes it (TEI-NOTES §1); title type spellings of all FRUS file versions. */
final class TeiHeaderReader {

    private static final Pattern YEAR = Pattern.compile("\\b(\\d{4})\\b");

    private TeiHeaderReader() {
    }

    /**
     * @param header   the teiHeader, or null when the file has none
     * @param rootId   the root's xml:id, or null
     * @param fileName the file's base name, the id of last resort
     */
    static VolumeDraft read(El header, String rootId, String fileName) {
        El fileDesc = header == null ? null : header.child(FILE_DESC);
        El titleStmt = fileDesc == null ? null : fileDesc.child(TITLE_STMT);
        El publication = fileDesc == null ? null : fileDesc.child(PUBLICATION_STMT);
        String complete = null;
        String series = null;
        String subseries = null;
        String number = null;
        String volume = null;
        String untyped = null;
        List<String> editors = new ArrayList<>();
        if (titleStmt != null) {
            for (El e : titleStmt.elements()) {
                if (e.isTei(EDITOR)) {
                    String name = TeiText.all(e);
                    if (!name.isEmpty()) {
                        editors.add(name);
                    }
                }
                if (!e.isTei(TITLE)) {
                    continue;
                }
                String text = TeiText.blankToNull(TeiText.all(e));
                String type = e.attr(TYPE) == null ? "" : e.attr(TYPE).toLowerCase(Locale.ROOT).replace("-", "");
                switch (type) {
                    case "complete" -> complete = first(complete, text);
                    case "series" -> series = first(series, text);
                    case "subseries" -> subseries = first(subseries, text);
                    case "volumenumber" -> number = first(number, text);
                    case "volume" -> volume = first(volume, text);
                    default -> untyped = first(untyped, text);
                }
            }
        }
        String id = null;
        Integer year = null;
        if (publication != null) {
            for (El e : publication.elements()) {
                if (e.isTei(IDNO) && "frus".equals(e.attr(TYPE))) {
                    id = first(id, TeiText.blankToNull(TeiText.all(e)));
                }
                if (e.isTei(DATE) && year == null) {
                    year = year(e.attr(WHEN) != null ? e.attr(WHEN) : TeiText.all(e));
                }
            }
        }
        id = first(first(id, TeiText.blankToNull(rootId == null ? null : rootId.strip())), fileName);
        checkId(id);
        return new VolumeDraft(id, first(complete, untyped), series, subseries, number, volume, editors, year);
    }

    private static Integer year(String text) {
        Matcher m = YEAR.matcher(text == null ? "" : text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    /** What a volume id may be: it names the volume in addresses ({@code /volumes/{id}}) and document ids. */
    static final Pattern VOLUME_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    /** Refuses an id that cannot name a volume, with what to change, before anything is written. */
    static void checkId(String id) {
        if (id == null || !VOLUME_ID.matcher(id).matches()) {
            String shown = id == null ? "" : id.length() > 60 ? id.substring(0, 60) + "…" : id;
            throw new TeiImportException("The volume's id \"" + shown + "\" (the <idno type=\"frus\"> of the TEI "
                    + "header, else the id of <TEI>, else the file's name) cannot name a volume: an id is 1 to 100 "
                    + "letters, digits, '.', '_' or '-', beginning with a letter or digit, such as frus1951v07p2 (no "
                    + "slashes, spaces or other signs). Correct it in the file and import it again.");
        }
    }
}
