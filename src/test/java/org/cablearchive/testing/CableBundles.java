package org.cablearchive.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cablearchive.ingest.plaintext.PlainTextReading;
import org.cablearchive.ingest.plaintext.PlainTextTelegramReader;
import org.cablearchive.ingest.volumes.VolumeReader;
import org.cablearchive.records.UnreadableVolumeException;
import org.cablearchive.records.VolumeDocumentDraft;
import org.cablearchive.records.VolumeDraft;
import org.cablearchive.records.VolumeSink;
import org.springframework.boot.test.context.TestComponent;

/**
 * A second format of volumes, made up for the tests, to prove the {@link VolumeReader} seam: a "cable bundle"
 * ({@code .cables}) is a few header lines ({@code Volume: id}, {@code Title: …}, {@code Year: 1951}) and then
 * telegrams as printed, each after a line {@code === N} (its document number), read with the archive's plain-text
 * telegram reader. Nothing of it is TEI; the archive stores, indexes, shows and exports its volume like any other.
 * Part of every full test's context ({@link ArchiveTest}).
 */
@TestComponent
public class CableBundles implements VolumeReader {

    private static final String DOCUMENT = "=== ";

    private final PlainTextTelegramReader telegrams = new PlainTextTelegramReader();

    @Override
    public String format() {
        return "Cable bundle";
    }

    @Override
    public List<String> extensions() {
        return List.of(".cables");
    }

    @Override
    public void read(InputStream in, String fileBaseName, VolumeSink sink) {
        String[] lines = text(in).split("\n", -1);
        String id = null;
        String title = null;
        Integer year = null;
        int i = 0;
        for (; i < lines.length && !lines[i].startsWith(DOCUMENT); i++) {
            String line = lines[i].strip();
            if (line.startsWith("Volume:")) {
                id = line.substring(7).strip();
            } else if (line.startsWith("Title:")) {
                title = line.substring(6).strip();
            } else if (line.startsWith("Year:")) {
                year = Integer.valueOf(line.substring(5).strip());
            } else if (!line.isEmpty()) {
                throw new UnreadableVolumeException("Not a cable bundle: line " + (i + 1) + " is no header line");
            }
        }
        if (title == null) {
            throw new UnreadableVolumeException("Not a cable bundle: it has no Title: line");
        }
        sink.volume(new VolumeDraft(id == null ? fileBaseName : id, title, "Foreign Relations of the United States",
                year == null ? null : String.valueOf(year), null, null, List.of(), year));
        while (i < lines.length) {
            String number = lines[i].substring(DOCUMENT.length()).strip();
            StringBuilder telegram = new StringBuilder();
            for (i++; i < lines.length && !lines[i].startsWith(DOCUMENT); i++) {
                telegram.append(lines[i]).append('\n');
            }
            PlainTextReading reading = telegrams.read(telegram.toString());
            reading.warnings().forEach(w -> sink.warning("document " + number + ": " + w));
            sink.document(new VolumeDocumentDraft("d" + number, number, null, reading.draft(), List.of()));
        }
    }

    private static String text(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
