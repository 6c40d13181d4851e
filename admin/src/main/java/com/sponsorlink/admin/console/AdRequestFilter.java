package com.sponsorlink.admin.console;

import java.util.List;
import java.util.UUID;

/**
 * The ad request list's filters, each optional: status, flagged only, and the campaign, sponsor or
 * influencer it concerns (by id, as linked from their pages).
 */
record AdRequestFilter(String status, String flagged, String campaign, String sponsor, String influencer) {

    static final List<String> STATUSES = List.of("PENDING", "NEGOTIATING", "ACCEPTED", "COMPLETED", "REJECTED", "CANCELLED");

    AdRequestFilter {
        status = status != null && STATUSES.contains(status) ? status : "";
        flagged = "yes".equals(flagged) ? flagged : "";
    }

    boolean flaggedOnly() {
        return !flagged.isEmpty();
    }

    public UUID campaignId() {
        return idOrNull(campaign);
    }

    public UUID sponsorId() {
        return idOrNull(sponsor);
    }

    public UUID influencerId() {
        return idOrNull(influencer);
    }

    /** The id in a filter's text, or null when it is empty or not an id. */
    static UUID idOrNull(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        }
        catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
