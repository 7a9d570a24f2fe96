package org.cablearchive.search;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The index's background work, each on one thread of its own that Spring starts and shuts down with the application:
 * when the application closes, a running task is let finish (the lifecycle's stop waits for it) and nothing new is
 * taken; what was still queued is not lost, since each volume's indexing is an outstanding event publication until it
 * has run, and a rebuild can be started again.
 */
@Configuration(proxyBeanMethods = false)
class SearchExecutors {

    /** Volumes read into the index after their imports, one at a time, in the order they came. */
    static final String VOLUME_INDEXING = "searchVolumeIndexing";
    /** Rebuilds of the whole index. */
    static final String REBUILDS = "searchIndexRebuilds";

    @Bean(VOLUME_INDEXING)
    ThreadPoolTaskExecutor searchVolumeIndexing() {
        return oneThread("search-volume-indexer-");
    }

    @Bean(REBUILDS)
    ThreadPoolTaskExecutor searchIndexRebuilds() {
        return oneThread("search-index-rebuild-");
    }

    private static ThreadPoolTaskExecutor oneThread(String prefix) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setThreadNamePrefix(prefix);
        executor.setDaemon(true);
        executor.setAwaitTerminationSeconds(30);
        return executor;
    }
}
