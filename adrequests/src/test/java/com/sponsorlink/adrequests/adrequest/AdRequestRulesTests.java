package com.sponsorlink.adrequests.adrequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.sponsorlink.adrequests.events.Party;

class AdRequestRulesTests {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    final AdRequest offered = AdRequest.start(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), Party.SPONSOR,
            "Two reels", null, 50_000, NOW);

    @Test
    void onlyTheSideThatDidNotMakeTheLatestOfferMayAcceptOrCounterIt() {
        assertThat(offered.awaiting()).isEqualTo(Party.INFLUENCER);
        assertThat(offered.whyCannotAccept(Party.INFLUENCER)).isNull();
        assertThat(offered.whyCannotAccept(Party.SPONSOR)).isEqualTo("The latest offer is yours, so it is for the influencer to answer.");

        AdRequest countered = offered.countered(Party.INFLUENCER, 65_000, NOW);
        assertThat(countered.status()).isEqualTo(Status.NEGOTIATING);
        assertThat(countered.awaiting()).isEqualTo(Party.SPONSOR);
        assertThat(countered.whyCannotCounter(Party.SPONSOR)).isNull();
        assertThat(countered.whyCannotCounter(Party.INFLUENCER)).isNotNull();
    }

    @Test
    void acceptingTakesTheLatestOfferAsTheAgreedAmount() {
        AdRequest accepted = offered.countered(Party.INFLUENCER, 65_000, NOW).countered(Party.SPONSOR, 60_000, NOW).accepted(NOW);

        assertThat(accepted.status()).isEqualTo(Status.ACCEPTED);
        assertThat(accepted.agreedMinor()).isEqualTo(60_000);
        assertThat(accepted.offers()).isEqualTo(3);
        assertThat(accepted.awaiting()).isNull();
    }

    @Test
    void aSettledRequestTakesNoMoreAnswers() {
        AdRequest rejected = offered.closed(Status.REJECTED, "No thanks", NOW);

        assertThat(rejected.whyCannotAccept(Party.INFLUENCER)).isEqualTo("This ad request is rejected, so it can no longer be accepted.");
        assertThat(rejected.whyCannotReject()).isNotNull();
        assertThat(rejected.whyCannotEdit()).isNotNull();
        assertThat(rejected.whyCannotCancel()).isEqualTo("This ad request is rejected, so it cannot be cancelled.");
    }

    @Test
    void anAcceptedRequestIsCancelledOrCompletedButNeverDeleted() {
        AdRequest accepted = offered.accepted(NOW);

        assertThat(accepted.whyCannotDelete()).startsWith("An accepted ad request is never deleted");
        assertThat(accepted.whyCannotCancel()).isNull();
        assertThat(accepted.whyCannotComplete(List.of(approved("Reel")))).isNull();
        assertThat(offered.whyCannotComplete(List.of())).isEqualTo("Only an accepted ad request can be marked completed; this one is pending.");
        assertThat(offered.whyCannotDelete()).isNull();
    }

    @Test
    void aCollaborationIsCompletedOnlyOnceEveryDeliverableIsApproved() {
        AdRequest accepted = offered.accepted(NOW);
        Deliverable waiting = Deliverable.submitted(accepted.id(), "Story", "https://example.com/story", "", NOW);

        assertThat(accepted.whyCannotComplete(List.of())).startsWith("Nothing was delivered yet");
        assertThat(accepted.whyCannotComplete(List.of(approved("Reel"), waiting)))
            .isEqualTo("1 deliverable is not approved yet; approve every deliverable before completing.");
        assertThat(accepted.whyCannotComplete(List.of(approved("Reel"), approved("Story")))).isNull();
    }

    @Test
    void deliverablesAreHandedInWhileAcceptedAndPaymentsRecordedOnceCompleted() {
        AdRequest accepted = offered.accepted(NOW);
        AdRequest completed = accepted.closed(Status.COMPLETED, null, NOW);

        assertThat(offered.whyCannotDeliver()).isNotNull();
        assertThat(accepted.whyCannotDeliver()).isNull();
        assertThat(completed.whyCannotDeliver()).isNotNull();
        assertThat(accepted.whyCannotRecordPayment()).isEqualTo("Payments are recorded once the collaboration is completed; this one is accepted.");
        assertThat(completed.whyCannotRecordPayment()).isNull();
        assertThat(completed.agreedMinor()).isEqualTo(50_000);
    }

    @Test
    void aDeliverableIsReviewedWhileWaitingAndHandedInAgainOnlyAfterChangesWereAsked() {
        Deliverable waiting = Deliverable.submitted(UUID.randomUUID(), "Reel", "https://example.com/reel", "", NOW);
        Deliverable sentBack = new Deliverable(waiting.id(), waiting.adRequestId(), "Reel", waiting.link(), "",
                Deliverable.Review.CHANGES_REQUESTED, "Shorter intro", 1, NOW, NOW);

        assertThat(waiting.whyCannotReview()).isNull();
        assertThat(waiting.whyCannotResubmit()).isNotNull();
        assertThat(sentBack.whyCannotResubmit()).isNull();
        assertThat(sentBack.whyCannotReview()).isEqualTo("\"Reel\" is changes requested; only a deliverable waiting for review can be approved or sent back.");
    }

    @Test
    void aDealIsOverdueAfterItsDueDateUntilItsWorkIsApproved() {
        LocalDate due = LocalDate.of(2026, 12, 1);
        AdRequest accepted = AdRequest.start(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), Party.SPONSOR,
                "Two reels", due, 50_000, NOW).accepted(NOW);

        assertThat(accepted.overdueOn(due, List.of())).isFalse();
        assertThat(accepted.overdueOn(due.plusDays(1), List.of())).isTrue();
        assertThat(accepted.overdueOn(due.plusDays(1), List.of(approved("Reel")))).isFalse();
        assertThat(accepted.closed(Status.COMPLETED, null, NOW).overdueOn(due.plusDays(1), List.of())).isFalse();
    }

    private static Deliverable approved(String title) {
        return new Deliverable(UUID.randomUUID(), UUID.randomUUID(), title, "https://example.com/" + title, "",
                Deliverable.Review.APPROVED, null, 1, NOW, NOW);
    }

    @Test
    void aRequestToJoinIsNotDeletedByTheSponsorAndKeepsItsInfluencer() {
        AdRequest join = AdRequest.start(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), Party.INFLUENCER, "",
                null, 30_000, NOW);

        assertThat(join.awaiting()).isEqualTo(Party.SPONSOR);
        assertThat(join.canDelete()).isFalse();
        assertThat(join.canChangeInfluencer()).isFalse();
    }

    @Test
    void aSponsorsNewPaymentReplacesTheirOwnOfferButCountersTheInfluencers() {
        AdRequest replaced = offered.edited(offered.influencerId(), "Two reels", null, 55_000, NOW);
        assertThat(replaced.offers()).isEqualTo(1);
        assertThat(replaced.status()).isEqualTo(Status.PENDING);
        assertThat(replaced.offerMinor()).isEqualTo(55_000);

        AdRequest countered = offered.countered(Party.INFLUENCER, 65_000, NOW)
            .edited(offered.influencerId(), "Two reels", null, 60_000, NOW);
        assertThat(countered.offers()).isEqualTo(3);
        assertThat(countered.offeredBy()).isEqualTo(Party.SPONSOR);
        assertThat(countered.awaiting()).isEqualTo(Party.INFLUENCER);
    }

    @Test
    void aFlaggedRequestIsFrozenWithTheAdminsReason() {
        AdRequest frozen = new AdRequest(offered.id(), offered.campaignId(), offered.sponsorId(), offered.influencerId(),
                Party.SPONSOR, "Two reels", null, Status.PENDING, 50_000, Party.SPONSOR, 1, null, null, true,
                "Payment outside the platform", NOW, NOW, 3);

        assertThat(frozen.whyFrozen()).isEqualTo("An admin froze this ad request: Payment outside the platform. "
                + "Nothing can change until an admin lifts the flag.");
        assertThat(frozen.awaits(Party.INFLUENCER)).isFalse();
        assertThat(frozen.canCancel()).isFalse();
        assertThat(offered.whyFrozen()).isNull();
    }
}
