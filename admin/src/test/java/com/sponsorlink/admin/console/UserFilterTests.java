package com.sponsorlink.admin.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class UserFilterTests {

    @Test
    void ignoresUnknownRolesAndStatusesAndTrimsTheSearchText() {
        var filter = new UserFilter("  nora ", "SUPERUSER", null);

        assertThat(filter.q()).isEqualTo("nora");
        assertThat(filter.role()).isEmpty();
        assertThat(filter.status()).isEmpty();
    }

    @Test
    void aSuspensionOutranksTheApprovalInTheStatusShown() {
        var suspended = new UserSummary(UUID.randomUUID(), "a@b.example", "A", "SPONSOR", "APPROVED", null, true, "Spam",
                Instant.now(), "Tools", null, null, null);
        var pending = new UserSummary(UUID.randomUUID(), "a@b.example", "A", "SPONSOR", "PENDING", null, false, null,
                Instant.now(), "Tools", null, null, null);

        assertThat(suspended.status()).isEqualTo("SUSPENDED");
        assertThat(pending.status()).isEqualTo("PENDING");
        assertThat(pending.isPendingSponsor()).isTrue();
    }
}
