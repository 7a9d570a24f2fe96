/**
 * Export in FRUS TEI, the encoding the Office of the Historian publishes {@code Foreign Relations of the United
 * States} in: whole volumes and single documents, written by {@link FrusTeiWriter}
 * from the records' drafts, so that an imported volume leaves the archive as it came in.
 */
@NamedInterface("tei-writer")
package org.cablearchive.records.tei.writer;

import org.springframework.modulith.NamedInterface;
