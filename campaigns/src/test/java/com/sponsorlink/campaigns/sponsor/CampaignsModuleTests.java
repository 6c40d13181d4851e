package com.sponsorlink.campaigns.sponsor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import com.sponsorlink.identity.events.SponsorApproved;
import com.sponsorlink.identity.events.SponsorProfileChanged;
import com.sponsorlink.identity.events.SponsorRegistered;
import com.sponsorlink.identity.events.UserSuspended;

@ApplicationModuleTest
class CampaignsModuleTests {

    @Autowired
    Sponsors sponsors;

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
