package com.sponsorlink.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The analytics pages of the three roles: the figures equal the data, each chart's table equals
 * its CSV download, and a bad period is refused beside the field.
 */
class AnalyticsJourneyTests extends WebJourney {

    static final String MONTH = YearMonth.now().toString();
    static final String PERIOD = "from=" + YearMonth.now().minusMonths(2) + "&to=" + MONTH;

    @Test
    void aSponsorSeesTheirFunnelSpendAndNegotiationAndEachTableMatchesItsCsv() throws Exception {
        MockHttpSession sponsor = approvedSponsor("analyst@brand.example", "Analyst Brand");
        String metrics = campaignId(submit(sponsor, campaign("Metrics launch", "About metrics", "TECH", "5000", LocalDate.now(),
                LocalDate.now().plusDays(40), "PUBLIC")));
        String food = campaignId(submit(sponsor, campaign("Food fest", "About food", "FOOD", "2000", LocalDate.now(),
                LocalDate.now().plusDays(20), "PUBLIC")));
        registerInfluencer("counted-a@example.com", "Counted A", "100");
        registerInfluencer("counted-b@example.com", "Counted B", "100");
        registerInfluencer("counted-c@example.com", "Counted C", "100");
        MockHttpSession a = signedIn("counted-a@example.com", PASSWORD);
        String toA = send(sponsor, metrics, "counted-a@example.com", "300");
        submit(a, post(inbox(toA) + "/counter").param("version", "0").param("amount", "400").param("message", "My rate"));
        submit(sponsor, post(toA + "/accept").param("version", "1"));
        String toB = send(sponsor, food, "counted-b@example.com", "200");
        MockHttpSession b = signedIn("counted-b@example.com", PASSWORD);
        submit(b, post(inbox(toB) + "/accept").param("version", "0"));
        int delivered = deliveredAndApproved(sponsor, b, toB.substring("/sponsor/ad-requests/".length()), 1);
        submit(sponsor, post(toB + "/complete").param("version", String.valueOf(delivered)));
        String toC = send(sponsor, metrics, "counted-c@example.com", "100");
        submit(signedIn("counted-c@example.com", PASSWORD), post(inbox(toC) + "/reject").param("version", "0").param("reason", "No"));

        Document page = page(sponsor, "/sponsor/analytics?" + PERIOD);

        assertThat(List.of(text(page, "#sent"), text(page, "#accepted"), text(page, "#acceptance-rate"), text(page, "#offer-change")))
            .containsExactly("3", "2", "67%", "+$50.00");
        assertThat(text(page, "#offer-change-percent")).isEqualTo("per deal on average, +20.0% of the first offers");
        assertThat(table(page, "funnel")).containsExactly(List.of("Sent", "3"), List.of("Negotiating", "0"), List.of("Accepted", "2"),
                List.of("Rejected", "1"));
        assertThat(table(page, "budgets")).as("latest start first, then by name").containsExactly(
                List.of("Food fest", "$2,000.00", "$200.00", "$200.00", "$0.00"),
                List.of("Metrics launch", "$5,000.00", "$400.00", "$0.00", "$0.00"));
        assertThat(table(page, "spend-by-category")).containsExactly(List.of("Tech", "$400.00", "1"), List.of("Food", "$200.00", "1"));
        assertThat(table(page, "spend-by-month")).hasSize(3).last().isEqualTo(List.of(MONTH, "$600.00", "2"));
        for (String chart : List.of("funnel", "budgets", "spend-by-category", "spend-by-month")) {
            assertThat(csv(sponsor, page, chart)).as(chart).isEqualTo(tableAsCsv(page, chart));
        }
        assertThat(page.select("script[src*=chart.umd.min.js], script[src$=charts.js]")).hasSize(2);

        assertThat(status(signedIn("counted-a@example.com", PASSWORD), get("/sponsor/analytics"))).isEqualTo(403);
        assertThat(status(sponsor, get("/sponsor/analytics/no-such-chart.csv"))).isEqualTo(404);

        Document influencer = page(a, "/influencer/analytics?" + PERIOD);
        assertThat(List.of(text(influencer, "#sent"), text(influencer, "#accepted"), text(influencer, "#acceptance-rate"),
                text(influencer, "#earned"))).containsExactly("1", "1", "100%", "$400.00");
        assertThat(table(influencer, "earnings-by-month")).last().isEqualTo(List.of(MONTH, "$400.00", "1"));
        assertThat(table(influencer, "offers-by-category")).containsExactly(List.of("Tech", "1"));
        assertThat(table(influencer, "best-paying-sponsors")).containsExactly(List.of("Analyst Brand", "$400.00", "1"));
        for (String chart : List.of("earnings-by-month", "offers-by-category", "best-paying-sponsors")) {
            assertThat(csv(a, influencer, chart)).as(chart).isEqualTo(tableAsCsv(influencer, chart));
        }
    }

