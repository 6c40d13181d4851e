package com.sponsorlink.campaigns.events;

import java.util.UUID;

/**
 * The amount a campaign has committed to accepted and completed ad requests changed. The campaigns
 * context owns this contract and the ad requests context publishes it, so dependencies stay
 * one-way; campaigns keeps its budget rule and dashboard figures from it.
 *
 * @param committedMinor the campaign's whole committed amount after the change, in minor currency units
 */
public record CampaignCommitmentChanged(UUID campaignId, long committedMinor) {
}
