package com.sponsorlink.identity.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.sponsorlink.identity.events.SuspensionAppealed;

/**
 * Suspended users' appeals, one per suspension. The appellant cannot sign in, so the appeal checks
 * their email and password as sign-in does: under the same throttle, and with the same message for
 * a wrong email as for a wrong password, so that it tells nothing about addresses.
 */
@Service
@Transactional
class AppealService {

    static final String WRONG_EMAIL_OR_PASSWORD = "Wrong email or password.";
    static final String NOT_SUSPENDED = "Your account is not suspended; sign in instead.";

    private final Accounts accounts;
    private final Appeals appeals;
    private final PasswordEncoder passwords;
    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private volatile String unknownAccountHash;

    AppealService(Accounts accounts, Appeals appeals, PasswordEncoder passwords, SignInThrottle throttle,
            ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.appeals = appeals;
        this.passwords = passwords;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
    }

    AppealFiling file(String email, String password, String text) {
        if (throttle.isThrottled(email)) {
            return AppealFiling.refused(new SignInThrottledException(throttle.window().toMinutes()).getMessage());
        }
        Optional<Account> account = accounts.findByEmail(email);
        if (!passwordMatches(account, password)) {
            throttle.recordFailure(email);
            return AppealFiling.refused(WRONG_EMAIL_OR_PASSWORD);
        }
        throttle.forget(email);
        Account user = account.orElseThrow();
        if (!user.suspended()) {
            return AppealFiling.refused(NOT_SUSPENDED);
        }
        Instant suspendedAt = accounts.suspendedAt(user.id()).orElse(Instant.EPOCH);
        UUID appealId = UUID.randomUUID();
        Instant now = clock.instant();
        if (!appeals.insert(appealId, user.id(), suspendedAt, text.strip(), now)) {
            return AppealFiling.refused(appeals.find(user.id(), suspendedAt).orElseThrow().state(clock.getZone()));
        }
        events.publishEvent(new SuspensionAppealed(appealId, user.id(), text.strip(), now));
        return AppealFiling.filed(appealId);
    }

    /** Checks a password even for an unknown address, so both take about as long. */
    private boolean passwordMatches(Optional<Account> account, String password) {
        if (account.isEmpty()) {
            if (unknownAccountHash == null) {
                unknownAccountHash = passwords.encode("no account has this password");
            }
            passwords.matches(password, unknownAccountHash);
            return false;
        }
        return passwords.matches(password, account.get().passwordHash());
    }
}
