package com.sponsorlink.notifications.inbox;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the event transport: in-process unless {@code app.redis.url} names a Redis server, so
 * the app needs nothing else installed by default.
 */
@Configuration(proxyBeanMethods = false)
class Transports {

    @Bean
    EventTransport eventTransport(NotificationHandlers handlers, @Value("${app.redis.url:}") String redisUrl,
            @Value("${app.redis.stream:sponsorlink:events}") String stream,
            @Value("${app.redis.max-deliveries:5}") int maxDeliveries,
            @Value("${app.redis.reclaim-after:PT1M}") Duration reclaimAfter) {
        if (redisUrl.isBlank()) {
            return event -> {
                if (!handlers.dispatch(event)) {
                    throw new IllegalArgumentException("No handler for " + event.getClass().getName());
                }
            };
        }
        return new RedisStreamsTransport(redisUrl, stream, maxDeliveries, reclaimAfter, handlers);
    }
}
