package com.sponsorlink.campaigns.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.sponsorlink.identity.events.Category;

/**
 * A sponsor created a campaign. Carries what other contexts need to check ownership, budget and dates.
 *
 * @param budgetMinor the budget in minor currency units
 */
public record CampaignCreated(UUID campaignId, UUID sponsorId, String name, Category category, long budgetMinor,
        LocalDate startDate, LocalDate endDate, Visibility visibility, Instant createdAt) {
}
