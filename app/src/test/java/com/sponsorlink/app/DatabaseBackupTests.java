package com.sponsorlink.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/**
 * An online backup of the SQLite database, taken while people keep signing up: a complete,
 * consistent database file that holds everything committed before it began.
 */
@DisabledIfSystemProperty(named = "sponsorlink.test.database", matches = "postgresql", disabledReason = "about SQLite")
class DatabaseBackupTests extends WebJourney {

    @Test
    void theAdminBacksUpWhileTheAppKeepsWritingAndTheCopyIsACompleteConsistentDatabase() throws Exception {
        registerSponsor("before-backup@brand.example", "Before Backup");
        int before = userCount();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        CompletableFuture<Void> signUps = CompletableFuture.runAsync(() -> {
            while (writing.get()) {
                try {
                    registerInfluencer("during-backup-" + written.incrementAndGet() + "@example.com", "During", "10");
                }
                catch (Exception failure) {
                    throw new IllegalStateException(failure);
                }
            }
        });
        MockHttpSession admin = admin();
        Thread.sleep(200);

        MvcResult backedUp = submit(admin, post("/admin/backups"));
        writing.set(false);
        signUps.join();

        assertThat(backedUp.getResponse().getRedirectedUrl()).isEqualTo("/admin/backups");
        String path = page(admin, "/admin/backups").select("#backups tbody tr td").first().text();
        assertThat(written.get()).as("sign-ups went on during the backup").isGreaterThan(1);
        try (Connection copy = DriverManager.getConnection("jdbc:sqlite:target/backups/" + path);
                Statement sql = copy.createStatement()) {
            try (ResultSet check = sql.executeQuery("PRAGMA integrity_check")) {
                check.next();
                assertThat(check.getString(1)).isEqualTo("ok");
            }
            try (ResultSet users = sql.executeQuery("select count(*) from identity_users")) {
                users.next();
                assertThat(users.getInt(1)).isGreaterThanOrEqualTo(before).isLessThanOrEqualTo(userCount());
            }
            try (ResultSet sponsor = sql.executeQuery("select display_name from identity_users where email_key = 'before-backup@brand.example'")) {
                assertThat(sponsor.next()).isTrue();
                assertThat(sponsor.getString(1)).isEqualTo("Before Backup");
            }
            try (ResultSet migrations = sql.executeQuery("select count(*) from flyway_schema_history where success")) {
                migrations.next();
                assertThat(migrations.getInt(1)).as("the whole schema, ready to start on").isGreaterThan(10);
            }
        }
    }
}
