package com.sponsorlink.campaigns.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import com.sponsorlink.campaigns.events.CampaignCreated;
import com.sponsorlink.campaigns.events.CampaignDeleted;
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
