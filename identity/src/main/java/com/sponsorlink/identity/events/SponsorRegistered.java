package com.sponsorlink.identity.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A sponsor signed up. Sponsors start pending approval; {@link SponsorApproved} follows once an admin agrees.
 *
 * @param yearlyBudgetMinor the declared yearly budget in minor currency units, or {@code null} if not given
 */
public record SponsorRegistered(UUID sponsorId, String email, String organisationName, String industry,
        Long yearlyBudgetMinor, Instant registeredAt) {
}
