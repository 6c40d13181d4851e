package com.sponsorlink.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Ad requests as the sponsor, the influencer and the admin use them, through the pages.
 */
class AdRequestJourneyTests extends WebJourney {

    static final LocalDate TODAY = LocalDate.now();

    @Test
    void offerCounterCounterAcceptEndsAgreedAtTheLastOfferOnBothSidesWithThreeOffersInTheHistory() throws Exception {
        MockHttpSession sponsor = approvedSponsor("deal@brand.example", "Deal Brand");
        String campaign = newCampaign(sponsor, "Summit series", "10000", "PUBLIC");
        registerInfluencer("deal@example.com", "Deal Maker", "5000");
        MockHttpSession influencer = signedIn("deal@example.com", PASSWORD);

        String sponsorPage = send(sponsor, campaign, "deal@example.com", "500");
        String influencerPage = sponsorPage.replace("/sponsor/", "/influencer/");
        assertThat(page(influencer, "/influencer").select("#pending").text()).isEqualTo("1");

        answer(influencer, influencerPage + "/counter", 0, "650", "My rate for two reels");
        assertThat(page(influencer, "/influencer").select("#negotiating").text()).isEqualTo("1");
        answer(sponsor, sponsorPage + "/counter", 1, "600", "Meet in the middle?");
        MvcResult accepted = submit(influencer, post(influencerPage + "/accept").param("version", "2"));

        assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo(influencerPage);
        for (Document detail : new Document[] { page(sponsor, sponsorPage), page(influencer, influencerPage) }) {
            assertThat(detail.select("#status").text()).isEqualTo("Accepted");
            assertThat(detail.select("#offer h2").text()).isEqualTo("Agreed at $600.00");
            assertThat(detail.select("#history li").eachText()).hasSize(4)
                .satisfies(entries -> {
                    assertThat(entries.get(0)).startsWith("Offer by Deal Brand $500.00");
                    assertThat(entries.get(1)).startsWith("Offer by Deal Maker $650.00").contains("My rate for two reels");
                    assertThat(entries.get(2)).startsWith("Offer by Deal Brand $600.00").contains("Meet in the middle?");
                    assertThat(entries.get(3)).startsWith("Accepted by Deal Maker $600.00");
                });
            assertThat(detail.select("h2:contains(Thread)").text()).contains("3 offers");
        }
        Document influencerDashboard = page(influencer, "/influencer");
        assertThat(influencerDashboard.select("#deals").text()).isEqualTo("1");
        assertThat(influencerDashboard.select("#earnings").text()).isEqualTo("$600.00");
        assertThat(influencerDashboard.select("#negotiating").text()).isEqualTo("0");
        assertThat(rowOf(page(sponsor, "/sponsor"), "Summit series")).contains("$10,000.00", "$600.00");
        assertThat(rowOf(page(sponsor, "/sponsor/ad-requests"), "Summit series")).isEqualTo("Summit series 0 0 1 0 0 0 $600.00 $0.00 $10,000.00");
    }

    @Test
    void anInfluencerAsksToJoinAPublicCampaignAndTheSponsorAcceptsIt() throws Exception {
        MockHttpSession sponsor = approvedSponsor("open@brand.example", "Open Brand");
        String campaign = newCampaign(sponsor, "Open kitchen", "5000", "PUBLIC");
        registerInfluencer("joiner@example.com", "Joiner", "800");
        MockHttpSession influencer = signedIn("joiner@example.com", PASSWORD);

        assertThat(page(influencer, "/influencer/campaigns/" + campaign).select("a:contains(Ask to join)")).hasSize(1);
        MvcResult asked = submit(influencer, post("/influencer/campaigns/" + campaign + "/join")
            .param("amount", "300").param("pitch", "Three recipes with your pans"));
        String influencerPage = asked.getResponse().getRedirectedUrl();
        assertThat(influencerPage).startsWith("/influencer/ad-requests/");
        String sponsorPage = influencerPage.replace("/influencer/", "/sponsor/");
        assertThat(rowOf(page(sponsor, "/sponsor/ad-requests/list?status=AWAITING"), "Joiner")).contains("Open kitchen", "Pending", "$300.00");

        submit(sponsor, post(sponsorPage + "/accept").param("version", "0"));

        assertThat(rowOf(page(influencer, "/influencer/ad-requests"), "Open kitchen")).contains("Open Brand", "Accepted", "$300.00");
        assertThat(rowOf(page(sponsor, "/sponsor/ad-requests/list?campaign=" + campaign), "Joiner")).contains("Accepted", "$300.00");
        assertThat(page(sponsor, sponsorPage).select("#history li").first().text()).contains("Three recipes with your pans");
    }

