package com.sponsorlink.identity.account;

import static com.sponsorlink.identity.persistence.jooq.Tables.IDENTITY_SIGN_IN_FAILURES;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per email address and refuses further attempts once too many failed
 * within the window, whether or not the address belongs to an account (so throttling reveals nothing).
 */
@Component
@Transactional
class SignInThrottle {

    private final DSLContext db;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    SignInThrottle(DSLContext db, Clock clock, @Value("${app.sign-in.max-failures:5}") int maxFailures,
            @Value("${app.sign-in.window:15m}") Duration window) {
        this.db = db;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    Duration window() {
        return window;
    }

    boolean isThrottled(String email) {
        return db.fetchCount(IDENTITY_SIGN_IN_FAILURES, IDENTITY_SIGN_IN_FAILURES.EMAIL_KEY.eq(EmailAddresses.key(email))
            .and(IDENTITY_SIGN_IN_FAILURES.ATTEMPTED_AT.gt(windowStart()))) >= maxFailures;
    }

    void recordFailure(String email) {
        db.deleteFrom(IDENTITY_SIGN_IN_FAILURES).where(IDENTITY_SIGN_IN_FAILURES.ATTEMPTED_AT.le(windowStart())).execute();
        db.insertInto(IDENTITY_SIGN_IN_FAILURES)
            .set(IDENTITY_SIGN_IN_FAILURES.EMAIL_KEY, EmailAddresses.key(email))
            .set(IDENTITY_SIGN_IN_FAILURES.ATTEMPTED_AT, clock.instant())
            .execute();
    }

    void forget(String email) {
        db.deleteFrom(IDENTITY_SIGN_IN_FAILURES).where(IDENTITY_SIGN_IN_FAILURES.EMAIL_KEY.eq(EmailAddresses.key(email))).execute();
    }

    private Instant windowStart() {
        return clock.instant().minus(window);
    }
}
