package com.sponsorlink.adrequests.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The influencer handed in a deliverable of a collaboration for the sponsor's review: the first
 * time ({@code submission} 1) or again after the sponsor asked for changes.
 */
public record DeliverableSubmitted(UUID deliverableId, UUID adRequestId, UUID campaignId, UUID sponsorId,
        UUID influencerId, String title, int submission, Instant submittedAt) {
}
