package com.sponsorlink.notifications.inbox;

import static com.sponsorlink.notifications.persistence.jooq.Tables.NOTIFICATIONS_INBOX;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's in-app notifications.
 */
@Repository
class Inbox {

    private final DSLContext db;

    Inbox(DSLContext db) {
        this.db = db;
    }

    /**
     * Adds a notification unless one with the same source key exists, so handling an event twice
     * leaves one; returns whether it was added.
     */
    @Transactional
    boolean add(Notification notification) {
        return db.insertInto(NOTIFICATIONS_INBOX)
            .set(NOTIFICATIONS_INBOX.ID, notification.id().toString())
            .set(NOTIFICATIONS_INBOX.USER_ID, notification.userId().toString())
            .set(NOTIFICATIONS_INBOX.SOURCE_KEY, notification.sourceKey())
            .set(NOTIFICATIONS_INBOX.TITLE, notification.title())
            .set(NOTIFICATIONS_INBOX.BODY, notification.body())
            .set(NOTIFICATIONS_INBOX.AMOUNT_MINOR, notification.amountMinor())
            .set(NOTIFICATIONS_INBOX.LINK, notification.link())
            .set(NOTIFICATIONS_INBOX.CREATED_AT, notification.createdAt())
            .set(NOTIFICATIONS_INBOX.EMAIL_HTML, notification.emailHtml())
            .onConflict(NOTIFICATIONS_INBOX.SOURCE_KEY).doNothing()
            .execute() == 1;
    }

    @Transactional(readOnly = true)
    Page<Notification> of(UUID userId, Pageable pageable) {
        Condition mine = NOTIFICATIONS_INBOX.USER_ID.eq(userId.toString());
        List<Notification> notifications = db.selectFrom(NOTIFICATIONS_INBOX)
            .where(mine)
            .orderBy(NOTIFICATIONS_INBOX.CREATED_AT.desc(), NOTIFICATIONS_INBOX.ID.desc())
            .limit(pageable.getPageSize())
            .offset(pageable.getOffset())
            .fetch(r -> new Notification(UUID.fromString(r.getId()), UUID.fromString(r.getUserId()), r.getSourceKey(),
                    r.getTitle(), r.getBody(), r.getAmountMinor(), r.getLink(), r.getCreatedAt(), r.getReadAt(),
                    r.getEmailHtml()));
        return new PageImpl<>(notifications, pageable, db.fetchCount(NOTIFICATIONS_INBOX, mine));
    }

    @Transactional(readOnly = true)
    int unread(UUID userId) {
        return db.fetchCount(NOTIFICATIONS_INBOX, NOTIFICATIONS_INBOX.USER_ID.eq(userId.toString())
            .and(NOTIFICATIONS_INBOX.READ_AT.isNull()));
    }

    /** Marks the user's notification read and returns where it points; another user's is absent. */
    @Transactional
    Optional<String> read(UUID userId, UUID id, Instant now) {
        Condition it = NOTIFICATIONS_INBOX.ID.eq(id.toString()).and(NOTIFICATIONS_INBOX.USER_ID.eq(userId.toString()));
        db.update(NOTIFICATIONS_INBOX).set(NOTIFICATIONS_INBOX.READ_AT, now)
            .where(it).and(NOTIFICATIONS_INBOX.READ_AT.isNull()).execute();
        return db.select(NOTIFICATIONS_INBOX.LINK).from(NOTIFICATIONS_INBOX).where(it)
            .fetchOptional(r -> r.value1() == null ? "/notifications" : r.value1());
    }

    @Transactional
    int readAll(UUID userId, Instant now) {
        return db.update(NOTIFICATIONS_INBOX).set(NOTIFICATIONS_INBOX.READ_AT, now)
            .where(NOTIFICATIONS_INBOX.USER_ID.eq(userId.toString()))
            .and(NOTIFICATIONS_INBOX.READ_AT.isNull())
            .execute();
    }
}
