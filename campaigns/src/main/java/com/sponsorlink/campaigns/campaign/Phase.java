package com.sponsorlink.campaigns.campaign;

import java.time.LocalDate;

/**
 * Where a campaign stands in time, derived from its dates; never stored.
 */
public enum Phase {
    UPCOMING("Upcoming"), ACTIVE("Active"), ENDED("Ended");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Phase of(LocalDate start, LocalDate end, LocalDate today) {
        if (today.isBefore(start)) {
            return UPCOMING;
        }
        return today.isAfter(end) ? ENDED : ACTIVE;
    }
}
