package org.cablearchive.records.web;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.cablearchive.records.VolumeLoaded;
import org.cablearchive.records.VolumeStore;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Volume titles for pages that list documents by their volume id ({@code ${@volumeTitles.of(d.volume)}}): read once,
 * and again after each volume import, so that a list of documents costs no query a line.
 */
@Component("volumeTitles")
public class VolumeTitles {

    private final VolumeStore volumes;
    private final AtomicReference<Map<String, String>> titles = new AtomicReference<>();

    VolumeTitles(VolumeStore volumes) {
        this.volumes = volumes;
    }

    /** The volume's title, or its id when it has none. */
    public String of(String volumeId) {
        if (volumeId == null) {
            return null;
        }
        Map<String, String> known = titles.get();
        if (known == null || !known.containsKey(volumeId)) {
            known = Map.copyOf(volumes.titles());
            titles.set(known);
        }
        return known.getOrDefault(volumeId, volumeId);
    }

    @EventListener
    void volumeLoaded(VolumeLoaded event) {
        titles.set(null);
    }
}