    @Test
    void anotherInfluencerNeitherSeesNorAnswersTheRequestAndAnotherSponsorNeitherEditsNorCancelsIt() throws Exception {
        MockHttpSession sponsor = approvedSponsor("private@brand.example", "Private Brand");
        String campaign = newCampaign(sponsor, "Quiet launch", "5000", "PRIVATE");
        registerInfluencer("addressed@example.com", "Addressed", "800");
        registerInfluencer("nosy@example.com", "Nosy", "800");
        String sponsorPage = send(sponsor, campaign, "addressed@example.com", "200");
        String influencerPage = sponsorPage.replace("/sponsor/", "/influencer/");
        MockHttpSession nosy = signedIn("nosy@example.com", PASSWORD);
        MockHttpSession otherSponsor = approvedSponsor("rival@brand.example", "Rival Brand");

        assertThat(status(nosy, get(influencerPage))).isEqualTo(404);
        assertThat(status(nosy, post(influencerPage + "/accept").param("version", "0").with(csrf()))).isEqualTo(404);
        assertThat(status(nosy, post(influencerPage + "/counter").param("version", "0").param("amount", "1").with(csrf()))).isEqualTo(404);
        assertThat(status(otherSponsor, get(sponsorPage))).isEqualTo(404);
        assertThat(status(otherSponsor, get(sponsorPage + "/edit"))).isEqualTo(404);
        assertThat(status(otherSponsor, post(sponsorPage + "/cancel").param("version", "0").with(csrf()))).isEqualTo(404);
        assertThat(status(nosy, get("/influencer/campaigns/" + campaign + "/join"))).isEqualTo(404);
        assertThat(page(nosy, "/influencer/ad-requests").select("#ad-requests")).isEmpty();

        Document asAdmin = page(admin(), sponsorPage.replace("/sponsor/", "/admin/"));
        assertThat(asAdmin.select("#history li")).hasSize(1);
        assertThat(asAdmin.select("form[method=post]").eachAttr("action"))
            .containsExactly("/logout", sponsorPage.replace("/sponsor/", "/admin/") + "/flag");
        assertThat(page(signedIn("addressed@example.com", PASSWORD), influencerPage).select("#status").text()).isEqualTo("Pending");
    }

    @Test
    void acceptingBeyondTheBudgetIsRefusedAndNothingChanges() throws Exception {
        MockHttpSession sponsor = approvedSponsor("tight@brand.example", "Tight Brand");
        String campaign = newCampaign(sponsor, "Small budget", "1000", "PUBLIC");
        registerInfluencer("first@example.com", "First", "800");
        registerInfluencer("second@example.com", "Second", "800");
        String first = send(sponsor, campaign, "first@example.com", "700").replace("/sponsor/", "/influencer/");
        String second = send(sponsor, campaign, "second@example.com", "400").replace("/sponsor/", "/influencer/");
        submit(signedIn("first@example.com", PASSWORD), post(first + "/accept").param("version", "0"));
        MockHttpSession late = signedIn("second@example.com", PASSWORD);

        MvcResult refused = submit(late, post(second + "/accept").param("version", "0"));

        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(html(refused).select("main .lead").text()).isEqualTo("Accepting $400.00 would bring the accepted total of "
                + "\"Small budget\" to $1,100.00, above its budget of $1,000.00. Nothing was changed.");
        assertThat(page(late, second).select("#status").text()).isEqualTo("Pending");
        assertThat(page(late, second).select("#history li")).hasSize(1);
        assertThat(rowOf(page(sponsor, "/sponsor"), "Small budget")).contains("$700.00");
    }

