package com.sponsorlink.identity.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An admin turned a sponsor down; the sponsor sees the reason on their dashboard.
 */
public record SponsorRejected(UUID sponsorId, UUID decidedBy, String reason, Instant decidedAt) {
}
