package com.sponsorlink.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "app.demo=true")
class DemoModeTests extends WebJourney {

    @Test
    void demoModeSeedsAnApprovedSponsorAPendingOneAndInfluencersWithTheDemoPassword() throws Exception {
        assertThat(page(signedIn("sponsor@demo.test", "demo-password"), "/sponsor").select("h2 .badge").text())
            .isEqualTo("Approved");
        assertThat(page(signedIn("pending-sponsor@demo.test", "demo-password"), "/sponsor").select("h2 .badge").text())
            .isEqualTo("Pending approval");
        assertThat(page(signedIn("chef@demo.test", "demo-password"), "/influencer").select("h1").text())
            .isEqualTo("Welcome, Green Pan");
        assertThat(page(admin(), "/admin/sponsors").select("tbody tr").text()).contains("Lumen Skincare");
    }
}
