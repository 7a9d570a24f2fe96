/**
 * The reading room's search: the index of documents (Hibernate Search, mapped programmatically here so
 * that {@code records} carries no search annotations; embedded Lucene, or an Elasticsearch/OpenSearch cluster by
 * configuration, both behind {@link ArchiveSearch}), the query language researchers type (words, phrases,
 * OR, -exclusion, field prefixes, abbreviations from the glossary), exact facet counts, highlighted snippets and
 * the timeline, and keeping the index in step with the database.
 */
@ApplicationModule(displayName = "Search", allowedDependencies = {"accounts", "people", "records", "records::entities"})
package org.cablearchive.search;

import org.springframework.modulith.ApplicationModule;
