package com.sponsorlink.adrequests.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The influencer confirmed they received a payment the sponsor recorded.
 */
public record PaymentConfirmed(UUID paymentId, UUID adRequestId, UUID campaignId, UUID sponsorId, UUID influencerId,
        long amountMinor, Instant confirmedAt) {
}
