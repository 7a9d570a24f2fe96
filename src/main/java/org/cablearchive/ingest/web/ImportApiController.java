package org.cablearchive.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cablearchive.accounts.Reader;
import org.cablearchive.ingest.volumes.ImportJobs;
import org.cablearchive.ingest.volumes.VolumeImporter;
import org.cablearchive.records.ReviewPolicy;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Volume imports for scripts: start one with the files, then ask how it goes. */
@RestController
@RequestMapping("/api/imports")
class ImportApiController {

    private final ImportJobs jobs;

    ImportApiController(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> start(@RequestParam(name = "file", required = false) List<MultipartFile> files,
                                              @RequestParam(defaultValue = "false") boolean draft,
                                              @RequestParam(defaultValue = "false") boolean force,
                                              @RequestParam(name = "publishChanges", defaultValue = "false") boolean publishChanges,
                                              Authentication who) {
        if (publishChanges && !mayPublishChanges(who)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "Only editors publish a volume's changes to published documents with its import; without "
                            + "publishChanges the changes wait for an editor's review");
            problem.setTitle("Not for your role");
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
        }
        UUID id = jobs.submit(uploads(files), new VolumeImporter.Options(draft, force, publishChanges), who.getName());
        String url = "/api/imports/" + id;
        return ResponseEntity.accepted().location(URI.create(url))
                .body(Map.of("id", id, "url", url, "status", ImportJobs.Status.QUEUED));
    }

    @GetMapping("/{id}")
    ResponseEntity<ImportJobs.Job> job(@PathVariable UUID id) {
        return ResponseEntity.of(jobs.find(id));
    }

    /** The review policy's word on publishing a volume's changes with its import (editors). */
    static boolean mayPublishChanges(Authentication who) {
        return ReviewPolicy.allows(ReviewPolicy.Move.PUBLISH_IMPORTED_CHANGES,
                ReviewPolicy.Standing.of(Reader.of(who)));
    }

    static List<ImportJobs.Upload> uploads(List<MultipartFile> files) {
        return files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).map(f -> (ImportJobs.Upload) new ImportJobs.Upload() {
            @Override
            public String name() {
                return f.getOriginalFilename();
            }

            @Override
            public InputStream open() throws IOException {
                return f.getInputStream();
            }
        }).toList();
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Nothing to import");
        return problem;
    }
}
