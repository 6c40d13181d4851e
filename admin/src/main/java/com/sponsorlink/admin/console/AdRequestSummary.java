package com.sponsorlink.admin.console;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * An ad request as the console lists it.
 *
 * @param amountMinor the latest offer while open, the agreed amount once accepted
 */
record AdRequestSummary(UUID id, UUID campaignId, String campaignName, UUID sponsorId, String sponsorName,
        UUID influencerId, String influencerName, String status, long amountMinor, boolean flagged, String flagReason,
        Instant updatedAt) {

    public String statusLabel() {
        return status.charAt(0) + status.substring(1).toLowerCase(Locale.ROOT);
    }

    /** A line naming the request in the audit trail. */
    String label() {
        return "\"" + campaignName + "\": " + sponsorName + " and " + influencerName;
    }
}
