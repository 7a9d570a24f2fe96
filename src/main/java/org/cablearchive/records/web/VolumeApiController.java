package org.cablearchive.records.web;

import java.util.List;
import org.cablearchive.accounts.Reader;
import org.cablearchive.records.VolumeStore;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Volumes as JSON: what each holds. The public counts published documents only. */
@RestController
@RequestMapping("/api/volumes")
class VolumeApiController {

    private final VolumeStore volumes;

    VolumeApiController(VolumeStore volumes) {
        this.volumes = volumes;
    }

    @GetMapping
    List<VolumeStore.VolumeSummary> volumes(Reader reader) {
        return volumes.volumes(reader);
    }

    @GetMapping("/{id}")
    VolumeStore.VolumeSummary volume(@PathVariable String id, Reader reader) {
        return volumes.summary(id, reader)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No volume " + id + " in the archive"));
    }
}
