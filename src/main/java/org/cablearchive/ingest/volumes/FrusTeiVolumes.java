package org.cablearchive.ingest.volumes;

import java.io.InputStream;
import java.util.List;
import org.cablearchive.records.UnreadableVolumeException;
import org.cablearchive.records.VolumeSink;
import org.cablearchive.records.tei.reader.FrusTeiReader;
import org.cablearchive.records.tei.reader.TeiImportException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * FRUS TEI, the Office of the Historian's encoding and the archive's own format, as a {@link VolumeReader}: the
 * codec's streaming reader ({@code records.tei.reader.FrusTeiReader}), parsing a few dozen pieces ahead of the saving.
 * First of the readers, it also takes the files no format claims by their name.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FrusTeiVolumes implements VolumeReader {

    private final FrusTeiReader reader = new FrusTeiReader();

    @Override
    public String format() {
        return "FRUS TEI";
    }

    @Override
    public List<String> extensions() {
        return List.of(".xml");
    }

    @Override
    public List<String> mediaTypes() {
        return List.of("application/xml", "text/xml");
    }

    @Override
    public void read(InputStream in, String fileBaseName, VolumeSink sink) {
        reader.readAhead(in, fileBaseName, sink);
    }

    @Override
    public UnreadableVolumeException noVolumeIn() {
        return new TeiImportException("The file has no TEI header with a volume in it: is it a FRUS volume?");
    }
}
