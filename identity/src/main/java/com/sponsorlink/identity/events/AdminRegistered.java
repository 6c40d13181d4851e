package com.sponsorlink.identity.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An admin account was created, at first start or by another admin.
 */
public record AdminRegistered(UUID adminId, String email, String displayName, Instant registeredAt) {
}
