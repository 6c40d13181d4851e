package com.sponsorlink.adrequests.adrequest;

import jakarta.validation.constraints.Size;

/**
 * An optional reason for rejecting or cancelling, which the other side reads.
 */
record ReasonForm(
        @Size(max = 1000, message = "Use at most 1000 characters.")
        String reason,
        Integer version) {

    static ReasonForm empty(int version) {
        return new ReasonForm(null, version);
    }

    String trimmedReason() {
        return reason == null ? "" : reason.strip();
    }
}
