package com.sponsorlink.notifications.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.sponsorlink.notifications.inbox.Deliveries.Delivery;

/**
 * Sends queued deliveries in the background. A failed send is retried after 30 seconds (by
 * default; {@code app.notifications.first-retry}), then four times longer after each further
 * failure; after the fifth failure the delivery is dead until an admin retries it.
 */
@Component
class Dispatcher {

    static final int MAX_ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final Deliveries deliveries;
    private final MessageTexts texts;
    private final Map<Channel.Kind, Channel> channels = new EnumMap<>(Channel.Kind.class);
    private final Clock clock;
    private final int batch;
    private final Duration firstRetry;

    Dispatcher(Deliveries deliveries, MessageTexts texts, List<Channel> channels, Clock clock,
            @Value("${app.notifications.batch:20}") int batch,
            @Value("${app.notifications.first-retry:PT30S}") Duration firstRetry) {
        this.deliveries = deliveries;
        this.texts = texts;
        channels.forEach(channel -> this.channels.put(channel.kind(), channel));
        this.clock = clock;
        this.batch = batch;
        this.firstRetry = firstRetry;
    }

    /** Sends what is due; returns how many deliveries it attempted. */
    @Scheduled(fixedDelayString = "${app.notifications.dispatch-every:PT2S}")
    int dispatch() {
        Instant now = clock.instant();
        if (!deliveries.anyDue(now)) {
            return 0;
        }
        List<Delivery> due = deliveries.claimDue(now, batch);
        for (Delivery delivery : due) {
            try {
                channels.get(delivery.channel()).send(delivery.address(), texts.of(delivery));
                deliveries.sent(delivery.id(), clock.instant());
            }
            catch (Exception failure) {
                int attempts = delivery.attempts() + 1;
                Instant retryAt = attempts >= MAX_ATTEMPTS ? null : clock.instant().plus(backoff(firstRetry, attempts));
                log.warn("{} delivery {} failed (attempt {}): {}", delivery.channel(), delivery.id(), attempts, failure.toString());
                deliveries.failed(delivery.id(), failure.getClass().getSimpleName() + ": " + failure.getMessage(), retryAt);
            }
        }
        return due.size();
    }

    /** Deliveries a dispatcher claimed and never finished (its process died) go back in the queue. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void requeueAbandoned() {
        deliveries.requeueAbandoned(clock.instant().minus(Duration.ofMinutes(5)));
    }

    /** The first delay after the first failure, four times longer after each further one. */
    static Duration backoff(Duration first, int failedAttempts) {
        return first.multipliedBy(1L << (2 * (failedAttempts - 1)));
    }
}
