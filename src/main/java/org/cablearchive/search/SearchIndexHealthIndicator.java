package org.cablearchive.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The search index for the readiness probe: DOWN while it is being rebuilt (searches would miss documents) or
 * cannot be read.
 */
@Component("searchIndexHealthIndicator")
class SearchIndexHealthIndicator implements HealthIndicator {

    private final SearchIndex index;

    SearchIndexHealthIndicator(SearchIndex index) {
        this.index = index;
    }

    @Override
    public Health health() {
        SearchIndex.Rebuild rebuild = index.rebuildStatus();
        if (rebuild.running()) {
            return Health.down().withDetail("rebuilding", true).withDetail("percent", rebuild.percent()).build();
        }
        try {
            return Health.up().withDetail("documents", index.indexedCount()).build();
        } catch (RuntimeException e) {
            return Health.down(e).build();
        }
    }
}
