/**
 * The records module's entities and their persistence. Its entity classes are named so that the search module
 * can map them to the index programmatically (the entities carry no search annotations); nothing else outside
 * {@code records} uses this package.
 */
@org.springframework.modulith.NamedInterface("entities")
package org.cablearchive.records.domain;
