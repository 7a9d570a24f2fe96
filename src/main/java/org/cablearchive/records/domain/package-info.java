/**
 * The records module's entities and their persistence, internal to {@code records}: other modules go through its
 * services ({@code DocumentCatalog}, {@code DocumentEditing}, {@code VolumeStore}…), which keep revisions, the audit
 * trail and masking in step. Only the types annotated {@code @NamedInterface("entities")} (the document and what the
 * search index reads of it) are exported, and only {@code search} declares it may use them, to map them to the index
 * programmatically (the entities carry no search annotations). Their state-changing methods are package-private.
 */
package org.cablearchive.records.domain;
