package com.sponsorlink.campaigns.campaign;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.math.BigDecimal;
import java.time.LocalDate;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.web.server.ResponseStatusException;

import com.sponsorlink.campaigns.events.CampaignAppealDecided;
import com.sponsorlink.campaigns.events.CampaignCreated;
import com.sponsorlink.campaigns.events.CampaignDeleted;
import com.sponsorlink.campaigns.events.CampaignFlagAppealed;
import com.sponsorlink.campaigns.events.CampaignFlagged;
import com.sponsorlink.campaigns.events.CampaignUnflagged;
import com.sponsorlink.campaigns.events.Visibility;
import com.sponsorlink.identity.events.Category;
import com.sponsorlink.identity.events.SponsorApproved;
import com.sponsorlink.identity.events.SponsorProfileChanged;
import com.sponsorlink.identity.events.SponsorRegistered;
import com.sponsorlink.identity.events.UserSuspended;

@ApplicationModuleTest
class CampaignsModuleTests {

    @Autowired
    Sponsors sponsors;

    @Autowired
    CampaignService campaigns;

    @Autowired
    CampaignAppealService appeals;

    @Test
    void anApprovedSponsorsNewCampaignIsPublishedAndItsDeletionToo(Scenario scenario) {
        UUID sponsorId = approvedSponsor(scenario);
        var form = new CampaignForm("Alpine week", "Hiking boots on test", Category.TRAVEL, "", new BigDecimal("1500.25"),
                LocalDate.of(2030, 6, 1), LocalDate.of(2030, 6, 30), Visibility.PUBLIC, null);

        scenario.stimulate(() -> campaigns.create(sponsorId, form))
            .andWaitForEventOfType(CampaignCreated.class)
            .matching(event -> event.sponsorId().equals(sponsorId))
            .toArriveAndVerify(created -> {
                assertThat(created.budgetMinor()).isEqualTo(150_025L);
                assertThat(created.startDate()).isEqualTo(LocalDate.of(2030, 6, 1));

                scenario.stimulate(() -> campaigns.delete(sponsorId, created.campaignId()))
                    .andWaitForEventOfType(CampaignDeleted.class)
                    .matching(deleted -> deleted.campaignId().equals(created.campaignId()))
                    .toArriveAndVerify(deleted -> assertThat(deleted.name()).isEqualTo("Alpine week"));
            });
    }

    @Test
    void aSponsorAwaitingApprovalCannotCreateACampaign(Scenario scenario) {
        UUID sponsorId = UUID.randomUUID();
        scenario.publish(new SponsorRegistered(sponsorId, "wait@acme.example", "Waiting", "Tools", null, Instant.now()))
            .andWaitForStateChange(() -> sponsors.find(sponsorId)).andVerify(s -> { });
        var form = new CampaignForm("Too soon", "Not yet", Category.TECH, "", BigDecimal.TEN, LocalDate.of(2030, 1, 1),
                LocalDate.of(2030, 1, 2), Visibility.PRIVATE, null);

        assertThatThrownBy(() -> campaigns.create(sponsorId, form))
            .isInstanceOf(CampaignRefusedException.class)
            .hasMessageContaining("has not approved your account yet");
    }

    @Test
    void theSponsorOfAFlaggedCampaignAppealsOnceAndReadsTheOutcome(Scenario scenario) {
        UUID sponsorId = approvedSponsor(scenario);
        UUID campaignId = flaggedCampaign(scenario, sponsorId, Instant.now());

        scenario.stimulate(() -> appeals.appeal(sponsorId, campaignId, " The claims are backed by a study. "))
            .andWaitForEventOfType(CampaignFlagAppealed.class)
            .matching(event -> event.campaignId().equals(campaignId))
            .toArriveAndVerify(event -> {
                assertThat(event.sponsorId()).isEqualTo(sponsorId);
                assertThat(event.text()).isEqualTo("The claims are backed by a study.");
                assertThat(appeals.appealState(campaigns.owned(campaignId, sponsorId))).get(as(STRING))
                    .matches("Your appeal of \\d{4}-\\d{2}-\\d{2} is being reviewed\\.");

                assertThatThrownBy(() -> appeals.appeal(sponsorId, campaignId, "Again"))
                    .isInstanceOf(CampaignRefusedException.class)
                    .hasMessageStartingWith("You can appeal a flag once. Your appeal of ");

                scenario.publish(new CampaignAppealDecided(event.appealId(), campaignId, sponsorId, UUID.randomUUID(), false,
                        "The study does not exist", Instant.now()))
                    .andWaitForStateChange(() -> appeals.appealState(campaigns.owned(campaignId, sponsorId)).orElseThrow(),
                            state -> state.contains("upheld"))
                    .andVerify(state -> assertThat(state).endsWith(" was upheld: The study does not exist"));
            });
    }

    @Test
    void onlyTheOwnerMayAppealAndOnlyAFlaggedCampaign(Scenario scenario) {
        UUID sponsorId = approvedSponsor(scenario);
        UUID otherSponsorId = approvedSponsor(scenario);
        UUID campaignId = flaggedCampaign(scenario, sponsorId, Instant.now());

        assertThatThrownBy(() -> appeals.appeal(otherSponsorId, campaignId, "Not mine"))
            .isInstanceOf(ResponseStatusException.class).hasMessageContaining("404");

        scenario.publish(new CampaignUnflagged(campaignId, UUID.randomUUID(), "Fine after all", Instant.now()))
            .andWaitForStateChange(() -> campaigns.owned(campaignId, sponsorId).flagged(), flagged -> !flagged)
            .andVerify(flagged -> assertThat(appeals.appealState(campaigns.owned(campaignId, sponsorId))).isEmpty());
        assertThatThrownBy(() -> appeals.appeal(sponsorId, campaignId, "Nothing to appeal"))
            .isInstanceOf(CampaignRefusedException.class).hasMessage("\"Flag me\" is not flagged, so there is nothing to appeal.");
    }

