package com.sponsorlink.campaigns.campaign;

import java.util.UUID;

/**
 * A sponsor as campaigns sees one.
 */
public record Sponsor(UUID id, String organisationName, String industry, String approval, String approvalReason,
        boolean suspended) {
}
