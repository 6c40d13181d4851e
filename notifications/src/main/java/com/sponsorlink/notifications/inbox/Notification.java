package com.sponsorlink.notifications.inbox;

import java.time.Instant;
import java.util.UUID;

/**
 * One notification in a person's inbox.
 *
 * @param sourceKey the event and recipient it came from, unique, which makes handling idempotent
 * @param amountMinor an amount to show with it, or null
 * @param link the page it is about, or null
 * @param emailHtml an HTML document that email sends beside the plain text, or null
 */
record Notification(UUID id, UUID userId, String sourceKey, String title, String body, Long amountMinor, String link,
        Instant createdAt, Instant readAt, String emailHtml) {

    static Notification of(UUID userId, String sourceKey, String title, String body, Long amountMinor, String link,
            Instant createdAt) {
        return new Notification(UUID.randomUUID(), userId, sourceKey, title, body == null ? "" : body, amountMinor, link,
                createdAt, null, null);
    }

    Notification withEmailHtml(String html) {
        return new Notification(id, userId, sourceKey, title, body, amountMinor, link, createdAt, readAt, html);
    }

    public boolean unread() {
        return readAt == null;
    }
}
