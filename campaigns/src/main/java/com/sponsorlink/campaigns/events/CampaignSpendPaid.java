package com.sponsorlink.campaigns.events;

import java.util.UUID;

/**
 * A payment to an influencer was recorded against one of the campaign's collaborations. Like
 * {@link CampaignCommitmentChanged}, campaigns owns this contract and the ad requests context
 * publishes it; it carries the whole amount paid, so handling it twice changes nothing.
 *
 * @param paidMinor everything paid against the campaign so far, in minor currency units
 */
public record CampaignSpendPaid(UUID campaignId, long paidMinor) {
}
