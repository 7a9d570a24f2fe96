/**
 * The FRUS TEI codec, the one place that knows the Office of the Historian's encoding: the secure StAX factories every XML reader and writer of the archive uses
 * ({@link SecureXmlFactory}, {@link Stax}), the streaming volume reader ({@code reader.FrusTeiReader}), the writer
 * of volumes and documents ({@code writer.FrusTeiWriter}), the comparison of two files as canonical XML
 * ({@link CanonicalTei}), and the printed forms FRUS uses in running text that the readers of TEI and of plain text
 * share ({@code text}: telegram shorthand, dates, participants' labels). It lives in {@code records} because stored
 * bodies are TEI fragments that records renders, and the reader and writer work on records' drafts; {@code ingest}
 * and {@code publishing} use it as this named interface, and hold no TEI knowledge of their own.
 */
@NamedInterface("tei")
package org.cablearchive.records.tei;

import org.springframework.modulith.NamedInterface;
