package com.sponsorlink.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Script in every text field a user can fill renders as text, inert, on every page that shows it.
 */
class ScriptPayloadTests extends WebJourney {

    static final String SCRIPT = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">";

    @Test
    void scriptInEveryTextFieldRendersInertOnEveryPageThatShowsIt() throws Exception {
        MvcResult registered = mvc.perform(post("/register/sponsor").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.csrf())
            .param("email", "xss@brand.example").param("password", PASSWORD).param("organisationName", "Brand " + SCRIPT)
            .param("industry", "Ind " + SCRIPT).param("yearlyBudget", "1000")).andReturn();
        assertThat(registered.getResponse().getRedirectedUrl()).isEqualTo("/login");
        submit(admin(), post("/admin/sponsors/{id}/approve", idOf("xss@brand.example")));
        MockHttpSession sponsor = signedIn("xss@brand.example", PASSWORD);
        mvc.perform(post("/register/influencer").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.csrf())
            .param("email", "xss@example.com").param("password", PASSWORD).param("displayName", "Creator " + SCRIPT)
            .param("category", "TECH").param("niche", "Niche " + SCRIPT).param("reach", "100").param("platforms", "BLOG"));
        MockHttpSession influencer = signedIn("xss@example.com", PASSWORD);
        String campaign = submit(sponsor, post("/sponsor/campaigns").param("name", "Campaign " + SCRIPT)
            .param("description", "Description " + SCRIPT).param("category", "TECH").param("goals", "Goals " + SCRIPT)
            .param("budget", "900").param("startDate", LocalDate.now().toString()).param("endDate", LocalDate.now().plusDays(9).toString())
            .param("visibility", "PUBLIC")).getResponse().getRedirectedUrl();
        String campaignId = campaign.substring("/sponsor/campaigns/".length());
        String request = submit(sponsor, post("/sponsor/ad-requests").param("campaignId", campaignId)
            .param("influencerId", idOf("xss@example.com").toString()).param("requirements", "Requirements " + SCRIPT)
            .param("payment", "100")).getResponse().getRedirectedUrl();
        String inbox = request.replace("/sponsor/", "/influencer/");
        submit(influencer, post(inbox + "/counter").param("version", "0").param("amount", "150").param("message", "Message " + SCRIPT));
        submit(sponsor, post(request + "/reject").param("version", "1").param("reason", "Reason " + SCRIPT));
        MockHttpSession admin = admin();
        submit(admin, post("/admin/campaigns/{id}/flag", campaignId).param("reason", "Flag " + SCRIPT));
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() ->
                assertThat(page(influencer, "/notifications").text()).contains("Reason " + SCRIPT));

        List<String> shown = new ArrayList<>();
        check(shown, sponsor, "/sponsor", campaign, request, "/sponsor/ad-requests/list", "/sponsor/ad-requests", "/profile",
                "/sponsor/influencers?niche=Niche", "/sponsor/influencers/" + idOf("xss@example.com"), "/notifications",
                "/sponsor/ad-requests/new?campaign=" + campaignId + "&q=Creator");
        check(shown, influencer, "/influencer", inbox, "/influencer/ad-requests", "/notifications", "/profile");
        check(shown, admin, "/admin", "/admin/users", "/admin/users/" + idOf("xss@brand.example"), "/admin/campaigns",
                "/admin/campaigns/" + campaignId, "/admin/ad-requests", request.replace("/sponsor/", "/admin/"), "/admin/audit",
                "/admin/sponsors");
        assertThat(shown).as("pages that show a payload, as text").hasSizeGreaterThan(15);
    }

    /** Opens each page: no script runs from it, no element carries an event handler, and what it shows of a payload is text. */
    private void check(List<String> shown, MockHttpSession session, String... paths) throws Exception {
        for (String path : paths) {
            MvcResult result = mvc.perform(get(path).session(session)).andReturn();
            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
            Document page = Jsoup.parse(result.getResponse().getContentAsString());
            assertThat(page.select("script:not([src])")).as(path + ": inline script").isEmpty();
            assertThat(page.select("[onerror], [onload], [onclick]")).as(path + ": event handlers").isEmpty();
            assertThat(page.select("img[src=x]")).as(path + ": injected image").isEmpty();
            if (page.text().contains(SCRIPT)) {
                shown.add(path);
            }
        }
    }
}
