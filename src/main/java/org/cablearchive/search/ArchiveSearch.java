package org.cablearchive.search;

import org.cablearchive.accounts.Reader;

/**
 * The reading room's search, whichever engine holds the index ({@code archive.search.backend}): the embedded Lucene
 * index searched natively ({@link DocumentSearch}, the default) or an Elasticsearch/OpenSearch cluster searched
 * through Hibernate Search's query DSL ({@link ElasticsearchDocumentSearch}). Both give the same answers: the same
 * query text with its glossary forms, the same exact multi-select facet counts, timeline and snippets.
 */
public interface ArchiveSearch {

    /** The search with each facet's values with most documents (the API's number). */
    SearchResult search(SearchRequest request, Reader reader);

    /** The search, each facet giving its {@code facetValues} values with most documents (a chosen value is always given). */
    SearchResult search(SearchRequest request, Reader reader, int facetValues);

    /** The search, with or without a highlighted snippet for each hit (a script that shows none need not ask for them). */
    SearchResult search(SearchRequest request, Reader reader, int facetValues, boolean snippets);

    /** How many documents the search finds, and nothing else: a saved search's count. */
    long count(SearchRequest request, Reader reader);
}
