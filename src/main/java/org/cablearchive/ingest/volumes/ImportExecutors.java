package org.cablearchive.ingest.volumes;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The thread import jobs run on (one: a node imports one volume at a time), started and shut down by Spring. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ImportExecutors {

    static final String RUNNER = "volumeImports";

    @Bean(RUNNER)
    ThreadPoolTaskExecutor volumeImports() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setThreadNamePrefix("volume-import-");
        executor.setDaemon(true);
        // The worker's own stop waits for the volume being read (up to ten minutes) before this is shut down.
        executor.setAwaitTerminationSeconds(30);
        return executor;
    }
}
