package com.sponsorlink.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
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
import com.sponsorlink.identity.events.UserReinstated;
import com.sponsorlink.identity.events.UserSuspended;

@ApplicationModuleTest
class IdentityModuleTests {

    @Autowired
    AccountService accounts;

    @Autowired
    Accounts store;

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
    void theFirstAdminExistsFromTheFirstStart() {
        assertThat(store.findByEmail("ADMIN@module-test.example")).get()
            .extracting(Account::role).isEqualTo(Role.ADMIN);
    }
}
