package com.sponsorlink.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import com.sponsorlink.identity.events.Category;
import com.sponsorlink.identity.events.InfluencerRegistered;
import com.sponsorlink.identity.events.Platform;
import com.sponsorlink.identity.events.SponsorApproved;
import com.sponsorlink.identity.events.SponsorRegistered;
import com.sponsorlink.identity.events.SponsorRejected;
import com.sponsorlink.identity.events.SuspensionAppealDecided;
import com.sponsorlink.identity.events.SuspensionAppealed;
import com.sponsorlink.identity.events.UserReinstated;
import com.sponsorlink.identity.events.UserSuspended;

@ApplicationModuleTest
class IdentityModuleTests {

    @Autowired
    AccountService accounts;

    @Autowired
    Accounts store;

    @Autowired
    AppealService appeals;

    @Autowired
    Appeals appealStore;

    @Test
    void registeringASponsorPublishesItPendingApprovalWithTheBudgetInMinorUnits(Scenario scenario) {
        scenario.stimulate(() -> accounts.registerSponsor(
                new SponsorForm("Owner@Acme.example", "a-good-password", "Acme", "Tools", new BigDecimal("1200.50"))))
            .andWaitForEventOfType(SponsorRegistered.class)
            .matching(event -> event.email().equals("Owner@Acme.example"))
            .toArriveAndVerify(event -> {
                assertThat(event.organisationName()).isEqualTo("Acme");
                assertThat(event.yearlyBudgetMinor()).isEqualTo(120050L);
                assertThat(store.findById(event.sponsorId())).get()
                    .extracting(Account::approval).isEqualTo(Approval.PENDING);
            });
    }

    @Test
    void registeringAnInfluencerPublishesTheProfileSponsorsWillSearch(Scenario scenario) {
        scenario.stimulate(() -> accounts.registerInfluencer(new InfluencerForm("chef@example.com", "a-good-password",
                "Green Pan", Category.FOOD, "vegan street food", 210_500L, EnumSet.of(Platform.TIKTOK))))
            .andWaitForEventOfType(InfluencerRegistered.class)
            .matching(event -> event.email().equals("chef@example.com"))
            .toArriveAndVerify(event -> {
                assertThat(event.category()).isEqualTo(Category.FOOD);
                assertThat(event.reach()).isEqualTo(210_500L);
                assertThat(event.platforms()).containsExactly(Platform.TIKTOK);
            });
    }

    @Test
    void anApprovalPublishedByTheAdminConsoleApprovesTheSponsor(Scenario scenario) {
        UUID sponsorId = accounts.registerSponsor(new SponsorForm("approve@acme.example", "a-good-password", "Approvable",
                "Tools", null));

        scenario.publish(new SponsorApproved(sponsorId, UUID.randomUUID(), Instant.now()))
            .andWaitForStateChange(() -> store.findById(sponsorId).orElseThrow().approval(), Approval.APPROVED::equals)
            .andVerify(approval -> assertThat(approval).isEqualTo(Approval.APPROVED));
    }

    @Test
    void aRejectionKeepsItsReason(Scenario scenario) {
        UUID sponsorId = accounts.registerSponsor(new SponsorForm("reject@acme.example", "a-good-password", "Rejectable",
                "Tools", null));

        scenario.publish(new SponsorRejected(sponsorId, UUID.randomUUID(), "No website", Instant.now()))
            .andWaitForStateChange(() -> store.findById(sponsorId).orElseThrow(), account -> account.approval() == Approval.REJECTED)
            .andVerify(account -> assertThat(account.approvalReason()).isEqualTo("No website"));
    }

    @Test
    void aSuspensionLocksTheAccountAndAReinstatementUnlocksIt(Scenario scenario) {
        UUID influencerId = accounts.registerInfluencer(new InfluencerForm("locked@example.com", "a-good-password",
                "Locked", Category.TECH, "gadgets", 10L, EnumSet.of(Platform.BLOG)));

        scenario.publish(new UserSuspended(influencerId, UUID.randomUUID(), "Spam", Instant.now()))
            .andWaitForStateChange(() -> new SignedInUser(store.findById(influencerId).orElseThrow()).isAccountNonLocked(),
                    unlocked -> !unlocked)
            .andVerify(unlocked -> assertThat(store.findById(influencerId).orElseThrow().suspensionReason()).isEqualTo("Spam"));

        scenario.publish(new UserReinstated(influencerId, UUID.randomUUID(), "Appeal", Instant.now()))
            .andWaitForStateChange(() -> new SignedInUser(store.findById(influencerId).orElseThrow()).isAccountNonLocked(),
                    unlocked -> unlocked)
            .andVerify(unlocked -> assertThat(store.findById(influencerId).orElseThrow().suspensionReason()).isNull());
    }

