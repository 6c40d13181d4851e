package com.sponsorlink.adrequests.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The sponsor approved a deliverable or asked for changes with feedback. {@code allApproved} says
 * whether every deliverable of the collaboration is now approved, so it can be completed.
 */
public record DeliverableReviewed(UUID deliverableId, UUID adRequestId, UUID campaignId, UUID sponsorId,
        UUID influencerId, String title, boolean approved, String feedback, boolean allApproved, Instant reviewedAt) {
}
