package org.cablearchive.records.tei.reader;

import org.cablearchive.records.UnreadableVolumeException;

/**
 * A FRUS TEI file cannot be imported: it is not XML, not TEI, holds no documents, is hostile (a DTD, entities) or
 * too large in one place. The message is meant for a person: what is wrong and, where known, the line and
 * column. Content the reader could place is never the cause; odd content gives a warning instead. The FRUS TEI
 * reader's kind of {@link UnreadableVolumeException}.
 */
public class TeiImportException extends UnreadableVolumeException {

    public TeiImportException(String message) {
        super(message);
    }

    public TeiImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
