package com.sponsorlink.identity.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An admin suspended (flagged) a user: they can no longer sign in and disappear from discovery.
 */
public record UserSuspended(UUID userId, UUID decidedBy, String reason, Instant decidedAt) {
}
