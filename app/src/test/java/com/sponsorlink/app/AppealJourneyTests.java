package com.sponsorlink.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Appeals as their authors and the admin live them: a suspended user appeals from the sign-in
 * page's link without signing in, the sponsor of a flagged campaign from its page, and the admin
 * upholds or lifts each with a reason that the audit trail keeps and the appellant is told.
 */
class AppealJourneyTests extends WebJourney {

    private static final String UNDER_REVIEW = "Your appeal of \\d{4}-\\d{2}-\\d{2} is being reviewed\\.";

    @Test
    void aSuspendedInfluencerAppealsAndSignsInAgainOnceTheAdminLiftsTheSuspension() throws Exception {
        registerInfluencer("appellant@example.com", "Appellant", "4000");
        MockHttpSession admin = admin();
        UUID influencerId = idOf("appellant@example.com");
        submit(admin, post("/admin/users/{id}/suspend", influencerId).param("reason", "Fake followers"));

        MockHttpSession visitor = new MockHttpSession();
        assertThat(signIn(visitor, "appellant@example.com", PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        Document login = page(visitor, "/login");
        assertThat(login.select(".alert-danger").text()).contains("Your account is suspended: Fake followers");
        assertThat(login.select("#appeal-link a").text()).isEqualTo("Appeal this suspension");
        assertThat(login.select("#appeal-link a").attr("href")).isEqualTo("/appeal");

        Document form = page(visitor, "/appeal");
        assertThat(form.select("label[for=email]").text()).isEqualTo("Email");
        assertThat(form.select("label[for=text]").text()).isEqualTo("Your appeal");
        assertThat(form.select("form[action=\"/appeal\"] input[name=_csrf]")).hasSize(1);
        MvcResult filed = submit(visitor, appeal("Appellant@example.com", PASSWORD, "My followers are real; see my analytics."));
        assertThat(filed.getResponse().getRedirectedUrl()).isEqualTo("/login");
        assertThat(page(visitor, "/login").select(".alert-success").text()).startsWith("Your appeal was filed.");

        Document again = html(submit(visitor, appeal("appellant@example.com", PASSWORD, "Please look again")));
        assertThat(again.select("#appeal-refusal").text()).matches(UNDER_REVIEW);
        assertThat(again.select("textarea#text").text()).as("the text is kept").isEqualTo("Please look again");
        assertThat(html(submit(new MockHttpSession(), appeal("appellant@example.com", "wrong-password", "Hi")))
            .select("#appeal-refusal").text()).isEqualTo("Wrong email or password.");
        assertThat(html(submit(new MockHttpSession(), appeal("nobody@example.com", PASSWORD, "Hi")))
            .select("#appeal-refusal").text()).isEqualTo("Wrong email or password.");
        assertThat(db.fetchCount(db.selectFrom("identity_appeals").where("user_id = ?", influencerId.toString())))
            .as("one appeal per suspension").isEqualTo(1);

        Document console = page(admin, "/admin/appeals");
        assertThat(console.select("nav a[href=\"/admin/appeals\"]").text()).isEqualTo("Appeals");
        Element listed = appealOn(console, "appellant@example.com");
        assertThat(listed.select("h2").text()).contains("Suspension", "Appellant <appellant@example.com>", "Open");
        assertThat(listed.select(".original-reason").text()).isEqualTo("Suspended because: Fake followers");
        assertThat(listed.select(".appeal-text").text()).isEqualTo("My followers are real; see my analytics.");
        assertThat(page(admin, "/admin").select("#appeal-figures .stat").text())
            .isEqualTo(String.valueOf(db.fetchCount(db.selectFrom("admin_appeals").where("status = 'OPEN'"))));
        String appealId = listed.id().substring("appeal-".length());

        Document withoutReason = html(submit(admin, post("/admin/appeals/{id}/lift", appealId).param("reason", " ")));
        assertThat(withoutReason.select("#reason-error-" + appealId).text())
            .isEqualTo("Give a reason: the person concerned and the audit trail will see it.");
        assertThat(withoutReason.select("#reason-" + appealId).attr("aria-describedby")).isEqualTo("reason-error-" + appealId);
        assertThat(signIn(new MockHttpSession(), "appellant@example.com", PASSWORD).getResponse().getRedirectedUrl())
            .as("still suspended").isEqualTo("/login?error");

        MvcResult lifted = submit(admin, post("/admin/appeals/{id}/lift", appealId).param("reason", "Analytics check out"));
        assertThat(lifted.getResponse().getRedirectedUrl()).isEqualTo("/admin/appeals");
        assertThat(page(admin, "/admin/audit").select("tbody tr").first().text())
            .contains("Lifted suspension on appeal", "Appellant", "Analytics check out");
        assertThat(appealOn(page(admin, "/admin/appeals?status=LIFTED"), "appellant@example.com").select(".decision").text())
            .startsWith("Lifted on").endsWith(": Analytics check out");
        MvcResult twice = submit(admin, post("/admin/appeals/{id}/uphold", appealId).param("reason", "Changed my mind"));
        assertThat(twice.getResponse().getStatus()).isEqualTo(409);
        assertThat(html(twice).select("main .lead").text()).isEqualTo("This appeal was already lifted; the decision stands.");

        MockHttpSession influencer = signedIn("appellant@example.com", PASSWORD);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                page(influencer, "/notifications").select("#notifications li").eachText())
            .anySatisfy(item -> assertThat(item).contains("Your appeal was accepted: the suspension is lifted",
                    "Reason: Analytics check out")));
    }

