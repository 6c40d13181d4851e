package com.sponsorlink.app;

import static com.sponsorlink.app.persistence.jooq.Tables.APP_EVENT_PUBLICATIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.servlet.MvcResult;

import com.sponsorlink.adrequests.events.AdRequestCreated;
import com.sponsorlink.adrequests.events.Party;

import io.lettuce.core.Consumer;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.RedisClient;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.TransactionResult;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.XReadArgs.StreamOffset;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notifications through a real Redis stream, reached through a proxy the tests cut to play an
 * outage: delivery exactly once, an outage, an entry reclaimed from a consumer that died, and an
 * entry that keeps failing moved to the dead letters, where the admin retries one. Run against the
 * local Redis server and, where Docker runs, against a Redis container.
 */
abstract class RedisStreamsScenarios extends WebJourney {

    static final String GROUP = "notifications";

    /** The proxy the application talks to Redis through. */
    abstract SwitchableProxy proxy();

    /** The Redis server itself, for the test's own look at the stream. */
    abstract String serverUrl();

    abstract String stream();

    static void throughRedis(DynamicPropertyRegistry properties, SwitchableProxy proxy, String stream) {
        properties.add("app.redis.url", () -> "redis://127.0.0.1:" + proxy.port());
        properties.add("app.redis.stream", () -> stream);
        properties.add("app.redis.reclaim-after", () -> "PT1S");
        properties.add("app.events.retry-every", () -> "PT1S");
        properties.add("app.events.retry-after", () -> "PT1S");
    }

    @Test
    void aNewAdRequestReachesTheInboxThroughTheStreamExactlyOnce() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        MockHttpSession sponsor = approvedSponsor("streamer-" + tag + "@brand.example", "Stream Brand " + tag);
        registerInfluencer("streamed-" + tag + "@example.com", "Streamed", "100");

        send(sponsor, "Stream campaign", "streamed-" + tag + "@example.com");

