package org.cablearchive.ingest.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.cablearchive.ingest.volumes.ImportJobs;
import org.cablearchive.ingest.volumes.VolumeImporter;
import org.cablearchive.ingest.volumes.VolumeReaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The archivists' import desk: upload volumes (in any format a {@code VolumeReader} reads), watch the job, read its report. */
@Controller
class ImportPageController {

    private final ImportJobs jobs;
    private final VolumeReaders readers;

    ImportPageController(ImportJobs jobs, VolumeReaders readers) {
        this.jobs = jobs;
        this.readers = readers;
    }

    @GetMapping("/imports")
    String imports(Model model, Authentication who) {
        model.addAttribute("mayPublishChanges", who != null && ImportApiController.mayPublishChanges(who));
        model.addAttribute("jobs", jobs.recent(20));
        model.addAttribute("formats", readers.all());
        model.addAttribute("accept", readers.accept());
        return "ingest/imports";
    }

    @PostMapping("/imports")
    String start(@RequestParam(name = "file", required = false) List<MultipartFile> files,
                 @RequestParam(defaultValue = "false") boolean draft, @RequestParam(defaultValue = "false") boolean force,
                 @RequestParam(defaultValue = "false") boolean publishChanges,
                 Authentication principal, RedirectAttributes redirect) {
        if (publishChanges && !ImportApiController.mayPublishChanges(principal)) {
            redirect.addFlashAttribute("error", "Only editors publish a volume's changes to published documents with its "
                    + "import. Import without that box ticked: the changes then wait for an editor's review.");
            return "redirect:/imports";
        }
        List<ImportJobs.Upload> uploads = ImportApiController.uploads(files);
        if (uploads.isEmpty()) {
            redirect.addFlashAttribute("error", jobs.nothingChosen());
            return "redirect:/imports";
        }
        UUID id = jobs.submit(uploads, new VolumeImporter.Options(draft, force, publishChanges), principal.getName());
        return "redirect:/imports/" + id;
    }

    /** The job page; htmx asks for the report fragment alone while the job runs. */
    @GetMapping("/imports/{id}")
    String job(@PathVariable UUID id, Model model, HttpServletRequest request) {
        model.addAttribute("job", jobs.find(id).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "There is no import " + id)));
        return request.getHeader("HX-Request") != null ? "ingest/job :: report" : "ingest/job";
    }
}
