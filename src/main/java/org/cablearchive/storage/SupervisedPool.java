package org.cablearchive.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * The pool of connections to the embedded server, which refuses at once while the supervisor knows the server is down
 * and is restarting it: a request that got past {@link DatabaseUnavailableFilter} before the server died (it was
 * searching the index, rendering) is answered 503 as soon as it asks for a connection, rather than after the pool's
 * wait of 1.5 s for a connection that cannot come.
 */
final class SupervisedPool extends HikariDataSource {

    private final SupervisedPostgres server;

    SupervisedPool(SupervisedPostgres server) {
        this.server = server;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (server.isDown()) {
            throw new SQLTransientConnectionException("The embedded database server is being started again");
        }
        return super.getConnection();
    }
}
