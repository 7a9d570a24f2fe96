package org.cablearchive.records.web;

import jakarta.servlet.http.HttpServletRequest;
import org.cablearchive.records.Readers;
import org.cablearchive.records.VolumeStore;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The volumes the archive holds, and each volume's table of contents. */
@Controller
class VolumePageController {

    private final VolumeStore volumes;

    VolumePageController(VolumeStore volumes) {
        this.volumes = volumes;
    }

    @GetMapping("/volumes")
    String volumes(Model model, HttpServletRequest request) {
        model.addAttribute("volumes", volumes.volumes(Readers.isStaff(request)));
        return "records/volumes";
    }

    @GetMapping("/volumes/{id}")
    String volume(@PathVariable String id, Model model, HttpServletRequest request) {
        model.addAttribute("contents", volumes.contents(id, Readers.isStaff(request))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No volume " + id + " in the archive")));
        return "records/volume";
    }
}
