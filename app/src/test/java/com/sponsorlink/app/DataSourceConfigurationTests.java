package com.sponsorlink.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class DataSourceConfigurationTests {

    @Test
    void readersUseTheSameDatabaseWithDeferredTransactions() {
        assertThat(DataSourceConfiguration.deferred("jdbc:sqlite:data/x.db?journal_mode=WAL&transaction_mode=IMMEDIATE&foreign_keys=true"))
            .isEqualTo("jdbc:sqlite:data/x.db?journal_mode=WAL&foreign_keys=true");
        assertThat(DataSourceConfiguration.deferred("jdbc:sqlite:data/x.db?transaction_mode=IMMEDIATE"))
            .isEqualTo("jdbc:sqlite:data/x.db");
        assertThat(DataSourceConfiguration.deferred("jdbc:sqlite:data/x.db?foreign_keys=true&transaction_mode=IMMEDIATE"))
            .isEqualTo("jdbc:sqlite:data/x.db?foreign_keys=true");
    }

    @Test
    void findsTheDatabaseFileOfASqliteUrl() {
        assertThat(DataSourceConfiguration.sqliteFile("jdbc:sqlite:data/sponsorlink.db?journal_mode=WAL"))
            .contains(Path.of("data/sponsorlink.db").toAbsolutePath());
        assertThat(DataSourceConfiguration.sqliteFile("jdbc:sqlite:file:/tmp/x.db")).contains(Path.of("/tmp/x.db"));
        assertThat(DataSourceConfiguration.sqliteFile("jdbc:sqlite::memory:")).isEmpty();
        assertThat(DataSourceConfiguration.sqliteFile("jdbc:postgresql://localhost/test")).isEmpty();
    }

    @Test
    void postgresqlPlansEachStatementForItsOwnValuesUnlessTheUrlSetsOptions() {
        var plain = new com.zaxxer.hikari.HikariDataSource();
        plain.setJdbcUrl("jdbc:postgresql://localhost/test");
        DataSourceConfiguration.planForEachStatementsOwnValues(plain);
        assertThat(plain.getDataSourceProperties()).containsEntry("options", "-c plan_cache_mode=force_custom_plan");

        var own = new com.zaxxer.hikari.HikariDataSource();
        own.setJdbcUrl("jdbc:postgresql://localhost/test?options=-c%20work_mem=64MB");
        DataSourceConfiguration.planForEachStatementsOwnValues(own);
        assertThat(own.getDataSourceProperties()).doesNotContainKey("options");
    }
}
