package com.sponsorlink.adrequests.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One side accepted the other's latest offer: the deal is agreed at that amount, and the request
 * becomes a collaboration whose deliverables are due by {@code dueDate} (null when none was set).
 */
public record AdRequestAccepted(UUID adRequestId, UUID campaignId, UUID sponsorId, UUID influencerId, Party acceptedBy,
        long agreedMinor, LocalDate dueDate, Instant acceptedAt) {
}
