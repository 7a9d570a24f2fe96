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
    private final org.cablearchive.records.domain.DocumentLinks links;

    VolumePageController(VolumeStore volumes, org.cablearchive.records.domain.DocumentLinks links) {
        this.volumes = volumes;
        this.links = links;
    }

    /**
     * "Which document is on page 1043 of this volume": redirects to that document at that page
     * ({@code /documents/{id}#page-1043}); 404 when no document the reader may see holds the page.
     */
    @GetMapping("/volumes/{id}/pages/{page}")
    String page(@PathVariable String id, @PathVariable String page, HttpServletRequest request) {
        int n;
        try {
            n = Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "\"" + page + "\" is not a page number");
        }
        String document = links.onPage(id, n, Readers.isStaff(request))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No document on page " + n + " of " + id));
        return "redirect:/documents/" + document + "#page-" + n;
    }

    /** The page lookup form of a volume page: {@code ?page=1043}. */
    @GetMapping(value = "/volumes/{id}/pages")
    String pageForm(@PathVariable String id, @org.springframework.web.bind.annotation.RequestParam String page,
                    HttpServletRequest request) {
        return page(id, page, request);
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
