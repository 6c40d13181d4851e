package com.sponsorlink.app;

import static com.sponsorlink.app.persistence.jooq.Tables.APP_EVENT_PUBLICATIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;

/**
 * Notifications through a real Redis stream (the local server at 127.0.0.1:6379, which CI starts),
 * reached through a proxy the test can cut to play an outage. Skipped when no Redis answers.
 */
class RedisStreamsTests extends WebJourney {

    static final String STREAM = "sponsorlink-test:" + UUID.randomUUID();
    static SwitchableProxy redis;

    @BeforeAll
    static void redisAnswers() throws IOException {
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress("127.0.0.1", 6379), 500);
        }
        catch (IOException none) {
            Assumptions.abort("no Redis at 127.0.0.1:6379");
        }
        redis = new SwitchableProxy(6379);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        if (redis != null) {
            redis.close();
            RedisClient client = RedisClient.create("redis://127.0.0.1:6379");
            try (StatefulRedisConnection<String, String> connection = client.connect()) {
                connection.sync().del(STREAM, STREAM + ":dead");
            }
            client.shutdown();
        }
    }

    @DynamicPropertySource
    static void throughRedis(DynamicPropertyRegistry properties) {
        properties.add("app.redis.url", () -> "redis://127.0.0.1:" + redis.port());
        properties.add("app.redis.stream", () -> STREAM);
        properties.add("app.events.retry-every", () -> "PT1S");
        properties.add("app.events.retry-after", () -> "PT1S");
    }

    @Test
    void aNewAdRequestReachesTheInboxThroughTheStreamExactlyOnce() throws Exception {
        MockHttpSession sponsor = approvedSponsor("streamer@brand.example", "Stream Brand");
        registerInfluencer("streamed@example.com", "Streamed", "100");

        send(sponsor, "Stream campaign", "streamed@example.com");

        MockHttpSession influencer = signedIn("streamed@example.com", PASSWORD);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(page(influencer, "/notifications").select("#notifications li").eachText())
                    .singleElement().asString().contains("Stream Brand sent you an ad request"));
        try (var connection = RedisClient.create("redis://127.0.0.1:6379").connect()) {
            assertThat(connection.sync().xlen(STREAM)).isPositive();
            assertThat(connection.sync().xpending(STREAM, "notifications").getCount()).isZero();
        }
    }

    @Test
    void withRedisAwayActionsStillSucceedAndOnceItIsBackEveryNotificationArrivesExactlyOnce() throws Exception {
        MockHttpSession sponsor = approvedSponsor("outage@brand.example", "Outage Brand");
        registerInfluencer("patient@example.com", "Patient", "100");
        MockHttpSession influencer = signedIn("patient@example.com", PASSWORD);

        redis.down();
        try {
            MvcResult sent = send(sponsor, "Outage campaign", "patient@example.com");
            assertThat(sent.getResponse().getRedirectedUrl()).startsWith("/sponsor/ad-requests/");
            Thread.sleep(2500);
            assertThat(page(influencer, "/notifications").select("#notifications li")).isEmpty();
            assertThat(db.fetchCount(APP_EVENT_PUBLICATIONS, APP_EVENT_PUBLICATIONS.COMPLETED_AT.isNull()
                .and(APP_EVENT_PUBLICATIONS.EVENT_TYPE.endsWith("AdRequestCreated")))).isPositive();
        }
        finally {
            redis.up();
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(page(influencer, "/notifications").select("#notifications li").eachText())
                    .singleElement().asString().contains("Outage Brand sent you an ad request"));
        Thread.sleep(2000);
        assertThat(page(influencer, "/notifications").select("#notifications li")).hasSize(1);
    }

    private MvcResult send(MockHttpSession sponsor, String campaignName, String influencerEmail) throws Exception {
        String campaign = submit(sponsor, campaign(campaignName, "About it", "TECH", "5000", LocalDate.now(),
                LocalDate.now().plusDays(30), "PUBLIC")).getResponse().getRedirectedUrl().substring("/sponsor/campaigns/".length());
        return submit(sponsor, post("/sponsor/ad-requests").param("campaignId", campaign)
            .param("influencerId", idOf(influencerEmail).toString()).param("requirements", "One reel").param("payment", "300"));
    }
}
