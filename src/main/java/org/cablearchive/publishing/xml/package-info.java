/**
 * Writing XML for the archive's machine outputs (OAI-PMH, Atom, site maps): a streaming, namespaced writer
 * ({@link XmlOutput}) over the codec's secure StAX writer and its rule that keeps any text legal XML
 * ({@code records.tei.Stax}, {@code records.tei.XmlChars}).
 */
package org.cablearchive.publishing.xml;
