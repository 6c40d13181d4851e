package com.sponsorlink.identity.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An admin decided a suspension appeal: upheld (the suspension stays) or lifted. Identity owns the
 * contract and records the outcome; the admin console publishes it, and publishes a lifted
 * suspension as {@link UserReinstated} too, which is what lets the user sign in again.
 */
public record SuspensionAppealDecided(UUID appealId, UUID userId, UUID adminId, boolean lifted, String reason,
        Instant decidedAt) {
}
