package com.sponsorlink.app;

import static org.assertj.core.api.Assertions.assertThat;


import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Demo mode seeds a year of marketplace activity through the application's own services.
 */
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

    @Test
    void demoModeSeedsAYearOfSponsorsInfluencersCampaignsAndNegotiatedAdRequests() throws Exception {
        assertThat(count("select count(*) from identity_users where role = 'SPONSOR' and approval = 'APPROVED'")).isGreaterThanOrEqualTo(30);
        assertThat(count("select count(*) from identity_users where role = 'INFLUENCER'")).isGreaterThanOrEqualTo(200);
        assertThat(count("select count(*) from campaigns_campaigns")).isBetween(80L, 140L);
        long requests = count("select count(*) from adrequests_ad_requests");
        assertThat(requests).isBetween(700L, 1600L);
        assertThat(count("select count(*) from adrequests_history where kind = 'OFFERED'")).as("counter-offers")
            .isGreaterThan(requests + requests / 5);
        for (String status : new String[] { "PENDING", "NEGOTIATING", "ACCEPTED", "REJECTED", "COMPLETED" }) {
            assertThat(count("select count(*) from adrequests_ad_requests where status = '" + status + "'")).as(status).isPositive();
        }
        assertThat(count("select count(*) from identity_users where registered_at < "
                + java.time.Instant.now().minus(java.time.Duration.ofDays(300)).toEpochMilli())).as("a year of history").isPositive();

        Document growth = page(admin(), "/admin/analytics");
        assertThat(AnalyticsJourneyTests.table(growth, "growth")).hasSize(12)
            .allSatisfy(month -> assertThat(month.subList(1, 5).stream().mapToInt(Integer::parseInt).sum()).as(month.get(0)).isPositive());
        assertThat(AnalyticsJourneyTests.table(growth, "volume").stream().filter(month -> !month.get(2).equals("0")).count())
            .isGreaterThanOrEqualTo(8);
        assertThat(AnalyticsJourneyTests.table(growth, "volume")).as("completed demo deals were paid")
            .anySatisfy(month -> assertThat(month.get(3)).isNotEqualTo("$0.00"));
        Document sponsor = page(signedIn("sponsor@demo.test", "demo-password"), "/sponsor/analytics");
        assertThat(Integer.parseInt(sponsor.select("#sent").text())).isPositive();
        assertThat(AnalyticsJourneyTests.table(sponsor, "spend-by-month")).isNotEmpty();
    }

    private long count(String sql) {
        return ((Number) db.fetchValue(sql)).longValue();
    }
}
