package org.cablearchive.search;

import java.util.Locale;
import java.util.Map;
import org.cablearchive.search.index.ElasticsearchAnalysis;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Where the index lives, by configuration ({@code archive.search.backend}): {@code lucene} (the default) keeps it
 * in the data folder, embedded; {@code elasticsearch} puts it on an Elasticsearch or OpenSearch cluster
 * ({@code archive.search.hosts}, or {@code ARCHIVE_SEARCH_HOSTS}: host:port, comma-separated; {@code
 * archive.search.protocol}, {@code archive.search.username}, {@code archive.search.password}), which every app
 * node shares. The mapping is the same; the analyzers are defined for each engine from the same components.
 */
@Configuration(proxyBeanMethods = false)
class SearchBackendConfiguration {

    static final String LUCENE = "lucene";
    static final String ELASTICSEARCH = "elasticsearch";
    private static final String BACKEND = "hibernate.search.backend.";

    @Bean
    HibernatePropertiesCustomizer searchBackend(Environment env) {
        String backend = env.getProperty("archive.search.backend", LUCENE).strip().toLowerCase(Locale.ROOT);
        return properties -> {
            switch (backend) {
                case LUCENE -> properties.put(BACKEND + "type", LUCENE);
                case ELASTICSEARCH -> elasticsearch(properties, env);
                default -> throw new IllegalStateException("archive.search.backend is \"" + backend
                        + "\": it must be lucene (the index in the data folder) or elasticsearch (a cluster)");
            }
        };
    }

    private static void elasticsearch(Map<String, Object> properties, Environment env) {
        // The embedded index's own settings (directory.root, lucene_version) stay in the JPA properties, unused here:
        // Hibernate Search names them once at start (HSEARCH000568).
        properties.put(BACKEND + "type", ELASTICSEARCH);
        properties.put(BACKEND + "hosts", env.getProperty("archive.search.hosts", "localhost:9200"));
        properties.put(BACKEND + "protocol", env.getProperty("archive.search.protocol", "http"));
        String username = env.getProperty("archive.search.username", "");
        if (!username.isBlank()) {
            properties.put(BACKEND + "username", username);
            properties.put(BACKEND + "password", env.getProperty("archive.search.password", ""));
        }
        // A volume's documents go to the cluster a hundred at a time, refreshed before the call returns: on a busy
        // cluster that takes longer than the client's default 30 s, and a call given up is an import left unindexed.
        properties.put(BACKEND + "read_timeout", env.getProperty("archive.search.read-timeout-ms", "120000"));
        properties.put(BACKEND + "analysis.configurer", "class:" + ElasticsearchAnalysis.class.getName());
        properties.put(BACKEND + "schema_management.settings_file",
                env.getProperty("archive.search.index-settings", "search/elasticsearch-index.json"));
        properties.put(BACKEND + "layout.strategy", new VersionedIndexLayout(env.getProperty("archive.search.index-prefix", "")));
    }
}
