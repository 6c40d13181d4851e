package com.sponsorlink.campaigns.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An admin decided an appeal of a campaign's flag: upheld (the flag stays) or lifted. The campaigns
 * context owns the contract and records the outcome; the admin console publishes it, and publishes
 * a lifted flag as {@link CampaignUnflagged} too, which is what lists the campaign again.
 */
public record CampaignAppealDecided(UUID appealId, UUID campaignId, UUID sponsorId, UUID adminId, boolean lifted,
        String reason, Instant decidedAt) {
}
