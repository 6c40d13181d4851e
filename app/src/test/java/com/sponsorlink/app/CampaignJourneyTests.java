package com.sponsorlink.app;

import static com.sponsorlink.campaigns.persistence.jooq.Tables.CAMPAIGNS_CAMPAIGNS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class CampaignJourneyTests extends WebJourney {

    static final LocalDate TODAY = LocalDate.now();

    @Test
    void anApprovedSponsorCreatesAPublicAndAPrivateCampaignShownOnTheDashboard() throws Exception {
        MockHttpSession sponsor = approvedSponsor("creator@brand.example", "Creator Brand");

        MvcResult created = submit(sponsor, campaign("Trail running series", "Reviews of trail shoes in the Alps",
                "FITNESS", "25000", TODAY, TODAY.plusDays(30), "PUBLIC"));
        submit(sponsor, campaign("Secret launch", "Teasers for an unannounced jacket", "FASHION", "9000.50",
                TODAY.plusDays(10), TODAY.plusDays(40), "PRIVATE"));

        assertThat(created.getResponse().getRedirectedUrl()).startsWith("/sponsor/campaigns/");
        Document detail = page(sponsor, created.getResponse().getRedirectedUrl());
        assertThat(detail.select("h1").text()).isEqualTo("Trail running series");
        assertThat(detail.select("dd").eachText()).contains("Fitness", "$25,000.00", "$0.00");

        Document dashboard = page(sponsor, "/sponsor");
        assertThat(dashboard.select("tbody tr")).hasSize(2);
        assertThat(rowOf(dashboard, "Trail running series")).contains("$25,000.00", "Active", "Public");
        assertThat(rowOf(dashboard, "Secret launch")).contains("$9,000.50", "Upcoming", "Private");
    }

    @Test
    void refusesAnEndBeforeTheStartAndANegativeBudgetBesideTheFieldsAndSavesNothing() throws Exception {
        MockHttpSession sponsor = approvedSponsor("careless@brand.example", "Careless Brand");
        int before = db.fetchCount(CAMPAIGNS_CAMPAIGNS);

        MvcResult refused = submit(sponsor, campaign("Backwards", "Dates the wrong way round", "TECH", "-5",
                TODAY.plusDays(10), TODAY.plusDays(2), "PUBLIC"));

        Document form = html(refused);
        assertThat(form.select("#endDate-error").text()).isEqualTo("The end date cannot be before the start date.");
        assertThat(form.select("#budget-error").text()).isEqualTo("The budget must be more than zero.");
        assertThat(form.select("#name").val()).isEqualTo("Backwards");
        assertThat(form.select("#budget").val()).isEqualTo("-5");
        assertThat(form.select("#endDate").val()).isEqualTo(TODAY.plusDays(2).toString());
        assertThat(db.fetchCount(CAMPAIGNS_CAMPAIGNS)).isEqualTo(before);
    }

    @Test
    void aSponsorAwaitingApprovalIsToldWhyTheyCannotPublishYet() throws Exception {
        registerSponsor("waiting@brand.example", "Waiting Brand");
        MockHttpSession sponsor = signedIn("waiting@brand.example", PASSWORD);
        int before = db.fetchCount(CAMPAIGNS_CAMPAIGNS);

        assertThat(page(sponsor, "/sponsor/campaigns/new").select(".alert-warning").text())
            .contains("An admin has not approved your account yet.");
        MvcResult crafted = submit(sponsor, campaign("Too early", "Before approval", "TECH", "100", TODAY, TODAY, "PUBLIC"));

        assertThat(crafted.getResponse().getStatus()).isEqualTo(409);
        assertThat(db.fetchCount(CAMPAIGNS_CAMPAIGNS)).isEqualTo(before);
    }

    @Test
    void anInfluencerFindsThePublicCampaignByADescriptionWordAndByCategoryButNeverThePrivateOne() throws Exception {
        MockHttpSession sponsor = approvedSponsor("finder@brand.example", "Finder Brand");
        String visible = idFrom(submit(sponsor, campaign("Kayak week", "Paddling the fjords of Norway", "TRAVEL", "5000",
                TODAY, TODAY.plusDays(7), "PUBLIC")));
        String hidden = idFrom(submit(sponsor, campaign("Kayak insiders", "Private fjords preview", "TRAVEL", "5000",
                TODAY, TODAY.plusDays(7), "PRIVATE")));
        registerInfluencer("paddler@example.com", "Paddler", "900");
        MockHttpSession influencer = signedIn("paddler@example.com", PASSWORD);

        assertThat(resultNames(page(influencer, "/influencer/campaigns?q=FJORDS"))).containsExactly("Kayak week");
        assertThat(resultNames(page(influencer, "/influencer/campaigns?q=paddl"))).as("words match by their beginning")
            .containsExactly("Kayak week");
        assertThat(resultNames(page(influencer, "/influencer/campaigns?q=fjords+sweden"))).as("every word must match")
            .isEmpty();
        assertThat(resultNames(page(influencer, "/influencer/campaigns?category=TRAVEL"))).contains("Kayak week")
            .doesNotContain("Kayak insiders");
        assertThat(resultNames(page(influencer, "/influencer/campaigns?category=GAMING"))).doesNotContain("Kayak week");

        Document detail = page(influencer, "/influencer/campaigns/" + visible);
        assertThat(detail.select("h1").text()).isEqualTo("Kayak week");
        assertThat(detail.select(".card").text()).contains("Finder Brand", "Outdoor gear");
        assertThat(status(influencer, get("/influencer/campaigns/" + hidden))).isEqualTo(404);
    }

    @Test
    void anotherSponsorCannotOpenEditOrDeleteTheCampaignNotEvenWithACraftedPost() throws Exception {
        MockHttpSession owner = approvedSponsor("owner@brand.example", "Owner Brand");
        String campaignId = idFrom(submit(owner, campaign("Mine", "Only mine", "FOOD", "700", TODAY, TODAY, "PUBLIC")));
        MockHttpSession other = approvedSponsor("other@brand.example", "Other Brand");

        assertThat(status(other, get("/sponsor/campaigns/" + campaignId))).isEqualTo(404);
        assertThat(status(other, get("/sponsor/campaigns/" + campaignId + "/edit"))).isEqualTo(404);
        assertThat(status(other, get("/sponsor/campaigns/" + campaignId + "/delete"))).isEqualTo(404);
        assertThat(submit(other, campaign("Stolen", "Taken over", "FOOD", "1", TODAY, TODAY, "PRIVATE")
            .with(request -> { request.setRequestURI("/sponsor/campaigns/" + campaignId + "/edit"); return request; }))
            .getResponse().getStatus()).isEqualTo(404);
        assertThat(submit(other, post("/sponsor/campaigns/{id}/delete", campaignId)).getResponse().getStatus()).isEqualTo(404);

        assertThat(page(owner, "/sponsor/campaigns/" + campaignId).select("h1").text()).isEqualTo("Mine");
    }

    @Test
    void theOwnerEditsAndDeletesAfterConfirmation() throws Exception {
        MockHttpSession sponsor = approvedSponsor("editor@brand.example", "Editor Brand");
        String campaignId = idFrom(submit(sponsor, campaign("Draft", "First words", "TECH", "1000", TODAY, TODAY.plusDays(3), "PUBLIC")));
        Document edit = page(sponsor, "/sponsor/campaigns/" + campaignId + "/edit");
        assertThat(edit.select("#name").val()).isEqualTo("Draft");
        assertThat(edit.select("#budget").val()).isEqualTo("1000.00");

        MvcResult saved = submit(sponsor, campaign("Final", "Better words", "TECH", "1500", TODAY, TODAY.plusDays(5), "PRIVATE")
            .param("version", edit.select("#version").val())
            .with(request -> { request.setRequestURI("/sponsor/campaigns/" + campaignId + "/edit"); return request; }));
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/sponsor/campaigns/" + campaignId);
        assertThat(page(sponsor, "/sponsor/campaigns/" + campaignId).select("dd").eachText()).contains("$1,500.00");

        assertThat(page(sponsor, "/sponsor/campaigns/" + campaignId + "/delete").select("h1").text()).isEqualTo("Delete \"Final\"?");
        assertThat(submit(sponsor, post("/sponsor/campaigns/{id}/delete", campaignId)).getResponse().getRedirectedUrl())
            .isEqualTo("/sponsor");
        assertThat(status(sponsor, get("/sponsor/campaigns/" + campaignId))).isEqualTo(404);
        assertThat(page(sponsor, "/sponsor").select(".alert-success").text()).isEqualTo("Campaign \"Final\" was deleted.");
    }

    @Test
    void anEditFromAStaleTabIsRefusedInsteadOfOverwritingTheNewerOne() throws Exception {
        MockHttpSession sponsor = approvedSponsor("tabs@brand.example", "Tabs Brand");
        String campaignId = idFrom(submit(sponsor, campaign("Two tabs", "Opened twice", "TECH", "1000", TODAY, TODAY, "PUBLIC")));
        String version = page(sponsor, "/sponsor/campaigns/" + campaignId + "/edit").select("#version").val();
        submit(sponsor, campaign("First tab wins", "Saved first", "TECH", "1000", TODAY, TODAY, "PUBLIC")
            .param("version", version)
            .with(request -> { request.setRequestURI("/sponsor/campaigns/" + campaignId + "/edit"); return request; }));

        MvcResult stale = submit(sponsor, campaign("Second tab", "Saved later", "TECH", "1000", TODAY, TODAY, "PUBLIC")
            .param("version", version)
            .with(request -> { request.setRequestURI("/sponsor/campaigns/" + campaignId + "/edit"); return request; }));

        assertThat(html(stale).select(".alert-warning").text()).contains("was changed elsewhere since you opened it");
        assertThat(html(stale).select("#name").val()).isEqualTo("Second tab");
        assertThat(page(sponsor, "/sponsor/campaigns/" + campaignId).select("h1").text()).isEqualTo("First tab wins");
    }

    @Test
    void theDashboardSortsByBudget() throws Exception {
        MockHttpSession sponsor = approvedSponsor("sorter@brand.example", "Sorter Brand");
        submit(sponsor, campaign("Middle", "m", "TECH", "200", TODAY, TODAY, "PUBLIC"));
        submit(sponsor, campaign("Small", "s", "TECH", "100", TODAY, TODAY, "PUBLIC"));
        submit(sponsor, campaign("Large", "l", "TECH", "300", TODAY, TODAY, "PUBLIC"));

        assertThat(page(sponsor, "/sponsor?by=budget&direction=asc").select("tbody tr td:first-child a").eachText())
            .containsExactly("Small", "Middle", "Large");
        assertThat(page(sponsor, "/sponsor?by=budget&direction=desc").select("tbody tr td:first-child a").eachText())
            .containsExactly("Large", "Middle", "Small");
    }

    @Test
    void aSponsorFindsAnInfluencerByNicheWordAndMinimumReach() throws Exception {
        registerInfluencer("big@example.com", "Big Hiker", "84000");
        registerInfluencer("small@example.com", "Small Hiker", "800");
        MockHttpSession sponsor = approvedSponsor("scout@brand.example", "Scout Brand");

        Document found = page(sponsor, "/sponsor/influencers?niche=HIKING&minReach=10000");

        assertThat(found.select("tbody tr td:first-child").eachText()).containsExactly("Big Hiker");
        assertThat(page(sponsor, "/sponsor/influencers?niche=hiking&platform=YOUTUBE").select("tbody tr td:first-child").eachText())
            .containsSubsequence("Big Hiker", "Small Hiker");
        String profile = found.select("tbody tr td:first-child a").attr("href");
        assertThat(page(sponsor, profile).select("dd").eachText()).contains("Travel", "long-distance hiking", "84,000 followers");
    }

    @Test
    void suspendedInfluencersAndSuspendedSponsorsCampaignsDisappearFromDiscovery() throws Exception {
        registerInfluencer("gone@example.com", "Gone Glider", "5000");
        MockHttpSession sponsor = approvedSponsor("fading@brand.example", "Fading Brand");
        String campaignId = idFrom(submit(sponsor, campaign("Fading glide", "Paragliding season", "TRAVEL", "800", TODAY, TODAY, "PUBLIC")));
        registerInfluencer("watcher@example.com", "Watcher", "1");
        MockHttpSession influencer = signedIn("watcher@example.com", PASSWORD);
        MockHttpSession admin = admin();

        submit(admin, post("/admin/users/{id}/suspend", idOf("gone@example.com")).param("reason", "Bought followers"));
        submit(admin, post("/admin/users/{id}/suspend", idOf("fading@brand.example")).param("reason", "Unpaid invoices"));

        assertThat(page(approvedSponsor("looker@brand.example", "Looker"), "/sponsor/influencers?niche=hiking")
            .select("tbody").text()).doesNotContain("Gone Glider");
        assertThat(resultNames(page(influencer, "/influencer/campaigns?q=paragliding"))).isEmpty();
        assertThat(status(influencer, get("/influencer/campaigns/" + campaignId))).isEqualTo(404);

        submit(admin, post("/admin/users/{id}/reinstate", idOf("fading@brand.example")).param("reason", "Paid"));
        assertThat(resultNames(page(influencer, "/influencer/campaigns?q=paragliding"))).containsExactly("Fading glide");
    }

    @Test
    void aBudgetThatIsNotANumberIsExplainedBesideTheSearchField() throws Exception {
        registerInfluencer("typo@example.com", "Typo", "1");
        Document results = page(signedIn("typo@example.com", PASSWORD), "/influencer/campaigns?minBudget=lots");
        assertThat(results.select("#minBudget-error").text()).isEqualTo("Enter an amount such as 25000 or 25000.50.");
        assertThat(results.select("#minBudget").val()).isEqualTo("lots");
    }

    private static String idFrom(MvcResult created) {
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).as("campaign created").startsWith("/sponsor/campaigns/");
        return UUID.fromString(location.substring("/sponsor/campaigns/".length())).toString();
    }

    private static java.util.List<String> resultNames(Document page) {
        return page.select(".list-group-item h2").eachText();
    }
}
