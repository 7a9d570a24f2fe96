/**
 * Readers of outside forms: the plain-text telegram as printed copies circulate, and (later) whole FRUS volumes
 * in TEI; the API that parses and saves them, and the demo content loaded into an empty archive.
 */
@ApplicationModule(displayName = "Ingest", allowedDependencies = {"accounts", "people", "publishing", "records", "records::tei", "records::tei-reader", "records::tei-text", "storage"})
package org.cablearchive.ingest;

import org.springframework.modulith.ApplicationModule;
