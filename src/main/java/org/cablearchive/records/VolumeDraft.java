package org.cablearchive.records;

import java.util.List;

/**
 * A printed volume as its TEI header describes it, e.g. {@code frus1951v07p2}: "Foreign Relations of the United
 * States, 1951, Korea and China, Volume VII, Part 2".
 *
 * @param id            the volume id: {@code idno type="frus"}, else the root {@code xml:id}, else the file name
 * @param title         the complete title
 * @param series        "Foreign Relations of the United States"
 * @param subseries     "1951" or "1969–1976"
 * @param volumeNumber  "Volume VII, Part 2"
 * @param volumeTitle   "Korea and China"
 * @param editors       editors as printed, in order
 * @param publishedYear the year the volume was printed
 */
public record VolumeDraft(String id, String title, String series, String subseries, String volumeNumber,
                          String volumeTitle, List<String> editors, Integer publishedYear) {

    public VolumeDraft {
        editors = editors == null ? List.of() : List.copyOf(editors);
    }
}
