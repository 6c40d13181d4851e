package com.sponsorlink.identity.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An admin approved a pending sponsor, who may now publish campaigns. Published by the deciding
 * admin console; identity enforces it on the account.
 */
public record SponsorApproved(UUID sponsorId, UUID decidedBy, Instant decidedAt) {
}
