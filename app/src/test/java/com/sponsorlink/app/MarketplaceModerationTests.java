package com.sponsorlink.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The admin overseeing the marketplace: flags on campaigns and ad requests, the overview, the
 * lists, adding an admin, and the audit trail of it all.
 */
class MarketplaceModerationTests extends WebJourney {

    static final LocalDate TODAY = LocalDate.now();
    static final String BY_REACH = "/sponsor/influencers?minReach=4242424&maxReach=4242424";

    @Test
    void aFlaggedCampaignDisappearsForInfluencersTakesNoAdRequestsShowsItsSponsorTheReasonAndComesBackWhenUnflagged()
            throws Exception {
        MockHttpSession sponsor = approvedSponsor("flagme@brand.example", "Flag Me Brand");
        String campaign = newCampaign(sponsor, "Glacier glow serum", "PUBLIC");
        registerInfluencer("seeker@example.com", "Seeker", "900");
        MockHttpSession influencer = signedIn("seeker@example.com", PASSWORD);
        assertThat(page(influencer, "/influencer/campaigns?q=glacier").select("main").text()).contains("Glacier glow serum");
        MockHttpSession admin = admin();

        MvcResult flagged = submit(admin, post("/admin/campaigns/" + campaign + "/flag").param("reason", "Unproven medical claims"));

        assertThat(flagged.getResponse().getRedirectedUrl()).isEqualTo("/admin/campaigns/" + campaign);
        assertThat(page(influencer, "/influencer/campaigns?q=glacier").select("main").text()).doesNotContain("Glacier glow serum");
        assertThat(status(influencer, get("/influencer/campaigns/" + campaign))).isEqualTo(404);
        assertThat(status(influencer, get("/influencer/campaigns/" + campaign + "/join"))).isEqualTo(404);
        assertThat(rowOf(page(sponsor, "/sponsor"), "Glacier glow serum"))
            .contains("Flagged", "Hidden from influencers by an admin: Unproven medical claims");
        Document refused = html(submit(sponsor, post("/sponsor/ad-requests").param("campaignId", campaign)
            .param("influencerId", idOf("seeker@example.com").toString()).param("requirements", "One post").param("payment", "10")));
        assertThat(refused.select("#campaignId-error").text())
            .isEqualTo("An admin flagged the campaign \"Glacier glow serum\", so it takes no new ad requests.");
        assertThat(rowOf(page(admin, "/admin/campaigns?flagged=yes"), "Glacier glow serum")).contains("Flagged", "Flag Me Brand");

        submit(admin, post("/admin/campaigns/" + campaign + "/unflag").param("reason", "Claims removed by the sponsor"));

        assertThat(page(influencer, "/influencer/campaigns?q=glacier").select("main").text()).contains("Glacier glow serum");
        assertThat(page(influencer, "/influencer/campaigns/" + campaign).select("h1").text()).isEqualTo("Glacier glow serum");
        List<String> audit = page(admin, "/admin/audit").select("tbody tr").eachText();
        assertThat(audit).anySatisfy(row -> assertThat(row).contains("Flagged campaign", "Glacier glow serum", "Unproven medical claims"));
        assertThat(audit).anySatisfy(row -> assertThat(row).contains("Unflagged campaign", "Claims removed by the sponsor"));
    }

