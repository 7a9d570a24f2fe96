/**
 * What leaves the archive: TEI, OAI-PMH, the Atom feed, site maps and robots.txt, the OpenAPI description, and
 * later JSON, CSV, citations. Publishing reads the records API only, and writes the archive's volumes and
 * documents in the forms other people and machines read them in; it keeps no state of its own.
 */
@ApplicationModule(displayName = "Publishing", allowedDependencies = {"accounts", "people", "records", "records::tei", "records::tei-writer", "search"})
package org.cablearchive.publishing;

import org.springframework.modulith.ApplicationModule;
