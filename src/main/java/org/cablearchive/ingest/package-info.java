/**
 * Readers of outside forms and the imports they feed: the plain-text telegram as printed copies circulate, and whole
 * volumes in every format a {@link org.cablearchive.ingest.volumes.VolumeReader} reads (FRUS TEI through the codec of
 * {@code records.tei}), imported by jobs any node runs, from the pages, the API and the command line; the API that
 * parses and saves single documents, and the demo content loaded into an empty archive.
 */
@ApplicationModule(displayName = "Ingest", allowedDependencies = {"accounts", "people", "publishing", "records", "records::tei", "records::tei-reader", "records::tei-text", "storage"})
package org.cablearchive.ingest;

import org.springframework.modulith.ApplicationModule;
