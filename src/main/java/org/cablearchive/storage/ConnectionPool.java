package org.cablearchive.storage;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The pool's settings that keep requests from hanging when the database is away, for the embedded server and an
 * outside one alike: a connection is waited for {@code archive.database.connection-timeout} (1.5 s) at most, a new
 * one opens within {@code archive.database.connect-timeout} (2 s, TCP connect and sign-in to the server), and a
 * statement whose server stops answering (SIGSTOP, a network cut) is given up after
 * {@code archive.database.socket-timeout} (30 s; long enough for the largest single statement of an import). A
 * broken connection is dropped and a new one opened when the database is back: nothing to restart.
 */
@Component
class ConnectionPool implements BeanPostProcessor {

    private final Environment environment;

    ConnectionPool(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource ds) {
            failFast(ds, environment);
        }
        return bean;
    }

    static void failFast(HikariDataSource ds, Environment environment) {
        long connectionTimeout = environment.getProperty("archive.database.connection-timeout", Long.class, 1500L);
        int connectSeconds = environment.getProperty("archive.database.connect-timeout", Integer.class, 2);
        int socketSeconds = environment.getProperty("archive.database.socket-timeout", Integer.class, 30);
        ds.setConnectionTimeout(connectionTimeout);
        ds.setValidationTimeout(Math.max(250, Math.min(1000, connectionTimeout / 2)));
        ds.addDataSourceProperty("connectTimeout", String.valueOf(connectSeconds));
        ds.addDataSourceProperty("loginTimeout", String.valueOf(connectSeconds));
        ds.addDataSourceProperty("socketTimeout", String.valueOf(socketSeconds));
        ds.addDataSourceProperty("tcpKeepAlive", "true");
        ds.addDataSourceProperty("ApplicationName", applicationName(environment));
    }

    /** Common to the archive's connections, so that other nodes' connections can be told apart from anyone else's. */
    static final String APPLICATION_NAME_PREFIX = "cable-archive/";

    /**
     * The name this application's connections give the server ({@code pg_stat_activity.application_name}), one per
     * running application (process and context): how a node sees whether other nodes of the archive are connected.
     */
    static String applicationName(Environment environment) {
        return APPLICATION_NAME_PREFIX + ProcessHandle.current().pid() + "/"
                + Integer.toHexString(System.identityHashCode(environment));
    }
}
