package com.sponsorlink.admin.console;

import java.time.Instant;
import java.util.UUID;

import com.sponsorlink.identity.events.Category;

/**
 * A user as the console lists them.
 */
public record UserSummary(UUID id, String email, String displayName, String role, String approval, String approvalReason,
        boolean suspended, String suspensionReason, Instant registeredAt, String industry, Category category, String niche,
        Long reach) {

    public boolean isPendingSponsor() {
        return "SPONSOR".equals(role) && "PENDING".equals(approval);
    }

    public boolean isAdmin() {
        return "ADMIN".equals(role);
    }

    /** One word for the user's standing, as shown in lists and filters. */
    public String status() {
        if (suspended) {
            return "SUSPENDED";
        }
        return approval;
    }
}
