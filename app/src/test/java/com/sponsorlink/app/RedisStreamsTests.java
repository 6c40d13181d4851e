package com.sponsorlink.app;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;

/**
 * The Redis Streams scenarios against the local Redis server at 127.0.0.1:6379, which CI starts.
 * Skipped when no Redis answers there.
 */
class RedisStreamsTests extends RedisStreamsScenarios {

    static final String SERVER = "redis://127.0.0.1:6379";
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
            RedisClient client = RedisClient.create(SERVER);
            try (StatefulRedisConnection<String, String> connection = client.connect()) {
                connection.sync().del(STREAM, STREAM + ":dead");
            }
            client.shutdown();
        }
    }

    @DynamicPropertySource
    static void localRedis(DynamicPropertyRegistry properties) {
        throughRedis(properties, redis, STREAM);
    }

    @Override
    SwitchableProxy proxy() {
        return redis;
    }

    @Override
    String serverUrl() {
        return SERVER;
    }

    @Override
    String stream() {
        return STREAM;
    }
}