    @Test
    void aCounterOfferWithATypoShowsTheErrorBesideTheAmountAndKeepsWhatWasTyped() throws Exception {
        MockHttpSession sponsor = approvedSponsor("typo@brand.example", "Typo Brand");
        String campaign = newCampaign(sponsor, "Typo campaign", "1000", "PUBLIC");
        registerInfluencer("typist@example.com", "Typist", "800");
        String page = send(sponsor, campaign, "typist@example.com", "100").replace("/sponsor/", "/influencer/");
        MockHttpSession influencer = signedIn("typist@example.com", PASSWORD);

        Document form = html(submit(influencer, post(page + "/counter").param("version", "0")
            .param("amount", "12o").param("message", "About this much")));

        assertThat(form.select("#amount-error").text()).isEqualTo("Enter an amount such as 500 or 499.50.");
        assertThat(form.select("#amount").val()).isEqualTo("12o");
        assertThat(form.select("#message").text()).isEqualTo("About this much");
        assertThat(page(influencer, page).select("#history li")).hasSize(1);
    }

    @Test
    void twoTabsOnTheSameVersionCannotBothAnswerTheSecondIsToldToReload() throws Exception {
        MockHttpSession sponsor = approvedSponsor("tabs@brand.example", "Tabs Brand");
        String campaign = newCampaign(sponsor, "Tabs campaign", "1000", "PUBLIC");
        registerInfluencer("tabby@example.com", "Tabby", "800");
        String page = send(sponsor, campaign, "tabby@example.com", "100").replace("/sponsor/", "/influencer/");
        MockHttpSession influencer = signedIn("tabby@example.com", PASSWORD);

        answer(influencer, page + "/counter", 0, "150", "");
        MvcResult stale = submit(influencer, post(page + "/reject").param("version", "0").param("reason", "changed my mind"));

        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(html(stale).select("main .lead").text()).isEqualTo("This ad request changed since you opened it. "
                + "Reload it to see the latest, then try again.");
        assertThat(html(stale).select("main a:contains(Open the ad request again)").attr("href")).isEqualTo(page);
        assertThat(page(influencer, page).select("#status").text()).isEqualTo("Negotiating");
    }

    @Test
    void stateChangesNeedAPostWithTheCsrfToken() throws Exception {
        MockHttpSession sponsor = approvedSponsor("csrf@brand.example", "Csrf Brand");
        String campaign = newCampaign(sponsor, "Csrf campaign", "1000", "PUBLIC");
        registerInfluencer("csrf@example.com", "Csrf", "800");
        String page = send(sponsor, campaign, "csrf@example.com", "100").replace("/sponsor/", "/influencer/");
        MockHttpSession influencer = signedIn("csrf@example.com", PASSWORD);

        assertThat(status(influencer, get(page + "/accept"))).isEqualTo(405);
        assertThat(status(influencer, post(page + "/accept").param("version", "0"))).isEqualTo(403);
        assertThat(page(influencer, page).select("#status").text()).isEqualTo("Pending");
    }

    @Test
    void aPendingRequestIsDeletedAfterConfirmationAnAcceptedOneOnlyCancelledWithItsHistoryKept() throws Exception {
        MockHttpSession sponsor = approvedSponsor("tidy@brand.example", "Tidy Brand");
        String campaign = newCampaign(sponsor, "Tidy campaign", "1000", "PUBLIC");
        registerInfluencer("unanswered@example.com", "Unanswered", "800");
        registerInfluencer("agreed@example.com", "Agreed", "800");
        String pending = send(sponsor, campaign, "unanswered@example.com", "100");
        String deal = send(sponsor, campaign, "agreed@example.com", "200");
        submit(signedIn("agreed@example.com", PASSWORD), post(deal.replace("/sponsor/", "/influencer/") + "/accept").param("version", "0"));

        assertThat(page(sponsor, pending + "/delete").select("button").text()).contains("Delete for good");
        submit(sponsor, post(pending + "/delete").param("version", "0"));
        assertThat(status(sponsor, get(pending))).isEqualTo(404);

        assertThat(page(sponsor, deal + "/delete").select(".alert-warning").text()).startsWith("An accepted ad request is never deleted");
        assertThat(status(sponsor, post(deal + "/delete").param("version", "1").with(csrf()))).isEqualTo(409);
        submit(sponsor, post(deal + "/cancel").param("version", "1").param("reason", "Product recalled"));
        Document cancelled = page(sponsor, deal);
        assertThat(cancelled.select("#status").text()).isEqualTo("Cancelled");
        assertThat(cancelled.select("#offer").text()).contains("Product recalled");
        assertThat(cancelled.select("#history li").eachText()).hasSize(3).last().asString().startsWith("Cancelled by Tidy Brand $200.00");
        assertThat(rowOf(page(sponsor, "/sponsor"), "Tidy campaign")).contains("$0.00");
    }

