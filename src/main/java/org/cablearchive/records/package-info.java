/**
 * The archive's records: volumes and their chapters, documents (telegrams and the other kinds FRUS prints) with
 * their bodies, footnotes, cross-references and printed pages, and how a document reads on the page; and the FRUS
 * TEI codec ({@code records.tei}), since stored bodies are TEI. The heart of the archive; it depends on nothing but
 * {@code people}.
 */
@ApplicationModule(displayName = "Records", allowedDependencies = {"people", "storage", "accounts"})
package org.cablearchive.records;

import org.springframework.modulith.ApplicationModule;
