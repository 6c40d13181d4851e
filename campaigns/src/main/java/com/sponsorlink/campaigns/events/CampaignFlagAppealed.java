package com.sponsorlink.campaigns.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A sponsor appealed the flag on their campaign, once per flagging, so that an admin reviews it.
 */
public record CampaignFlagAppealed(UUID appealId, UUID campaignId, UUID sponsorId, String text, Instant filedAt) {
}
