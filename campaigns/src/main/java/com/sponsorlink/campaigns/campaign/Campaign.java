package com.sponsorlink.campaigns.campaign;

import java.time.LocalDate;
import java.util.UUID;

import com.sponsorlink.campaigns.events.Visibility;
import com.sponsorlink.identity.events.Category;

/**
 * A sponsor's campaign. Money is in minor units of the configured currency.
 */
public record Campaign(UUID id, UUID sponsorId, String name, String description, Category category, String goals,
        long budgetMinor, long committedMinor, LocalDate startDate, LocalDate endDate, Visibility visibility,
        boolean flagged, String flagReason, int version) {

    public Phase phaseOn(LocalDate today) {
        return Phase.of(startDate, endDate, today);
    }

    /** What is left of the budget once accepted ad requests are paid. */
    public long remainingMinor() {
        return budgetMinor - committedMinor;
    }
}
