package com.sponsorlink.adrequests.adrequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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
        assertThat(accepted.whyCannotComplete()).isNull();
        assertThat(offered.whyCannotComplete()).isEqualTo("Only an accepted ad request can be marked completed; this one is pending.");
        assertThat(offered.whyCannotDelete()).isNull();
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
