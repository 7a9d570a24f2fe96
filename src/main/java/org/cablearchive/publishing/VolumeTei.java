package org.cablearchive.publishing;

import org.cablearchive.accounts.Reader;
import java.io.OutputStream;
import java.util.Iterator;
import org.cablearchive.people.Glossary;
import org.cablearchive.people.Persons;
import org.cablearchive.records.tei.writer.FrusTeiWriter;
import org.cablearchive.records.VolumeDraft;
import org.cablearchive.records.VolumePartDraft;
import org.cablearchive.records.VolumeStore;
import org.springframework.stereotype.Service;

/**
 * A volume of the archive as FRUS TEI: what {@code /volumes/{id}.xml} gives. A volume kept whole (imported since
 * volumes keep their parts) is written back as it came in; one imported before is rebuilt from its records
 * (header fields, the persons and terms of the authority records, chapters and documents).
 */
@Service
public class VolumeTei {

    private final FrusTeiWriter writer = new FrusTeiWriter();
    private final VolumeStore volumes;
    private final Persons persons;
    private final Glossary glossary;

    VolumeTei(VolumeStore volumes, Persons persons, Glossary glossary) {
        this.volumes = volumes;
        this.persons = persons;
        this.glossary = glossary;
    }

    /**
     * Writes the volume with the documents the reader may see; false (nothing written) when there is no such
     * volume for this reader.
     */
    public boolean write(String id, Reader reader, OutputStream out) {
        VolumeDraft volume = volumes.summary(id, reader).flatMap(s -> volumes.volume(id)).orElse(null);
        if (volume == null) {
            return false;
        }
        Iterator<VolumePartDraft> parts = volumes.parts(id);
        if (parts.hasNext()) {
            writer.writeKeptVolume(out, parts, volumes.documents(id, reader), volumes.placedDocuments(id));
        } else {
            writer.writeVolume(out, volume, persons.ofVolume(id), glossary.termsOfVolume(id), volumes.chapters(id),
                    volumes.documents(id, reader));
        }
        return true;
    }
}
