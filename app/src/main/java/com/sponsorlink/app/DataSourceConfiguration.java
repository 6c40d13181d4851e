package com.sponsorlink.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Connection pools. SQLite allows one writer at a time but many readers beside it (WAL), so for
 * SQLite there are two pools: writers open every transaction IMMEDIATE (they queue for the write
 * lock instead of failing with SQLITE_BUSY half-way), readers open DEFERRED ones and never wait
 * for a writer. {@code @Transactional(readOnly = true)} picks the reader pool. Other databases get
 * the one pool as configured.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

    @Bean
    @Primary
    DataSource dataSource(DataSourceProperties properties, Environment environment,
            @Value("${app.sqlite.readers:4}") int readerPoolSize) {
        HikariDataSource writers = pool(properties, properties.getUrl(), environment);
        if (!isSqlite(properties)) {
            if (properties.getUrl() != null && properties.getUrl().startsWith("jdbc:postgresql:")) {
                planForEachStatementsOwnValues(writers);
            }
            return new ReadWriteDataSource(writers, null);
        }
        sqliteFile(properties.getUrl()).map(Path::getParent).ifPresent(DataSourceConfiguration::createFolder);
        writers.setPoolName("sqlite-writers");
        HikariDataSource readers = pool(properties, deferred(properties.getUrl()), environment);
        readers.setPoolName("sqlite-readers");
        readers.setMaximumPoolSize(readerPoolSize);
        return new ReadWriteDataSource(writers, readers);
    }

    private static HikariDataSource pool(DataSourceProperties properties, String url, Environment environment) {
        HikariDataSource pool = properties.initializeDataSourceBuilder().type(HikariDataSource.class).url(url).build();
        Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(pool));
        return pool;
    }

    /** Read-only transactions go to the readers, if any; closing it closes both pools. */
    static final class ReadWriteDataSource extends LazyConnectionDataSourceProxy implements AutoCloseable {

        private final HikariDataSource writers;
        private final HikariDataSource readers;

        ReadWriteDataSource(HikariDataSource writers, HikariDataSource readers) {
            super(writers);
            this.writers = writers;
            this.readers = readers;
            if (readers != null) {
                setReadOnlyDataSource(readers);
            }
        }

        HikariDataSource writers() {
            return writers;
        }

        HikariDataSource readers() {
            return readers;
        }

        @Override
        public void close() {
            if (readers != null) {
                readers.close();
            }
            writers.close();
        }
    }

    /**
     * PostgreSQL plans each statement for the values it runs with, unless the URL sets server
     * options itself. A few accounts hold most rows (a busy influencer has thousands of requests),
     * and after five runs of a prepared statement PostgreSQL may switch to one generic plan for
     * every value: for "this influencer's requests awaiting an answer" that plan joined all 600 and
     * sorted them (8.7 ms), where the plan for the actual influencer reads the newest 6 in order
     * (0.4 ms). Planning each time costs less than that on every page measured under bench/.
     */
    static void planForEachStatementsOwnValues(HikariDataSource pool) {
        if (!pool.getJdbcUrl().contains("options=") && !pool.getDataSourceProperties().containsKey("options")) {
            pool.addDataSourceProperty("options", "-c plan_cache_mode=force_custom_plan");
        }
    }

    private static boolean isSqlite(DataSourceProperties properties) {
        return properties.getUrl() != null && properties.getUrl().startsWith("jdbc:sqlite:");
    }

    /** The same database with deferred transactions: reads take no write lock. */
    static String deferred(String url) {
        return url.replaceAll("([?&])transaction_mode=[A-Za-z]+&?", "$1").replaceAll("[?&]$", "");
    }

    /** The database file of a SQLite URL, if it names one. */
    static Optional<Path> sqliteFile(String url) {
        if (url == null || !url.startsWith("jdbc:sqlite:")) {
            return Optional.empty();
        }
        String file = url.substring("jdbc:sqlite:".length());
        int query = file.indexOf('?');
        file = query < 0 ? file : file.substring(0, query);
        if (file.startsWith("file:")) {
            file = file.substring("file:".length());
        }
        if (file.isEmpty() || file.startsWith(":memory:")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(file).toAbsolutePath());
    }

    /** SQLite creates the database file but not its folder; the default ./data/ must work on a fresh clone. */
    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot create the database folder " + folder, e);
        }
    }
}
