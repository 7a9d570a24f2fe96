/**
 * What leaves the archive: FRUS TEI (written by the codec of {@code records.tei}), OAI-PMH, the Atom feed, site maps
 * and robots.txt, the OpenAPI description, citations and JSON. Publishing reads the records API only, and writes the archive's volumes and
 * documents in the forms other people and machines read them in; it keeps no state of its own.
 */
@ApplicationModule(displayName = "Publishing", allowedDependencies = {"accounts", "people", "records", "records::tei", "records::tei-writer", "search"})
package org.cablearchive.publishing;

import org.springframework.modulith.ApplicationModule;
