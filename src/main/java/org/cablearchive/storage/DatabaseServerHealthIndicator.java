package org.cablearchive.storage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The liveness side of the database: DOWN only when the embedded server could not be started again for
 * {@link SupervisedPostgres#GIVE_UP_AFTER} (restarting the application is then the only way out). A server being
 * restarted, or an outside database that is away, leaves liveness UP: the readiness probe reports those.
 */
@Component("databaseServerHealthIndicator")
class DatabaseServerHealthIndicator implements HealthIndicator {

    private final ObjectProvider<DatabaseServer> servers;

    DatabaseServerHealthIndicator(ObjectProvider<DatabaseServer> servers) {
        this.servers = servers;
    }

    @Override
    public Health health() {
        DatabaseServer server = servers.getIfAvailable(() -> DatabaseServer.OUTSIDE);
        Health.Builder health = server.hasGivenUp() ? Health.down() : Health.up();
        return health.withDetail("restarting", server.isDown()).withDetail("restarts", server.restarts()).build();
    }
}
