package org.cablearchive.publishing.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cablearchive.publishing.VolumeTei;
import org.cablearchive.records.tei.writer.FrusTeiWriter;
import org.cablearchive.accounts.Reader;
import org.cablearchive.records.VolumeDocumentDraft;
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
    private final VolumeTei volumeTei;

    TeiExportController(VolumeStore volumes, VolumeTei volumeTei) {
        this.volumes = volumes;
        this.volumeTei = volumeTei;
    }

    @GetMapping("/documents/{id}.xml")
    void document(@PathVariable String id, Reader reader, HttpServletResponse response) throws IOException {
        VolumeDocumentDraft document = volumes.document(id, reader)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No document " + id + " in the archive"));
        response.setContentType(TEI);
        response.setHeader("Content-Disposition", "inline; filename=\"" + id + ".xml\"");
        writer.writeDocument(response.getOutputStream(), id, document);
    }

    @GetMapping("/volumes/{id}.xml")
    void volume(@PathVariable String id, Reader reader, HttpServletResponse response) throws IOException {
        if (volumes.summary(id, reader).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No volume " + id + " in the archive");
        }
        response.setContentType(TEI);
        response.setHeader("Content-Disposition", "inline; filename=\"" + id + ".xml\"");
        volumeTei.write(id, reader, response.getOutputStream());
    }
}
