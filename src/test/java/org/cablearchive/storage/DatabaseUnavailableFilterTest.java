package org.cablearchive.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.FilterChain;
import java.net.ServerSocket;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A database that cannot be reached (nothing listens where the pool looks for it, as when the server died or the
 * network is cut): requests fail after the pool's 1.5 s with 503 and Retry-After, a page for browsers and problem details
 * for the API, never a 30 s hang or a 500. A real pool with the archive's settings, against a real closed port.
 */
class DatabaseUnavailableFilterTest {

    private HikariDataSource pool;
    private DatabaseUnavailableFilter filter;

    @BeforeEach
    void poolPointedAtNothing() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + port + "/postgres");
        pool.setUsername("postgres");
        pool.setInitializationFailTimeout(-1);
        ConnectionPool.failFast(pool, new MockEnvironment());
        filter = new DatabaseUnavailableFilter(new DefaultListableBeanFactory().getBeanProvider(DatabaseServer.class));
    }

    @AfterEach
    void close() {
        pool.close();
    }

    private final FilterChain usesTheDatabase = (request, response) -> {
        Connection c = DataSourceUtils.getConnection(pool); // throws as a repository would, wrapped by Spring
        DataSourceUtils.releaseConnection(c, pool);
        response.getWriter().write("never");
    };

    @Test
    void aPageAnswers503WithRetryAfterInsteadOfHanging() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/documents");
        request.addHeader("Accept", "text/html");
        MockHttpServletResponse response = new MockHttpServletResponse();
        Instant start = Instant.now();
        filter.doFilter(request, response, usesTheDatabase);
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString()).contains("Unavailable for a moment").contains("try again in a few seconds");
    }

    @Test
    void theApiAnswers503AsProblemDetails() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("PUT", "/api/documents/x"), response, usesTheDatabase);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":503").contains("cannot be reached");
    }

    @Test
    void whileTheEmbeddedServerIsKnownDownNothingWaitsForIt() throws Exception {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("server", new DatabaseServer() {
            public boolean isDown() { return true; }
            public boolean hasGivenUp() { return false; }
            public int restarts() { return 0; }
        });
        AtomicBoolean called = new AtomicBoolean();
        MockHttpServletResponse response = new MockHttpServletResponse();
        new DatabaseUnavailableFilter(beans.getBeanProvider(DatabaseServer.class))
                .doFilter(new MockHttpServletRequest("GET", "/search"), response, (q, r) -> called.set(true));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(called).isFalse();
    }

    @Test
    void otherFailuresAreNotTakenForAnOutage() {
        assertThat(DatabaseFailures.isUnreachable(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseFailures.isUnreachable(new org.springframework.dao.DataIntegrityViolationException("dup",
                new java.sql.SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseFailures.isUnreachable(new org.springframework.transaction.CannotCreateTransactionException("x",
                new java.sql.SQLTransientConnectionException("pool timed out")))).isTrue();
    }
}
