/**
 * Readers of outside forms: the plain-text telegram as printed copies circulate, and (later) whole FRUS volumes
 * in TEI; the API that parses and saves them, and the demo content loaded into an empty archive.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ingest", allowedDependencies = {"accounts", "people", "publishing", "records", "storage"})
package org.cablearchive.ingest;
