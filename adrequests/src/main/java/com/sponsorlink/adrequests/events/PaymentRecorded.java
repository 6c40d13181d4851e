package com.sponsorlink.adrequests.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The sponsor recorded a payment made outside the platform against a completed collaboration.
 * {@code paidMinor} is everything recorded for it so far, never more than {@code agreedMinor}.
 */
public record PaymentRecorded(UUID paymentId, UUID adRequestId, UUID campaignId, UUID sponsorId, UUID influencerId,
        long amountMinor, long paidMinor, long agreedMinor, LocalDate paidDate, String reference, Instant recordedAt) {
}
