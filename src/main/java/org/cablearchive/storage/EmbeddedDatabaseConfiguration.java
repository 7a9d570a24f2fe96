package org.cablearchive.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded PostgreSQL server when no outside database is configured, and supervises it (see
 * {@link SupervisedPostgres}). Its data folder is {@code ${archive.data-dir}/postgres}; unlike the library's test
 * defaults it writes durably ({@code fsync} and {@code synchronous_commit} on), so an acknowledged save survives a
 * crash. The pool fails fast when the server is away ({@link ConnectionPool}), and opens its connections again as soon
 * as the supervisor has the server back ({@link AwaitingDataSource}); while the server is known to be down it refuses
 * at once ({@link SupervisedPool}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    SupervisedPostgres embeddedPostgres(@Value("${archive.data-dir}") Path dataDir) throws IOException {
        return SupervisedPostgres.start(dataDir.resolve("postgres").toAbsolutePath());
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(SupervisedPostgres postgres, Environment environment) {
        HikariDataSource ds = new SupervisedPool(postgres);
        ds.setPoolName("archive");
        ds.setMaximumPoolSize(10);
        ds.addDataSourceProperty("reWriteBatchedInserts", "true");
        ConnectionPool.failFast(ds, environment);
        ds.setDataSource(new AwaitingDataSource(postgres, postgres.jdbcUrl(), ds.getDataSourceProperties(), "postgres"));
        return ds;
    }
}
