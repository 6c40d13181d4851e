package com.sponsorlink.adrequests.events;

import java.time.Instant;
import java.util.UUID;

/**
 * One side ended the negotiation without a deal.
 *
 * @param reason why, as the rejecting side wrote it; empty if none was given
 */
public record AdRequestRejected(UUID adRequestId, UUID campaignId, UUID sponsorId, UUID influencerId, Party rejectedBy,
        String reason, Instant rejectedAt) {
}
