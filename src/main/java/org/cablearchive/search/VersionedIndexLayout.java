package org.cablearchive.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

/**
 * Names of the index on a cluster that carry the mapping's version ({@code document-v4-000001}, read through the
 * aliases {@code document-v4-read} and {@code document-v4-write}), with an optional prefix to share a cluster: an
 * archive whose mapping changed finds an empty index of the new version, and rebuilds it from the database at start
 * (the embedded index notes its version in a file beside it instead).
 */
final class VersionedIndexLayout implements IndexLayoutStrategy {

    private final String prefix;
    private final String version = "-v" + SearchIndex.MAPPING_VERSION;
    private final Pattern indexName;

    VersionedIndexLayout(String prefix) {
        this.prefix = prefix == null ? "" : prefix.strip();
        this.indexName = Pattern.compile(Pattern.quote(this.prefix) + "(.*)" + Pattern.quote(version) + "-\\d{6}");
    }

    @Override
    public String createInitialElasticsearchIndexName(String index) {
        return prefix + index + version + "-000001";
    }

    @Override
    public String createWriteAlias(String index) {
        return prefix + index + version + "-write";
    }

    @Override
    public String createReadAlias(String index) {
        return prefix + index + version + "-read";
    }

    @Override
    public String extractUniqueKeyFromHibernateSearchIndexName(String index) {
        return index;
    }

    @Override
    public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
        Matcher m = indexName.matcher(elasticsearchIndexName);
        return m.matches() ? m.group(1) : elasticsearchIndexName;
    }
}
