package com.sponsorlink.identity.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An admin account was created, at first start or by another admin.
 *
 * @param addedBy the admin who added this one, or {@code null} for the first admin
 */
public record AdminRegistered(UUID adminId, String email, String displayName, UUID addedBy, Instant registeredAt) {
}
