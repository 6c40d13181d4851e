package com.sponsorlink.notifications.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import com.sponsorlink.adrequests.events.AdRequestCreated;
import com.sponsorlink.adrequests.events.OfferMade;
import com.sponsorlink.adrequests.events.Party;
import com.sponsorlink.campaigns.events.CampaignCreated;
import com.sponsorlink.campaigns.events.Visibility;
import com.sponsorlink.identity.events.Category;
import com.sponsorlink.identity.events.InfluencerRegistered;
import com.sponsorlink.identity.events.Platform;
import com.sponsorlink.identity.events.SponsorRegistered;

@ApplicationModuleTest
class NotificationsModuleTests {

    @Autowired
    Inbox inbox;

    @Test
    void aNewAdRequestReachesTheInfluencersInboxOnceEvenIfHandledTwice(Scenario scenario) {
        UUID sponsor = UUID.randomUUID();
        UUID influencer = UUID.randomUUID();
        UUID campaign = UUID.randomUUID();
        scenario.publish(new SponsorRegistered(sponsor, sponsor + "@brand.example", "Northwind", "Outdoor", null, Instant.now()))
            .andWaitForStateChange(() -> true).andVerify(done -> { });
        scenario.publish(new InfluencerRegistered(influencer, influencer + "@example.com", "Trail Tales", Category.TRAVEL,
                "hiking", 1000, Set.of(Platform.YOUTUBE), Instant.now())).andWaitForStateChange(() -> true).andVerify(done -> { });
        scenario.publish(new CampaignCreated(campaign, sponsor, "Summit series", "Boots", Category.TRAVEL, 100_000,
                LocalDate.now(), LocalDate.now().plusDays(9), Visibility.PUBLIC, Instant.now()))
            .andWaitForStateChange(() -> true).andVerify(done -> { });
        AdRequestCreated created = new AdRequestCreated(UUID.randomUUID(), campaign, sponsor, influencer, Party.SPONSOR,
                50_000, null, Instant.now());

        scenario.publish(created)
            .andWaitForStateChange(() -> inbox.unread(influencer), unread -> unread > 0)
            .andVerify(unread -> assertThat(unread).isEqualTo(1));
        scenario.publish(created)
            .andWaitForStateChange(() -> inbox.unread(influencer), unread -> unread > 0)
            .andVerify(unread -> assertThat(unread).isEqualTo(1));

        Notification notification = inbox.of(influencer, PageRequest.of(0, 5)).getContent().get(0);
        assertThat(notification.title()).isEqualTo("Northwind sent you an ad request");
        assertThat(notification.body()).isEqualTo("For Summit series.");
        assertThat(notification.amountMinor()).isEqualTo(50_000);
        assertThat(notification.link()).isEqualTo("/influencer/ad-requests/" + created.adRequestId());
    }

    @Test
    void aCounterOfferNotifiesTheOtherSide(Scenario scenario) {
        UUID sponsor = UUID.randomUUID();
        UUID influencer = UUID.randomUUID();
        UUID request = UUID.randomUUID();

        scenario.publish(new OfferMade(request, UUID.randomUUID(), sponsor, influencer, Party.INFLUENCER, 65_000,
                "My usual rate", Instant.now()))
            .andWaitForStateChange(() -> inbox.unread(sponsor), unread -> unread > 0)
            .andVerify(unread -> {
                Notification offer = inbox.of(sponsor, PageRequest.of(0, 5)).getContent().get(0);
                assertThat(offer.title()).isEqualTo("Someone made a counter-offer");
                assertThat(offer.body()).endsWith("My usual rate");
                assertThat(offer.link()).isEqualTo("/sponsor/ad-requests/" + request);
                assertThat(inbox.unread(influencer)).isZero();
            });
    }
}