    @Test
    void theSponsorOfAFlaggedCampaignAppealsOnceAndReadsThatTheAdminUpheldTheFlag() throws Exception {
        MockHttpSession sponsor = approvedSponsor("flagged@brand.example", "Flagged Brand");
        MockHttpSession otherSponsor = approvedSponsor("nosy@brand.example", "Nosy Brand");
        MockHttpSession admin = admin();
        String campaign = submit(sponsor, campaign("Miracle cream", "Younger overnight", "BEAUTY", "900", LocalDate.now(),
                LocalDate.now().plusDays(9), "PUBLIC")).getResponse().getRedirectedUrl();
        String campaignId = campaign.substring("/sponsor/campaigns/".length());

        assertThat(page(sponsor, campaign).select("#appeal")).as("nothing to appeal yet").isEmpty();
        MvcResult unflagged = submit(sponsor, post(campaign + "/appeal").param("text", "Just in case"));
        assertThat(unflagged.getResponse().getStatus()).isEqualTo(409);
        assertThat(html(unflagged).select("main .lead").text()).isEqualTo("\"Miracle cream\" is not flagged, so there is nothing to appeal.");

        submit(admin, post("/admin/campaigns/{id}/flag", campaignId).param("reason", "Misleading claims"));
        Document flagged = page(sponsor, campaign);
        assertThat(flagged.select("#appeal label[for=text]").text()).isEqualTo("Your appeal");
        assertThat(flagged.select("#appeal form").attr("action")).isEqualTo(campaign + "/appeal");

        Document empty = html(submit(sponsor, post(campaign + "/appeal").param("text", " ")));
        assertThat(empty.select("#text-error").text()).isEqualTo("Explain why the flag should be lifted.");
        assertThat(status(otherSponsor, post(campaign + "/appeal").param("text", "Not mine").with(csrf()))).isEqualTo(404);
        assertThat(status(otherSponsor, get(campaign))).isEqualTo(404);

        MvcResult filed = submit(sponsor, post(campaign + "/appeal").param("text", "The cream is certified"));
        assertThat(filed.getResponse().getRedirectedUrl()).isEqualTo(campaign);
        Document underReview = page(sponsor, campaign);
        assertThat(underReview.select("#appeal-state").text()).matches(UNDER_REVIEW);
        assertThat(underReview.select("#appeal")).as("one appeal per flag").isEmpty();
        MvcResult again = submit(sponsor, post(campaign + "/appeal").param("text", "Again"));
        assertThat(again.getResponse().getStatus()).isEqualTo(409);
        assertThat(html(again).select("main .lead").text()).startsWith("You can appeal a flag once. Your appeal of ");

        Element listed = appealOn(page(admin, "/admin/appeals?status=OPEN"), "Miracle cream");
        assertThat(listed.select("h2").text()).contains("Campaign flag", "\"Miracle cream\" by Flagged Brand");
        assertThat(listed.select(".original-reason").text()).isEqualTo("Flagged because: Misleading claims");
        assertThat(listed.select(".appeal-text").text()).isEqualTo("The cream is certified");
        String appealId = listed.id().substring("appeal-".length());
        assertThat(html(submit(admin, post("/admin/appeals/{id}/uphold", appealId).param("reason", "")))
            .select("#reason-error-" + appealId).text()).isEqualTo("Give a reason: the person concerned and the audit trail will see it.");

        submit(admin, post("/admin/appeals/{id}/uphold", appealId).param("reason", "The certificate is forged"));

        assertThat(page(admin, "/admin/audit").select("tbody tr").first().text())
            .contains("Upheld campaign flag on appeal", "Miracle cream", "The certificate is forged");
        Document upheld = page(sponsor, campaign);
        assertThat(upheld.select("#appeal-state").text()).endsWith(" was upheld: The certificate is forged");
        assertThat(upheld.select(".alert-danger").text()).contains("An admin flagged this campaign");
        assertThat(db.fetchValue("select flagged from campaigns_campaigns where id = ?", campaignId)).isIn(true, 1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                page(sponsor, "/notifications").select("#notifications li").eachText())
            .anySatisfy(item -> assertThat(item).contains("Your appeal was upheld",
                    "The flag on Miracle cream stays. Reason: The certificate is forged")));
    }

    private static MockHttpServletRequestBuilder appeal(String email, String password, String text) {
        return post("/appeal").param("email", email).param("password", password).param("text", text);
    }

    private static Element appealOn(Document page, String text) {
        return page.select("article.appeal").stream().filter(article -> article.text().contains(text)).findFirst().orElseThrow();
    }
}
