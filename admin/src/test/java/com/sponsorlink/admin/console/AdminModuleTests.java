package com.sponsorlink.admin.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import com.sponsorlink.adrequests.events.AdRequestCreated;
import com.sponsorlink.adrequests.events.AdRequestFlagged;
import com.sponsorlink.adrequests.events.OfferMade;
import com.sponsorlink.adrequests.events.Party;
import com.sponsorlink.campaigns.events.CampaignAppealDecided;
import com.sponsorlink.campaigns.events.CampaignCreated;
import com.sponsorlink.campaigns.events.CampaignFlagAppealed;
import com.sponsorlink.campaigns.events.CampaignFlagged;
import com.sponsorlink.campaigns.events.Visibility;
import com.sponsorlink.identity.events.AdminRegistered;
import com.sponsorlink.identity.events.Category;
import com.sponsorlink.identity.events.SponsorApproved;
import com.sponsorlink.identity.events.SponsorRegistered;
import com.sponsorlink.identity.events.SuspensionAppealDecided;
import com.sponsorlink.identity.events.SuspensionAppealed;
import com.sponsorlink.identity.events.UserSuspended;

@ApplicationModuleTest
class AdminModuleTests {

    @Autowired
    Moderation moderation;

    @Autowired
    UserDirectory users;

    @Autowired
    AuditTrail audit;

    @Autowired
    CampaignDirectory campaigns;

    @Autowired
    AdRequestDirectory requests;

    @Autowired
    AppealDirectory appeals;

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