    @Test
    void deletingACampaignCancelsItsOpenRequestsWithANoteTheInfluencerReads() throws Exception {
        MockHttpSession sponsor = approvedSponsor("gone@brand.example", "Gone Brand");
        String campaign = newCampaign(sponsor, "Doomed campaign", "1000", "PUBLIC");
        registerInfluencer("waiting@example.com", "Waiting", "800");
        String page = send(sponsor, campaign, "waiting@example.com", "100").replace("/sponsor/", "/influencer/");

        submit(sponsor, post("/sponsor/campaigns/" + campaign + "/delete"));

        Document detail = page(signedIn("waiting@example.com", PASSWORD), page);
        assertThat(detail.select("#status").text()).isEqualTo("Cancelled");
        assertThat(detail.select("#offer").text()).contains("Cancelled because the sponsor deleted the campaign \"Doomed campaign\".");
    }

    @Test
    void aCampaignBudgetCannotDropBelowWhatAcceptedRequestsCommitted() throws Exception {
        MockHttpSession sponsor = approvedSponsor("shrink@brand.example", "Shrink Brand");
        String campaign = newCampaign(sponsor, "Shrinking", "1000", "PUBLIC");
        registerInfluencer("committed@example.com", "Committed", "800");
        String page = send(sponsor, campaign, "committed@example.com", "600").replace("/sponsor/", "/influencer/");
        submit(signedIn("committed@example.com", PASSWORD), post(page + "/accept").param("version", "0"));

        Document refused = html(submit(sponsor, post("/sponsor/campaigns/" + campaign + "/edit")
            .param("name", "Shrinking").param("description", "d").param("category", "TECH").param("goals", "")
            .param("budget", "500").param("startDate", TODAY.toString()).param("endDate", TODAY.plusDays(30).toString())
            .param("visibility", "PUBLIC").param("version", "0")));

        assertThat(refused.select("#budget-error").text())
            .isEqualTo("The budget cannot be lower than the USD 600.00 already committed to accepted ad requests.");
    }

    @Test
    void theNewRequestFormFindsInfluencersByNameAndRefusesAPaymentAboveTheBudgetBesideTheField() throws Exception {
        MockHttpSession sponsor = approvedSponsor("picker@brand.example", "Picker Brand");
        String campaign = newCampaign(sponsor, "Picky", "1000", "PUBLIC");
        registerInfluencer("zora@example.com", "Zora Peaks", "800");

        Document search = page(sponsor, "/sponsor/ad-requests/new?campaign=" + campaign + "&q=zora");
        String choose = search.select("ul[aria-label=Matching influencers] a").attr("href");
        assertThat(choose).contains("influencer=" + idOf("zora@example.com"));
        Document chosen = page(sponsor, choose);
        assertThat(chosen.select("#chosen-influencer strong").text()).isEqualTo("Zora Peaks");
        assertThat(chosen.select("#campaignId option[selected]").val()).isEqualTo(campaign);

        Document refused = html(submit(sponsor, post("/sponsor/ad-requests").param("campaignId", campaign)
            .param("influencerId", idOf("zora@example.com").toString()).param("requirements", "One reel")
            .param("payment", "1500")));
        assertThat(refused.select("#payment-error").text()).isEqualTo("The payment is more than the campaign's whole budget of $1,000.00.");
        assertThat(refused.select("#requirements").text()).isEqualTo("One reel");
        assertThat(page(sponsor, "/sponsor/ad-requests/list").select("#ad-requests")).isEmpty();
    }

