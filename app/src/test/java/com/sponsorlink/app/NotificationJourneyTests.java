package com.sponsorlink.app;

import static com.sponsorlink.app.persistence.jooq.Tables.APP_EVENT_PUBLICATIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventSerializer;

import com.sponsorlink.adrequests.events.AdRequestCreated;
import com.sponsorlink.adrequests.events.Party;

/**
 * Notifications in the inbox behind the bell, delivered after commit through the event publication
 * registry, including an event whose listener never ran before the process died.
 */
class NotificationJourneyTests extends WebJourney {

    static final LocalDate TODAY = LocalDate.now();
    static final String NOTIFIER = "com.sponsorlink.notifications.inbox.Notifier";

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    EventSerializer serializer;

    @Test
    void aNewAdRequestRingsTheInfluencersBellAndOpeningItLeadsToTheRequest() throws Exception {
        MockHttpSession sponsor = approvedSponsor("ringer@brand.example", "Ringer Brand");
        String campaign = campaignOf(sponsor, "Bell campaign");
        registerInfluencer("rung@example.com", "Rung", "500");
        MockHttpSession influencer = signedIn("rung@example.com", PASSWORD);

        String request = send(sponsor, campaign, "rung@example.com", "500").replace("/sponsor/", "/influencer/");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(page(influencer, "/influencer").select("#bell .badge").text()).isEqualTo("1"));
        Document inbox = page(influencer, "/notifications");
        assertThat(inbox.select("#notifications li").first().text())
            .contains("New", "Ringer Brand sent you an ad request", "$500.00", "For Bell campaign.");
        String open = inbox.select("#notifications li form").first().attr("action");
        assertThat(submit(influencer, post(open)).getResponse().getRedirectedUrl()).isEqualTo(request);
        assertThat(page(influencer, "/influencer").select("#bell .badge")).isEmpty();
        assertThat(db.fetchCount(APP_EVENT_PUBLICATIONS, APP_EVENT_PUBLICATIONS.LISTENER_ID.startsWith(NOTIFIER)
            .and(APP_EVENT_PUBLICATIONS.EVENT_TYPE.eq(AdRequestCreated.class.getName()))
            .and(APP_EVENT_PUBLICATIONS.COMPLETED_AT.isNotNull()))).isPositive();
    }

    @Test
    void anEventLeftIncompleteByACrashIsDeliveredOnResubmissionExactlyOnce() throws Exception {
        MockHttpSession sponsor = approvedSponsor("crash@brand.example", "Crash Brand");
        String campaign = campaignOf(sponsor, "Crash campaign");
        registerInfluencer("survivor@example.com", "Survivor", "500");
        UUID influencer = idOf("survivor@example.com");
        String listener = db.select(APP_EVENT_PUBLICATIONS.LISTENER_ID).from(APP_EVENT_PUBLICATIONS)
            .where(APP_EVENT_PUBLICATIONS.LISTENER_ID.startsWith(NOTIFIER))
            .and(APP_EVENT_PUBLICATIONS.EVENT_TYPE.eq("com.sponsorlink.identity.events.SponsorApproved"))
            .limit(1).fetchSingle(APP_EVENT_PUBLICATIONS.LISTENER_ID)
            .replace("SponsorApproved", "AdRequestCreated").replace("identity.events", "adrequests.events");
        AdRequestCreated lost = new AdRequestCreated(UUID.randomUUID(), UUID.fromString(campaign), idOf("crash@brand.example"),
                influencer, Party.SPONSOR, 77_700, null, Instant.now().minusSeconds(120));
        // committed with its data, but the process died before the listener ran
        db.insertInto(APP_EVENT_PUBLICATIONS)
            .set(APP_EVENT_PUBLICATIONS.ID, UUID.randomUUID().toString())
            .set(APP_EVENT_PUBLICATIONS.LISTENER_ID, listener)
            .set(APP_EVENT_PUBLICATIONS.EVENT_TYPE, AdRequestCreated.class.getName())
            .set(APP_EVENT_PUBLICATIONS.SERIALIZED_EVENT, serializer.serialize(lost).toString())
            .set(APP_EVENT_PUBLICATIONS.PUBLISHED_AT, lost.createdAt())
            .set(APP_EVENT_PUBLICATIONS.STATUS, "PUBLISHED")
            .execute();
        MockHttpSession survivor = signedIn("survivor@example.com", PASSWORD);
        assertThat(page(survivor, "/notifications").select("#notifications li")).isEmpty();

        incomplete.resubmitIncompletePublicationsOlderThan(Duration.ofSeconds(60));
        incomplete.resubmitIncompletePublicationsOlderThan(Duration.ofSeconds(60));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(db.fetchCount(APP_EVENT_PUBLICATIONS,
                APP_EVENT_PUBLICATIONS.SERIALIZED_EVENT.contains(lost.adRequestId().toString())
                    .and(APP_EVENT_PUBLICATIONS.COMPLETED_AT.isNull()))).isZero());
        assertThat(page(survivor, "/notifications").select("#notifications li").eachText())
            .singleElement().asString().contains("Crash Brand sent you an ad request", "$777.00");
    }

    @Test
    void triggeringTheDailyReminderTwiceOnTheSameDaySendsOneReminderPerInfluencer() throws Exception {
        MockHttpSession sponsor = approvedSponsor("remind@brand.example", "Remind Brand");
        String campaign = campaignOf(sponsor, "Reminder campaign");
        registerInfluencer("forgetful@example.com", "Forgetful", "500");
        send(sponsor, campaign, "forgetful@example.com", "120");
        MockHttpSession admin = admin();

        submit(admin, post("/admin/jobs/daily-reminder"));
        submit(admin, post("/admin/jobs/daily-reminder"));

        MockHttpSession influencer = signedIn("forgetful@example.com", PASSWORD);
        assertThat(page(influencer, "/notifications").select("#notifications li").eachText())
            .filteredOn(text -> text.contains("await your answer") || text.contains("awaits your answer"))
            .singleElement().asString().contains("1 ad request awaits your answer", "Reminder campaign from Remind Brand");
        assertThat(page(admin, "/admin/deliveries").select("#job-runs tbody tr").eachText())
            .filteredOn(row -> row.contains("daily-reminder") && row.contains("An admin")).hasSizeGreaterThanOrEqualTo(2);
    }

    private String campaignOf(MockHttpSession sponsor, String name) throws Exception {
        String location = submit(sponsor, campaign(name, "About " + name, "TECH", "5000", TODAY, TODAY.plusDays(30), "PUBLIC"))
            .getResponse().getRedirectedUrl();
        return location.substring("/sponsor/campaigns/".length());
    }

    private String send(MockHttpSession sponsor, String campaignId, String influencerEmail, String payment) throws Exception {
        return submit(sponsor, post("/sponsor/ad-requests").param("campaignId", campaignId)
            .param("influencerId", idOf(influencerEmail).toString()).param("requirements", "One reel")
            .param("payment", payment)).getResponse().getRedirectedUrl();
    }
}
