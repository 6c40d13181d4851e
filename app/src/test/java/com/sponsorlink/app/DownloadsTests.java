package com.sponsorlink.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/**
 * Files people download: an export only by its owner, and each analytics CSV only with the
 * downloader's own numbers.
 */
class DownloadsTests extends WebJourney {

    @Test
    void anExportDownloadsForItsOwnerOnlyAndAnalyticsCsvsHoldOnlyTheDownloadersOwnData() throws Exception {
        MockHttpSession owner = approvedSponsor("download-owner@brand.example", "Download Owner");
        MockHttpSession other = approvedSponsor("download-other@brand.example", "Download Other");
        registerInfluencer("download@example.com", "Downloader", "10");
        MockHttpSession influencer = signedIn("download@example.com", PASSWORD);
        submit(owner, campaign("Owner's secret launch", "Theirs", "TECH", "900", LocalDate.now(), LocalDate.now().plusDays(9), "PRIVATE"));
        submit(owner, post("/sponsor/exports"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !page(owner, "/sponsor/exports").select("#exports a:contains(Download CSV)").isEmpty());
        String download = page(owner, "/sponsor/exports").select("#exports a:contains(Download CSV)").attr("href");

        assertThat(mvc.perform(get(download).session(owner)).andReturn().getResponse().getContentAsString()).contains("Owner's secret launch");
        assertThat(status(other, get(download))).isEqualTo(404);
        assertThat(status(influencer, get(download))).isEqualTo(403);
        assertThat(mvc.perform(get(download)).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");

        assertThat(mvc.perform(get("/sponsor/analytics/budgets.csv").session(owner)).andReturn().getResponse().getContentAsString())
            .contains("Owner's secret launch");
        assertThat(mvc.perform(get("/sponsor/analytics/budgets.csv").session(other)).andReturn().getResponse().getContentAsString())
            .doesNotContain("Owner's secret launch");
        assertThat(status(influencer, get("/sponsor/analytics/budgets.csv"))).isEqualTo(403);
        assertThat(status(owner, get("/admin/analytics/growth.csv"))).isEqualTo(403);
    }
}
