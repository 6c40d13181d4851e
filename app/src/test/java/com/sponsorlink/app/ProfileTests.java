package com.sponsorlink.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

class ProfileTests extends WebJourney {

    @Test
    void anInfluencerEditsTheirProfileAndTheLayoutShowsTheNewName() throws Exception {
        registerInfluencer("editor@example.com", "Old Name", "100");
        MockHttpSession session = signedIn("editor@example.com", PASSWORD);
        assertThat(page(session, "/profile").select("#displayName").val()).isEqualTo("Old Name");

        MvcResult saved = submit(session, post("/influencer/profile")
            .param("displayName", "New Name").param("category", "FOOD").param("niche", "street food")
            .param("reach", "2500").param("platforms", "TIKTOK"));

        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/profile");
        var dashboard = page(session, "/influencer");
        assertThat(dashboard.select("h1").text()).isEqualTo("Welcome, New Name");
        assertThat(dashboard.select("#profile-summary").text()).contains("Food", "street food", "2,500 followers");
        assertThat(dashboard.select("nav a[href=/profile]").text()).contains("New Name");

        registerSponsor("watching@sponsor.example", "Watching Co");
        submit(admin(), post("/admin/sponsors/{id}/approve", idOf("watching@sponsor.example")));
        var search = page(signedIn("watching@sponsor.example", PASSWORD), "/sponsor/influencers?niche=street");
        assertThat(search.select("tbody tr").text()).as("sponsors find the edited profile").contains("New Name", "2,500", "TikTok");
    }

    @Test
    void anInvalidProfileEditChangesNothing() throws Exception {
        registerSponsor("budget@sponsor.example", "Budget Co");
        MockHttpSession session = signedIn("budget@sponsor.example", PASSWORD);

        MvcResult refused = submit(session, post("/sponsor/profile")
            .param("organisationName", "Renamed Co").param("industry", "Tools").param("yearlyBudget", "-10"));

        assertThat(html(refused).select("#yearlyBudget-error").text()).isEqualTo("The budget cannot be negative.");
        assertThat(html(refused).select("#yearlyBudget").val()).isEqualTo("-10");
        assertThat(page(session, "/profile").select("#organisationName").val()).isEqualTo("Budget Co");
        assertThat(page(session, "/profile").select("#yearlyBudget").val()).isEqualTo("25000.00");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() throws Exception {
        registerInfluencer("rotate@example.com", "Rotate", "10");
        MockHttpSession session = signedIn("rotate@example.com", PASSWORD);

        MvcResult wrong = submit(session, post("/profile/password").param("currentPassword", "not-my-password")
            .param("newPassword", "brand-new-password").param("confirmation", "brand-new-password"));
        assertThat(html(wrong).select("#currentPassword-error").text()).isEqualTo("This is not your current password.");

        MvcResult mismatch = submit(session, post("/profile/password").param("currentPassword", PASSWORD)
            .param("newPassword", "brand-new-password").param("confirmation", "brand-new-passwort"));
        assertThat(html(mismatch).select("#confirmation-error").text()).isEqualTo("The two new passwords differ.");

        MvcResult changed = submit(session, post("/profile/password").param("currentPassword", PASSWORD)
            .param("newPassword", "brand-new-password").param("confirmation", "brand-new-password"));
        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/profile");

        signedIn("rotate@example.com", "brand-new-password");
    }
}
