package com.sponsorlink.app;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Infrastructure every context shares: the clock, scheduling for background work, and
 * asynchronous after-commit listeners. These must not run on the committing thread: on SQLite that
 * thread holds the write lock until its transaction is fully cleaned up.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableAsync
class InfrastructureConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
