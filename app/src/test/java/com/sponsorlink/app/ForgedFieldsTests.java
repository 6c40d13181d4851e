package com.sponsorlink.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Forms posted with hidden or extra fields a user should not control (owner ids, status, amounts,
 * roles): the server decides those, whatever the request says.
 */
class ForgedFieldsTests extends WebJourney {

    @Test
    void ownersStatusesAndAmountsInAPostedFormAreIgnoredOrRefused() throws Exception {
        MockHttpSession sponsor = approvedSponsor("forger@brand.example", "Forger Brand");
        MockHttpSession victim = approvedSponsor("victim@brand.example", "Victim Brand");
        UUID victimId = idOf("victim@brand.example");
        registerInfluencer("forged@example.com", "Forged Creator", "10");
        MockHttpSession influencer = signedIn("forged@example.com", PASSWORD);

        String campaign = submit(sponsor, campaign("Forged campaign", "About it", "TECH", "900", LocalDate.now(),
                LocalDate.now().plusDays(9), "PUBLIC").param("sponsorId", victimId.toString()).param("committedMinor", "800")
            .param("flagged", "true").param("id", UUID.randomUUID().toString())).getResponse().getRedirectedUrl();
        String campaignId = campaign.substring("/sponsor/campaigns/".length());
        assertThat(db.fetchValue("select sponsor_id from campaigns_campaigns where id = ?", campaignId))
            .isEqualTo(idOf("forger@brand.example").toString());
        assertThat(((Number) db.fetchValue("select committed_minor from campaigns_campaigns where id = ?", campaignId)).longValue()).isZero();
        assertThat(page(sponsor, campaign).text()).doesNotContain("flagged");
        assertThat(status(victim, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(campaign))).isEqualTo(404);

        String victimCampaign = submit(victim, campaign("Victim campaign", "Theirs", "TECH", "900", LocalDate.now(),
                LocalDate.now().plusDays(9), "PRIVATE")).getResponse().getRedirectedUrl().substring("/sponsor/campaigns/".length());
        int before = db.fetchCount(db.selectFrom("adrequests_ad_requests"));
        MvcResult onTheirs = submit(sponsor, post("/sponsor/ad-requests").param("campaignId", victimCampaign)
            .param("influencerId", idOf("forged@example.com").toString()).param("requirements", "x").param("payment", "100"));
        assertThat(onTheirs.getResponse().getStatus()).as("another sponsor's campaign").isIn(200, 404);
        assertThat(db.fetchCount(db.selectFrom("adrequests_ad_requests"))).isEqualTo(before);

        String request = submit(sponsor, post("/sponsor/ad-requests").param("campaignId", campaignId)
            .param("influencerId", idOf("forged@example.com").toString()).param("requirements", "x").param("payment", "100")
            .param("status", "ACCEPTED").param("agreedMinor", "1").param("sponsorId", victimId.toString()))
            .getResponse().getRedirectedUrl();
        String id = request.substring("/sponsor/ad-requests/".length());
        assertThat(db.fetchValue("select status from adrequests_ad_requests where id = ?", id)).isEqualTo("PENDING");
        assertThat(db.fetchValue("select sponsor_id from adrequests_ad_requests where id = ?", id))
            .isEqualTo(idOf("forger@brand.example").toString());
        assertThat(db.fetchValue("select agreed_minor from adrequests_ad_requests where id = ?", id)).isNull();

        assertThat(status(sponsor, post(request + "/accept").param("version", "0").with(csrf()))).as("accepting one's own offer")
            .isEqualTo(409);
        Document negative = html(submit(influencer, post(request.replace("/sponsor/", "/influencer/") + "/counter")
            .param("version", "0").param("amount", "-50").param("message", "")));
        assertThat(negative.select("#amount-error").text()).isNotBlank();
        assertThat(negative.select("#amount").val()).isEqualTo("-50");
        assertThat(db.fetchValue("select offers from adrequests_ad_requests where id = ?", id).toString()).isEqualTo("1");
    }

    @Test
    void aRoleOrApprovalInARegistrationOrProfileFormIsIgnored() throws Exception {
        mvc.perform(post("/register/sponsor").with(csrf()).param("email", "climber@brand.example").param("password", PASSWORD)
            .param("organisationName", "Climber").param("industry", "Ladders").param("role", "ADMIN").param("approval", "APPROVED"));
        assertThat(db.fetchValue("select role || ' ' || approval from identity_users where email_key = 'climber@brand.example'"))
            .isEqualTo("SPONSOR PENDING");
        MockHttpSession climber = signedIn("climber@brand.example", PASSWORD);
        submit(climber, post("/sponsor/profile").param("organisationName", "Climber Co").param("industry", "Ladders")
            .param("role", "ADMIN").param("approval", "APPROVED").param("suspended", "false"));
        assertThat(db.fetchValue("select role || ' ' || approval from identity_users where email_key = 'climber@brand.example'"))
            .isEqualTo("SPONSOR PENDING");
        assertThat(status(climber, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin"))).isEqualTo(403);
    }
}
