package com.sponsorlink.campaigns.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.sponsorlink.identity.events.Category;

/**
 * A sponsor created a campaign. Carries what other contexts need to check ownership, budget and
 * dates, and the description that moderation reads.
 *
 * @param budgetMinor the budget in minor currency units
 */
public record CampaignCreated(UUID campaignId, UUID sponsorId, String name, String description, Category category,
        long budgetMinor, LocalDate startDate, LocalDate endDate, Visibility visibility, Instant createdAt) {
}
