package com.sponsorlink.adrequests.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An ad request was made: a sponsor's offer to an influencer, or an influencer's request to join a
 * public campaign. Its first offer is part of it; later offers are {@link OfferMade}.
 *
 * @param amountMinor the first offer, in minor currency units
 * @param dueDate when the work is due, or {@code null} if not set
 */
public record AdRequestCreated(UUID adRequestId, UUID campaignId, UUID sponsorId, UUID influencerId, Party startedBy,
        long amountMinor, LocalDate dueDate, Instant createdAt) {
}
