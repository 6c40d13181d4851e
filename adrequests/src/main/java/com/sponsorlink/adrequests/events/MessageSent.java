package com.sponsorlink.adrequests.events;

import java.time.Instant;
import java.util.UUID;

/**
 * One side wrote a message in an ad request's thread, for the other side to read.
 */
public record MessageSent(UUID adRequestId, UUID campaignId, UUID sponsorId, UUID influencerId, Party by, String text,
        Instant sentAt) {
}
