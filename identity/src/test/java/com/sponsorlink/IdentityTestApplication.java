package com.sponsorlink;

import java.time.Clock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Boots the identity module on its own for its module test; the real application lives in app.
 */
@SpringBootApplication
class IdentityTestApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
