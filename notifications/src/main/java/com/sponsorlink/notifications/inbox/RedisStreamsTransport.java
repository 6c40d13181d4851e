package com.sponsorlink.notifications.inbox;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.Consumer;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.RedisClient;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.XReadArgs.StreamOffset;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.models.stream.ClaimedMessages;
import io.lettuce.core.models.stream.PendingMessage;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events through a Redis stream, read by the {@code notifications} consumer group, so several app
 * instances share the work. An entry is acknowledged once handled. An entry left pending (its
 * consumer died, or handling failed) is claimed again after a minute ({@code app.redis.reclaim-after}); after
 * {@code maxDeliveries} deliveries it moves to the dead-letter stream, where an admin can retry it.
 * Only event types of this application's {@code events} packages are ever deserialized.
 */
class RedisStreamsTransport implements EventTransport, SmartLifecycle {

    static final String GROUP = "notifications";
    private static final Logger log = LoggerFactory.getLogger(RedisStreamsTransport.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RedisClient client;
    private final String stream;
    private final String deadLetters;
    private final int maxDeliveries;
    private final Duration reclaimAfter;
    private final NotificationHandlers handlers;
    private final String consumer = "consumer-" + ManagementFactory.getRuntimeMXBean().getName();
    private StatefulRedisConnection<String, String> writer;
    private volatile boolean running;
    private Thread reader;

    RedisStreamsTransport(String url, String stream, int maxDeliveries, Duration reclaimAfter, NotificationHandlers handlers) {
        this.client = RedisClient.create(url);
        // fail fast while Redis is away: the registry retries, rather than a thread waiting on a queued command
        client.setOptions(ClientOptions.builder()
            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
            .timeoutOptions(TimeoutOptions.enabled(Duration.ofSeconds(5)))
            .build());
        client.setDefaultTimeout(Duration.ofSeconds(5));
        this.stream = stream;
        this.deadLetters = stream + ":dead";
        this.maxDeliveries = maxDeliveries;
        this.reclaimAfter = reclaimAfter;
        this.handlers = handlers;
    }

    @Override
    public synchronized void send(Object event) {
        commands().xadd(stream, Map.of("type", event.getClass().getName(), "body", JSON.writeValueAsString(event)));
    }

    /** Entries that failed {@code maxDeliveries} times, oldest first. */
    List<StreamMessage<String, String>> deadLetters(int limit) {
        return commands().xrange(deadLetters, Range.create("-", "+"), Limit.from(limit));
    }

    /** Puts a dead-lettered entry back on the stream for another round of deliveries. */
    boolean retry(String deadLetterId) {
        List<StreamMessage<String, String>> found = commands().xrange(deadLetters, Range.create(deadLetterId, deadLetterId));
        if (found.isEmpty()) {
            return false;
        }
        Map<String, String> body = found.get(0).getBody();
        commands().xadd(stream, Map.of("type", body.get("type"), "body", body.get("body")));
        commands().xdel(deadLetters, deadLetterId);
        return true;
    }

    String stream() {
        return stream;
    }

    @Override
    public void start() {
        running = true;
        reader = new Thread(this::readLoop, "redis-stream-" + GROUP);
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public void stop() {
        running = false;
        if (reader != null) {
            reader.interrupt();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private synchronized RedisCommands<String, String> commands() {
        if (writer == null || !writer.isOpen()) {
            writer = client.connect();
        }
        return writer.sync();
    }

    private void readLoop() {
        StatefulRedisConnection<String, String> connection = null;
        long lastReclaim = 0;
        while (running) {
            try {
                if (connection == null || !connection.isOpen()) {
                    connection = client.connect();
                    createGroup(connection.sync());
                }
                RedisCommands<String, String> redis = connection.sync();
                if (System.currentTimeMillis() - lastReclaim > reclaimAfter.toMillis() / 2) {
                    reclaim(redis);
                    lastReclaim = System.currentTimeMillis();
                }
                List<StreamMessage<String, String>> entries = redis.xreadgroup(Consumer.from(GROUP, consumer),
                        XReadArgs.Builder.block(Duration.ofSeconds(1)).count(20), StreamOffset.lastConsumed(stream));
                entries.forEach(entry -> handle(redis, entry));
            }
            catch (RuntimeException unavailable) {
                if (running) {
                    log.warn("Reading the {} stream failed; trying again in a second: {}", stream, unavailable.toString());
                    sleep();
                }
            }
        }
        if (connection != null) {
            connection.close();
        }
    }

    private void createGroup(RedisCommands<String, String> redis) {
        try {
            redis.xgroupCreate(StreamOffset.from(stream, "0-0"), GROUP, XGroupCreateArgs.Builder.mkstream());
        }
        catch (RedisBusyException exists) {
            // the group is there already, created by this or another instance
        }
    }

    /** Claims entries pending too long with any consumer, this one included, and handles them again. */
    private void reclaim(RedisCommands<String, String> redis) {
        ClaimedMessages<String, String> claimed = redis.xautoclaim(stream,
                XAutoClaimArgs.Builder.xautoclaim(Consumer.from(GROUP, consumer), reclaimAfter, "0-0").count(20));
        claimed.getMessages().forEach(entry -> handle(redis, entry));
    }

    private void handle(RedisCommands<String, String> redis, StreamMessage<String, String> entry) {
        try {
            handlers.dispatch(decode(entry.getBody()));
            redis.xack(stream, GROUP, entry.getId());
        }
        catch (RuntimeException failure) {
            List<PendingMessage> pending = redis.xpending(stream, GROUP, Range.create(entry.getId(), entry.getId()), Limit.from(1));
            long deliveries = pending.isEmpty() ? 1 : pending.get(0).getRedeliveryCount();
            log.warn("Handling {} failed (delivery {}): {}", entry.getId(), deliveries, failure.toString());
            if (deliveries >= maxDeliveries) {
                redis.xadd(deadLetters, Map.of("type", entry.getBody().get("type"), "body", entry.getBody().get("body"),
                        "error", String.valueOf(failure.getMessage()), "id", entry.getId()));
                redis.xack(stream, GROUP, entry.getId());
            }
        }
    }

    private static Object decode(Map<String, String> body) {
        String type = body.get("type");
        if (type == null || !type.startsWith("com.sponsorlink.") || !type.substring(0, type.lastIndexOf('.')).endsWith(".events")) {
            throw new IllegalArgumentException("Not an event of this application: " + type);
        }
        try {
            return JSON.readValue(body.get("body"), Class.forName(type));
        }
        catch (ClassNotFoundException unknown) {
            throw new IllegalArgumentException("Unknown event type " + type, unknown);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        }
        catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        }
    }
}
