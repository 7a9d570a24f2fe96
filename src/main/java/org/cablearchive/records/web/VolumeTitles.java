package org.cablearchive.records.web;

import org.cablearchive.records.VolumeStore;
import org.springframework.stereotype.Component;

/**
 * Volume titles for pages that list documents by their volume id ({@code ${@volumeTitles.of(d.volume)}}), from the
 * cached titles of {@link VolumeStore#titles()}, so that a list of documents costs no query a line.
 */
@Component("volumeTitles")
public class VolumeTitles {

    private final VolumeStore volumes;

    VolumeTitles(VolumeStore volumes) {
        this.volumes = volumes;
    }

    /** The volume's title, or its id when it has none. */
    public String of(String volumeId) {
        if (volumeId == null) {
            return null;
        }
        return volumes.titles().getOrDefault(volumeId, volumeId);
    }
}
