package com.sponsorlink.campaigns.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A sponsor deleted a campaign. Its ad requests are cancelled by their own context, which keeps their history.
 */
public record CampaignDeleted(UUID campaignId, UUID sponsorId, String name, Instant deletedAt) {
}
