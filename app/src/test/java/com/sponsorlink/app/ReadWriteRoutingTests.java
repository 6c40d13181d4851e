package com.sponsorlink.app;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.sponsorlink.app.DataSourceConfiguration.ReadWriteDataSource;

@SpringBootTest
@ActiveProfiles("test")
@DisabledIfSystemProperty(named = "sponsorlink.test.database", matches = "postgresql", disabledReason = "about SQLite")
class ReadWriteRoutingTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void readOnlyTransactionsUseTheReaderPoolAndOthersTheWriterPool() {
        var pools = (ReadWriteDataSource) dataSource;

        assertThat(urlOfConnectionIn(true)).as("read-only transaction").isEqualTo(pools.readers().getJdbcUrl())
            .doesNotContain("transaction_mode=IMMEDIATE");
        assertThat(urlOfConnectionIn(false)).as("read-write transaction").isEqualTo(pools.writers().getJdbcUrl())
            .contains("transaction_mode=IMMEDIATE");
    }

    /** The URL of the connection a transaction gets; counting busy connections would race with background work. */
    private String urlOfConnectionIn(boolean readOnly) {
        var transaction = new TransactionTemplate(transactionManager);
        transaction.setReadOnly(readOnly);
        return transaction.execute(status -> {
            try {
                return DataSourceUtils.getConnection(dataSource).getMetaData().getURL();
            }
            catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
