package com.sponsorlink.app;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.sponsorlink.app.DataSourceConfiguration.ReadWriteDataSource;

@SpringBootTest
@ActiveProfiles("test")
class ReadWriteRoutingTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void readOnlyTransactionsUseTheReaderPoolAndOthersTheWriterPool() {
        var pools = (ReadWriteDataSource) dataSource;

        int[] readOnly = activeConnectionsDuring(true, pools);
        int[] readWrite = activeConnectionsDuring(false, pools);

        assertThat(readOnly).as("writers, readers busy in a read-only transaction").containsExactly(0, 1);
        assertThat(readWrite).as("writers, readers busy in a read-write transaction").containsExactly(1, 0);
    }

    private int[] activeConnectionsDuring(boolean readOnly, ReadWriteDataSource pools) {
        var transaction = new TransactionTemplate(transactionManager);
        transaction.setReadOnly(readOnly);
        return transaction.execute(status -> {
            try {
                DataSourceUtils.getConnection(dataSource).getMetaData().getDatabaseProductName();
            }
            catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return new int[] { pools.writers().getHikariPoolMXBean().getActiveConnections(),
                    pools.readers().getHikariPoolMXBean().getActiveConnections() };
        });
    }
}
