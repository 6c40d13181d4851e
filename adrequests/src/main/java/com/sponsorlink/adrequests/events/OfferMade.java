package com.sponsorlink.adrequests.events;

import java.time.Instant;
import java.util.UUID;

/**
 * One side answered the other's offer with an offer of its own.
 */
public record OfferMade(UUID adRequestId, UUID campaignId, UUID sponsorId, UUID influencerId, Party by,
        long amountMinor, String message, Instant madeAt) {
}
