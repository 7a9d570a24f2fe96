package org.cablearchive.publishing.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cablearchive.people.Glossary;
import org.cablearchive.people.Persons;
import org.cablearchive.publishing.tei.FrusTeiWriter;
import org.cablearchive.records.Readers;
import org.cablearchive.records.VolumeDocumentDraft;
import org.cablearchive.records.VolumeDraft;
import org.cablearchive.records.VolumeStore;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Documents and whole volumes as FRUS TEI, the encoding the Office of the Historian publishes. */
@Controller
class TeiExportController {

    static final String TEI = "application/tei+xml;charset=UTF-8";

    private final FrusTeiWriter writer = new FrusTeiWriter();
    private final VolumeStore volumes;
    private final Persons persons;
    private final Glossary glossary;

    TeiExportController(VolumeStore volumes, Persons persons, Glossary glossary) {
        this.volumes = volumes;
        this.persons = persons;
        this.glossary = glossary;
    }

    @GetMapping("/documents/{id}.xml")
    void document(@PathVariable String id, HttpServletRequest request, HttpServletResponse response) throws IOException {
        VolumeDocumentDraft document = volumes.document(id, Readers.isStaff(request))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No document " + id + " in the archive"));
        response.setContentType(TEI);
        response.setHeader("Content-Disposition", "inline; filename=\"" + id + ".xml\"");
        writer.writeDocument(response.getOutputStream(), id, document);
    }

    @GetMapping("/volumes/{id}.xml")
    void volume(@PathVariable String id, HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean staff = Readers.isStaff(request);
        VolumeDraft volume = volumes.summary(id, staff).flatMap(s -> volumes.volume(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No volume " + id + " in the archive"));
        response.setContentType(TEI);
        response.setHeader("Content-Disposition", "inline; filename=\"" + id + ".xml\"");
        writer.writeVolume(response.getOutputStream(), volume, persons.ofVolume(id), glossary.termsOfVolume(id),
                volumes.chapters(id), volumes.documents(id, staff));
    }
}
