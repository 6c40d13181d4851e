package com.sponsorlink.adrequests.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The sponsor edited an open ad request (requirements, due date, payment or the influencer).
 *
 * @param previousInfluencerId the influencer it was addressed to before, if the edit changed that; else {@code null}
 * @param offerMinor the latest offer after the edit
 */
public record AdRequestEdited(UUID adRequestId, UUID campaignId, UUID sponsorId, UUID influencerId,
        UUID previousInfluencerId, long offerMinor, Instant editedAt) {
}
