package org.cablearchive.records;

import java.util.List;

/**
 * A volume's table of contents as its page shows it: chapters in printed order, each with its documents and
 * its subchapters; documents outside any chapter come first; the front matter before them, the back matter after.
 */
public record VolumeContents(VolumeDraft volume, VolumeStore.VolumeSummary summary, List<Entry> unchaptered,
                             List<Section> sections, List<MatterView> front, List<MatterView> back) {

    /**
     * A section of front or back matter as printed (a preface, the persons list, the index): its key for
     * {@code /volumes/{id}/matter/{key}}, its title, and its HTML (null where the page only links to it).
     */
    public record MatterView(String key, String title, String html) { }

    /** One document line: its id, printed number, title and date. */
    public record Entry(String id, String number, String title, String date, String dateShown) {

        /** An entry whose date (as stored) is shown as the pages show dates, worked out once here. */
        public Entry(String id, String number, String title, String date) {
            this(id, number, title, date, date == null ? null : DocumentDate.parse(date).display());
        }
    }

    /** A chapter with what it holds. */
    public record Section(String xmlId, String kind, String title, List<Entry> documents, List<Section> children) { }
}
