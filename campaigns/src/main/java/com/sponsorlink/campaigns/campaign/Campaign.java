package com.sponsorlink.campaigns.campaign;

import java.time.LocalDate;
import java.util.UUID;

import com.sponsorlink.campaigns.events.Visibility;
import com.sponsorlink.identity.events.Category;

/**
 * A sponsor's campaign. Money is in minor units of the configured currency.
 *
 * @param committedMinor agreed in accepted and completed ad requests
 * @param paidMinor recorded as paid to influencers for completed ones
 */
public record Campaign(UUID id, UUID sponsorId, String name, String description, Category category, String goals,
        long budgetMinor, long committedMinor, long paidMinor, LocalDate startDate, LocalDate endDate, Visibility visibility,
        boolean flagged, String flagReason, int version) {

    public Phase phaseOn(LocalDate today) {
        return Phase.of(startDate, endDate, today);
    }

    /** What is left of the budget once accepted ad requests are paid. */
    public long remainingMinor() {
        return budgetMinor - committedMinor;
    }
}
