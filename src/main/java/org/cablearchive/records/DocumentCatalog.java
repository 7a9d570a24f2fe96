package org.cablearchive.records;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.cablearchive.accounts.Reader;

/**
 * The public face of the records module: how other modules save documents and read them back.
 *
 * <p>Readers are either the public, who see published documents only, or signed-in staff, who see every
 * document; {@code staff} says which.
 */
public interface DocumentCatalog {

    /**
     * Saves a new document and returns its generated id. Its cross-references are resolved against the archive,
     * and references elsewhere that name this document are resolved to it.
     *
     * @throws InvalidDocumentException when the draft cannot be saved (the message says why)
     */
    String create(DocumentDraft draft, DocumentStatus status, String by);

    Optional<DocumentView> find(String id, Reader reader);

    /** One line each for those of these documents this reader may see, in no particular order. */
    List<DocumentSummary> summaries(Collection<String> ids, Reader reader);

    /** The tombstone of a withdrawn document (what the public still sees of it); empty for any other. */
    Optional<Tombstone> tombstone(String id);

    /** A page of the list of documents the reader may see, newest first, read by key. */
    DocumentList list(DocumentList.Position at, int size, Reader reader);

    /** What the archive holds for this reader, from the counts kept at write time. */
    ArchiveCounts counts(Reader reader);

    boolean isEmpty();

    /** How many documents the archive holds, whatever their status. */
    long size();
}
