package com.sponsorlink.adrequests.events;

import java.time.Instant;
import java.util.UUID;

/**
 * One side accepted the other's latest offer: the deal is agreed at that amount.
 */
public record AdRequestAccepted(UUID adRequestId, UUID campaignId, UUID sponsorId, UUID influencerId, Party acceptedBy,
        long agreedMinor, Instant acceptedAt) {
}
