package com.sponsorlink.admin.console;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.sponsorlink.campaigns.events.Visibility;
import com.sponsorlink.identity.events.Category;

/**
 * A campaign as the console shows it.
 */
record CampaignSummary(UUID id, UUID sponsorId, String sponsorName, String name, String description, Category category,
        long budgetMinor, long committedMinor, LocalDate startDate, LocalDate endDate, Visibility visibility,
        boolean flagged, String flagReason, boolean deleted, Instant createdAt) {

    /** Upcoming, active or ended on the given day. */
    public String phaseOn(LocalDate today) {
        if (startDate.isAfter(today)) {
            return "Upcoming";
        }
        return endDate.isBefore(today) ? "Ended" : "Active";
    }
}
