package com.sponsorlink.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * A sponsor's monthly report of last month: written by the job (here run by the admin), sent by
 * email as HTML, in the inbox, and on the reports page to read and download, for its owner only.
 */
class MonthlyReportJourneyTests extends WebJourney {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final YearMonth LAST_MONTH = YearMonth.now().minusMonths(1);

    @BeforeAll
    static void startSmtp() {
        SMTP.start();
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        properties.add("app.notifications.dispatch-every", () -> "PT0.2S");
        properties.add("app.base-url", () -> "https://sponsorlink.example");
    }

    @Test
    void aSponsorGetsLastMonthsReportByEmailInTheInboxAndToDownloadAndNobodyElseSeesIt() throws Exception {
        MockHttpSession sponsor = approvedSponsor("reported@brand.example", "Reported & Co");
        String campaign = submit(sponsor, campaign("Autumn reels", "Reels for autumn", "TECH", "5000", LocalDate.now(),
                LocalDate.now().plusDays(60), "PUBLIC")).getResponse().getRedirectedUrl().substring("/sponsor/campaigns/".length());
        registerInfluencer("report-yes@example.com", "Yes Creator", "100");
        registerInfluencer("report-no@example.com", "No Creator", "100");
        registerInfluencer("report-later@example.com", "Later Creator", "100");
        String accepted = send(sponsor, campaign, "report-yes@example.com", "300");
        String rejected = send(sponsor, campaign, "report-no@example.com", "200");
        send(sponsor, campaign, "report-later@example.com", "150");
        submit(signedIn("report-yes@example.com", PASSWORD), post(accepted.replace("/sponsor/", "/influencer/") + "/accept")
            .param("version", "0"));
        submit(signedIn("report-no@example.com", PASSWORD), post(rejected.replace("/sponsor/", "/influencer/") + "/reject")
            .param("version", "0").param("reason", "Busy"));
        happenedLastMonth("reported@brand.example");

        MockHttpSession admin = admin();
        Document refused = html(submit(admin, post("/admin/reports/run").param("month", YearMonth.now().toString())));
        assertThat(refused.select("#month-error").text()).isEqualTo("Choose a month that has ended.");
        assertThat(refused.select("#month").val()).isEqualTo(YearMonth.now().toString());
        assertThat(html(submit(admin, post("/admin/reports/run").param("month", "last month"))).select("#month-error").text())
            .isEqualTo("Give a month as year and month, such as 2026-10.");
        MvcResult started = submit(admin, post("/admin/reports/run").param("month", LAST_MONTH.toString()));
        assertThat(started.getResponse().getRedirectedUrl()).isEqualTo("/admin/reports");

        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().untilAsserted(() ->
                assertThat(page(sponsor, "/sponsor/reports").select("#reports tbody tr")).hasSize(1));
        String summary = LAST_MONTH.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.US) + " "
                + LAST_MONTH.getYear() + ": 3 ad requests sent, 1 accepted, 1 rejected; $300.00 agreed.";
        Document reports = page(sponsor, "/sponsor/reports");
        assertThat(reports.select("#reports tbody td").first().text()).isEqualTo(summary);
        String read = reports.select("#reports a:contains(Read)").attr("href");

        MvcResult shown = mvc.perform(get(read).session(sponsor)).andReturn();
        assertThat(shown.getResponse().getContentType()).startsWith("text/html");
        assertThat(shown.getResponse().getHeaders("Content-Security-Policy")).as("its own policy, in place of the pages' one")
            .singleElement().asString().startsWith("default-src 'none'");
        Document report = Jsoup.parse(shown.getResponse().getContentAsString());
        assertThat(report.select("p.lead").text()).startsWith("Reported & Co ·");
        assertThat(List.of(report.select("#sent").text(), report.select("#accepted").text(), report.select("#rejected").text(),
                report.select("#agreed").text(), report.select("#acceptance-rate").text()))
            .containsExactly("3", "1", "1", "$300.00", "50%");
        assertThat(report.select("#campaigns tbody tr")).singleElement().satisfies(row -> {
            assertThat(row.select("th").text()).startsWith("Autumn reels");
            assertThat(row.select("td").eachText()).containsExactly("3", "0", "1", "1", "$300.00", "$300.00", "$5,000.00", "6%");
        });
        assertThat(report.select("#top-influencers tbody tr").eachText()).containsExactly("Yes Creator 1 $300.00");

