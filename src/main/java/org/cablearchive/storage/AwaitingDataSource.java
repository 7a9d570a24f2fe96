package org.cablearchive.storage;

import com.zaxxer.hikari.util.DriverDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Where the pool opens its connections to the embedded server: while the supervisor is restarting a dead server, an
 * attempt waits for it (a few seconds at most) instead of being refused. The pool backs off after each refusal, up to
 * seconds; waiting here keeps it from backing off, so it has connections again as soon as the server is back. Only
 * the pool's own thread that adds connections waits here; requests wait for a connection for the pool's timeout
 * (1.5 s) as always, and are answered 503 at once while the server is known to be down.
 */
final class AwaitingDataSource implements DataSource {

    private static final Duration AT_MOST = Duration.ofSeconds(10);

    private final SupervisedPostgres server;
    private final DriverDataSource driver;

    AwaitingDataSource(SupervisedPostgres server, String jdbcUrl, Properties properties, String username) {
        this.server = server;
        this.driver = new DriverDataSource(jdbcUrl, null, properties, username, null);
    }

    @Override
    public Connection getConnection() throws SQLException {
        server.awaitUp(AT_MOST);
        return driver.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        server.awaitUp(AT_MOST);
        return driver.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return driver.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        driver.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        driver.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return driver.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return driver.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
