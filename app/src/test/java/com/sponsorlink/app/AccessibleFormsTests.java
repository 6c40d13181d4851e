package com.sponsorlink.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/**
 * Every form control on the main pages of each role has a label tied to it, every page has one
 * main heading and a language, and forms that change state carry the CSRF token.
 */
class AccessibleFormsTests extends WebJourney {

    @Test
    void everyControlOnTheMainPagesHasALabel() throws Exception {
        registerSponsor("a11y@brand.example", "A11y Brand");
        submit(admin(), post("/admin/sponsors/{id}/approve", idOf("a11y@brand.example")));
        registerSponsor("a11y-pending@brand.example", "Pending A11y");
        registerInfluencer("a11y@example.com", "A11y Creator", "100");
        MockHttpSession sponsor = signedIn("a11y@brand.example", PASSWORD);
        MockHttpSession influencer = signedIn("a11y@example.com", PASSWORD);
        MockHttpSession admin = admin();
        String campaign = submit(sponsor, post("/sponsor/campaigns").param("name", "Labelled").param("description", "d")
            .param("category", "TECH").param("budget", "10").param("startDate", "2030-01-01")
            .param("endDate", "2030-01-02").param("visibility", "PUBLIC")).getResponse().getRedirectedUrl();

        String campaignId = campaign.substring("/sponsor/campaigns/".length());
        String request = submit(sponsor, post("/sponsor/ad-requests").param("campaignId", campaignId)
            .param("influencerId", idOf("a11y@example.com").toString()).param("requirements", "A post")
            .param("payment", "5")).getResponse().getRedirectedUrl();
        String inboxRequest = request.replace("/sponsor/", "/influencer/");

        List<String> problems = new ArrayList<>();
        MockHttpSession anonymous = new MockHttpSession();
        for (String path : List.of("/", "/login", "/appeal", "/register/sponsor", "/register/influencer")) {
            problems.addAll(problemsOn(page(anonymous, path), path));
        }
        for (String path : List.of("/sponsor", "/sponsor/campaigns/new", campaign, campaign + "/edit", campaign + "/delete",
                "/sponsor/influencers", "/profile", "/sponsor/exports", "/sponsor/reports", "/sponsor/analytics", "/sponsor/ad-requests", "/sponsor/ad-requests/list",
                "/sponsor/ad-requests/new?campaign=" + campaignId + "&q=a11y", request, request + "/edit?q=a11y",
                request + "/cancel", request + "/delete")) {
            problems.addAll(problemsOn(page(sponsor, path), path));
        }
        for (String path : List.of("/influencer", "/influencer/campaigns", "/profile", "/notifications", "/notifications/preferences", "/influencer/ad-requests", "/influencer/analytics",
                inboxRequest, "/influencer/campaigns/" + campaignId + "/join")) {
            problems.addAll(problemsOn(page(influencer, path), path));
        }
        for (String path : List.of("/admin", "/admin/sponsors", "/admin/appeals", "/admin/users", "/admin/audit",
                "/admin/users/" + idOf("a11y@example.com"), "/profile", request.replace("/sponsor/", "/admin/"),
                "/admin/campaigns", "/admin/campaigns/" + campaignId, "/admin/ad-requests", "/admin/admins/new",
                "/admin/deliveries", "/admin/reports", "/admin/analytics")) {
            problems.addAll(problemsOn(page(admin, path), path));
        }

        assertThat(problems).isEmpty();
        assertThat(controlsChecked).as("form controls inspected").isGreaterThan(60);
    }

    private int controlsChecked;

    private List<String> problemsOn(Document page, String path) {
        List<String> problems = new ArrayList<>();
        if (page.select("html[lang]").isEmpty()) {
            problems.add(path + ": no page language");
        }
        if (page.select("h1").size() != 1) {
            problems.add(path + ": " + page.select("h1").size() + " main headings");
        }
        for (Element control : page.select("input, select, textarea")) {
            String type = control.attr("type");
            if (List.of("hidden", "submit", "button").contains(type)) {
                continue;
            }
            controlsChecked++;
            String id = control.id();
            boolean labelled = !id.isEmpty() && !page.select("label[for=" + id + "]").isEmpty()
                    || control.hasAttr("aria-label") || control.parents().is("label");
            if (!labelled) {
                problems.add(path + ": no label for " + control.outerHtml());
            }
        }
        for (Element form : page.select("form[method=post]")) {
            if (form.select("input[name=_csrf]").isEmpty()) {
                problems.add(path + ": form without CSRF token " + form.attr("action"));
            }
        }
        return problems;
    }
}
