package com.sponsorlink.adrequests.adrequest;

import jakarta.validation.constraints.Size;

/**
 * The sponsor's review of a deliverable: feedback, needed when asking for changes.
 */
record ReviewForm(
        @Size(max = 2000, message = "Use at most 2000 characters.")
        String feedback,
        Integer version) {

    String trimmedFeedback() {
        return feedback == null ? "" : feedback.strip();
    }
}
