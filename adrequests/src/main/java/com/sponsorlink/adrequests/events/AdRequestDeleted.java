package com.sponsorlink.adrequests.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The sponsor deleted a pending ad request that nobody had answered yet.
 */
public record AdRequestDeleted(UUID adRequestId, UUID campaignId, UUID sponsorId, UUID influencerId, Instant deletedAt) {
}
