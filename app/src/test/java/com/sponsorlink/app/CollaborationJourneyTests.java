package com.sponsorlink.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.awaitility.Awaitility;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/**
 * After the deal, as both sides live it through the pages: deliverables handed in and reviewed,
 * completion, payments and messages, every step in the one thread both read, and nobody else
 * finding any of it.
 */
class CollaborationJourneyTests extends WebJourney {

    static final LocalDate TODAY = LocalDate.now();

    @Test
    void fromTheAcceptedDealThroughReviewCompletionAndPaymentEveryStepIsInTheThreadOfBothSidesInOrder() throws Exception {
        MockHttpSession sponsor = approvedSponsor("collab@brand.example", "Collab Brand");
        String campaign = submit(sponsor, campaign("Winter gear", "About winter gear", "TRAVEL", "5000", TODAY,
                TODAY.plusDays(30), "PUBLIC")).getResponse().getRedirectedUrl().substring("/sponsor/campaigns/".length());
        registerInfluencer("collab@example.com", "Collab Creator", "9000");
        MockHttpSession influencer = signedIn("collab@example.com", PASSWORD);
        String sponsorPage = submit(sponsor, post("/sponsor/ad-requests").param("campaignId", campaign)
            .param("influencerId", idOf("collab@example.com").toString()).param("requirements", "One reel about our jackets")
            .param("payment", "600").param("dueDate", TODAY.plusDays(10).toString())).getResponse().getRedirectedUrl();
        String id = sponsorPage.substring("/sponsor/ad-requests/".length());
        String influencerPage = "/influencer/ad-requests/" + id;
        submit(influencer, post(influencerPage + "/accept").param("version", "0"));

        Document agreement = page(influencer, influencerPage);
        assertThat(agreement.select("#terms-heading").text()).isEqualTo("Agreement");
        assertThat(agreement.select("#agreement-note").text()).contains("Frozen when the deal was accepted");
        assertThat(agreement.select("dd").eachText()).contains("$600.00", TODAY.plusDays(10).toString());
        assertThat(agreement.select("#no-deliverables").text()).startsWith("Nothing handed in yet");

        MvcResult badLink = submit(influencer, post(influencerPage + "/deliverables").param("version", "1")
            .param("title", "Jacket reel").param("link", "javascript:alert(1)").param("note", "First cut"));
        Document refused = html(badLink);
        assertThat(badLink.getResponse().getStatus()).isEqualTo(200);
        assertThat(refused.select("#link-error").text()).isEqualTo("Give a web address starting with https:// or http://.");
        assertThat(refused.select("#title").val()).isEqualTo("Jacket reel");
        assertThat(refused.select("#note").text()).isEqualTo("First cut");
        assertThat(db.fetchCount(db.selectFrom("adrequests_deliverables").where("ad_request_id = ?", id))).isZero();

        submit(influencer, post(influencerPage + "/deliverables").param("version", "1")
            .param("title", "Jacket reel").param("link", "https://video.example/draft-1").param("note", "First cut"));
        Document toReview = page(sponsor, sponsorPage);
        assertThat(toReview.select("#deliverable-1 h3").text()).isEqualTo("Jacket reel");
        assertThat(toReview.select("#deliverable-1 a[href=https://video.example/draft-1]")).hasSize(1);
        assertThat(toReview.select("#deliverable-1 .badge").text()).isEqualTo("Waiting for review");
        assertThat(toReview.select("#history li .unread")).as("the sponsor had not seen the acceptance nor the hand-in").hasSize(2);
        assertThat(page(sponsor, sponsorPage).select("#history li .unread")).as("read on the first opening").isEmpty();
        String deliverable = db.fetchValue("select id from adrequests_deliverables where ad_request_id = ?", id).toString();
        String deliverablePath = sponsorPage + "/deliverables/" + deliverable;

        Document noFeedback = html(submit(sponsor, post(deliverablePath + "/request-changes").param("version", "2")
            .param("feedback", " ")));
        assertThat(noFeedback.select("#feedback-error-1").text()).isEqualTo("Say what should change, so the influencer knows what to do.");
        submit(sponsor, post(deliverablePath + "/request-changes").param("version", "2").param("feedback", "Show the hood, please"));
        Document sentBack = page(influencer, influencerPage);
        assertThat(sentBack.select("#deliverable-1 .badge").text()).isEqualTo("Changes requested");
        assertThat(sentBack.select("#deliverable-1").text()).contains("Sponsor's feedback: Show the hood, please");

        submit(influencer, post(influencerPage + "/deliverables/" + deliverable + "/resubmit").param("version", "3")
            .param("link", "https://video.example/draft-2").param("note", "Hood in the first shot"));
        assertThat(html(submit(sponsor, post(sponsorPage + "/complete").param("version", "4"))).select("main").text())
            .contains("1 deliverable is not approved yet");
        submit(sponsor, post(deliverablePath + "/approve").param("version", "4").param("feedback", "Perfect"));
        assertThat(page(sponsor, sponsorPage).select("#deliverable-1 .badge").text()).isEqualTo("Approved");
        submit(sponsor, post(sponsorPage + "/complete").param("version", "5"));

        Document overpaid = html(submit(sponsor, post(sponsorPage + "/payments").param("version", "6").param("amount", "700")
            .param("paidDate", TODAY.toString()).param("reference", "TR-1")));
        assertThat(overpaid.select("#amount-error").text()).contains("at most $600.00 can still be paid");
        assertThat(overpaid.select("#amount").val()).isEqualTo("700");
        submit(sponsor, post(sponsorPage + "/payments").param("version", "6").param("amount", "250")
            .param("paidDate", TODAY.toString()).param("reference", "TR-1"));
        Document partlyPaid = page(sponsor, sponsorPage);
        assertThat(partlyPaid.select("#payments p").first().text()).startsWith("$250.00 of $600.00 paid; $350.00 outstanding");
        submit(sponsor, post(sponsorPage + "/payments").param("version", "7").param("amount", "350")
            .param("paidDate", TODAY.toString()).param("reference", "TR-2"));
        assertThat(page(sponsor, sponsorPage).select("#record-payment")).as("nothing is outstanding").isEmpty();
        String payment = db.fetchValue("select id from adrequests_payments where reference = 'TR-2'").toString();
        submit(influencer, post(influencerPage + "/payments/" + payment + "/confirm"));
        submit(influencer, post(influencerPage + "/messages").param("text", "Thanks! <script>alert(1)</script>"));

        List<String> steps = List.of("Offer by Collab Brand $600.00", "Accepted by Collab Creator $600.00",
                "Deliverable handed in by Collab Creator", "Changes requested by Collab Brand",
                "Deliverable handed in again by Collab Creator", "Deliverable approved by Collab Brand",
                "Completed by Collab Brand $600.00", "Payment recorded by Collab Brand $250.00",
                "Payment recorded by Collab Brand $350.00", "Payment received by Collab Creator $350.00",
                "Message by Collab Creator");
        for (Document thread : List.of(page(sponsor, sponsorPage), page(influencer, influencerPage))) {
            List<Element> entries = thread.select("#history > li");
            assertThat(entries).extracting(entry -> entry.selectFirst("div > div").text().replace(" New", ""))
                .containsExactlyElementsOf(steps);
            assertThat(entries.get(2).text()).contains("Jacket reel", "First cut", "https://video.example/draft-1");
            assertThat(entries.get(3).text()).contains("Show the hood, please");
            assertThat(entries.get(4).text()).contains("https://video.example/draft-2", "Hood in the first shot");
            assertThat(entries.get(10).select("div.pre-line").text()).isEqualTo("Thanks! <script>alert(1)</script>");
            assertThat(thread.select("#history script")).isEmpty();
            assertThat(thread.select("#status").text()).isEqualTo("Completed");
        }

        Document influencerDashboard = page(influencer, "/influencer");
        assertThat(influencerDashboard.select("#paid").text()).isEqualTo("$600.00");
        assertThat(influencerDashboard.select("#outstanding").text()).isEqualTo("$0.00");
        assertThat(page(sponsor, "/sponsor/ad-requests").select("#paid").text()).isEqualTo("$600.00");
        assertThat(page(influencer, "/influencer/analytics").select("#paid").text()).isEqualTo("$600.00");
        assertThat(AnalyticsJourneyTests.table(page(sponsor, "/sponsor/analytics"), "budgets"))
            .contains(List.of("Winter gear", "$5,000.00", "$600.00", "$600.00", "$600.00"));
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
            assertThat(page(sponsor, "/sponsor/campaigns/" + campaign).select("#paid span").text()).isEqualTo("$600.00"));
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(page(influencer, "/notifications").text()).contains("Collab Brand recorded a payment to you",
                    "Collab Brand asks for changes to Jacket reel");
            assertThat(page(sponsor, "/notifications").text()).contains("New message from Collab Creator",
                    "Collab Creator handed in a new version of Jacket reel");
        });
    }

    @Test
    void aThirdPartyGets404OnEveryPageAndStepOfACollaboration() throws Exception {
        MockHttpSession sponsor = approvedSponsor("owner-collab@brand.example", "Owner Brand");
        MockHttpSession otherSponsor = approvedSponsor("nosy@brand.example", "Nosy Brand");
        String campaign = submit(sponsor, campaign("Owned", "About it", "TECH", "900", TODAY, TODAY.plusDays(9), "PUBLIC"))
            .getResponse().getRedirectedUrl().substring("/sponsor/campaigns/".length());
        registerInfluencer("owner-collab@example.com", "Owner Creator", "4000");
        registerInfluencer("nosy@example.com", "Nosy Creator", "4000");
        MockHttpSession influencer = signedIn("owner-collab@example.com", PASSWORD);
        MockHttpSession otherInfluencer = signedIn("nosy@example.com", PASSWORD);
        String id = submit(sponsor, post("/sponsor/ad-requests").param("campaignId", campaign)
            .param("influencerId", idOf("owner-collab@example.com").toString()).param("requirements", "A post")
            .param("payment", "100")).getResponse().getRedirectedUrl().substring("/sponsor/ad-requests/".length());
        submit(influencer, post("/influencer/ad-requests/" + id + "/accept").param("version", "0"));
        int version = deliveredAndApproved(sponsor, influencer, id, 1);
        submit(sponsor, post("/sponsor/ad-requests/" + id + "/complete").param("version", String.valueOf(version)));
        submit(sponsor, post("/sponsor/ad-requests/" + id + "/payments").param("version", String.valueOf(version + 1))
            .param("amount", "100").param("paidDate", TODAY.toString()).param("reference", "TR-9"));
        String deliverable = db.fetchValue("select id from adrequests_deliverables where ad_request_id = ?", id).toString();
        String payment = db.fetchValue("select id from adrequests_payments where ad_request_id = ?", id).toString();
        int threadBefore = db.fetchCount(db.selectFrom("adrequests_history").where("ad_request_id = ?", id));

        String sponsorBase = "/sponsor/ad-requests/" + id;
        String influencerBase = "/influencer/ad-requests/" + id;
        assertThat(status(otherSponsor, get(sponsorBase))).isEqualTo(404);
        assertThat(status(otherInfluencer, get(influencerBase))).isEqualTo(404);
        for (var step : List.of(post(sponsorBase + "/messages").param("text", "Hi"),
                post(sponsorBase + "/deliverables/" + deliverable + "/approve").param("version", "9"),
                post(sponsorBase + "/deliverables/" + deliverable + "/request-changes").param("version", "9").param("feedback", "x"),
                post(sponsorBase + "/payments").param("version", "9").param("amount", "1").param("paidDate", TODAY.toString())
                    .param("reference", "x"))) {
            assertThat(submit(otherSponsor, step).getResponse().getStatus()).isEqualTo(404);
        }
        for (var step : List.of(post(influencerBase + "/messages").param("text", "Hi"),
                post(influencerBase + "/deliverables").param("version", "9").param("title", "x").param("link", "https://x.example"),
                post(influencerBase + "/deliverables/" + deliverable + "/resubmit").param("version", "9")
                    .param("link", "https://x.example"),
                post(influencerBase + "/payments/" + payment + "/confirm"))) {
            assertThat(submit(otherInfluencer, step).getResponse().getStatus()).isEqualTo(404);
        }
        assertThat(db.fetchCount(db.selectFrom("adrequests_history").where("ad_request_id = ?", id))).isEqualTo(threadBefore);
        assertThat(db.fetchValue("select confirmed_at from adrequests_payments where id = ?", payment)).isNull();
    }

    @Test
    void aDealPastItsDueDateWithWorkNotApprovedIsHighlightedOnBothDashboards() throws Exception {
        MockHttpSession sponsor = approvedSponsor("late@brand.example", "Late Brand");
        String campaign = submit(sponsor, campaign("Late launch", "About it", "TECH", "900", TODAY, TODAY.plusDays(9), "PUBLIC"))
            .getResponse().getRedirectedUrl().substring("/sponsor/campaigns/".length());
        registerInfluencer("late@example.com", "Late Creator", "4000");
        MockHttpSession influencer = signedIn("late@example.com", PASSWORD);
        String id = submit(sponsor, post("/sponsor/ad-requests").param("campaignId", campaign)
            .param("influencerId", idOf("late@example.com").toString()).param("requirements", "A post")
            .param("payment", "100").param("dueDate", TODAY.toString())).getResponse().getRedirectedUrl()
            .substring("/sponsor/ad-requests/".length());
        submit(influencer, post("/influencer/ad-requests/" + id + "/accept").param("version", "0"));
        assertThat(page(influencer, "/influencer").select("#overdue")).isEmpty();

        db.execute("update adrequests_ad_requests set due_date = ? where id = ?", TODAY.minusDays(3).toString(), id);

        assertThat(page(influencer, "/influencer").select("#overdue li").text()).contains("Late launch", "Late Brand",
                "due " + TODAY.minusDays(3));
        assertThat(page(sponsor, "/sponsor/ad-requests").select("#overdue li").text()).contains("Late launch", "Late Creator");
        assertThat(page(sponsor, "/sponsor/ad-requests/" + id).select("#overdue").text()).startsWith("Overdue");
    }
}
