package org.cablearchive.records;

/**
 * What a document is and where it is filed, as its head and source note print it.
 *
 * @param type       the kind of document, {@link DocumentType#OTHER} when unknown
 * @param title      the head, e.g. "The Charge in the Soviet Union (Cumming) to the Secretary of State"
 * @param sourceNote the source note as printed, e.g. "611.61/10–1551: Telegram"
 * @param fileNumber the file number as printed, e.g. "611.61/10–1551" (see {@link FileNumber})
 */
public record Identification(DocumentType type, String title, String sourceNote, String fileNumber) {

    public static final Identification NONE = new Identification(null, null, null, null);

    public Identification {
        type = type == null ? DocumentType.OTHER : type;
    }

    public Identification withType(DocumentType v) { return new Identification(v, title, sourceNote, fileNumber); }
    public Identification withTitle(String v) { return new Identification(type, v, sourceNote, fileNumber); }
    public Identification withSourceNote(String v) { return new Identification(type, title, v, fileNumber); }
    public Identification withFileNumber(String v) { return new Identification(type, title, sourceNote, v); }
}
