package com.sponsorlink.app;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Consumer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Infrastructure every context shares: the clock (which demo mode can turn back), scheduling for background work, and
 * asynchronous after-commit listeners. These must not run on the committing thread: on SQLite that
 * thread holds the write lock until its transaction is fully cleaned up.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableAsync
class InfrastructureConfiguration {

    @Bean
    Clock clock() {
        return new DemoTime(ZoneId.systemDefault());
    }

    /** Demo mode only: lets the demo data seeders date each step in the past year. */
    @Bean
    @ConditionalOnBooleanProperty("app.demo")
    Consumer<Instant> demoTime() {
        return DemoTime.setter();
    }
}