    @Test
    void theSponsorsEditsArePartOfTheHistoryAndANewPaymentAnswersTheInfluencersCounterOffer() throws Exception {
        MockHttpSession sponsor = approvedSponsor("editor@brand.example", "Editor Brand");
        String campaign = newCampaign(sponsor, "Edited campaign", "1000", "PUBLIC");
        registerInfluencer("edited@example.com", "Edited", "800");
        registerInfluencer("instead@example.com", "Instead", "800");
        String page = send(sponsor, campaign, "edited@example.com", "100");
        String influencer = idOf("instead@example.com").toString();

        assertThat(page(sponsor, page + "/edit?q=inst").select("ul[aria-label=Matching influencers] a").attr("href"))
            .isEqualTo(page + "/edit?influencer=" + influencer);
        edit(sponsor, page, 0, influencer, "Two reels and a story", "120");
        MockHttpSession addressed = signedIn("instead@example.com", PASSWORD);
        String inboxPage = page.replace("/sponsor/", "/influencer/");
        answer(addressed, inboxPage + "/counter", 1, "200", "A story takes a day more");
        Document refused = html(submit(sponsor, post(page + "/edit").param("campaignId", campaign)
            .param("influencerId", idOf("edited@example.com").toString()).param("requirements", "Two reels and a story")
            .param("payment", "150").param("dueDate", TODAY.plusDays(20).toString()).param("version", "2")));
        assertThat(refused.select("#influencerId-error").text()).startsWith("The influencer can only be changed while nobody has answered");
        edit(sponsor, page, 2, influencer, "Two reels and a story", "150");

        Document detail = page(addressed, inboxPage);
        assertThat(detail.select("#history .unread")).as("the sponsor's steps are new to the influencer").isNotEmpty();
        detail.select("#history .unread").remove();
        assertThat(detail.select("#history li").eachText()).satisfiesExactly(
                first -> assertThat(first).startsWith("Offer by Editor Brand $100.00"),
                edit -> assertThat(edit).startsWith("Edit by Editor Brand Addressed to Instead instead of Edited. "
                        + "Requirements changed. Payment changed from $100.00 to $120.00."),
                counter -> assertThat(counter).startsWith("Offer by Instead $200.00"),
                answer -> assertThat(answer).startsWith("Offer by Editor Brand $150.00 New payment set in an edit."));
        assertThat(detail.select("#status").text()).isEqualTo("Negotiating");
        assertThat(detail.select("button:contains(Accept)").text()).isEqualTo("Accept $150.00");
        assertThat(status(signedIn("edited@example.com", PASSWORD), get(inboxPage))).isEqualTo(404);
    }

    private void edit(MockHttpSession sponsor, String page, int version, String influencerId, String requirements,
            String payment) throws Exception {
        MvcResult saved = submit(sponsor, post(page + "/edit").param("campaignId", "ignored")
            .param("influencerId", influencerId).param("requirements", requirements).param("payment", payment)
            .param("dueDate", TODAY.plusDays(20).toString()).param("version", String.valueOf(version)));
        assertThat(saved.getResponse().getRedirectedUrl()).as("edit saved").isEqualTo(page);
    }

    private String newCampaign(MockHttpSession sponsor, String name, String budget, String visibility) throws Exception {
        String location = submit(sponsor, campaign(name, "About " + name, "TECH", budget, TODAY, TODAY.plusDays(30), visibility))
            .getResponse().getRedirectedUrl();
        return location.substring("/sponsor/campaigns/".length());
    }

    /** Sends an ad request through the form and returns the sponsor's page of it. */
    private String send(MockHttpSession sponsor, String campaignId, String influencerEmail, String payment) throws Exception {
        MvcResult sent = submit(sponsor, post("/sponsor/ad-requests").param("campaignId", campaignId)
            .param("influencerId", idOf(influencerEmail).toString()).param("requirements", "Two reels in December")
            .param("payment", payment).param("dueDate", TODAY.plusDays(20).toString()));
        String location = sent.getResponse().getRedirectedUrl();
        assertThat(location).as("ad request sent").startsWith("/sponsor/ad-requests/");
        return location;
    }

    private void answer(MockHttpSession session, String path, int version, String amount, String message) throws Exception {
        MvcResult result = submit(session, post(path).param("version", String.valueOf(version)).param("amount", amount)
            .param("message", message));
        assertThat(result.getResponse().getRedirectedUrl()).as("counter-offer " + amount).isNotNull();
    }
}
