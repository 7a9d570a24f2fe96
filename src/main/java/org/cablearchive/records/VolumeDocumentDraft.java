package org.cablearchive.records;

import java.util.List;

/**
 * A document as it stands in a volume: its place there and what it is.
 *
 * @param xmlId        its {@code xml:id} in the volume ("d12"); the archive's id is {@code volume-xmlId}
 * @param number       the document number ({@code @n}), printed in modern volumes, assigned in older ones
 * @param chapterXmlId the innermost chapter that holds it, null when directly in the volume's body
 * @param draft        the document; its body holds the div's content in the TEI subset of {@link Body}
 *                     (the {@code <head>} included), with footnotes hollowed to anchors
 * @param mentions     persons named in it by {@code persName @corresp}
 */
public record VolumeDocumentDraft(String xmlId, String number, String chapterXmlId, DocumentDraft draft,
                                  List<Mention> mentions) {

    public VolumeDocumentDraft {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    /** A person named in the text: the persons-list id it points at ({@code p_KHA1}) and the name as printed. */
    public record Mention(String personXmlId, String namePrinted) { }
}
