package com.sponsorlink.notifications.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class DispatcherTests {

    @Test
    void retriesWaitFourTimesLongerAfterEachFailure() {
        Duration first = Duration.ofSeconds(30);

        assertThat(Dispatcher.backoff(first, 1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Dispatcher.backoff(first, 2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(Dispatcher.backoff(first, 3)).isEqualTo(Duration.ofMinutes(8));
        assertThat(Dispatcher.backoff(first, 4)).isEqualTo(Duration.ofMinutes(32));
    }
}
