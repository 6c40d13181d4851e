package com.sponsorlink.notifications.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.sponsorlink.adrequests.events.AdRequestAccepted;
import com.sponsorlink.adrequests.events.AdRequestCreated;
import com.sponsorlink.adrequests.events.DeliverableReviewed;
import com.sponsorlink.adrequests.events.DeliverableSubmitted;
import com.sponsorlink.adrequests.events.OfferMade;
import com.sponsorlink.adrequests.events.Party;
import com.sponsorlink.identity.events.Category;
import com.sponsorlink.identity.events.InfluencerRegistered;
import com.sponsorlink.identity.events.Platform;
import com.sponsorlink.identity.events.SponsorRegistered;

@ApplicationModuleTest
@TestPropertySource(properties = "app.reminders.daily-at=00:00")
class DailyReminderTests {

    @Autowired
    DailyReminder reminder;

    @Autowired
    Inbox inbox;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void eachInfluencerAwaitingAnAnswerIsRemindedOnceADayHoweverOftenTheJobRuns() {
        UUID sponsor = person(true, "Reminding Brand");
        UUID waiting = person(false, "Waiting Creator");
        UUID answered = person(false, "Answered Creator");
        UUID countered = person(false, "Countering Creator");
        publish(new AdRequestCreated(UUID.randomUUID(), UUID.randomUUID(), sponsor, waiting, Party.SPONSOR, 100, null, Instant.now()));
        publish(new AdRequestCreated(UUID.randomUUID(), UUID.randomUUID(), sponsor, waiting, Party.SPONSOR, 200, null, Instant.now()));
        UUID done = UUID.randomUUID();
        publish(new AdRequestCreated(done, UUID.randomUUID(), sponsor, answered, Party.SPONSOR, 300, null, Instant.now()));
        publish(new AdRequestAccepted(done, UUID.randomUUID(), sponsor, answered, Party.INFLUENCER, 300, null, Instant.now()));
        UUID ball = UUID.randomUUID();
        publish(new AdRequestCreated(ball, UUID.randomUUID(), sponsor, countered, Party.SPONSOR, 400, null, Instant.now()));
        publish(new OfferMade(ball, UUID.randomUUID(), sponsor, countered, Party.INFLUENCER, 500, "", Instant.now()));

        reminder.onSchedule();
        reminder.onSchedule();
        reminder.runNow();

        assertThat(reminders(waiting)).singleElement().satisfies(reminder -> {
            assertThat(reminder.title()).isEqualTo("2 ad requests await your answer");
            assertThat(reminder.body()).contains("from Reminding Brand");
            assertThat(reminder.link()).isEqualTo("/influencer/ad-requests?status=AWAITING");
        });
        assertThat(reminders(answered)).isEmpty();
        assertThat(reminders(countered)).as("the latest offer is theirs").isEmpty();
    }

    @Test
    void anInfluencerWithADealPastItsDueDateAndWorkNotApprovedIsRemindedOfIt() {
        UUID sponsor = person(true, "Waiting Brand");
        UUID late = person(false, "Late Creator");
        UUID approved = person(false, "Approved Creator");
        UUID lateDeal = UUID.randomUUID();
        publish(new AdRequestAccepted(lateDeal, UUID.randomUUID(), sponsor, late, Party.INFLUENCER, 300,
                LocalDate.now().minusDays(2), Instant.now()));
        publish(new DeliverableSubmitted(UUID.randomUUID(), lateDeal, UUID.randomUUID(), sponsor, late, "Reel", 1, Instant.now()));
        UUID doneDeal = UUID.randomUUID();
        publish(new AdRequestAccepted(doneDeal, UUID.randomUUID(), sponsor, approved, Party.INFLUENCER, 300,
                LocalDate.now().minusDays(2), Instant.now()));
        publish(new DeliverableReviewed(UUID.randomUUID(), doneDeal, UUID.randomUUID(), sponsor, approved, "Reel", true, "",
                true, Instant.now()));

        reminder.runNow();

        assertThat(reminders(late)).singleElement().satisfies(reminder -> {
            assertThat(reminder.title()).isEqualTo("1 deal's deliverables are overdue");
            assertThat(reminder.body()).startsWith("Overdue: ").contains("for Waiting Brand, due " + LocalDate.now().minusDays(2));
            assertThat(reminder.link()).isEqualTo("/influencer");
        });
        assertThat(reminders(approved)).as("all its work is approved").isEmpty();
    }

    private java.util.List<Notification> reminders(UUID influencer) {
        return inbox.of(influencer, PageRequest.of(0, 50)).getContent().stream()
            .filter(notification -> notification.sourceKey().startsWith("reminder:"))
            .toList();
    }

    private UUID person(boolean sponsor, String name) {
        UUID id = UUID.randomUUID();
        publish(sponsor ? new SponsorRegistered(id, id + "@brand.example", name, "Tools", null, Instant.now())
                : new InfluencerRegistered(id, id + "@example.com", name, Category.TECH, "gadgets", 10, Set.of(Platform.BLOG),
                        Instant.now()));
        return id;
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }
}
