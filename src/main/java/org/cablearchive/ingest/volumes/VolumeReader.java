package org.cablearchive.ingest.volumes;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.cablearchive.records.UnreadableVolumeException;
import org.cablearchive.records.VolumeSink;

/**
 * A format of whole volumes the archive imports: every Spring bean implementing it is one. {@link VolumeReaders} asks
 * them in their order ({@code @Order}) which one takes a file, by its name; the import (command line, page, API, demo
 * content) then runs the same way whatever the format: one transaction per volume, progress, warnings, conflicts,
 * review of changed published documents, the index. The archive's own format, FRUS TEI, is the first
 * ({@link FrusTeiVolumes}) and reads a file that no format claims by its name, so such a file fails with what the TEI
 * reader says of it.
 *
 * <p>A reader hands the volume to the {@link VolumeSink} as it reads: {@code volume} exactly once and first, then its
 * persons, terms, chapters (parents first) and documents in order, and {@code part}s only if the format keeps what
 * stands outside documents verbatim as TEI (without parts a volume is exported rebuilt from its records).
 */
public interface VolumeReader {

    /** The format as the people importing call it ("FRUS TEI"). */
    String format();

    /** The endings of file names in this format, lower case with the dot, the usual one first ({@code .xml}). */
    List<String> extensions();

    /** The media types a file of this format may come as, for an upload field's {@code accept}. */
    default List<String> mediaTypes() {
        return List.of();
    }

    /** Whether a file of this name is in this format (by its ending, case aside). */
    default boolean accepts(String fileName) {
        return ending(fileName) != null;
    }

    /** The name without the format's ending: the volume's id when the file itself names none. */
    default String baseName(String fileName) {
        String ending = ending(fileName);
        return ending == null ? fileName : fileName.substring(0, fileName.length() - ending.length());
    }

    private String ending(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return extensions().stream().filter(lower::endsWith).findFirst().orElse(null);
    }

    /**
     * Reads one volume into the sink; the caller owns and closes the stream.
     *
     * @param fileBaseName the file's name without its ending, the volume's id when the file names none
     * @throws UnreadableVolumeException when the file is not a volume in this format; the message says why and where,
     *                                   for a person. The sink has then received an incomplete volume, discarded.
     * @throws java.io.UncheckedIOException when the stream itself fails
     */
    void read(InputStream in, String fileBaseName, VolumeSink sink);

    /** What to tell of a file read to its end without a volume in it (the sink was never given one). */
    default UnreadableVolumeException noVolumeIn() {
        return new UnreadableVolumeException("The file holds no volume: is it " + format() + "?");
    }
}
