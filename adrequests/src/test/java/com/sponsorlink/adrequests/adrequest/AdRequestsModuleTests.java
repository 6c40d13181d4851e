package com.sponsorlink.adrequests.adrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

import com.sponsorlink.adrequests.adrequest.NegotiationHistory.Entry;
import com.sponsorlink.adrequests.events.AdRequestAccepted;
import com.sponsorlink.adrequests.events.AdRequestCancelled;
import com.sponsorlink.adrequests.events.DeliverableReviewed;
import com.sponsorlink.adrequests.events.DeliverableSubmitted;
import com.sponsorlink.adrequests.events.OfferMade;
import com.sponsorlink.adrequests.events.Party;
import com.sponsorlink.campaigns.events.CampaignCommitmentChanged;
import com.sponsorlink.campaigns.events.CampaignCreated;
import com.sponsorlink.campaigns.events.CampaignDeleted;
import com.sponsorlink.campaigns.events.CampaignSpendPaid;
import com.sponsorlink.campaigns.events.Visibility;
import com.sponsorlink.identity.events.Category;
import com.sponsorlink.identity.events.InfluencerRegistered;
import com.sponsorlink.identity.events.Platform;
import com.sponsorlink.identity.events.SponsorRegistered;

@ApplicationModuleTest
class AdRequestsModuleTests {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    AdRequestService requests;

    @Autowired
    CampaignLedger ledger;

    @Autowired
    NegotiationHistory history;

    @Autowired
    CollaborationService collaboration;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DSLContext db;

    @Test
    void offersAlternateUntilTheInfluencerAcceptsTheSponsorsLatestAndTheCampaignIsToldItsCommitment(Scenario scenario) {
        UUID sponsor = sponsor();
        UUID influencer = influencer("Trail Tales");
        UUID campaign = campaign(sponsor, 100_000);
        UUID id = requests.create(sponsor, campaign, influencer, "Two reels", null, 50_000);

        scenario.stimulate(() -> requests.counter(Party.INFLUENCER, influencer, id, 0, 65_000, "My usual rate"))
            .andWaitForEventOfType(OfferMade.class)
            .toArriveAndVerify(offer -> assertThat(offer.by()).isEqualTo(Party.INFLUENCER));
        requests.counter(Party.SPONSOR, sponsor, id, 1, 60_000, "Meet in the middle?");

        scenario.stimulate(() -> requests.accept(Party.INFLUENCER, influencer, id, 2))
            .andWaitForEventOfType(CampaignCommitmentChanged.class)
            .matching(changed -> changed.campaignId().equals(campaign))
            .toArriveAndVerify(changed -> assertThat(changed.committedMinor()).isEqualTo(60_000));

        AdRequest accepted = requests.of(Party.SPONSOR, sponsor, id);
        assertThat(accepted.status()).isEqualTo(Status.ACCEPTED);
        assertThat(accepted.agreedMinor()).isEqualTo(60_000);
        assertThat(history.of(id)).extracting(Entry::step, Entry::actor, Entry::amountMinor).containsExactly(
                org.assertj.core.groups.Tuple.tuple(NegotiationHistory.Step.OFFERED, "SPONSOR", 50_000L),
                org.assertj.core.groups.Tuple.tuple(NegotiationHistory.Step.OFFERED, "INFLUENCER", 65_000L),
                org.assertj.core.groups.Tuple.tuple(NegotiationHistory.Step.OFFERED, "SPONSOR", 60_000L),
                org.assertj.core.groups.Tuple.tuple(NegotiationHistory.Step.ACCEPTED, "INFLUENCER", 60_000L));
    }

