package com.sponsorlink.campaigns.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An admin lifted a campaign's flag; it is listed and takes ad requests again as before.
 */
public record CampaignUnflagged(UUID campaignId, UUID decidedBy, String reason, Instant decidedAt) {
}
