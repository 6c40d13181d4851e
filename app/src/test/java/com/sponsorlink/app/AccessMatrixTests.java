package com.sponsorlink.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page the application serves, opened by every kind of visitor: someone signed out (sent to
 * the sign-in page), each role (only the role whose space it is gets in), and for the pages of one
 * sponsor's or influencer's objects, their owner (gets the page) and another user of the same role
 * (gets 404, as if the object did not exist). The routes come from Spring MVC's own mapping.
 */
class AccessMatrixTests extends WebJourney {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void everyPageAgainstEveryRoleOwnerAndNonOwner() throws Exception {
        MockHttpSession owner = approvedSponsor("matrix-owner@brand.example", "Matrix Owner");
        MockHttpSession otherSponsor = approvedSponsor("matrix-other@brand.example", "Matrix Other");
        registerInfluencer("matrix-addressed@example.com", "Matrix Addressed", "10");
        registerInfluencer("matrix-other@example.com", "Matrix Other Creator", "10");
        MockHttpSession addressed = signedIn("matrix-addressed@example.com", PASSWORD);
        MockHttpSession otherInfluencer = signedIn("matrix-other@example.com", PASSWORD);
        MockHttpSession admin = admin();
        String campaign = submit(owner, campaign("Matrix campaign", "About it", "TECH", "900", LocalDate.now(),
                LocalDate.now().plusDays(9), "PUBLIC")).getResponse().getRedirectedUrl().substring("/sponsor/campaigns/".length());
        String request = submit(owner, post("/sponsor/ad-requests").param("campaignId", campaign)
            .param("influencerId", idOf("matrix-addressed@example.com").toString()).param("requirements", "One post")
            .param("payment", "100")).getResponse().getRedirectedUrl().substring("/sponsor/ad-requests/".length());
        submit(owner, post("/sponsor/exports"));
        await().atMost(Duration.ofSeconds(10)).until(() -> db.fetchExists(db.selectFrom("adrequests_exports")
            .where("sponsor_id = ? and status = 'READY'", idOf("matrix-owner@brand.example").toString())));
        String export = db.fetchValue("select id from adrequests_exports where sponsor_id = ?",
                idOf("matrix-owner@brand.example").toString()).toString();
        Map<String, String> objects = Map.of("/sponsor/campaigns/", campaign, "/sponsor/ad-requests/", request,
                "/influencer/ad-requests/", request, "/influencer/campaigns/", campaign, "/sponsor/exports/", export,
                "/sponsor/influencers/", idOf("matrix-addressed@example.com").toString(),
                "/admin/users/", idOf("matrix-addressed@example.com").toString(), "/admin/campaigns/", campaign,
                "/admin/ad-requests/", request);
        Map<String, MockHttpSession> roles = Map.of("SPONSOR", owner, "INFLUENCER", addressed, "ADMIN", admin);
        Map<String, MockHttpSession> others = Map.of("SPONSOR", otherSponsor, "INFLUENCER", otherInfluencer);
        List<String> ownerScoped = List.of("/sponsor/campaigns/{", "/sponsor/ad-requests/{", "/influencer/ad-requests/{",
                "/sponsor/exports/{");

        List<String> wrong = new ArrayList<>();
        List<Routes.Route> pages = Routes.of(mapping).reading();
        for (Routes.Route route : pages) {
            String url = route.url(name -> switch (name) {
                case "chart" -> route.pattern().startsWith("/admin") ? "growth" : route.pattern().startsWith("/sponsor") ? "funnel" : "earnings-by-month";
                default -> objects.entrySet().stream().filter(e -> route.pattern().startsWith(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(UUID.randomUUID().toString());
            });
            boolean open = List.of("/", "/login", "/appeal", "/register/sponsor", "/register/influencer", "/error").contains(route.pattern());
            MockHttpServletResponse anonymous = mvc.perform(get(url)).andReturn().getResponse();
            if (!open && !(anonymous.getStatus() == 302 && anonymous.getRedirectedUrl().endsWith("/login"))) {
                wrong.add(route + ": signed out got " + anonymous.getStatus());
            }
            String space = route.space();
            for (Map.Entry<String, MockHttpSession> role : roles.entrySet()) {
                MockHttpServletResponse response = mvc.perform(get(url).session(role.getValue())).andReturn().getResponse();
                int status = response.getStatus();
                boolean mayEnter = space == null || space.equals(role.getKey());
                if (mayEnter && (status == 403 || status == 302 && !open && response.getRedirectedUrl().endsWith("/login"))) {
                    wrong.add(route + ": " + role.getKey() + " of its space got " + status);
                }
                if (!mayEnter && status != 403) {
                    wrong.add(route + ": " + role.getKey() + " outside its space got " + status);
                }
                if (mayEnter && space != null && objects.keySet().stream().anyMatch(route.pattern()::startsWith) && status != 200
                        && !route.pattern().contains("/reports/")) {
                    wrong.add(route + ": the owner (" + role.getKey() + ") got " + status);
                }
            }
            if (ownerScoped.stream().anyMatch(route.pattern()::startsWith)) {
                int status = mvc.perform(get(url).session(others.get(space))).andReturn().getResponse().getStatus();
                if (status != 404) {
                    wrong.add(route + ": another " + space + " got " + status + " instead of 404");
                }
            }
        }
        assertThat(pages).hasSizeGreaterThan(40);
        assertThat(wrong).isEmpty();
    }
}