    @Test
    void theAdminSeesGrowthVolumeAndFlagsOverThePeriod() throws Exception {
        MockHttpSession sponsor = approvedSponsor("grower@brand.example", "Grower Brand");
        String campaign = campaignId(submit(sponsor, campaign("Growth push", "About growth", "FITNESS", "900", LocalDate.now(),
                LocalDate.now().plusDays(10), "PUBLIC")));
        registerInfluencer("grown@example.com", "Grown", "100");
        String request = send(sponsor, campaign, "grown@example.com", "250");
        submit(signedIn("grown@example.com", PASSWORD), post(inbox(request) + "/accept").param("version", "0"));
        registerSponsor("waiting-grower@brand.example", "Waiting Grower");
        MockHttpSession admin = admin();

        Document page = page(admin, "/admin/analytics?" + PERIOD);

        List<String> thisMonth = table(page, "growth").get(2);
        assertThat(thisMonth.get(0)).isEqualTo(MONTH);
        assertThat(thisMonth.subList(1, 5)).allSatisfy(n -> assertThat(Integer.parseInt(n)).isPositive());
        assertThat(table(page, "volume").get(2).get(0)).isEqualTo(MONTH);
        assertThat(table(page, "flagged")).extracting(row -> row.get(0))
            .containsExactly("Flagged campaigns", "Frozen ad requests", "Suspended users", "Sponsors awaiting approval");
        assertThat(Integer.parseInt(table(page, "flagged").get(3).get(1))).isPositive();
        for (String chart : List.of("growth", "volume", "flagged")) {
            assertThat(csv(admin, page, chart)).as(chart).isEqualTo(tableAsCsv(page, chart));
        }
        assertThat(status(sponsor, get("/admin/analytics"))).isEqualTo(403);
    }

    @Test
    void aPeriodThatCannotBeReadIsRefusedBesideItsFieldWithTheTypedValuesKept() throws Exception {
        MockHttpSession sponsor = approvedSponsor("period@brand.example", "Period Brand");

        Document unreadable = page(sponsor, "/sponsor/analytics?from=2026-13&to=" + MONTH);
        assertThat(text(unreadable, "#from-error")).isEqualTo("Give a month as year and month, such as 2026-10.");
        assertThat(unreadable.select("#from").val()).isEqualTo("2026-13");
        assertThat(unreadable.select("figure.analytics-chart")).isEmpty();

        Document reversed = page(sponsor, "/sponsor/analytics?from=2026-05&to=2026-01");
        assertThat(text(reversed, "#to-error")).isEqualTo("Choose a month on or after the first one.");
        assertThat(page(sponsor, "/sponsor/analytics?from=2020-01&to=2026-01").select("#to-error").text())
            .isEqualTo("Choose at most 36 months.");

        assertThat(status(sponsor, get("/sponsor/analytics/funnel.csv?from=2026-13"))).as("a CSV of an unreadable period").isEqualTo(400);
        assertThat(status(admin(), get("/admin/analytics/growth.csv?from=2026-05&to=2026-01"))).isEqualTo(400);

        Document empty = page(sponsor, "/sponsor/analytics");
        assertThat(empty.select("#from").val()).isEqualTo(YearMonth.now().minusMonths(11).toString());
        assertThat(empty.select("#funnel").text()).contains("No ad request was created in this period.");
    }

    /** The table of a chart, row by row, as the page shows it. */
    static List<List<String>> table(Document page, String chart) {
        List<List<String>> rows = new ArrayList<>();
        for (Element row : page.select("#" + chart + " table tbody tr")) {
            rows.add(row.select("th, td").eachText());
        }
        return rows;
    }

    /** The table of a chart written as CSV from the numbers the chart is drawn from. */
    static String tableAsCsv(Document page, String chart) {
        StringBuilder csv = new StringBuilder(String.join(",", page.select("#" + chart + " table thead th").eachText())).append("\r\n");
        for (Element row : page.select("#" + chart + " table tbody tr")) {
            List<String> cells = new ArrayList<>();
            cells.add(row.selectFirst("th").text());
            row.select("td").forEach(cell -> cells.add(cell.attr("data-value")));
            csv.append(String.join(",", cells)).append("\r\n");
        }
        return csv.toString();
    }

    private String csv(MockHttpSession session, Document page, String chart) throws Exception {
        String href = page.select("#" + chart + " a:contains(CSV)").attr("href");
        MvcResult result = mvc.perform(get(href).session(session)).andReturn();
        assertThat(result.getResponse().getContentType()).startsWith("text/csv");
        return result.getResponse().getContentAsString();
    }

    private static String text(Document page, String selector) {
        return page.select(selector).text();
    }

    private static String inbox(String sponsorPath) {
        return sponsorPath.replace("/sponsor/", "/influencer/");
    }

    private static String campaignId(MvcResult created) {
        return created.getResponse().getRedirectedUrl().substring("/sponsor/campaigns/".length());
    }

    private String send(MockHttpSession sponsor, String campaignId, String influencerEmail, String payment) throws Exception {
        return submit(sponsor, post("/sponsor/ad-requests").param("campaignId", campaignId)
            .param("influencerId", idOf(influencerEmail).toString()).param("requirements", "Two posts")
            .param("payment", payment)).getResponse().getRedirectedUrl();
    }
}
