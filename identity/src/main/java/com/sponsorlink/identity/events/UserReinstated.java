package com.sponsorlink.identity.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An admin lifted a suspension: the user may sign in again and reappears in discovery.
 */
public record UserReinstated(UUID userId, UUID decidedBy, String reason, Instant decidedAt) {
}
