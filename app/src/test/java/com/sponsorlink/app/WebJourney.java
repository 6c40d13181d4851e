package com.sponsorlink.app;

import static com.sponsorlink.identity.persistence.jooq.Tables.IDENTITY_USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What the full-stack tests do as users: sign up through the forms, sign in, open pages and post
 * forms, reading the HTML that comes back. Each test class gets its own fresh SQLite database.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
abstract class WebJourney {

    static final String ADMIN_EMAIL = "admin@test.example";
    static final String ADMIN_PASSWORD = "test-admin-password";
    static final String PASSWORD = "a-good-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    DSLContext db;

    MvcResult registerSponsor(String email, String name) throws Exception {
        return mvc.perform(post("/register/sponsor").with(csrf())
                .param("email", email)
                .param("password", PASSWORD)
                .param("organisationName", name)
                .param("industry", "Outdoor gear")
                .param("yearlyBudget", "25000"))
            .andReturn();
    }

    MvcResult registerInfluencer(String email, String name, String reach) throws Exception {
        return mvc.perform(post("/register/influencer").with(csrf())
                .param("email", email)
                .param("password", PASSWORD)
                .param("displayName", name)
                .param("category", "TRAVEL")
                .param("niche", "long-distance hiking")
                .param("reach", reach)
                .param("platforms", "YOUTUBE", "INSTAGRAM"))
            .andReturn();
    }

    MockHttpSession approvedSponsor(String email, String name) throws Exception {
        registerSponsor(email, name);
        submit(admin(), post("/admin/sponsors/{id}/approve", idOf(email)));
        return signedIn(email, PASSWORD);
    }

    static MockHttpServletRequestBuilder campaign(String name, String description, String category, String budget,
            LocalDate start, LocalDate end, String visibility) {
        return post("/sponsor/campaigns")
            .param("name", name).param("description", description).param("category", category)
            .param("goals", "More reach").param("budget", budget)
            .param("startDate", start.toString()).param("endDate", end.toString())
            .param("visibility", visibility);
    }

    /** The status a request answers with, for requests whose refusal is the point. */
    int status(MockHttpSession session, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(session)).andReturn().getResponse().getStatus();
    }

    /** Posts the sign-in form; the session holds the result. */
    MvcResult signIn(MockHttpSession session, String email, String password) throws Exception {
        return mvc.perform(post("/login").session(session).with(csrf()).param("email", email).param("password", password))
            .andReturn();
    }

    MockHttpSession signedIn(String email, String password) throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult result = signIn(session, email, password);
        assertThat(result.getResponse().getRedirectedUrl()).as("sign-in of " + email).doesNotContain("error");
        return session;
    }

    MockHttpSession admin() throws Exception {
        return signedIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    Document page(MockHttpSession session, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).session(session)).andReturn();
        assertThat(result.getResponse().getStatus()).as("GET " + path).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    MvcResult submit(MockHttpSession session, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(session).with(csrf())).andReturn();
    }

    /**
     * The influencer hands in one deliverable of their accepted request and the sponsor approves it,
     * as each would on the request's page; returns the request's version after both steps.
     */
    int deliveredAndApproved(MockHttpSession sponsor, MockHttpSession influencer, String requestId, int version)
            throws Exception {
        submit(influencer, post("/influencer/ad-requests/{id}/deliverables", requestId).param("version", String.valueOf(version))
            .param("title", "Sponsored post").param("link", "https://example.com/posts/" + requestId).param("note", ""));
        String deliverable = db.fetchValue("select id from adrequests_deliverables where ad_request_id = ? order by created_at desc",
                requestId).toString();
        submit(sponsor, post("/sponsor/ad-requests/{id}/deliverables/{d}/approve", requestId, deliverable)
            .param("version", String.valueOf(version + 1)).param("feedback", ""));
        return version + 2;
    }

    UUID idOf(String email) {
        return UUID.fromString(db.select(IDENTITY_USERS.ID).from(IDENTITY_USERS)
            .where(IDENTITY_USERS.EMAIL_KEY.eq(email.toLowerCase(Locale.ROOT)))
            .fetchSingle(IDENTITY_USERS.ID));
    }

    int userCount() {
        return db.fetchCount(IDENTITY_USERS);
    }

    static String rowOf(Document page, String text) {
        return page.select("tbody tr").stream().filter(row -> row.text().contains(text)).findFirst().orElseThrow().text();
    }

    static Document html(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
