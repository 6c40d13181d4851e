package com.sponsorlink.adrequests.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An admin froze an ad request: no step is allowed until it is unflagged, and both sides read the
 * reason. The ad requests context owns this contract; the admin console publishes it.
 */
public record AdRequestFlagged(UUID adRequestId, UUID sponsorId, UUID influencerId, UUID decidedBy, String reason,
        Instant decidedAt) {
}
