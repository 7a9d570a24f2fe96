/**
 * The editorial desk: who may move a document through review and publication (the roles' policy over the
 * document's own rules), review comments, revisions (a full snapshot of every save, with what changed) and their
 * restore, the append-only audit log, and the editors' dashboard.
 */
@ApplicationModule(displayName = "Editorial", allowedDependencies = {"accounts", "ingest", "people", "records", "search", "storage"})
package org.cablearchive.editorial;

import org.springframework.modulith.ApplicationModule;
