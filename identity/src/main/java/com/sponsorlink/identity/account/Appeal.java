package com.sponsorlink.identity.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A suspended user's appeal of one suspension, and the admin's decision once made.
 *
 * @param outcome UPHELD or LIFTED, or null while it is being reviewed
 */
record Appeal(UUID id, UUID userId, Instant suspendedAt, String text, Instant filedAt, String outcome,
        String decisionReason, Instant decidedAt) {

    /** Where the appeal stands, as its author reads it. */
    String state(ZoneId zone) {
        String of = "Your appeal of " + LocalDate.ofInstant(filedAt, zone);
        if (outcome == null) {
            return of + " is being reviewed.";
        }
        return of + ("UPHELD".equals(outcome) ? " was upheld: " : " was accepted: ") + decisionReason;
    }
}