    @Test
    void aNewFlagMayBeAppealedAgain(Scenario scenario) {
        UUID sponsorId = approvedSponsor(scenario);
        UUID campaignId = flaggedCampaign(scenario, sponsorId, Instant.parse("2030-01-01T10:00:00Z"));
        appeals.appeal(sponsorId, campaignId, "First flag");
        scenario.publish(new CampaignUnflagged(campaignId, UUID.randomUUID(), "Lifted", Instant.now()))
            .andWaitForStateChange(() -> campaigns.owned(campaignId, sponsorId).flagged(), flagged -> !flagged)
            .andVerify(flagged -> { });
        scenario.publish(new CampaignFlagged(campaignId, UUID.randomUUID(), "Again", Instant.parse("2030-02-01T10:00:00Z")))
            .andWaitForStateChange(() -> campaigns.owned(campaignId, sponsorId).flagged())
            .andVerify(flagged -> { });

        assertThat(appeals.appealState(campaigns.owned(campaignId, sponsorId))).isEmpty();
        assertThat(appeals.appeal(sponsorId, campaignId, "Second flag")).isNotNull();
    }

    private UUID flaggedCampaign(Scenario scenario, UUID sponsorId, Instant flaggedAt) {
        UUID campaignId = campaigns.create(sponsorId, new CampaignForm("Flag me", "Miracle cream", Category.BEAUTY, "",
                BigDecimal.TEN, LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 2), Visibility.PUBLIC, null));
        scenario.publish(new CampaignFlagged(campaignId, UUID.randomUUID(), "Misleading claims", flaggedAt))
            .andWaitForStateChange(() -> campaigns.owned(campaignId, sponsorId).flagged())
            .andVerify(flagged -> assertThat(campaigns.owned(campaignId, sponsorId).flagReason()).isEqualTo("Misleading claims"));
        return campaignId;
    }

    private UUID approvedSponsor(Scenario scenario) {
        UUID sponsorId = UUID.randomUUID();
        scenario.publish(new SponsorRegistered(sponsorId, sponsorId + "@acme.example", "Acme", "Tools", null, Instant.now()))
            .andWaitForStateChange(() -> sponsors.find(sponsorId)).andVerify(s -> { });
        scenario.publish(new SponsorApproved(sponsorId, UUID.randomUUID(), Instant.now()))
            .andWaitForStateChange(() -> sponsors.find(sponsorId).orElseThrow().approval(), "APPROVED"::equals)
            .andVerify(approval -> { });
        return sponsorId;
    }

    @Test
    void learnsOfNewSponsorsAndTheirApprovalFromIdentityEvents(Scenario scenario) {
        UUID sponsorId = UUID.randomUUID();
        scenario.publish(new SponsorRegistered(sponsorId, "s@acme.example", "Acme", "Tools", null, Instant.now()))
            .andWaitForStateChange(() -> sponsors.find(sponsorId))
            .andVerify(sponsor -> assertThat(sponsor).get().extracting(Sponsor::approval).isEqualTo("PENDING"));

        scenario.publish(new SponsorApproved(sponsorId, UUID.randomUUID(), Instant.now()))
            .andWaitForStateChange(() -> sponsors.find(sponsorId).orElseThrow().approval(), "APPROVED"::equals)
            .andVerify(approval -> assertThat(approval).isEqualTo("APPROVED"));
    }

    @Test
    void aRepeatedRegistrationEventChangesNothing(Scenario scenario) {
        UUID sponsorId = UUID.randomUUID();
        var registered = new SponsorRegistered(sponsorId, "r@acme.example", "Acme", "Tools", null, Instant.now());
        scenario.publish(registered).andWaitForStateChange(() -> sponsors.find(sponsorId)).andVerify(s -> { });
        scenario.publish(new SponsorApproved(sponsorId, UUID.randomUUID(), Instant.now()))
            .andWaitForStateChange(() -> sponsors.find(sponsorId).orElseThrow().approval(), "APPROVED"::equals)
            .andVerify(approval -> { });

        scenario.publish(registered)
            .andWaitForStateChange(() -> sponsors.find(sponsorId).orElseThrow())
            .andVerify(sponsor -> assertThat(sponsor.approval()).as("not reset to pending").isEqualTo("APPROVED"));
    }

    @Test
    void followsProfileChangesAndSuspensions(Scenario scenario) {
        UUID sponsorId = UUID.randomUUID();
        scenario.publish(new SponsorRegistered(sponsorId, "p@acme.example", "Acme", "Tools", null, Instant.now()))
            .andWaitForStateChange(() -> sponsors.find(sponsorId)).andVerify(s -> { });

        scenario.publish(new SponsorProfileChanged(sponsorId, "Acme Outdoor", "Outdoor gear", 100L))
            .andWaitForStateChange(() -> sponsors.find(sponsorId).orElseThrow().organisationName(), "Acme Outdoor"::equals)
            .andVerify(name -> assertThat(sponsors.find(sponsorId).orElseThrow().industry()).isEqualTo("Outdoor gear"));

        scenario.publish(new UserSuspended(sponsorId, UUID.randomUUID(), "Fraud", Instant.now()))
            .andWaitForStateChange(() -> sponsors.find(sponsorId).orElseThrow().suspended(), suspended -> suspended)
            .andVerify(suspended -> assertThat(suspended).isTrue());
    }
}
