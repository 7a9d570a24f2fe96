package org.cablearchive.publishing.citation;

import org.cablearchive.accounts.Reader;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.DocumentView;
import org.cablearchive.records.VolumeDraft;
import org.cablearchive.records.VolumeStore;
import org.springframework.stereotype.Service;

/**
 * Finds what is needed to cite a document: the document as the reader may see it (the public, published
 * documents only), its volume, and its permalink.
 */
@Service
public class Citations {

    private final DocumentCatalog catalog;
    private final VolumeStore volumes;
    private final Permalinks permalinks;

    Citations(DocumentCatalog catalog, VolumeStore volumes, Permalinks permalinks) {
        this.catalog = catalog;
        this.volumes = volumes;
        this.permalinks = permalinks;
    }

    /** The citation of a document, or empty when there is none this reader may see. */
    public Optional<CitedDocument> find(String id, Reader reader, HttpServletRequest request) {
        return catalog.find(id, reader).map(d -> of(d, request));
    }

    /** The citation of a document the reader has already been allowed to see. */
    public CitedDocument of(DocumentView document, HttpServletRequest request) {
        VolumeDraft volume = document.volume() == null ? null : volumes.volume(document.volume()).orElse(null);
        return CitedDocument.of(document, volume, permalinks.document(document.id(), request));
    }
}
