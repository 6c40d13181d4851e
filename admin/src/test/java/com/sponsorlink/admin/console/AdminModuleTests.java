package com.sponsorlink.admin.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import com.sponsorlink.identity.events.AdminRegistered;
import com.sponsorlink.identity.events.SponsorApproved;
import com.sponsorlink.identity.events.SponsorRegistered;
import com.sponsorlink.identity.events.UserSuspended;

@ApplicationModuleTest
class AdminModuleTests {

    @Autowired
    Moderation moderation;

    @Autowired
    UserDirectory users;

    @Autowired
    AuditTrail audit;

    @Test
    void approvingAPendingSponsorPublishesTheDecisionAndAuditsIt(Scenario scenario) {
        UUID adminId = admin(scenario, "approver@example.com");
        UUID sponsorId = sponsor(scenario, "pending@acme.example");

        scenario.stimulate(() -> moderation.approveSponsor(adminId, sponsorId))
            .andWaitForEventOfType(SponsorApproved.class)
            .matching(event -> event.sponsorId().equals(sponsorId))
            .toArriveAndVerify(event -> {
                assertThat(event.decidedBy()).isEqualTo(adminId);
                assertThat(users.find(sponsorId).orElseThrow().approval()).isEqualTo("APPROVED");
                assertThat(audit.page(PageRequest.of(0, 50)).getContent())
                    .anySatisfy(entry -> {
                        assertThat(entry.subjectId()).isEqualTo(sponsorId);
                        assertThat(entry.action()).isEqualTo("Approved sponsor");
                        assertThat(entry.adminName()).isEqualTo("Admin approver@example.com");
                    });
            });
    }

    @Test
    void aDecidedSponsorCannotBeDecidedAgain(Scenario scenario) {
        UUID adminId = admin(scenario, "twice@example.com");
        UUID sponsorId = sponsor(scenario, "decided@acme.example");
        moderation.rejectSponsor(adminId, sponsorId, "No website");

        assertThatThrownBy(() -> moderation.approveSponsor(adminId, sponsorId))
            .isInstanceOf(ModerationRefusedException.class)
            .hasMessage("Sponsor decided@acme.example was already rejected; the decision stands.");
    }

    @Test
    void suspendingAUserPublishesTheSuspensionWithItsReason(Scenario scenario) {
        UUID adminId = admin(scenario, "suspender@example.com");
        UUID sponsorId = sponsor(scenario, "suspend@acme.example");

        scenario.stimulate(() -> moderation.suspend(adminId, sponsorId, "Fraud"))
            .andWaitForEventOfType(UserSuspended.class)
            .matching(event -> event.userId().equals(sponsorId))
            .toArriveAndVerify(event -> assertThat(event.reason()).isEqualTo("Fraud"));

        assertThatThrownBy(() -> moderation.suspend(adminId, sponsorId, "Again"))
            .isInstanceOf(ModerationRefusedException.class);
    }

    private UUID admin(Scenario scenario, String email) {
        UUID adminId = UUID.randomUUID();
        scenario.publish(new AdminRegistered(adminId, email, "Admin " + email, Instant.now()))
            .andWaitForStateChange(() -> users.find(adminId)).andVerify(found -> { });
        return adminId;
    }

    private UUID sponsor(Scenario scenario, String email) {
        UUID sponsorId = UUID.randomUUID();
        scenario.publish(new SponsorRegistered(sponsorId, email, "Sponsor " + email, "Tools", null, Instant.now()))
            .andWaitForStateChange(() -> users.find(sponsorId)).andVerify(found -> { });
        return sponsorId;
    }
}
