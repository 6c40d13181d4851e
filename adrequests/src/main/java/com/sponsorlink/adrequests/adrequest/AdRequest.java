package com.sponsorlink.adrequests.adrequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.sponsorlink.adrequests.events.Party;

/**
 * An ad request and where its negotiation stands. Offers alternate: the latest offer was made by
 * {@code offeredBy}, and the other side answers it by accepting, rejecting or countering. The rules
 * here say what each side may do now; each {@code whyCannot...} returns the refusal a user reads,
 * or null when the step is allowed.
 *
 * @param offers how many offers have been made; one offer means nobody has negotiated yet
 * @param agreedMinor the accepted amount, set once accepted
 */
record AdRequest(UUID id, UUID campaignId, UUID sponsorId, UUID influencerId, Party startedBy, String requirements,
        LocalDate dueDate, Status status, long offerMinor, Party offeredBy, int offers, Long agreedMinor,
        String closingNote, boolean flagged, String flagReason, Instant createdAt, Instant updatedAt, int version) {

    /** A new ad request with its first offer, made by the side that starts it. */
    static AdRequest start(UUID campaignId, UUID sponsorId, UUID influencerId, Party startedBy, String requirements,
            LocalDate dueDate, long amountMinor, Instant now) {
        return new AdRequest(UUID.randomUUID(), campaignId, sponsorId, influencerId, startedBy, requirements, dueDate,
                Status.PENDING, amountMinor, startedBy, 1, null, null, false, null, now, now, 0);
    }

    public boolean open() {
        return status.open();
    }

    /** Why nobody may take any step on it now, or null: an admin's flag freezes it. */
    String whyFrozen() {
        return flagged ? "An admin froze this ad request" + (flagReason == null || flagReason.isBlank() ? "" : ": " + flagReason)
                + ". Nothing can change until an admin lifts the flag." : null;
    }

    /** The side expected to answer the latest offer, or null once the request is settled. */
    public Party awaiting() {
        return open() ? offeredBy.other() : null;
    }

    /** Whether the party is the one to answer the latest offer, and may do so now. */
    public boolean awaits(Party party) {
        return !flagged && party == awaiting();
    }

    String whyCannotAccept(Party by) {
        return whyCannotAnswer(by, "accepted");
    }

    String whyCannotCounter(Party by) {
        return whyCannotAnswer(by, "answered with a new offer");
    }

    String whyCannotReject() {
        return open() ? null : "This ad request is " + statusWord() + ", so it can no longer be rejected.";
    }

    String whyCannotEdit() {
        return open() ? null : "This ad request is " + statusWord() + ", so it can no longer be edited.";
    }

    public boolean canChangeInfluencer() {
        return status == Status.PENDING && startedBy == Party.SPONSOR;
    }

    String whyCannotCancel() {
        return open() || status == Status.ACCEPTED ? null
                : "This ad request is " + statusWord() + ", so it cannot be cancelled.";
    }

    String whyCannotDelete() {
        if (status == Status.PENDING && startedBy == Party.SPONSOR) {
            return null;
        }
        if (status == Status.ACCEPTED) {
            return "An accepted ad request is never deleted: cancel it instead, and its history is kept.";
        }
        return "Only a pending ad request that you sent and nobody has answered can be deleted. "
                + (whyCannotCancel() == null ? "Cancel this one instead." : "This one is " + statusWord() + ".");
    }

    /** Completion needs every deliverable handed in so far approved, and at least one. */
    String whyCannotComplete(List<Deliverable> deliverables) {
        if (status != Status.ACCEPTED) {
            return "Only an accepted ad request can be marked completed; this one is " + statusWord() + ".";
        }
        if (deliverables.isEmpty()) {
            return "Nothing was delivered yet: the influencer hands in the work first, and you approve it.";
        }
        long waiting = deliverables.stream().filter(d -> d.status() != Deliverable.Review.APPROVED).count();
        return waiting == 0 ? null : waiting + (waiting == 1 ? " deliverable is" : " deliverables are")
                + " not approved yet; approve every deliverable before completing.";
    }

    /** Deliverables are handed in and reviewed while the deal is agreed and not yet completed. */
    String whyCannotDeliver() {
        return status == Status.ACCEPTED ? null
                : "Deliverables belong to an accepted deal that is not completed yet; this one is " + statusWord() + ".";
    }

    /** Payments are recorded against a completed collaboration, up to the agreed amount. */
    String whyCannotRecordPayment() {
        return status == Status.COMPLETED ? null
                : "Payments are recorded once the collaboration is completed; this one is " + statusWord() + ".";
    }

    /** Whether the deal's due date has passed while its work is not all approved. */
    public boolean overdueOn(LocalDate today, List<Deliverable> deliverables) {
        return status == Status.ACCEPTED && dueDate != null && dueDate.isBefore(today) && !Deliverable.allApproved(deliverables);
    }

    public boolean canDelete() {
        return !flagged && whyCannotDelete() == null;
    }

    public boolean canCancel() {
        return !flagged && whyCannotCancel() == null;
    }

    public boolean canEdit() {
        return !flagged && whyCannotEdit() == null;
    }

    AdRequest accepted(Instant now) {
        return new AdRequest(id, campaignId, sponsorId, influencerId, startedBy, requirements, dueDate, Status.ACCEPTED,
                offerMinor, offeredBy, offers, offerMinor, null, flagged, flagReason, createdAt, now, version);
    }

    AdRequest countered(Party by, long amountMinor, Instant now) {
        return new AdRequest(id, campaignId, sponsorId, influencerId, startedBy, requirements, dueDate,
                Status.NEGOTIATING, amountMinor, by, offers + 1, null, null, flagged, flagReason, createdAt, now, version);
    }

    AdRequest closed(Status outcome, String note, Instant now) {
        return new AdRequest(id, campaignId, sponsorId, influencerId, startedBy, requirements, dueDate, outcome, offerMinor,
                offeredBy, offers, outcome == Status.COMPLETED ? agreedMinor : null, note, flagged, flagReason, createdAt, now,
                version);
    }

    /**
     * The sponsor's edit. A new payment replaces the sponsor's own latest offer, or, when the
     * influencer made the latest offer, answers it as a counter-offer.
     */
    AdRequest edited(UUID newInfluencerId, String newRequirements, LocalDate newDueDate, long paymentMinor, Instant now) {
        boolean counters = paymentMinor != offerMinor && offeredBy == Party.INFLUENCER;
        return new AdRequest(id, campaignId, sponsorId, newInfluencerId, startedBy, newRequirements, newDueDate,
                counters ? Status.NEGOTIATING : status, paymentMinor, counters ? Party.SPONSOR : offeredBy,
                counters ? offers + 1 : offers, null, null, flagged, flagReason, createdAt, now, version);
    }

    private String whyCannotAnswer(Party by, String what) {
        if (!open()) {
            return "This ad request is " + statusWord() + ", so it can no longer be " + what + ".";
        }
        if (offeredBy == by) {
            return "The latest offer is yours, so it is for the " + by.other().name().toLowerCase(Locale.ROOT)
                    + " to answer.";
        }
        return null;
    }

    private String statusWord() {
        return status.label().toLowerCase(Locale.ROOT);
    }
}
