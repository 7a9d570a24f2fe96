package org.cablearchive.records;

/**
 * What a document is and where it is filed, as its head and source note print it.
 *
 * @param type       the kind of document, {@link DocumentType#OTHER} when unknown
 * @param title      the head, e.g. "The Charge in the Soviet Union (Cumming) to the Secretary of State"
 * @param sourceNote the source note as printed, e.g. "611.61/10–1551: Telegram"
 * @param fileNumber the file number as printed, e.g. "611.61/10–1551" (see {@link FileNumber})
 * @param drafting   who drafted, cleared and approved it, as printed ("Drafted by Toon; cleared by Walsh; and approved by
 *                   Rogers."); see {@link DraftingLine}
 */
public record Identification(DocumentType type, String title, String sourceNote, String fileNumber, String drafting) {

    public static final Identification NONE = new Identification(null, null, null, null, null);

    public Identification {
        type = type == null ? DocumentType.OTHER : type;
        drafting = drafting == null || drafting.isBlank() ? null : drafting.strip();
    }

    public Identification withType(DocumentType v) { return new Identification(v, title, sourceNote, fileNumber, drafting); }
    public Identification withTitle(String v) { return new Identification(type, v, sourceNote, fileNumber, drafting); }
    public Identification withSourceNote(String v) { return new Identification(type, title, v, fileNumber, drafting); }
    public Identification withFileNumber(String v) { return new Identification(type, title, sourceNote, v, drafting); }
    public Identification withDrafting(String v) { return new Identification(type, title, sourceNote, fileNumber, v); }
}
