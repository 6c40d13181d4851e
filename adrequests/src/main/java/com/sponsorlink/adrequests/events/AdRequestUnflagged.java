package com.sponsorlink.adrequests.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An admin lifted an ad request's flag; its negotiation may go on.
 */
public record AdRequestUnflagged(UUID adRequestId, UUID sponsorId, UUID influencerId, UUID decidedBy, String reason,
        Instant decidedAt) {
}
