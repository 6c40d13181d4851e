package com.sponsorlink.app;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;

/**
 * The Redis Streams scenarios against a throwaway Redis container, where a Docker engine runs;
 * skipped cleanly where none does (the same scenarios run against the local server in
 * {@link RedisStreamsTests}).
 */
@Testcontainers(disabledWithoutDocker = true)
class RedisStreamsContainerTests extends RedisStreamsScenarios {

    static final String STREAM = "sponsorlink-container-test";

    @Container
    static final GenericContainer<?> REDIS = new GenericContainer<>(DockerImageName.parse("redis:7-alpine")).withExposedPorts(6379);

    static SwitchableProxy redis;

    @BeforeAll
    static void startProxy() throws IOException {
        redis = new SwitchableProxy(REDIS.getHost(), REDIS.getMappedPort(6379));
    }

    @AfterAll
    static void closeProxy() throws IOException {
        if (redis != null) {
            redis.close();
        }
    }

    @DynamicPropertySource
    static void containerRedis(DynamicPropertyRegistry properties) {
        throughRedis(properties, redis, STREAM);
    }

    @Override
    SwitchableProxy proxy() {
        return redis;
    }

    @Override
    String serverUrl() {
        return "redis://" + REDIS.getHost() + ":" + REDIS.getMappedPort(6379);
    }

    @Override
    String stream() {
        return STREAM;
    }
}
