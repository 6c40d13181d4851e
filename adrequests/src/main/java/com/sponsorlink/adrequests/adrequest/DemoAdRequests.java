package com.sponsorlink.adrequests.adrequest;

import static com.sponsorlink.adrequests.persistence.jooq.Tables.ADREQUESTS_AD_REQUESTS;
import static com.sponsorlink.adrequests.persistence.jooq.Tables.ADREQUESTS_CAMPAIGNS;
import static com.sponsorlink.adrequests.persistence.jooq.Tables.ADREQUESTS_INFLUENCERS;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.sponsorlink.adrequests.events.Party;

/**
 * Demo mode: about ten ad requests for each demo campaign, sent around its start to influencers of
 * its category more often than not, some asked for by influencers; then the negotiations as people
 * would have had them, hours or days apart: accepted at once, countered once or twice, rejected, a
 * budget running out; deals of campaigns that ended marked completed. Every step goes through the
 * ad request service on a clock turned back to its moment, and stops at the present, so recent
 * requests are still open. Runs after the demo campaigns; skipped when ad requests exist.
 */
@Component
@Order(3)
@ConditionalOnBooleanProperty("app.demo")
class DemoAdRequests implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAdRequests.class);
    private static final List<String> ASKS = List.of("Two reels and a story, with a link in bio for a week.",
            "One long video with a 60-second mention.", "Three posts over the campaign, tagged, with our discount code.",
            "A live stream with a giveaway.", "A blog review with photos.", "A week of stories from a real trip.");

    private final AdRequestService requests;
    private final CollaborationService collaboration;
    private final DSLContext db;
    private final Clock clock;
    private final Consumer<Instant> demoTime;

    DemoAdRequests(AdRequestService requests, CollaborationService collaboration, DSLContext db, Clock clock,
            @Qualifier("demoTime") Consumer<Instant> demoTime) {
        this.requests = requests;
        this.collaboration = collaboration;
        this.db = db;
        this.clock = clock;
        this.demoTime = demoTime;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (db.fetchExists(ADREQUESTS_AD_REQUESTS)) {
            return;
        }
        var influencers = db.select(ADREQUESTS_INFLUENCERS.INFLUENCER_ID, ADREQUESTS_INFLUENCERS.CATEGORY, ADREQUESTS_INFLUENCERS.JOINED_AT)
            .from(ADREQUESTS_INFLUENCERS).where(ADREQUESTS_INFLUENCERS.JOINED_AT.isNotNull()).fetch();
        var campaigns = db.selectFrom(ADREQUESTS_CAMPAIGNS).where(ADREQUESTS_CAMPAIGNS.DELETED.isFalse())
            .orderBy(ADREQUESTS_CAMPAIGNS.START_DATE).fetch();
        if (influencers.isEmpty() || campaigns.isEmpty()) {
            return;
        }
        Random random = new Random(2028);
        Instant now = clock.instant();
        int sent = 0;
        for (var campaign : campaigns) {
            UUID campaignId = UUID.fromString(campaign.getCampaignId());
            UUID sponsorId = UUID.fromString(campaign.getSponsorId());
            Instant opens = startOf(campaign.getStartDate().minusDays(5));
            Instant closes = min(startOf(campaign.getEndDate()), now.minus(Duration.ofHours(2)));
            if (!opens.isBefore(closes)) {
                continue;
            }
            Set<String> addressed = new HashSet<>();
            int count = 6 + random.nextInt(9);
            for (int i = 0; i < count; i++) {
                Instant at = opens.plus(Duration.ofMinutes((long) (random.nextDouble() * Duration.between(opens, closes).toMinutes())));
                var influencer = pick(influencers, campaign.getCategory(), at, addressed, random);
                if (influencer == null) {
                    continue;
                }
                addressed.add(influencer.value1());
                UUID influencerId = UUID.fromString(influencer.value1());
                long payment = 100L * (2 + random.nextInt(Math.max(3, (int) Math.min(40, campaign.getBudgetMinor() / 100 / 600))));
                boolean joins = "PUBLIC".equals(campaign.getVisibility()) && random.nextInt(8) == 0;
                UUID id = step(at, () -> joins
                        ? requests.askToJoin(influencerId, campaignId, payment * 100, "I would love to join: my audience fits this well.")
                        : requests.create(sponsorId, campaignId, influencerId, ASKS.get(random.nextInt(ASKS.size())), null, payment * 100));
                if (id != null) {
                    sent++;
                    negotiate(id, sponsorId, influencerId, joins ? Party.INFLUENCER : Party.SPONSOR, at, campaign.getEndDate(), now, random);
                }
            }
        }
        log.info("Demo mode: seeded {} ad requests with their negotiations over the past year.", sent);
    }

    /** Plays the negotiation forward from the first offer, each answer some hours later, never past now. */
    private void negotiate(UUID id, UUID sponsorId, UUID influencerId, Party firstBy, Instant at, LocalDate campaignEnds, Instant now,
            Random random) {
        Party answering = firstBy.other();
        Instant when = at;
        for (int round = 0; round < 4; round++) {
            when = when.plus(Duration.ofMinutes(30 + random.nextInt(3 * 24 * 60)));
            if (when.isAfter(now) || random.nextInt(10) == 0) {
                return; // still waiting for an answer
            }
            UUID userId = answering == Party.SPONSOR ? sponsorId : influencerId;
            Party side = answering;
            int choice = random.nextInt(100);
            AdRequest current = requests.of(side, userId, id);
            if (choice < 40 + round * 15) {
                Boolean accepted = step(when, () -> {
                    requests.accept(side, userId, id, current.version());
                    return true;
                });
                if (accepted == null) {
                    step(when, () -> {
                        requests.reject(side, userId, id, current.version(), "The budget for this campaign is spent.");
                        return null;
                    });
                }
                else {
                    complete(id, sponsorId, influencerId, campaignEnds, now, random);
                }
                return;
            }
            if (choice < 60 + round * 10) {
                step(when, () -> {
                    requests.reject(side, userId, id, current.version(), random.nextBoolean() ? "Not the right fit this time." : "");
                    return null;
                });
                return;
            }
            long counter = side == Party.INFLUENCER ? current.offerMinor() * (110 + random.nextInt(40)) / 100
                    : current.offerMinor() * (85 + random.nextInt(10)) / 100;
            long rounded = Math.max(100, counter / 500 * 500);
            step(when, () -> {
                requests.counter(side, userId, id, current.version(), rounded,
                        side == Party.INFLUENCER ? "This takes me a few days of work; this is my rate." : "Could we meet here?");
                return null;
            });
            answering = answering.other();
        }
    }

    /**
     * A deal of a campaign that has ended: its post handed in and approved, completed a few days
     * after the end, and most of those paid in full a week later.
     */
    private void complete(UUID id, UUID sponsorId, UUID influencerId, LocalDate campaignEnds, Instant now, Random random) {
        Instant when = startOf(campaignEnds.plusDays(1 + random.nextInt(6)));
        if (when.isBefore(now) && random.nextInt(5) > 0) {
            Boolean completed = step(when, () -> {
                int version = requests.of(Party.SPONSOR, sponsorId, id).version();
                UUID post = collaboration.submit(influencerId, id, version, "Sponsored post",
                        "https://example.com/posts/" + id, "Live now.");
                collaboration.review(sponsorId, id, post, version + 1, true, "");
                requests.complete(sponsorId, id, version + 2);
                return true;
            });
            Instant paid = when.plus(java.time.Duration.ofDays(7));
            if (completed != null && paid.isBefore(now) && random.nextInt(4) > 0) {
                step(paid, () -> {
                    AdRequest deal = requests.of(Party.SPONSOR, sponsorId, id);
                    return collaboration.recordPayment(sponsorId, id, deal.version(), deal.agreedMinor(),
                            LocalDate.ofInstant(paid, clock.getZone()), "TR-" + id.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT));
                });
            }
        }
    }

    /** Runs one step on the clock turned back to its moment; a step the rules refuse is skipped (null). */
    private <T> T step(Instant when, Supplier<T> action) {
        demoTime.accept(when);
        try {
            return action.get();
        }
        catch (AdRequestRefusedException | FieldRefusedException refused) {
            return null;
        }
        finally {
            demoTime.accept(null);
        }
    }

    /** An influencer who had signed up by then and was not asked yet, of the campaign's category two times in three. */
    private static org.jooq.Record3<String, String, Instant> pick(List<org.jooq.Record3<String, String, Instant>> influencers,
            String category, Instant at, Set<String> addressed, Random random) {
        List<org.jooq.Record3<String, String, Instant>> fitting = new ArrayList<>();
        List<org.jooq.Record3<String, String, Instant>> others = new ArrayList<>();
        for (var influencer : influencers) {
            if (influencer.value3().isBefore(at) && !addressed.contains(influencer.value1())) {
                (influencer.value2().equals(category) ? fitting : others).add(influencer);
            }
        }
        List<org.jooq.Record3<String, String, Instant>> from = !fitting.isEmpty() && (others.isEmpty() || random.nextInt(3) > 0) ? fitting : others;
        return from.isEmpty() ? null : from.get(random.nextInt(from.size()));
    }

    private Instant startOf(LocalDate day) {
        return day.atTime(9, 0).atZone(clock.getZone()).toInstant();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