    @Test
    void flaggingACampaignPublishesTheFlagForCampaignsToEnforceAndAuditsItsReason(Scenario scenario) {
        UUID adminId = admin(scenario, "flagger@example.com");
        UUID sponsorId = sponsor(scenario, "flagged@acme.example");
        UUID campaignId = UUID.randomUUID();
        scenario.publish(new CampaignCreated(campaignId, sponsorId, "Miracle pills", "Lose weight overnight",
                Category.FITNESS, 100_000, LocalDate.now(), LocalDate.now().plusDays(9), Visibility.PUBLIC, Instant.now()))
            .andWaitForStateChange(() -> campaigns.find(campaignId)).andVerify(found -> { });

        scenario.stimulate(() -> moderation.flagCampaign(adminId, campaignId, "Misleading health claims"))
            .andWaitForEventOfType(CampaignFlagged.class)
            .matching(event -> event.campaignId().equals(campaignId))
            .toArriveAndVerify(event -> {
                assertThat(event.reason()).isEqualTo("Misleading health claims");
                assertThat(campaigns.find(campaignId).orElseThrow().flagged()).isTrue();
                assertThat(audit.page(PageRequest.of(0, 50)).getContent()).anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo("Flagged campaign");
                    assertThat(entry.subjectLabel()).isEqualTo("\"Miracle pills\" by Sponsor flagged@acme.example");
                    assertThat(entry.reason()).isEqualTo("Misleading health claims");
                });
            });
        assertThatThrownBy(() -> moderation.flagCampaign(adminId, campaignId, "Again"))
            .isInstanceOf(ModerationRefusedException.class).hasMessage("\"Miracle pills\" is already flagged.");
    }

    @Test
    void anAdRequestIsFlaggedOnceAndItsStatusFollowsItsEvents(Scenario scenario) {
        UUID adminId = admin(scenario, "freezer@example.com");
        UUID requestId = UUID.randomUUID();
        scenario.publish(new AdRequestCreated(requestId, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                Party.SPONSOR, 50_000, null, Instant.now()))
            .andWaitForStateChange(() -> requests.find(requestId)).andVerify(found -> { });
        scenario.publish(new OfferMade(requestId, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), Party.INFLUENCER,
                65_000, "", Instant.now()))
            .andWaitForStateChange(() -> requests.find(requestId).orElseThrow().status(), "NEGOTIATING"::equals)
            .andVerify(status -> assertThat(requests.find(requestId).orElseThrow().amountMinor()).isEqualTo(65_000));

        scenario.stimulate(() -> moderation.flagAdRequest(adminId, requestId, "Asked to pay outside the platform"))
            .andWaitForEventOfType(AdRequestFlagged.class)
            .toArriveAndVerify(event -> assertThat(requests.find(requestId).orElseThrow().flagged()).isTrue());
        assertThatThrownBy(() -> moderation.flagAdRequest(adminId, requestId, "Again"))
            .isInstanceOf(ModerationRefusedException.class);
    }

    @Test
    void anAdminAddedByAnotherIsAudited(Scenario scenario) {
        UUID adminId = admin(scenario, "senior@example.com");
        UUID addedId = UUID.randomUUID();

        scenario.publish(new AdminRegistered(addedId, "junior@example.com", "Junior", adminId, Instant.now()))
            .andWaitForStateChange(() -> users.find(addedId)).andVerify(found -> { });

        assertThat(audit.page(PageRequest.of(0, 50)).getContent()).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("Added admin");
            assertThat(entry.adminId()).isEqualTo(adminId);
            assertThat(entry.subjectLabel()).isEqualTo("Junior <junior@example.com>");
        });
    }

    @Test
    void aSuspensionAppealIsListedWithItsReasonAndLiftingItReinstatesTheUserAndAuditsIt(Scenario scenario) {
        UUID adminId = admin(scenario, "lifter@example.com");
        UUID userId = sponsor(scenario, "appellant@acme.example");
        moderation.suspend(adminId, userId, "Fraud");
        UUID appealId = UUID.randomUUID();
        int openBefore = appeals.countOpen();

        scenario.publish(new SuspensionAppealed(appealId, userId, "It was a misunderstanding", Instant.now()))
            .andWaitForStateChange(() -> appeals.find(appealId))
            .andVerify(appeal -> assertThat(appeal).get().satisfies(a -> {
                assertThat(a.label()).isEqualTo("Sponsor appellant@acme.example <appellant@acme.example>");
                assertThat(a.status()).isEqualTo("OPEN");
                assertThat(a.originalReason()).isEqualTo("Fraud");
                assertThat(a.text()).isEqualTo("It was a misunderstanding");
            }));
        assertThat(appeals.countOpen()).isEqualTo(openBefore + 1);

        scenario.stimulate(() -> moderation.decideAppeal(adminId, appealId, true, "Documents check out"))
            .andWaitForEventOfType(SuspensionAppealDecided.class)
            .matching(event -> event.appealId().equals(appealId))
            .toArriveAndVerify(event -> {
                assertThat(event.lifted()).isTrue();
                assertThat(event.userId()).isEqualTo(userId);
                assertThat(event.adminId()).isEqualTo(adminId);
                assertThat(event.reason()).isEqualTo("Documents check out");
                assertThat(users.find(userId).orElseThrow().suspended()).as("reinstated").isFalse();
                assertThat(appeals.find(appealId).orElseThrow().status()).isEqualTo("LIFTED");
                assertThat(appeals.countOpen()).isEqualTo(openBefore);
                assertThat(audit.page(PageRequest.of(0, 50)).getContent()).anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo("Lifted suspension on appeal");
                    assertThat(entry.subjectId()).isEqualTo(userId);
                    assertThat(entry.reason()).isEqualTo("Documents check out");
                });
            });
    }

    @Test
    void anAppealIsDecidedOnceAndARepeatedFilingIsListedOnce(Scenario scenario) {
        UUID adminId = admin(scenario, "upholder@example.com");
        UUID userId = sponsor(scenario, "stays@acme.example");
        moderation.suspend(adminId, userId, "Spam");
        UUID appealId = UUID.randomUUID();
        var filed = new SuspensionAppealed(appealId, userId, "Please", Instant.now());
        scenario.publish(filed).andWaitForStateChange(() -> appeals.find(appealId)).andVerify(found -> { });
        scenario.publish(filed).andWaitForStateChange(() -> appeals.find(appealId)).andVerify(found -> { });
        assertThat(appeals.page(new AppealFilter(null), PageRequest.of(0, 100)).getContent())
            .filteredOn(appeal -> appeal.id().equals(appealId)).hasSize(1);

        scenario.stimulate(() -> moderation.decideAppeal(adminId, appealId, false, "Spam confirmed"))
            .andWaitForEventOfType(SuspensionAppealDecided.class)
            .matching(event -> event.appealId().equals(appealId))
            .toArriveAndVerify(event -> {
                assertThat(event.lifted()).isFalse();
                assertThat(users.find(userId).orElseThrow().suspended()).isTrue();
                assertThat(audit.page(PageRequest.of(0, 50)).getContent()).anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo("Upheld suspension on appeal");
                    assertThat(entry.reason()).isEqualTo("Spam confirmed");
                });
            });

        assertThatThrownBy(() -> moderation.decideAppeal(adminId, appealId, true, "Changed my mind"))
            .isInstanceOf(ModerationRefusedException.class).hasMessage("This appeal was already upheld; the decision stands.");
        assertThat(appeals.find(appealId).orElseThrow().reason()).isEqualTo("Spam confirmed");
    }

    @Test
    void upholdingACampaignFlagOnAppealKeepsTheFlagAndTellsTheSponsorsContext(Scenario scenario) {
        UUID adminId = admin(scenario, "campaign-judge@example.com");
        UUID sponsorId = sponsor(scenario, "flag-appeal@acme.example");
        UUID campaignId = UUID.randomUUID();
        scenario.publish(new CampaignCreated(campaignId, sponsorId, "Detox tea", "Cures everything", Category.FITNESS,
                50_000, LocalDate.now(), LocalDate.now().plusDays(9), Visibility.PUBLIC, Instant.now()))
            .andWaitForStateChange(() -> campaigns.find(campaignId)).andVerify(found -> { });
        moderation.flagCampaign(adminId, campaignId, "Health claims");
        UUID appealId = UUID.randomUUID();
        scenario.publish(new CampaignFlagAppealed(appealId, campaignId, sponsorId, "It is only tea", Instant.now()))
            .andWaitForStateChange(() -> appeals.find(appealId))
            .andVerify(appeal -> assertThat(appeal).get().satisfies(a -> {
                assertThat(a.label()).isEqualTo("\"Detox tea\" by Sponsor flag-appeal@acme.example");
                assertThat(a.originalReason()).isEqualTo("Health claims");
                assertThat(a.isAboutUser()).isFalse();
            }));

        scenario.stimulate(() -> moderation.decideAppeal(adminId, appealId, false, "The claims remain"))
            .andWaitForEventOfType(CampaignAppealDecided.class)
            .matching(event -> event.appealId().equals(appealId))
            .toArriveAndVerify(event -> {
                assertThat(event.lifted()).isFalse();
                assertThat(event.sponsorId()).isEqualTo(sponsorId);
                assertThat(event.campaignId()).isEqualTo(campaignId);
                assertThat(campaigns.find(campaignId).orElseThrow().flagged()).as("still flagged").isTrue();
                assertThat(audit.page(PageRequest.of(0, 50)).getContent()).anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo("Upheld campaign flag on appeal");
                    assertThat(entry.subjectId()).isEqualTo(campaignId);
                    assertThat(entry.reason()).isEqualTo("The claims remain");
                });
            });
    }

    @Test
    void liftingACampaignFlagOnAppealUnflagsIt(Scenario scenario) {
        UUID adminId = admin(scenario, "campaign-lifter@example.com");
        UUID sponsorId = sponsor(scenario, "flag-lifted@acme.example");
        UUID campaignId = UUID.randomUUID();
        scenario.publish(new CampaignCreated(campaignId, sponsorId, "Trail shoes", "Shoes", Category.FITNESS,
                50_000, LocalDate.now(), LocalDate.now().plusDays(9), Visibility.PUBLIC, Instant.now()))
            .andWaitForStateChange(() -> campaigns.find(campaignId)).andVerify(found -> { });
        moderation.flagCampaign(adminId, campaignId, "Looks like a scam");
        UUID appealId = UUID.randomUUID();
        scenario.publish(new CampaignFlagAppealed(appealId, campaignId, sponsorId, "We are a real shop", Instant.now()))
            .andWaitForStateChange(() -> appeals.find(appealId)).andVerify(found -> { });

        scenario.stimulate(() -> moderation.decideAppeal(adminId, appealId, true, "Shop verified"))
            .andWaitForEventOfType(CampaignAppealDecided.class)
            .matching(event -> event.appealId().equals(appealId))
            .toArriveAndVerify(event -> {
                assertThat(event.lifted()).isTrue();
                assertThat(event.reason()).isEqualTo("Shop verified");
                assertThat(campaigns.find(campaignId).orElseThrow().flagged()).as("unflagged").isFalse();
                assertThat(audit.page(PageRequest.of(0, 50)).getContent())
                    .anySatisfy(entry -> assertThat(entry.action()).isEqualTo("Lifted campaign flag on appeal"));
            });
    }

    private UUID admin(Scenario scenario, String email) {
        UUID adminId = UUID.randomUUID();
        scenario.publish(new AdminRegistered(adminId, email, "Admin " + email, null, Instant.now()))
            .andWaitForStateChange(() -> users.find(adminId)).andVerify(found -> { });
        return adminId;
    }

    @Test
    void theUserListPagesNewestFirstAndKnowsWhetherAnotherPageFollows() {
        Instant start = Instant.parse("2031-01-01T00:00:00Z");
        for (int i = 0; i < 3; i++) {
            users.register(UUID.randomUUID(), "pager-" + i + "@list.example", "Pager " + i, "INFLUENCER", "APPROVED",
                    start.plusSeconds(i));
        }
        UserFilter pagers = new UserFilter("@list.example", "", "");

        var first = users.search(pagers, PageRequest.of(0, 2));
        assertThat(first.getContent()).extracting(UserSummary::email)
            .containsExactly("pager-2@list.example", "pager-1@list.example");
        assertThat(first.hasNext()).isTrue();

        var second = users.search(pagers, PageRequest.of(1, 2));
        assertThat(second.getContent()).extracting(UserSummary::email).containsExactly("pager-0@list.example");
        assertThat(second.hasNext()).isFalse();
        assertThat(users.search(pagers, PageRequest.of(2, 2)).hasContent()).isFalse();
    }

    private UUID sponsor(Scenario scenario, String email) {
        UUID sponsorId = UUID.randomUUID();
        scenario.publish(new SponsorRegistered(sponsorId, email, "Sponsor " + email, "Tools", null, Instant.now()))
            .andWaitForStateChange(() -> users.find(sponsorId)).andVerify(found -> { });
        return sponsorId;
    }
}
