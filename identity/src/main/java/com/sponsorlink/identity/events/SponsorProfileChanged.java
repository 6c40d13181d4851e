package com.sponsorlink.identity.events;

import java.util.UUID;

/**
 * A sponsor edited their profile; read models that show sponsors refresh from it.
 */
public record SponsorProfileChanged(UUID sponsorId, String organisationName, String industry, Long yearlyBudgetMinor) {
}
