package com.sponsorlink.adrequests.adrequest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A piece of work the influencer handed in for a collaboration, as its latest submission stands.
 * The sponsor reviews a submitted deliverable; after a request for changes only the influencer can
 * move it, by handing it in again.
 *
 * @param submissions how many times it was handed in
 */
public record Deliverable(UUID id, UUID adRequestId, String title, String link, String note, Review status, String feedback,
        int submissions, Instant submittedAt, Instant reviewedAt) {

    static Deliverable submitted(UUID adRequestId, String title, String link, String note, Instant now) {
        return new Deliverable(UUID.randomUUID(), adRequestId, title, link, note, Review.SUBMITTED, null, 1, now, null);
    }

    String whyCannotReview() {
        return status == Review.SUBMITTED ? null : "\"" + title + "\" is " + status.label().toLowerCase(java.util.Locale.ROOT)
                + "; only a deliverable waiting for review can be approved or sent back.";
    }

    String whyCannotResubmit() {
        return status == Review.CHANGES_REQUESTED ? null
                : "\"" + title + "\" can only be handed in again after the sponsor asks for changes; it is "
                        + status.label().toLowerCase(java.util.Locale.ROOT) + ".";
    }

    public boolean awaitsReview() {
        return status == Review.SUBMITTED;
    }

    public boolean needsChanges() {
        return status == Review.CHANGES_REQUESTED;
    }

    /** Whether the collaboration's deliverables, as handed in so far, are all approved; none means no. */
    static boolean allApproved(List<Deliverable> deliverables) {
        return !deliverables.isEmpty() && deliverables.stream().allMatch(d -> d.status() == Review.APPROVED);
    }

    /** Where the sponsor's review of a deliverable stands. */
    public enum Review {
        SUBMITTED("Waiting for review", "text-bg-warning"),
        CHANGES_REQUESTED("Changes requested", "text-bg-danger"),
        APPROVED("Approved", "text-bg-success");

        private final String label;
        private final String badge;

        Review(String label, String badge) {
            this.label = label;
            this.badge = badge;
        }

        public String label() {
            return label;
        }

        public String badge() {
            return badge;
        }
    }
}
