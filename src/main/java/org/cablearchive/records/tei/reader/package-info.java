/**
 * The FRUS TEI reader, streaming: {@link FrusTeiReader} reads a volume into records' drafts, handed one by one to a
 * {@link org.cablearchive.records.VolumeSink}; what stands outside documents is kept verbatim as the volume's parts.
 */
@NamedInterface("tei-reader")
package org.cablearchive.records.tei.reader;

import org.springframework.modulith.NamedInterface;
