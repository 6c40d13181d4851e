package com.sponsorlink;

import java.time.Clock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Boots the notifications module on its own for its module test; the real application lives in app.
 * Listeners run asynchronously, as in the app: on SQLite a listener running on the committing
 * thread would wait for the write lock that thread still holds.
 */
@SpringBootApplication
@EnableAsync
class NotificationsTestApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
