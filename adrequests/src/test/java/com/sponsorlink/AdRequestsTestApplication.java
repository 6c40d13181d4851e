package com.sponsorlink;

import java.time.Clock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Boots the ad requests module on its own for its module test; the real application lives in app.
 */
@SpringBootApplication
class AdRequestsTestApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
