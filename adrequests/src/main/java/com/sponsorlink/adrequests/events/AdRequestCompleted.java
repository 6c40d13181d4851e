package com.sponsorlink.adrequests.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The sponsor marked an accepted ad request as done.
 */
public record AdRequestCompleted(UUID adRequestId, UUID campaignId, UUID sponsorId, UUID influencerId,
        long agreedMinor, Instant completedAt) {
}
