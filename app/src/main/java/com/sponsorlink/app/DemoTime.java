package com.sponsorlink.app;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Consumer;

/**
 * The application's clock: the system clock, except on a thread that seeds demo data, which can
 * pretend it is another moment so that a year of activity gets the dates it would have had. Only
 * demo mode hands out the setter (a plain {@code Consumer<Instant>} bean named {@code demoTime}),
 * so every other thread, and every thread outside demo mode, reads the system clock.
 */
final class DemoTime extends Clock {

    private static final ThreadLocal<Instant> PRETENDED = new ThreadLocal<>();

    private final ZoneId zone;

    DemoTime(ZoneId zone) {
        this.zone = zone;
    }

    /** Sets the moment the current thread pretends it is; null goes back to the system clock. */
    static Consumer<Instant> setter() {
        return instant -> {
            if (instant == null) {
                PRETENDED.remove();
            }
            else {
                PRETENDED.set(instant);
            }
        };
    }

    @Override
    public Instant instant() {
        Instant pretended = PRETENDED.get();
        return pretended != null ? pretended : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new DemoTime(zone);
    }
}
