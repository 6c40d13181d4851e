package com.sponsorlink.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

class ModerationJourneyTests extends WebJourney {

    @Test
    void theAdminApprovesAPendingSponsorWhoseDashboardThenShowsApproved() throws Exception {
        registerSponsor("pending@sponsor.example", "Pending Co");
        MockHttpSession sponsor = signedIn("pending@sponsor.example", PASSWORD);
        assertThat(page(sponsor, "/sponsor").select("h2 .badge").text()).isEqualTo("Pending approval");

        MockHttpSession admin = admin();
        var approvals = page(admin, "/admin/sponsors");
        assertThat(approvals.select("tbody tr").text()).contains("Pending Co", "pending@sponsor.example");
        UUID sponsorId = idOf("pending@sponsor.example");

        MvcResult approve = submit(admin, post("/admin/sponsors/{id}/approve", sponsorId));

        assertThat(approve.getResponse().getRedirectedUrl()).isEqualTo("/admin/sponsors");
        assertThat(page(sponsor, "/sponsor").select("h2 .badge").text()).isEqualTo("Approved");
        assertThat(page(admin, "/admin/sponsors").select("tbody tr").text()).doesNotContain("Pending Co");
        assertThat(page(admin, "/admin/audit").select("tbody tr").first().text())
            .contains("Approved sponsor", "Pending Co");
    }

    @Test
    void approvingTheSameSponsorTwiceIsRefusedWithAConflict() throws Exception {
        registerSponsor("twice@sponsor.example", "Twice Co");
        MockHttpSession admin = admin();
        UUID sponsorId = idOf("twice@sponsor.example");
        submit(admin, post("/admin/sponsors/{id}/approve", sponsorId));

        MvcResult again = submit(admin, post("/admin/sponsors/{id}/approve", sponsorId));

        assertThat(again.getResponse().getStatus()).isEqualTo(409);
        assertThat(html(again).select("main .lead").text()).isEqualTo("Twice Co was already approved; the decision stands.");
    }

    @Test
    void rejectingNeedsAReasonWhichTheSponsorThenSees() throws Exception {
        registerSponsor("rejected@sponsor.example", "Shady Co");
        MockHttpSession admin = admin();
        UUID sponsorId = idOf("rejected@sponsor.example");

        MvcResult withoutReason = submit(admin, post("/admin/sponsors/{id}/reject", sponsorId).param("reason", " "));
        assertThat(html(withoutReason).select("#reason-error-" + sponsorId).text())
            .isEqualTo("Give a reason: the person concerned and the audit trail will see it.");

        submit(admin, post("/admin/sponsors/{id}/reject", sponsorId).param("reason", "No company registration found"));

        MockHttpSession sponsor = signedIn("rejected@sponsor.example", PASSWORD);
        var dashboard = page(sponsor, "/sponsor");
        assertThat(dashboard.select("h2 .badge").text()).isEqualTo("Rejected");
        assertThat(dashboard.text()).contains("Reason: No company registration found");
    }

    @Test
    void aSuspendedUserCannotSignInAndIsToldWhyUntilReinstated() throws Exception {
        registerInfluencer("spammer@example.com", "Spammer", "10");
        MockHttpSession admin = admin();
        UUID influencerId = idOf("spammer@example.com");

        submit(admin, post("/admin/users/{id}/suspend", influencerId).param("reason", "Fake followers"));

        MockHttpSession attempt = new MockHttpSession();
        assertThat(signIn(attempt, "spammer@example.com", PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(page(attempt, "/login").select(".alert-danger").text())
            .isEqualTo("Your account is suspended: Fake followers You cannot sign in until an admin lifts the suspension.");
        assertThat(page(admin, "/admin/audit").select("tbody tr").first().text())
            .contains("Suspended user", "Spammer", "Fake followers");

        submit(admin, post("/admin/users/{id}/reinstate", influencerId).param("reason", "Appeal accepted"));
        signedIn("spammer@example.com", PASSWORD);
    }

    @Test
    void aSuspensionEndsTheUsersOpenSessions() throws Exception {
        registerInfluencer("online@example.com", "Online", "10");
        MockHttpSession influencer = signedIn("online@example.com", PASSWORD);
        assertThat(page(influencer, "/influencer").select("h1").text()).isEqualTo("Welcome, Online");

        submit(admin(), post("/admin/users/{id}/suspend", idOf("online@example.com")).param("reason", "Scam messages"));

        MvcResult next = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/influencer")
            .session(influencer)).andReturn();
        assertThat(next.getResponse().getRedirectedUrl()).isEqualTo("/login?suspended");
        assertThat(page(new MockHttpSession(), "/login?suspended").select(".alert-warning").text())
            .isEqualTo("You were signed out because an admin suspended your account.");
    }

    @Test
    void aSuspensionWithAWrongPasswordRevealsNothing() throws Exception {
        registerInfluencer("hidden@example.com", "Hidden", "10");
        MockHttpSession admin = admin();
        submit(admin, post("/admin/users/{id}/suspend", idOf("hidden@example.com")).param("reason", "Spam"));

        MockHttpSession attempt = new MockHttpSession();
        signIn(attempt, "hidden@example.com", "wrong-password");
        assertThat(page(attempt, "/login").select(".alert-danger").text()).isEqualTo("Wrong email or password.");
    }

    @Test
    void anAdminCannotSuspendThemselves() throws Exception {
        MockHttpSession admin = admin();

        MvcResult result = submit(admin, post("/admin/users/{id}/suspend", idOf(ADMIN_EMAIL)).param("reason", "Oops"));

        assertThat(result.getResponse().getStatus()).isEqualTo(409);
        assertThat(html(result).select("main .lead").text()).isEqualTo("You cannot suspend your own account.");
    }

    @Test
    void theUserListSearchesByNameOrEmailAndFiltersByRole() throws Exception {
        registerSponsor("search@sponsor.example", "Findable Brand");
        registerInfluencer("search@influencer.example", "Findable Creator", "10");
        MockHttpSession admin = admin();

        assertThat(page(admin, "/admin/users?q=findable").select("tbody tr")).hasSize(2);
        assertThat(page(admin, "/admin/users?q=FINDABLE&role=SPONSOR").select("tbody tr td:first-child").eachText())
            .containsExactly("Findable Brand");
        assertThat(page(admin, "/admin/users?q=search@influencer").select("tbody tr td:first-child").eachText())
            .containsExactly("Findable Creator");
        assertThat(page(admin, "/admin/users?q=%25").select(".alert").text()).contains("No user matches");
    }

    @Test
    void aSponsorOrInfluencerCannotModerate() throws Exception {
        registerSponsor("sneaky@sponsor.example", "Sneaky");
        MockHttpSession sponsor = signedIn("sneaky@sponsor.example", PASSWORD);

        MvcResult selfApproval = submit(sponsor, post("/admin/sponsors/{id}/approve", idOf("sneaky@sponsor.example")));

        assertThat(selfApproval.getResponse().getStatus()).isEqualTo(403);
        assertThat(page(sponsor, "/sponsor").select("h2 .badge").text()).isEqualTo("Pending approval");
    }
}
