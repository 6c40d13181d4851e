package com.sponsorlink.adrequests.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The sponsor cancelled an open or accepted ad request, or it was cancelled because its campaign
 * was deleted.
 *
 * @param releasedMinor the agreed amount the campaign no longer owes, 0 if it was not accepted
 * @param note why, for both sides to read
 */
public record AdRequestCancelled(UUID adRequestId, UUID campaignId, UUID sponsorId, UUID influencerId,
        long releasedMinor, String note, Instant cancelledAt) {
}
