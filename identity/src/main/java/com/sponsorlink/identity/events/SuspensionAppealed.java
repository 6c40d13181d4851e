package com.sponsorlink.identity.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A suspended user appealed their suspension, once per suspension, so that an admin reviews it.
 */
public record SuspensionAppealed(UUID appealId, UUID userId, String text, Instant filedAt) {
}