    @Test
    void aSuspendedInfluencerCannotSignInAndSponsorsNoLongerFindThem() throws Exception {
        registerInfluencer("zyxhidden@example.com", "Zyxhidden Creator", "4242424");
        MockHttpSession sponsor = approvedSponsor("finder2@brand.example", "Finder Two");
        assertThat(page(sponsor, BY_REACH).text()).contains("Zyxhidden Creator");
        assertThat(page(sponsor, "/sponsor/ad-requests/new?q=zyxhidden").select("ul[aria-label=Matching influencers]").text())
            .contains("Zyxhidden Creator");

        submit(admin(), post("/admin/users/{id}/suspend", idOf("zyxhidden@example.com")).param("reason", "Bought followers"));

        MockHttpSession attempt = new MockHttpSession();
        assertThat(signIn(attempt, "zyxhidden@example.com", PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(page(attempt, "/login").select(".alert-danger").text()).contains("Your account is suspended: Bought followers");
        assertThat(page(sponsor, BY_REACH).text()).doesNotContain("Zyxhidden Creator");
        assertThat(page(sponsor, "/sponsor/ad-requests/new?q=zyxhidden").text()).contains("No influencer's name starts with");
        assertThat(page(admin(), "/admin/audit").select("tbody tr").eachText())
            .anySatisfy(row -> assertThat(row).contains("Suspended user", "Zyxhidden Creator", "Bought followers"));
    }

    @Test
    void aFlaggedAdRequestIsFrozenForBothSidesWithTheReasonUntilUnflagged() throws Exception {
        MockHttpSession sponsor = approvedSponsor("frozen@brand.example", "Frozen Brand");
        String campaign = newCampaign(sponsor, "Ice campaign", "PRIVATE");
        registerInfluencer("frozen@example.com", "Frozen Creator", "700");
        String sponsorPage = submit(sponsor, post("/sponsor/ad-requests").param("campaignId", campaign)
            .param("influencerId", idOf("frozen@example.com").toString()).param("requirements", "One reel").param("payment", "250"))
            .getResponse().getRedirectedUrl();
        String influencerPage = sponsorPage.replace("/sponsor/", "/influencer/");
        String adminPage = sponsorPage.replace("/sponsor/", "/admin/");
        MockHttpSession influencer = signedIn("frozen@example.com", PASSWORD);
        MockHttpSession admin = admin();
        assertThat(rowOf(page(admin, "/admin/ad-requests?status=PENDING&campaign=" + campaign), "Ice campaign"))
            .contains("Frozen Brand", "Frozen Creator", "Pending", "$250.00");

        submit(admin, post(adminPage + "/flag").param("reason", "Contact details in the requirements"));

        for (Document seen : new Document[] { page(sponsor, sponsorPage), page(influencer, influencerPage), page(admin, adminPage) }) {
            assertThat(seen.select("#frozen").text()).contains("Frozen by an admin.", "Reason: Contact details in the requirements");
            assertThat(seen.select("button:contains(Accept)")).isEmpty();
        }
        MvcResult refused = submit(influencer, post(influencerPage + "/accept").param("version", "1"));
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(html(refused).select("main .lead").text()).isEqualTo("An admin froze this ad request: Contact details in "
                + "the requirements. Nothing can change until an admin lifts the flag.");
        assertThat(status(sponsor, post(sponsorPage + "/cancel").param("version", "1").with(csrf()))).isEqualTo(409);
        assertThat(rowOf(page(admin, "/admin/ad-requests?flagged=yes"), "Ice campaign")).contains("Flagged");

        submit(admin, post(adminPage + "/unflag").param("reason", "Sponsor removed them"));
        submit(influencer, post(influencerPage + "/accept").param("version", "2"));

        assertThat(page(sponsor, sponsorPage).select("#status").text()).isEqualTo("Accepted");
        assertThat(page(admin, "/admin/audit").select("tbody tr").eachText())
            .anySatisfy(row -> assertThat(row).contains("Flagged ad request", "Ice campaign", "Contact details in the requirements"))
            .anySatisfy(row -> assertThat(row).contains("Unflagged ad request", "Sponsor removed them"));
    }

    @Test
    void flaggingNeedsAReason() throws Exception {
        MockHttpSession sponsor = approvedSponsor("noreason@brand.example", "No Reason Brand");
        String campaign = newCampaign(sponsor, "Reasonless", "PUBLIC");

        Document form = html(submit(admin(), post("/admin/campaigns/" + campaign + "/flag").param("reason", " ")));

        assertThat(form.select("#reason-error").text()).startsWith("Give a reason");
        assertThat(rowOf(page(sponsor, "/sponsor"), "Reasonless")).doesNotContain("Flagged");
        registerInfluencer("reasonless@example.com", "Reasonless Creator", "10");
        String request = submit(sponsor, post("/sponsor/ad-requests").param("campaignId", campaign)
            .param("influencerId", idOf("reasonless@example.com").toString()).param("requirements", "A post")
            .param("payment", "10")).getResponse().getRedirectedUrl().replace("/sponsor/", "/admin/");
        MockHttpSession admin = admin();
        MvcResult noReason = submit(admin, post(request + "/flag").param("reason", ""));
        assertThat(noReason.getResponse().getRedirectedUrl()).isEqualTo(request);
        Document back = html(mvc.perform(get(request).session(admin).flashAttrs(noReason.getFlashMap())).andReturn());
        assertThat(back.select(".alert-warning").text()).startsWith("Give a reason");
        assertThat(back.select("#frozen")).isEmpty();
    }

    @Test
    void theOverviewCountsCampaignsAndAdRequestsAsTheListsShowThem() throws Exception {
        MockHttpSession sponsor = approvedSponsor("counted@brand.example", "Counted Brand");
        newCampaign(sponsor, "Counted one", "PUBLIC");
        MockHttpSession admin = admin();

        Document overview = page(admin, "/admin");

        int campaigns = Integer.parseInt(overview.select("#campaign-figures .stat").text());
        assertThat(campaigns).isPositive();
        assertThat(page(admin, "/admin/campaigns").select("caption").text()).isEqualTo(campaigns + " campaigns, newest first");
        String pending = overview.select("#ad-request-figures a[href*=PENDING]").text();
        assertThat(page(admin, "/admin/ad-requests?status=PENDING").select("caption").text())
            .satisfiesAnyOf(caption -> assertThat(caption).isEqualTo(pending + " ad requests, most recently changed first"),
                    caption -> assertThat(pending).isEqualTo("0"));
        assertThat(overview.select("#campaign-figures").text()).contains("Total budgets: $");
    }

    @Test
    void anAdminAddsAnotherAdminWhoCanSignInAndItIsAudited() throws Exception {
        MockHttpSession admin = admin();

        MvcResult added = submit(admin, post("/admin/admins").param("email", "second.admin@test.example")
            .param("displayName", "Second Admin").param("password", "second-admin-password"));
        MvcResult duplicate = submit(admin, post("/admin/admins").param("email", "SECOND.admin@test.example")
            .param("displayName", "Copy").param("password", "another-password"));

        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/admin/users/" + idOf("second.admin@test.example"));
        assertThat(html(duplicate).select("#email-error").text()).isNotEmpty();
        assertThat(html(duplicate).select("#displayName").val()).isEqualTo("Copy");
        assertThat(page(signedIn("second.admin@test.example", "second-admin-password"), "/admin").select("h1").text())
            .isEqualTo("Admin overview");
        assertThat(page(admin, "/admin/audit").select("tbody tr").eachText())
            .anySatisfy(row -> assertThat(row).contains("Added admin", "Second Admin <second.admin@test.example>"));
    }

    @Test
    void sponsorsAndInfluencersGet403OnEveryAdminPage() throws Exception {
        registerSponsor("curious@brand.example", "Curious Brand");
        registerInfluencer("curious@example.com", "Curious", "10");
        String someone = idOf("curious@example.com").toString();
        for (MockHttpSession outsider : List.of(signedIn("curious@brand.example", PASSWORD), signedIn("curious@example.com", PASSWORD))) {
            for (String path : List.of("/admin", "/admin/sponsors", "/admin/users", "/admin/users/" + someone, "/admin/audit",
                    "/admin/campaigns", "/admin/ad-requests", "/admin/admins/new", "/admin/ad-requests/" + someone,
                    "/admin/deliveries")) {
                assertThat(status(outsider, get(path))).as(path).isEqualTo(403);
            }
            assertThat(status(outsider, post("/admin/admins").param("email", "x@y.example").param("displayName", "X")
                .param("password", "long-enough-password").with(csrf()))).isEqualTo(403);
        }
    }

    private String newCampaign(MockHttpSession sponsor, String name, String visibility) throws Exception {
        String location = submit(sponsor, campaign(name, "About " + name, "BEAUTY", "5000", TODAY, TODAY.plusDays(30), visibility))
            .getResponse().getRedirectedUrl();
        return location.substring("/sponsor/campaigns/".length());
    }
}
