package org.cablearchive.ingest.volumes;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The formats of volumes the archive imports: every {@link VolumeReader} bean, in their order. The import paths ask
 * here which reader takes a file, which files a folder holds to import, what an upload field accepts and what to call
 * the formats in a message, so that none of them names a format.
 */
@Component
public class VolumeReaders {

    private final List<VolumeReader> readers;

    VolumeReaders(ObjectProvider<VolumeReader> readers) {
        this.readers = readers.orderedStream().toList();
        if (this.readers.isEmpty()) {
            throw new IllegalStateException("No VolumeReader: the archive reads no format of volumes");
        }
    }

    /** The readers, the archive's own format first. */
    public List<VolumeReader> all() {
        return readers;
    }

    /** The archive's own format (the first): it reads the files no format claims by their name. */
    public VolumeReader standard() {
        return readers.get(0);
    }

    /** The reader of a file by its name: the first that accepts it, else the standard one. */
    public VolumeReader forFile(String fileName) {
        return readers.stream().filter(r -> r.accepts(fileName)).findFirst().orElse(standard());
    }

    /** Whether some format claims a file of this name (what a folder is searched for). */
    public boolean isVolumeFile(String fileName) {
        return readers.stream().anyMatch(r -> r.accepts(fileName));
    }

    /** Every ending a volume file may have ({@code .xml}), in the readers' order. */
    public List<String> extensions() {
        return readers.stream().flatMap(r -> r.extensions().stream()).distinct().toList();
    }

    /** What an upload field accepts: the endings, then the media types ({@code .xml,application/xml,text/xml}). */
    public String accept() {
        return Stream.concat(extensions().stream(), readers.stream().flatMap(r -> r.mediaTypes().stream()))
                .distinct().collect(Collectors.joining(","));
    }

    /** The files people may choose, in words: "FRUS TEI file (.xml)", several joined with "or". */
    public String described() {
        return readers.stream().map(r -> r.format() + " file (" + String.join(", ", r.extensions()) + ")")
                .collect(Collectors.joining(" or "));
    }
}