    @Test
    void twoAcceptancesAtTheSameMomentCannotBothTakeTheCampaignOverItsBudget() throws Exception {
        UUID sponsor = sponsor();
        UUID campaign = campaign(sponsor, 100_000);
        List<Callable<String>> acceptances = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < 4; i++) {
            UUID influencer = influencer("Racer " + i);
            UUID id = requests.create(sponsor, campaign, influencer, "One post", null, 60_000);
            acceptances.add(() -> {
                start.await();
                try {
                    requests.accept(Party.INFLUENCER, influencer, id, 0);
                    return "accepted";
                }
                catch (AdRequestRefusedException refused) {
                    return refused.getMessage();
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(acceptances.size());
        List<Future<String>> outcomes = acceptances.stream().map(pool::submit).toList();
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();

        assertThat(results).filteredOn("accepted"::equals).hasSize(1);
        assertThat(results).filteredOn(result -> !"accepted".equals(result)).hasSize(3)
            .allSatisfy(refusal -> assertThat(refusal).contains("above its budget of $1,000.00"));
        assertThat(ledger.find(campaign).orElseThrow().committedMinor()).isEqualTo(60_000);
    }

    @Test
    void aCollaborationGoesFromHandedInWorkThroughReviewToCompletionAndPaymentsInOneThread(AssertablePublishedEvents events) {
        UUID sponsor = sponsor();
        UUID influencer = influencer("Deliver Dana");
        UUID campaign = campaign(sponsor, 100_000);
        UUID id = requests.create(sponsor, campaign, influencer, "One reel", TODAY.plusDays(5), 60_000);
        requests.accept(Party.INFLUENCER, influencer, id, 0);

        assertThatThrownBy(() -> requests.complete(sponsor, id, 1)).hasMessageStartingWith("Nothing was delivered yet");
        UUID reel = collaboration.submit(influencer, id, 1, "Reel", "https://example.com/draft", "First cut");
        assertThat(events).contains(DeliverableSubmitted.class).matching(DeliverableSubmitted::deliverableId, reel);
        assertThatThrownBy(() -> collaboration.review(sponsor, id, reel, 2, false, " "))
            .isInstanceOf(FieldRefusedException.class).hasMessage("Say what should change, so the influencer knows what to do.");
        collaboration.review(sponsor, id, reel, 2, false, "Shorter intro, please");
        assertThatThrownBy(() -> collaboration.review(sponsor, id, reel, 3, true, ""))
            .hasMessageContaining("only a deliverable waiting for review can be approved");
        collaboration.resubmit(influencer, id, reel, 3, "https://example.com/final", "Intro cut to 3 s");
        collaboration.review(sponsor, id, reel, 4, true, "Great");
        assertThat(events).contains(DeliverableReviewed.class).matching(DeliverableReviewed::allApproved, true);
        requests.complete(sponsor, id, 5);

        assertThatThrownBy(() -> collaboration.recordPayment(sponsor, id, 6, 60_001, TODAY, "TR-1"))
            .isInstanceOf(FieldRefusedException.class).hasMessageContaining("at most $600.00 can still be paid");
        collaboration.recordPayment(sponsor, id, 6, 20_000, TODAY, "TR-1");
        UUID second = collaboration.recordPayment(sponsor, id, 7, 40_000, TODAY, "TR-2");
        assertThat(events).contains(CampaignSpendPaid.class).matching(CampaignSpendPaid::paidMinor, 60_000L);
        assertThatThrownBy(() -> collaboration.recordPayment(sponsor, id, 8, 1, TODAY, "TR-3"))
            .hasMessageContaining("at most $0.00 can still be paid");
        collaboration.confirmPayment(influencer, id, second);
        assertThatThrownBy(() -> collaboration.confirmPayment(influencer, id, second)).hasMessageStartingWith("You already confirmed");
        collaboration.sendMessage(Party.INFLUENCER, influencer, id, "Thanks!");

        assertThat(history.of(id)).extracting(entry -> entry.actor() + " " + entry.step()).containsExactly(
                "SPONSOR OFFERED", "INFLUENCER ACCEPTED", "INFLUENCER SUBMITTED", "SPONSOR CHANGES_REQUESTED",
                "INFLUENCER RESUBMITTED", "SPONSOR APPROVED", "SPONSOR COMPLETED", "SPONSOR PAYMENT_RECORDED",
                "SPONSOR PAYMENT_RECORDED", "INFLUENCER PAYMENT_CONFIRMED", "INFLUENCER MESSAGE");
        assertThat(history.of(id).get(4).link()).isEqualTo("https://example.com/final");
        assertThat(collaboration.settlement(Party.INFLUENCER, influencer)).isEqualTo(new AdRequests.Settlement(1, 60_000, 60_000));
    }

    @Test
    void paymentsRecordedAtTheSameMomentNeverAddUpToMoreThanTheAgreedAmount() throws Exception {
        UUID sponsor = sponsor();
        UUID influencer = influencer("Paid Pia");
        UUID id = requests.create(sponsor, campaign(sponsor, 100_000), influencer, "One post", null, 50_000);
        requests.accept(Party.INFLUENCER, influencer, id, 0);
        UUID post = collaboration.submit(influencer, id, 1, "Post", "https://example.com/post", "");
        collaboration.review(sponsor, id, post, 2, true, "");
        requests.complete(sponsor, id, 3);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    collaboration.recordPayment(sponsor, id, 4, 30_000, TODAY, "Same form twice");
                    return true;
                }
                catch (AdRequestRefusedException | FieldRefusedException refused) {
                    return false;
                }
            }));
        }
        start.countDown();
        int recorded = 0;
        for (Future<Boolean> outcome : outcomes) {
            recorded += outcome.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(recorded).isEqualTo(1);
        assertThat(collaboration.settlement(Party.SPONSOR, sponsor).paidMinor()).isEqualTo(30_000);
    }

    @Test
    void theOverdueListHoldsAgreedDealsPastTheirDueDateUntilTheirWorkIsApproved() {
        UUID sponsor = sponsor();
        UUID influencer = influencer("Late Lou");
        UUID id = requests.create(sponsor, campaign(sponsor, 100_000), influencer, "One post", TODAY, 10_000);
        requests.accept(Party.INFLUENCER, influencer, id, 0);
        assertThat(collaboration.overdue(Party.INFLUENCER, influencer, 10)).isEmpty();
        transactions.executeWithoutResult(status -> db.update(DSL.table("adrequests_ad_requests"))
            .set(DSL.field("due_date"), TODAY.minusDays(1).toString()).where(DSL.field("id").eq(id.toString())).execute());

        assertThat(collaboration.overdue(Party.INFLUENCER, influencer, 10)).extracting(AdRequests.Listing::id).containsExactly(id);
        assertThat(collaboration.overdue(Party.SPONSOR, sponsor, 10)).extracting(AdRequests.Listing::id).containsExactly(id);
        UUID post = collaboration.submit(influencer, id, 1, "Post", "https://example.com/post", "");
        assertThat(collaboration.overdue(Party.SPONSOR, sponsor, 10)).hasSize(1);
        collaboration.review(sponsor, id, post, 2, true, "");
        assertThat(collaboration.overdue(Party.SPONSOR, sponsor, 10)).isEmpty();
    }

    @Test
    void aThirdPartyFindsNoneOfACollaborationsSteps() {
        UUID sponsor = sponsor();
        UUID influencer = influencer("Owner Olga");
        UUID stranger = influencer("Stranger Sam");
        UUID otherSponsor = sponsor();
        UUID id = requests.create(sponsor, campaign(sponsor, 100_000), influencer, "One post", null, 10_000);
        requests.accept(Party.INFLUENCER, influencer, id, 0);
        UUID post = collaboration.submit(influencer, id, 1, "Post", "https://example.com/post", "");

        assertThatThrownBy(() -> collaboration.sendMessage(Party.INFLUENCER, stranger, id, "Hi"))
            .isInstanceOf(ResponseStatusException.class);
        assertThatThrownBy(() -> collaboration.submit(stranger, id, 2, "Mine", "https://example.com/x", ""))
            .isInstanceOf(ResponseStatusException.class);
        assertThatThrownBy(() -> collaboration.review(otherSponsor, id, post, 2, true, ""))
            .isInstanceOf(ResponseStatusException.class);
        assertThatThrownBy(() -> collaboration.review(sponsor, id, UUID.randomUUID(), 2, true, ""))
            .isInstanceOf(ResponseStatusException.class);
        assertThat(history.of(id)).hasSize(3);
    }

    @Test
    void refusesAcceptingARejectedRequestAndActingOnAStaleVersion() {
        UUID sponsor = sponsor();
        UUID influencer = influencer("Late Larry");
        UUID campaign = campaign(sponsor, 100_000);
        UUID id = requests.create(sponsor, campaign, influencer, "A story", null, 10_000);

        requests.counter(Party.INFLUENCER, influencer, id, 0, 12_000, "");
        assertThatThrownBy(() -> requests.counter(Party.INFLUENCER, influencer, id, 0, 13_000, ""))
            .isInstanceOf(StaleAdRequestException.class)
            .hasMessageContaining("changed since you opened it");
        assertThatThrownBy(() -> requests.accept(Party.INFLUENCER, influencer, id, 1))
            .isInstanceOf(AdRequestRefusedException.class)
            .hasMessageContaining("The latest offer is yours");

        requests.reject(Party.SPONSOR, sponsor, id, 1, "Too expensive");
        assertThatThrownBy(() -> requests.accept(Party.SPONSOR, sponsor, id, 2))
            .isInstanceOf(AdRequestRefusedException.class)
            .hasMessage("This ad request is rejected, so it can no longer be accepted.");
        assertThat(requests.of(Party.SPONSOR, sponsor, id).closingNote()).isEqualTo("Too expensive");
    }

    @Test
    void anotherInfluencerOrSponsorDoesNotFindTheRequest() {
        UUID sponsor = sponsor();
        UUID influencer = influencer("Owner");
        UUID stranger = influencer("Stranger");
        UUID id = requests.create(sponsor, campaign(sponsor, 100_000), influencer, "A post", null, 10_000);

        assertThatThrownBy(() -> requests.accept(Party.INFLUENCER, stranger, id, 0))
            .isInstanceOf(ResponseStatusException.class).hasMessageContaining("404");
        assertThatThrownBy(() -> requests.cancel(sponsor(), id, 0, ""))
            .isInstanceOf(ResponseStatusException.class).hasMessageContaining("404");
        assertThat(requests.of(Party.INFLUENCER, influencer, id).status()).isEqualTo(Status.PENDING);
    }

    @Test
    void deletingTheCampaignCancelsItsOpenAndAcceptedRequestsWithANote(Scenario scenario) {
        UUID sponsor = sponsor();
        UUID campaign = campaign(sponsor, 100_000);
        UUID open = requests.create(sponsor, campaign, influencer("Open Olga"), "A post", null, 10_000);
        UUID dealer = influencer("Deal Dan");
        UUID deal = requests.create(sponsor, campaign, dealer, "A reel", null, 20_000);
        requests.accept(Party.INFLUENCER, dealer, deal, 0);

        scenario.stimulate(() -> publish(new CampaignDeleted(campaign, sponsor, "Spring launch", Instant.now())))
            .andWaitForEventOfType(AdRequestCancelled.class)
            .matching(cancelled -> cancelled.adRequestId().equals(deal))
            .toArriveAndVerify(cancelled -> assertThat(cancelled.releasedMinor()).isEqualTo(20_000));

        for (UUID id : List.of(open, deal)) {
            AdRequest cancelled = requests.of(Party.SPONSOR, sponsor, id);
            assertThat(cancelled.status()).isEqualTo(Status.CANCELLED);
            assertThat(cancelled.closingNote()).isEqualTo("Cancelled because the sponsor deleted the campaign \"Spring launch\".");
        }
        assertThat(history.of(deal)).extracting(Entry::step).containsExactly(NegotiationHistory.Step.OFFERED,
                NegotiationHistory.Step.ACCEPTED, NegotiationHistory.Step.CANCELLED);
    }

    @Test
    void anInfluencerAsksToJoinAPublicCampaignOnceAndTheSponsorAcceptsIt(Scenario scenario) {
        UUID sponsor = sponsor();
        UUID influencer = influencer("Joiner");
        UUID campaign = campaign(sponsor, 100_000);
        UUID id = requests.askToJoin(influencer, campaign, 30_000, "Three stories from the summit");

        assertThatThrownBy(() -> requests.askToJoin(influencer, campaign, 25_000, "Again"))
            .isInstanceOf(FieldRefusedException.class).hasMessageContaining("already have an open ad request");
        scenario.stimulate(() -> requests.accept(Party.SPONSOR, sponsor, id, 0))
            .andWaitForEventOfType(AdRequestAccepted.class)
            .toArriveAndVerify(accepted -> {
                assertThat(accepted.acceptedBy()).isEqualTo(Party.SPONSOR);
                assertThat(accepted.agreedMinor()).isEqualTo(30_000);
            });
    }

    @Test
    void aPrivateCampaignCannotBeJoined() {
        UUID sponsor = sponsor();
        UUID campaign = UUID.randomUUID();
        publish(new CampaignCreated(campaign, sponsor, "Secret", "Unannounced", Category.TECH, 100_000, TODAY, TODAY.plusDays(30),
                Visibility.PRIVATE, Instant.now()));

        assertThatThrownBy(() -> requests.askToJoin(influencer("Nosy"), campaign, 30_000, "Let me in"))
            .isInstanceOf(ResponseStatusException.class).hasMessageContaining("404");
    }

    @Test
    void theInfluencersFiguresAndInboxCountsFollowEveryChangeOfTheirRequests() {
        UUID sponsor = sponsor();
        UUID influencer = influencer("Counted Carla");
        UUID other = influencer("Other Otto");
        UUID campaign = campaign(sponsor, 1_000_000);
        UUID pending = requests.create(sponsor, campaign, influencer, "A post", null, 10_000);
        UUID countered = requests.create(sponsor, campaign(sponsor, 1_000_000), influencer, "A reel", null, 20_000);
        requests.counter(Party.INFLUENCER, influencer, countered, 0, 25_000, "");
        UUID accepted = requests.create(sponsor, campaign(sponsor, 1_000_000), influencer, "A story", null, 30_000);
        requests.accept(Party.INFLUENCER, influencer, accepted, 0);
        UUID completed = requests.create(sponsor, campaign(sponsor, 1_000_000), influencer, "Two posts", null, 40_000);
        requests.accept(Party.INFLUENCER, influencer, completed, 0);
        UUID work = collaboration.submit(influencer, completed, 1, "Posts", "https://example.com/posts", "");
        collaboration.review(sponsor, completed, work, 2, true, "");
        requests.complete(sponsor, completed, 3);
        UUID rejected = requests.create(sponsor, campaign(sponsor, 1_000_000), influencer, "A live", null, 50_000);
        requests.reject(Party.INFLUENCER, influencer, rejected, 0, "Not my audience");
        UUID movedAway = requests.create(sponsor, campaign(sponsor, 1_000_000), influencer, "A short", null, 60_000);
        requests.edit(sponsor, movedAway, 0, other, "A short", null, 60_000);
        UUID deleted = requests.create(sponsor, campaign(sponsor, 1_000_000), influencer, "A blog post", null, 70_000);
        requests.delete(sponsor, deleted, 0);
        UUID joined = requests.askToJoin(influencer, campaign(sponsor, 1_000_000), 80_000, "Let me in");

        AdRequests.Figures figures = requests.figures(influencer);
        assertThat(figures.pending()).isEqualTo(2);
        assertThat(figures.negotiating()).isEqualTo(1);
        assertThat(figures.deals()).isEqualTo(2);
        assertThat(figures.earningsMinor()).isEqualTo(70_000);
        assertThat(figures.awaiting()).isEqualTo(1);
        assertThat(requests.figures(other).pending()).isEqualTo(1);
        // the counts come from the tally, the rows from the requests themselves: they must agree
        for (String filter : List.of("", "AWAITING", "PENDING", "NEGOTIATING", "ACCEPTED", "COMPLETED", "REJECTED", "CANCELLED", "NONSENSE")) {
            var page = requests.inbox(influencer, filter, PageRequest.of(0, 50));
            assertThat(page.getTotalElements()).as(filter).isEqualTo(page.getContent().size());
        }
        assertThat(requests.inbox(influencer, "", PageRequest.of(0, 50)).getContent())
            .extracting(AdRequests.Listing::id).containsExactlyInAnyOrder(pending, countered, accepted, completed, rejected, joined);
        assertThat(requests.inbox(influencer, "AWAITING", PageRequest.of(0, 50)).getContent())
            .extracting(AdRequests.Listing::id).containsExactly(pending);
    }

    private UUID sponsor() {
        UUID id = UUID.randomUUID();
        publish(new SponsorRegistered(id, id + "@brand.example", "Brand " + id, "Tools", null, Instant.now()));
        return id;
    }

    private UUID influencer(String name) {
        UUID id = UUID.randomUUID();
        publish(new InfluencerRegistered(id, id + "@example.com", name, Category.TRAVEL, "hiking", 1000,
                Set.of(Platform.YOUTUBE), Instant.now()));
        return id;
    }

    private UUID campaign(UUID sponsor, long budgetMinor) {
        UUID id = UUID.randomUUID();
        publish(new CampaignCreated(id, sponsor, "Campaign " + id, "About hiking", Category.TRAVEL, budgetMinor, TODAY, TODAY.plusDays(30),
                Visibility.PUBLIC, Instant.now()));
        return id;
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> publisher.publishEvent(event));
    }
}
