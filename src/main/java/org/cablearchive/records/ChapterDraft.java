package org.cablearchive.records;

/**
 * A compilation, chapter, subchapter or section of a volume, in printed order.
 *
 * @param xmlId       its {@code xml:id} (unique in the volume)
 * @param parentXmlId the enclosing chapter's {@code xml:id}, null at the top
 * @param kind        COMPILATION, CHAPTER, SUBCHAPTER or SECTION
 * @param title       the head as plain text, without its notes
 * @param headTei     the {@code <head>} element as encoded (with its notes), null when it has none
 */
public record ChapterDraft(String xmlId, String parentXmlId, String kind, String title, String headTei) { }
