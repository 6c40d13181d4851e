package com.sponsorlink.campaigns.events;

import java.time.LocalDate;
import java.util.UUID;

import com.sponsorlink.identity.events.Category;

/**
 * A sponsor edited a campaign; carries the campaign's state after the change.
 */
public record CampaignChanged(UUID campaignId, UUID sponsorId, String name, String description, Category category,
        long budgetMinor, LocalDate startDate, LocalDate endDate, Visibility visibility) {
}
