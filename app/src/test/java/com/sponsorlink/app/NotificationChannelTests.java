package com.sponsorlink.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;

/**
 * Email, Google Chat and SMS: a real SMTP server (GreenMail) and a local HTTP server stand in for
 * the mail provider, Google Chat and the SMS gateway.
 */
class NotificationChannelTests extends WebJourney {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static HttpServer http;
    static final List<String> CHAT = new CopyOnWriteArrayList<>();
    static final List<String> SMS = new CopyOnWriteArrayList<>();
    static final AtomicInteger FAILING_CALLS = new AtomicInteger();
    static volatile boolean failingRecovered;

    @BeforeAll
    static void startServers() throws IOException {
        SMTP.start();
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/chat", exchange -> {
            CHAT.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        http.createContext("/sms", exchange -> {
            SMS.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        http.createContext("/broken", exchange -> {
            exchange.getRequestBody().readAllBytes();
            FAILING_CALLS.incrementAndGet();
            exchange.sendResponseHeaders(failingRecovered ? 200 : 503, -1);
            exchange.close();
        });
        http.start();
    }

    @AfterAll
    static void stopServers() {
        http.stop(0);
        SMTP.stop();
    }

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        properties.add("app.notifications.chat.allowed-url-prefix", () -> "http://127.0.0.1:");
        properties.add("app.notifications.sms.gateway-url", () -> "http://127.0.0.1:" + http.getAddress().getPort() + "/sms");
        properties.add("app.notifications.dispatch-every", () -> "PT0.2S");
        properties.add("app.notifications.first-retry", () -> "PT0.05S");
        properties.add("app.base-url", () -> "https://sponsorlink.example");
    }

    @Test
    void aNewAdRequestReachesTheInboxTheMailboxTheWebhookAndThePhoneEachExactlyOnce() throws Exception {
        MockHttpSession sponsor = approvedSponsor("channels@brand.example", "Channel Brand");
        registerInfluencer("everywhere@example.com", "Everywhere", "500");
        MockHttpSession influencer = signedIn("everywhere@example.com", PASSWORD);
        MvcResult saved = submit(influencer, post("/notifications/preferences").param("email", "true").param("chat", "true")
            .param("webhookUrl", "http://127.0.0.1:" + http.getAddress().getPort() + "/chat").param("sms", "true")
            .param("phone", "+44 7700 900123"));
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/notifications/preferences");
        String request = sendAdRequest(sponsor, "Channel campaign", "everywhere@example.com");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(mailsTo("everywhere@example.com")).hasSize(1);
            assertThat(CHAT).hasSize(1);
            assertThat(SMS).hasSize(1);
        });
        Thread.sleep(1000);

        MimeMessage mail = mailsTo("everywhere@example.com").get(0);
        assertThat(mail.getSubject()).isEqualTo("Channel Brand sent you an ad request: $500.00");
        assertThat(((String) mail.getContent()).strip())
            .endsWith("https://sponsorlink.example" + request.replace("/sponsor/", "/influencer/"));
        assertThat(CHAT).singleElement().asString().contains("\"text\"", "Channel Brand sent you an ad request");
        assertThat(SMS).singleElement().asString().contains("\"to\":\"+44 7700 900123\"", "$500.00");
        assertThat(mailsTo("everywhere@example.com")).hasSize(1);
        assertThat(page(influencer, "/notifications").select("#notifications li")).hasSize(1);
    }

    @Test
    void aWebhookOutsideTheAllowedPrefixIsRefusedBesideTheField() throws Exception {
        registerInfluencer("ssrf@example.com", "Ssrf", "10");
        MockHttpSession influencer = signedIn("ssrf@example.com", PASSWORD);

        Document form = html(submit(influencer, post("/notifications/preferences").param("email", "true").param("chat", "true")
            .param("webhookUrl", "http://169.254.169.254/latest/meta-data").param("phone", "")));

        assertThat(form.select("#webhookUrl-error").text()).startsWith("Paste your Google Chat webhook URL");
        assertThat(form.select("#webhookUrl").val()).isEqualTo("http://169.254.169.254/latest/meta-data");
        assertThat(page(influencer, "/notifications/preferences").select("#chat1").hasAttr("checked")).isFalse();
    }

    @Test
    void aFailingWebhookNeverSlowsTheActionIsRetriedDiesAfterFiveAttemptsAndAnAdminRetriesIt() throws Exception {
        MockHttpSession sponsor = approvedSponsor("flaky@brand.example", "Flaky Brand");
        registerInfluencer("flaky@example.com", "Flaky", "500");
        MockHttpSession influencer = signedIn("flaky@example.com", PASSWORD);
        submit(influencer, post("/notifications/preferences").param("chat", "true")
            .param("webhookUrl", "http://127.0.0.1:" + http.getAddress().getPort() + "/broken").param("phone", ""));

        long started = System.nanoTime();
        sendAdRequest(sponsor, "Flaky campaign", "flaky@example.com");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));

        MockHttpSession admin = admin();
        // between failures it waits for its next attempt (the last wait is 3.2 s here)
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).ignoreExceptions().untilAsserted(() ->
                assertThat(rowOf(page(admin, "/admin/deliveries?status=RETRYING"), "Flaky Brand sent you an ad request"))
                    .contains("Chat", "Retrying at", "IOException: HTTP 503"));
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() ->
                assertThat(rowOf(page(admin, "/admin/deliveries?status=DEAD"), "Flaky Brand sent you an ad request"))
                    .contains("Chat", "Dead", "5", "IOException: HTTP 503"));
        assertThat(FAILING_CALLS.get()).isEqualTo(5);

        failingRecovered = true;
        String retry = page(admin, "/admin/deliveries?status=DEAD").select("tbody tr:contains(Flaky Brand) form").attr("action");
        submit(admin, post(retry));

        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() ->
                assertThat(rowOf(page(admin, "/admin/deliveries?status=SENT"), "Flaky Brand sent you an ad request"))
                    .contains("Chat", "Sent"));
        assertThat(FAILING_CALLS.get()).isEqualTo(6);
    }

    private String sendAdRequest(MockHttpSession sponsor, String campaignName, String influencerEmail) throws Exception {
        String campaign = submit(sponsor, campaign(campaignName, "About it", "TECH", "5000", LocalDate.now(),
                LocalDate.now().plusDays(30), "PUBLIC")).getResponse().getRedirectedUrl().substring("/sponsor/campaigns/".length());
        return submit(sponsor, post("/sponsor/ad-requests").param("campaignId", campaign)
            .param("influencerId", idOf(influencerEmail).toString()).param("requirements", "One reel")
            .param("payment", "500")).getResponse().getRedirectedUrl();
    }

    private static List<MimeMessage> mailsTo(String address) {
        return List.of(SMTP.getReceivedMessagesForDomain(address));
    }
}