        MockHttpSession influencer = signedIn("streamed-" + tag + "@example.com", PASSWORD);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(page(influencer, "/notifications").select("#notifications li").eachText())
                    .singleElement().asString().contains("Stream Brand " + tag + " sent you an ad request"));
        redis(redis -> {
            assertThat(redis.xlen(stream())).isPositive();
            assertThat(redis.xpending(stream(), GROUP).getCount()).isZero();
            return null;
        });
    }

    @Test
    void withRedisAwayActionsStillSucceedAndOnceItIsBackEveryNotificationArrivesExactlyOnce() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        MockHttpSession sponsor = approvedSponsor("outage-" + tag + "@brand.example", "Outage Brand " + tag);
        registerInfluencer("patient-" + tag + "@example.com", "Patient", "100");
        MockHttpSession influencer = signedIn("patient-" + tag + "@example.com", PASSWORD);

        proxy().down();
        try {
            MvcResult sent = send(sponsor, "Outage campaign", "patient-" + tag + "@example.com");
            assertThat(sent.getResponse().getRedirectedUrl()).startsWith("/sponsor/ad-requests/");
            Thread.sleep(2500);
            assertThat(page(influencer, "/notifications").select("#notifications li")).isEmpty();
            assertThat(db.fetchCount(APP_EVENT_PUBLICATIONS, APP_EVENT_PUBLICATIONS.COMPLETED_AT.isNull()
                .and(APP_EVENT_PUBLICATIONS.EVENT_TYPE.endsWith("AdRequestCreated")))).isPositive();
        }
        finally {
            proxy().up();
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(page(influencer, "/notifications").select("#notifications li").eachText())
                    .singleElement().asString().contains("Outage Brand " + tag + " sent you an ad request"));
        Thread.sleep(2000);
        assertThat(page(influencer, "/notifications").select("#notifications li")).hasSize(1);
    }

    @Test
    void anEntryLeftPendingByAConsumerThatDiedIsReclaimedAndHandledOnce() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        approvedSponsor("reclaimed-" + tag + "@brand.example", "Reclaim Brand " + tag);
        registerInfluencer("reclaimed-" + tag + "@example.com", "Reclaimed", "100");
        MockHttpSession influencer = signedIn("reclaimed-" + tag + "@example.com", PASSWORD);
        Map<String, String> entry = entryOf(new AdRequestCreated(UUID.randomUUID(), UUID.randomUUID(),
                idOf("reclaimed-" + tag + "@brand.example"), idOf("reclaimed-" + tag + "@example.com"), Party.SPONSOR, 70_000,
                null, Instant.now()));

        // another instance reads the entry and dies before acknowledging it: added and read in one
        // transaction, so that this application's consumer cannot read it first
        String id = redis(redis -> {
            ensureGroup(redis);
            redis.multi();
            redis.xadd(stream(), entry);
            redis.xreadgroup(Consumer.from(GROUP, "instance-that-died"), XReadArgs.Builder.count(1), StreamOffset.lastConsumed(stream()));
            TransactionResult result = redis.exec();
            List<StreamMessage<String, String>> read = result.get(1);
            assertThat(read).singleElement().satisfies(message -> assertThat(message.getBody()).isEqualTo(entry));
            return read.get(0).getId();
        });
        assertThat(pendingWith(id)).as("left with the consumer that died").isEqualTo("instance-that-died");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(page(influencer, "/notifications").select("#notifications li").eachText())
                    .singleElement().asString().contains("Reclaim Brand " + tag + " sent you an ad request", "$700.00"));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(pendingWith(id)).isNull());
        Thread.sleep(2000);
        assertThat(page(influencer, "/notifications").select("#notifications li")).hasSize(1);
    }

    @Test
    void anEntryThatKeepsFailingIsDeadLetteredAndTheAdminRetriesADeadLetter() throws Exception {
        String poison = redis(redis -> redis.xadd(stream(), Map.of("type", AdRequestCreated.class.getName(), "body", "{not json")));

        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> assertThat(deadLetters())
            .anySatisfy(dead -> {
                assertThat(dead.getBody()).containsEntry("id", poison).containsEntry("type", AdRequestCreated.class.getName());
                assertThat(dead.getBody().get("error")).isNotBlank();
            }));
        assertThat(pendingWith(poison)).as("acknowledged once dead-lettered").isNull();
        MockHttpSession admin = admin();
        assertThat(page(admin, "/admin/deliveries").select("#dead-letters li").eachText())
            .anySatisfy(text -> assertThat(text).contains(AdRequestCreated.class.getName()));

        // a dead letter whose cause has gone (here: a good event) is handled once the admin retries it
        String tag = UUID.randomUUID().toString().substring(0, 8);
        approvedSponsor("revived-" + tag + "@brand.example", "Revived Brand " + tag);
        registerInfluencer("revived-" + tag + "@example.com", "Revived", "100");
        MockHttpSession influencer = signedIn("revived-" + tag + "@example.com", PASSWORD);
        Map<String, String> good = new java.util.HashMap<>(entryOf(new AdRequestCreated(UUID.randomUUID(), UUID.randomUUID(),
                idOf("revived-" + tag + "@brand.example"), idOf("revived-" + tag + "@example.com"), Party.SPONSOR, 12_300, null,
                Instant.now())));
        good.put("error", "the database was away");
        String dead = redis(redis -> redis.xadd(stream() + ":dead", good));
        String retry = page(admin, "/admin/deliveries").select("#dead-letters form[action$=/" + dead + "/retry]").attr("action");
        assertThat(retry).isEqualTo("/admin/dead-letters/" + dead + "/retry");

        assertThat(submit(admin, post(retry)).getResponse().getRedirectedUrl()).isEqualTo("/admin/deliveries");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(page(influencer, "/notifications").select("#notifications li").eachText())
                    .singleElement().asString().contains("Revived Brand " + tag + " sent you an ad request"));
        assertThat(deadLetters()).noneSatisfy(entry -> assertThat(entry.getId()).isEqualTo(dead));
    }

    private MvcResult send(MockHttpSession sponsor, String campaignName, String influencerEmail) throws Exception {
        String campaign = submit(sponsor, campaign(campaignName, "About it", "TECH", "5000", LocalDate.now(),
                LocalDate.now().plusDays(30), "PUBLIC")).getResponse().getRedirectedUrl().substring("/sponsor/campaigns/".length());
        return submit(sponsor, post("/sponsor/ad-requests").param("campaignId", campaign)
            .param("influencerId", idOf(influencerEmail).toString()).param("requirements", "One reel").param("payment", "300"));
    }

    /** An event as the application writes it to the stream. */
    private static Map<String, String> entryOf(Object event) {
        return Map.of("type", event.getClass().getName(), "body", JsonMapper.builder().build().writeValueAsString(event));
    }

    private void ensureGroup(RedisCommands<String, String> redis) {
        try {
            redis.xgroupCreate(StreamOffset.from(stream(), "0-0"), GROUP, XGroupCreateArgs.Builder.mkstream());
        }
        catch (RedisBusyException exists) {
            // created by the application already
        }
    }

    /** The consumer an entry is pending with, or null once acknowledged. */
    private String pendingWith(String id) {
        return redis(redis -> redis.xpending(stream(), GROUP, Range.create(id, id), Limit.from(1)).stream()
            .map(pending -> pending.getConsumer()).findFirst().orElse(null));
    }

    private List<StreamMessage<String, String>> deadLetters() {
        return redis(redis -> redis.xrange(stream() + ":dead", Range.create("-", "+")));
    }

    <T> T redis(Function<RedisCommands<String, String>, T> work) {
        RedisClient client = RedisClient.create(serverUrl());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return work.apply(connection.sync());
        }
        finally {
            client.shutdown();
        }
    }
}
