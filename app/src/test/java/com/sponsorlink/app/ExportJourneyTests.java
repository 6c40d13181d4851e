package com.sponsorlink.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/**
 * "Export my campaigns": written in the background, downloadable by its owner only, notified when ready.
 */
class ExportJourneyTests extends WebJourney {

    static final LocalDate TODAY = LocalDate.now();

    @Test
    void aSponsorExportsCampaignsWithTheirAdRequestsAndOnlyTheyCanDownloadIt() throws Exception {
        MockHttpSession sponsor = approvedSponsor("exporter@brand.example", "Exporter Brand");
        String withRequests = campaignId(submit(sponsor, campaign("Alpha launch", "About alpha", "TECH", "5000", TODAY,
                TODAY.plusDays(30), "PUBLIC")));
        submit(sponsor, campaign("Beta, quiet", "About beta", "TECH", "800", TODAY, TODAY.plusDays(10), "PRIVATE"));
        registerInfluencer("exported1@example.com", "Exported One", "100");
        registerInfluencer("exported2@example.com", "Exported Two", "100");
        String first = send(sponsor, withRequests, "exported1@example.com", "=HYPERLINK(\"http://evil.example\")", "250");
        send(sponsor, withRequests, "exported2@example.com", "Two reels, one \"story\"", "100");
        submit(signedIn("exported1@example.com", PASSWORD), post(first.replace("/sponsor/", "/influencer/") + "/accept")
            .param("version", "0"));

        MvcResult started = submit(sponsor, post("/sponsor/exports"));
        assertThat(started.getResponse().getRedirectedUrl()).isEqualTo("/sponsor/exports");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(page(sponsor, "/sponsor/exports").select("#exports a:contains(Download CSV)")).hasSize(1));
        String download = page(sponsor, "/sponsor/exports").select("#exports a:contains(Download CSV)").attr("href");
        MvcResult file = mvc.perform(get(download).session(sponsor)).andReturn();
        assertThat(file.getResponse().getContentType()).startsWith("text/csv");
        assertThat(file.getResponse().getHeader("Content-Disposition")).startsWith("attachment; filename=\"sponsorlink-campaigns-");
        List<String> lines = List.of(file.getResponse().getContentAsString().split("\r\n"));
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("campaign,visibility,start_date,end_date,budget,committed,ad_request_id,influencer,"
                + "status,amount,agreed,paid,due_date,requirements");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Alpha launch,PUBLIC," + TODAY + "," + TODAY.plusDays(30)
                + ",5000.00,250.00,").contains(",Exported One,ACCEPTED,250.00,250.00,0.00,,\"'=HYPERLINK(\"\"http://evil.example\"\")\""));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains(",Exported Two,PENDING,100.00,,,,\"Two reels, one \"\"story\"\"\""));
        assertThat(lines).anySatisfy(line -> assertThat(line).isEqualTo("\"Beta, quiet\",PRIVATE," + TODAY + "," + TODAY.plusDays(10)
                + ",800.00,0.00,,,,,,,,"));

        assertThat(status(approvedSponsor("other-exporter@brand.example", "Other"), get(download))).isEqualTo(404);
        assertThat(status(signedIn("exported1@example.com", PASSWORD), get(download))).isEqualTo(403);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(page(sponsor, "/notifications").select("#notifications li").eachText())
                    .anySatisfy(text -> assertThat(text).contains("Your export is ready", "3 rows")));
    }

    private static String campaignId(MvcResult created) {
        return created.getResponse().getRedirectedUrl().substring("/sponsor/campaigns/".length());
    }

    private String send(MockHttpSession sponsor, String campaignId, String influencerEmail, String requirements,
            String payment) throws Exception {
        return submit(sponsor, post("/sponsor/ad-requests").param("campaignId", campaignId)
            .param("influencerId", idOf(influencerEmail).toString()).param("requirements", requirements)
            .param("payment", payment)).getResponse().getRedirectedUrl();
    }
}
