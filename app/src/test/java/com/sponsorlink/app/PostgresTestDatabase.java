package com.sponsorlink.app;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The full-stack tests on PostgreSQL: with {@code -Dsponsorlink.test.database=postgresql} (the
 * build's second test run), each test context gets a fresh schema of its own in the local
 * server's {@code test} database, in place of its SQLite file. Where no PostgreSQL answers, that
 * run's tests are skipped, as the Redis tests are without Redis.
 */
public class PostgresTestDatabase implements ContextCustomizerFactory, ExecutionCondition {

    static final String SERVER = System.getProperty("sponsorlink.test.postgresql", "127.0.0.1:5432");
    static final String URL = "jdbc:postgresql://" + SERVER + "/test";

    static boolean selected() {
        return "postgresql".equals(System.getProperty("sponsorlink.test.database"));
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return selected() ? new FreshSchema() : null;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!selected()) {
            return ConditionEvaluationResult.enabled("on SQLite");
        }
        try (Socket probe = new Socket()) {
            String[] hostAndPort = SERVER.split(":");
            probe.connect(new InetSocketAddress(hostAndPort[0], Integer.parseInt(hostAndPort[1])), 500);
            return ConditionEvaluationResult.enabled("PostgreSQL answers at " + SERVER);
        }
        catch (Exception none) {
            return ConditionEvaluationResult.disabled("no PostgreSQL at " + SERVER);
        }
    }

    /** One schema per application context; equal to every other, so contexts are cached as on SQLite. */
    static final class FreshSchema implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
            String schema = "test_" + UUID.randomUUID().toString().replace("-", "");
            try (Connection connection = DriverManager.getConnection(URL, "postgres", "");
                    Statement sql = connection.createStatement()) {
                sql.execute("CREATE SCHEMA " + schema);
            }
            catch (SQLException failure) {
                throw new IllegalStateException("Could not create a test schema on " + URL, failure);
            }
            TestPropertyValues.of("spring.datasource.url=" + URL + "?currentSchema=" + schema, "spring.datasource.username=postgres",
                    "spring.datasource.password=", "spring.flyway.schemas=" + schema, "spring.datasource.hikari.maximum-pool-size=10")
                .applyTo(context);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof FreshSchema;
        }

        @Override
        public int hashCode() {
            return FreshSchema.class.hashCode();
        }
    }
}
