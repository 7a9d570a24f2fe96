package org.cablearchive.records.web;

import org.cablearchive.accounts.Reader;
import java.util.List;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.VolumeStore;
import org.cablearchive.records.domain.DocumentLinks;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The volumes the archive holds, and each volume's table of contents. */
@Controller
class VolumePageController {

    private final VolumeStore volumes;
    private final DocumentLinks links;
    private final DocumentCatalog catalog;

    VolumePageController(VolumeStore volumes, DocumentLinks links, DocumentCatalog catalog) {
        this.volumes = volumes;
        this.links = links;
        this.catalog = catalog;
    }

    /**
     * "Which document is on page 1043 of this volume": redirects to that document at that page
     * ({@code /documents/{id}#page-1043}); 404 when no document the reader may see holds the page. In a volume
     * that numbers its pages afresh in each document, a page number held by several documents lists them.
     */
    @GetMapping("/volumes/{id}/pages/{page}")
    String page(@PathVariable String id, @PathVariable String page, Model model, Reader reader) {
        int n;
        try {
            n = Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "\"" + page + "\" is not a page number");
        }
        List<DocumentLinks.OnPage> holders = links.holdersOfPage(id, n, reader);
        if (holders.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No document on page " + n + " of " + id);
        }
        if (holders.size() == 1) {
            return "redirect:/documents/" + holders.get(0).id() + "#page-" + n;
        }
        model.addAttribute("volume", volumes.summary(id, reader).orElseThrow());
        model.addAttribute("page", n);
        model.addAttribute("holders", holders);
        return "records/pages";
    }

    /** The page lookup form of a volume page: {@code ?page=1043}. */
    @GetMapping(value = "/volumes/{id}/pages")
    String pageForm(@PathVariable String id, @RequestParam String page, Model model, Reader reader) {
        return page(id, page, model, reader);
    }

    /** A section of a volume's front or back matter as printed: a preface, the persons list, the index. */
    @GetMapping("/volumes/{id}/matter/{key}")
    String matter(@PathVariable String id, @PathVariable String key, Model model, Reader reader) {
        model.addAttribute("section", volumes.matterSection(id, key, reader)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No section " + key + " in volume " + id)));
        model.addAttribute("volume", volumes.summary(id, reader).orElseThrow());
        return "records/matter";
    }

    /** How many volumes a page of {@code /volumes} lists. */
    static final int VOLUMES_PER_PAGE = 100;

    /**
     * The volumes in id order (which is the series' order: year, then volume), {@value #VOLUMES_PER_PAGE} a page, read by
     * key: {@code ?after=} and {@code ?before=} a volume's id (the pager's links).
     */
    @GetMapping("/volumes")
    String volumes(@RequestParam(required = false) String after, @RequestParam(required = false) String before,
                   Model model, Reader reader) {
        model.addAttribute("page", volumes.volumes(reader, blankToNull(after), blankToNull(before), VOLUMES_PER_PAGE));
        model.addAttribute("counts", catalog.counts(reader));
        return "records/volumes";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @GetMapping("/volumes/{id}")
    String volume(@PathVariable String id, Model model, Reader reader) {
        model.addAttribute("contents", volumes.contents(id, reader)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No volume " + id + " in the archive")));
        return "records/volume";
    }
}
