package org.cablearchive.people;

/**
 * An entry of a volume's persons list: {@code <persName xml:id="p_AGHL1">Aldrich, George H.</persName>,
 * Acting Deputy Legal Adviser…}.
 *
 * @param xmlId       its id in the volume (unique only there)
 * @param name        the name as listed ("Aldrich, George H.")
 * @param description what the list says of the person, as plain text
 */
public record PersonDraft(String xmlId, String name, String description) { }