        MvcResult downloaded = mvc.perform(get(read + "/download").session(sponsor)).andReturn();
        assertThat(downloaded.getResponse().getHeader("Content-Disposition"))
            .isEqualTo("attachment; filename=\"sponsorlink-report-" + LAST_MONTH + ".html\"");
        assertThat(downloaded.getResponse().getContentAsString()).isEqualTo(shown.getResponse().getContentAsString());
        assertThat(status(approvedSponsor("nosy-reader@brand.example", "Nosy"), get(read))).isEqualTo(404);
        assertThat(status(approvedSponsor("nosy-downloader@brand.example", "Nosier"), get(read + "/download"))).isEqualTo(404);
        assertThat(status(signedIn("report-yes@example.com", PASSWORD), get(read))).isEqualTo(403);

        String title = "Your " + summary.substring(0, summary.indexOf(':')) + " on SponsorLink";
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(page(sponsor, "/notifications").select("#notifications li:contains(" + title + ")")).hasSize(1));
        String open = page(sponsor, "/notifications").select("#notifications li:contains(" + title + ") form").attr("action");
        assertThat(submit(sponsor, post(open)).getResponse().getRedirectedUrl()).isEqualTo(read);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(reportsMailedTo("reported@brand.example", title)).hasSize(1));
        MimeMessage mail = reportsMailedTo("reported@brand.example", title).get(0);
        assertThat(mail.getSubject()).isEqualTo(title);
        String raw = GreenMailUtil.getWholeMessage(mail);
        assertThat(raw).contains("text/plain", "text/html");
        assertThat(mail.getContent()).isInstanceOf(MimeMultipart.class);
        assertThat(htmlPartOf(mail).select("#agreed").text()).isEqualTo("$300.00");

        submit(admin, post("/admin/reports/run").param("month", LAST_MONTH.toString()));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(page(admin, "/admin/reports")
            .select("#report-runs tbody tr:contains(An admin)").eachText())
            .filteredOn(row -> row.startsWith(LAST_MONTH.toString()) && !row.contains("Running")).hasSizeGreaterThanOrEqualTo(2));
        Thread.sleep(1000);
        assertThat(page(sponsor, "/sponsor/reports").select("#reports tbody tr")).as("a second run adds no second report").hasSize(1);
        assertThat(reportsMailedTo("reported@brand.example", title)).hasSize(1);
    }

    /** Moves the sponsor's ad requests and what happened to them to the middle of last month. */
    private void happenedLastMonth(String sponsorEmail) {
        long when = LAST_MONTH.atDay(15).atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        String sponsorId = idOf(sponsorEmail).toString();
        db.execute("update adrequests_history set happened_at = ? where ad_request_id in "
                + "(select id from adrequests_ad_requests where sponsor_id = ?)", when, sponsorId);
        db.execute("update adrequests_ad_requests set created_at = ? where sponsor_id = ?", when, sponsorId);
        assertThat(Instant.ofEpochMilli(when)).isBefore(Instant.now());
    }

    private String send(MockHttpSession sponsor, String campaignId, String influencerEmail, String payment) throws Exception {
        return submit(sponsor, post("/sponsor/ad-requests").param("campaignId", campaignId)
            .param("influencerId", idOf(influencerEmail).toString()).param("requirements", "One reel")
            .param("payment", payment)).getResponse().getRedirectedUrl();
    }

    private static Document htmlPartOf(MimeMessage mail) throws Exception {
        return Jsoup.parse(find((MimeMultipart) mail.getContent()));
    }

    /** The text/html part, wherever the multipart nests it. */
    private static String find(MimeMultipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.isMimeType("text/html")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof MimeMultipart nested) {
                String html = find(nested);
                if (html != null) {
                    return html;
                }
            }
        }
        return null;
    }

    private static List<MimeMessage> reportsMailedTo(String address, String subject) throws Exception {
        List<MimeMessage> mails = new java.util.ArrayList<>();
        for (MimeMessage mail : SMTP.getReceivedMessages()) {
            if (subject.equals(mail.getSubject()) && java.util.Arrays.stream(mail.getAllRecipients())
                    .anyMatch(recipient -> recipient.toString().equals(address))) {
                mails.add(mail);
            }
        }
        return mails;
    }
}
