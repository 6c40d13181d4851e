package com.sponsorlink.campaigns.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An admin flagged a campaign: influencers no longer see it, it takes no new ad requests, and its
 * sponsor sees the reason. The campaigns context owns this contract; the admin console publishes it.
 */
public record CampaignFlagged(UUID campaignId, UUID decidedBy, String reason, Instant decidedAt) {
}
