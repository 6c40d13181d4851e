package com.sponsorlink.admin.console;

import java.time.Instant;
import java.util.UUID;

/**
 * An appeal as the console lists it.
 *
 * @param kind USER for a suspension, CAMPAIGN for a campaign's flag
 * @param label who appeals, and about which campaign, as it was when filed
 * @param status OPEN, UPHELD or LIFTED
 * @param originalReason the reason of the suspension or flag while it stands, else null
 */
record AppealSummary(UUID id, String kind, UUID subjectId, UUID appellantId, String label, String text, Instant filedAt,
        String status, Instant decidedAt, String reason, String originalReason) {

    public boolean isOpen() {
        return "OPEN".equals(status);
    }

    public boolean isAboutUser() {
        return "USER".equals(kind);
    }

    /** What is appealed, in a few words. */
    public String what() {
        return isAboutUser() ? "Suspension" : "Campaign flag";
    }

    /** The console's page of the suspended user or the flagged campaign. */
    public String subjectLink() {
        return (isAboutUser() ? "/admin/users/" : "/admin/campaigns/") + subjectId;
    }
}