    @Test
    void aSuspendedUserAppealsOnceAndThenReadsWhereTheirAppealStands(Scenario scenario) {
        UUID influencerId = suspendedInfluencer(scenario, "appellant@example.com", Instant.now());

        scenario.stimulate(() -> appeals.file("Appellant@Example.com", "a-good-password", "  The followers are real.  "))
            .andWaitForEventOfType(SuspensionAppealed.class)
            .matching(event -> event.userId().equals(influencerId))
            .toArriveAndVerify(event -> assertThat(event.text()).isEqualTo("The followers are real."));

        AppealFiling again = appeals.file("appellant@example.com", "a-good-password", "Please, again");
        assertThat(again.wasFiled()).isFalse();
        assertThat(again.refusal()).matches("Your appeal of \\d{4}-\\d{2}-\\d{2} is being reviewed\\.");

        Appeal appeal = store.suspendedAt(influencerId).flatMap(at -> appealsOf(influencerId, at)).orElseThrow();
        scenario.publish(new SuspensionAppealDecided(appeal.id(), influencerId, UUID.randomUUID(), false,
                "Bought followers, as the data shows", Instant.now()))
            .andWaitForStateChange(() -> appeals.file("appellant@example.com", "a-good-password", "Third try").refusal(),
                    refusal -> refusal.contains("upheld"))
            .andVerify(refusal -> assertThat(refusal).endsWith(" was upheld: Bought followers, as the data shows"));
    }

    @Test
    void aDecisionOnAnAppealIsRecordedOnceWhateverIsReplayed(Scenario scenario) {
        UUID influencerId = suspendedInfluencer(scenario, "replayed@example.com", Instant.now());
        UUID appealId = appeals.file("replayed@example.com", "a-good-password", "Mistake").appealId();

        scenario.publish(new SuspensionAppealDecided(appealId, influencerId, UUID.randomUUID(), false, "First", Instant.now()))
            .andWaitForStateChange(() -> appealsOf(influencerId, store.suspendedAt(influencerId).orElseThrow()).orElseThrow().outcome())
            .andVerify(outcome -> assertThat(outcome).isEqualTo("UPHELD"));
        scenario.publish(new SuspensionAppealDecided(appealId, influencerId, UUID.randomUUID(), true, "Second", Instant.now()))
            .andWaitForStateChange(() -> appealsOf(influencerId, store.suspendedAt(influencerId).orElseThrow()).orElseThrow())
            .andVerify(appeal -> assertThat(appeal.decisionReason()).isEqualTo("First"));
    }

    @Test
    void aNewSuspensionMayBeAppealedAgain(Scenario scenario) {
        UUID influencerId = suspendedInfluencer(scenario, "twice-suspended@example.com", Instant.parse("2030-01-01T10:00:00Z"));
        assertThat(appeals.file("twice-suspended@example.com", "a-good-password", "First suspension").wasFiled()).isTrue();
        scenario.publish(new UserReinstated(influencerId, UUID.randomUUID(), "Lifted", Instant.now()))
            .andWaitForStateChange(() -> store.suspendedAt(influencerId), Optional::isEmpty).andVerify(none -> { });
        scenario.publish(new UserSuspended(influencerId, UUID.randomUUID(), "Again", Instant.parse("2030-02-01T10:00:00Z")))
            .andWaitForStateChange(() -> store.suspendedAt(influencerId), Optional::isPresent).andVerify(at -> { });

        assertThat(appeals.file("twice-suspended@example.com", "a-good-password", "Second suspension").wasFiled()).isTrue();
    }

    @Test
    void aWrongPasswordOrUnknownEmailReadsTheSameAndCountsTowardsTheThrottle(Scenario scenario) {
        suspendedInfluencer(scenario, "guessed@example.com", Instant.now());

        assertThat(appeals.file("nobody@example.com", "a-good-password", "Hello").refusal()).isEqualTo("Wrong email or password.");
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(appeals.file("guessed@example.com", "wrong-password", "Hello").refusal())
                .isEqualTo("Wrong email or password.");
        }

        assertThat(appeals.file("guessed@example.com", "a-good-password", "Hello").refusal())
            .startsWith("Too many failed sign-in attempts");
    }

    @Test
    void anAccountThatIsNotSuspendedIsToldToSignIn() {
        accounts.registerInfluencer(new InfluencerForm("free@example.com", "a-good-password", "Free", Category.TECH,
                "gadgets", 10L, EnumSet.of(Platform.BLOG)));

        assertThat(appeals.file("free@example.com", "a-good-password", "Why?").refusal())
            .isEqualTo("Your account is not suspended; sign in instead.");
    }

    private Optional<Appeal> appealsOf(UUID userId, Instant suspendedAt) {
        return appealStore.find(userId, suspendedAt);
    }

    private UUID suspendedInfluencer(Scenario scenario, String email, Instant suspendedAt) {
        UUID influencerId = accounts.registerInfluencer(new InfluencerForm(email, "a-good-password", "Appellant",
                Category.TECH, "gadgets", 10L, EnumSet.of(Platform.BLOG)));
        scenario.publish(new UserSuspended(influencerId, UUID.randomUUID(), "Fake followers", suspendedAt))
            .andWaitForStateChange(() -> store.suspendedAt(influencerId), Optional::isPresent)
            .andVerify(at -> assertThat(at).contains(suspendedAt.truncatedTo(ChronoUnit.MILLIS)));
        return influencerId;
    }

    @Test
    void theFirstAdminExistsFromTheFirstStart() {
        assertThat(store.findByEmail("ADMIN@module-test.example")).get()
            .extracting(Account::role).isEqualTo(Role.ADMIN);
    }
}
