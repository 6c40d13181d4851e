package com.sponsorlink.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

class SignInTests extends WebJourney {

    @Test
    void eachRoleLandsOnItsOwnDashboard() throws Exception {
        registerSponsor("lands@sponsor.example", "Lands Inc");
        registerInfluencer("lands@influencer.example", "Lands", "10");

        assertThat(landingOf("lands@sponsor.example", PASSWORD)).isEqualTo("/sponsor");
        assertThat(landingOf("lands@influencer.example", PASSWORD)).isEqualTo("/influencer");
        assertThat(landingOf(ADMIN_EMAIL, ADMIN_PASSWORD)).isEqualTo("/admin");
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameMessageAndTheTypedEmailIsKept() throws Exception {
        registerInfluencer("known@example.com", "Known", "10");

        String wrongPassword = failedSignInMessage("known@example.com", "not-the-password");
        String unknownEmail = failedSignInMessage("nobody@example.com", PASSWORD);

        assertThat(wrongPassword).isEqualTo("Wrong email or password.").isEqualTo(unknownEmail);
    }

    @Test
    void changesTheSessionIdAtSignIn() throws Exception {
        registerInfluencer("fixation@example.com", "Fixation", "10");
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        signIn(session, "fixation@example.com", PASSWORD);

        assertThat(session.getId()).isNotEqualTo(before);
    }

    @Test
    void throttlesAnAccountAfterFiveFailedAttemptsEvenWithTheRightPassword() throws Exception {
        registerInfluencer("throttled@example.com", "Throttled", "10");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(failedSignInMessage("throttled@example.com", "guess-" + attempt)).isEqualTo("Wrong email or password.");
        }

        assertThat(failedSignInMessage("throttled@example.com", PASSWORD))
            .isEqualTo("Too many failed sign-in attempts for this account. Wait 15 minutes and try again.");
    }

    @Test
    void anAnonymousVisitorIsSentToSignInAndBackToThePageTheyWanted() throws Exception {
        registerSponsor("back@sponsor.example", "Back Inc");
        MockHttpSession session = new MockHttpSession();

        MvcResult protectedPage = mvc.perform(get("/profile").session(session)).andReturn();
        assertThat(protectedPage.getResponse().getRedirectedUrl()).endsWith("/login");

        MvcResult signIn = signIn(session, "back@sponsor.example", PASSWORD);
        assertThat(signIn.getResponse().getRedirectedUrl()).endsWith("/profile?continue");
    }

    @Test
    void anotherRolesPagesAnswerForbidden() throws Exception {
        registerInfluencer("curious@example.com", "Curious", "10");
        MockHttpSession influencer = signedIn("curious@example.com", PASSWORD);

        assertThat(mvc.perform(get("/sponsor").session(influencer)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/admin").session(influencer)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/admin/sponsors").session(influencer)).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theLayoutShowsTheSignedInUsersNameAndALogOutForm() throws Exception {
        registerInfluencer("layout@example.com", "Layout Lena", "10");
        MockHttpSession session = signedIn("layout@example.com", PASSWORD);

        var dashboard = page(session, "/influencer");

        assertThat(dashboard.select("nav a[href=/profile]").text()).contains("Layout Lena");
        assertThat(dashboard.select("form[action=/logout] input[name=_csrf]")).hasSize(1);
        assertThat(dashboard.select("nav a").eachText()).doesNotContain("Register as sponsor");
    }

    private String landingOf(String email, String password) throws Exception {
        MockHttpSession session = new MockHttpSession();
        String afterSignIn = signIn(session, email, password).getResponse().getRedirectedUrl();
        assertThat(afterSignIn).isEqualTo("/dashboard");
        return mvc.perform(get(afterSignIn).session(session)).andReturn().getResponse().getRedirectedUrl();
    }

    private String failedSignInMessage(String email, String password) throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult result = signIn(session, email, password);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        var loginPage = page(session, "/login");
        assertThat(loginPage.select("#email").val()).isEqualTo(email);
        return loginPage.select(".alert-danger").text();
    }
}
