package com.sponsorlink.adrequests.adrequest;

/**
 * Where an ad request stands. Pending and negotiating are open; the others are settled, except that
 * an accepted request can still be completed or cancelled.
 */
public enum Status {
    PENDING("Pending", "text-bg-warning"),
    NEGOTIATING("Negotiating", "text-bg-info"),
    ACCEPTED("Accepted", "text-bg-success"),
    COMPLETED("Completed", "text-bg-primary"),
    REJECTED("Rejected", "text-bg-secondary"),
    CANCELLED("Cancelled", "text-bg-dark");

    private final String label;
    private final String badge;

    Status(String label, String badge) {
        this.label = label;
        this.badge = badge;
    }

    public String label() {
        return label;
    }

    /** The Bootstrap badge style, chosen for contrast of its text on its colour. */
    public String badge() {
        return badge;
    }

    public boolean open() {
        return this == PENDING || this == NEGOTIATING;
    }
}
