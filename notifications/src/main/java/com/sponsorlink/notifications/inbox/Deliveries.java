package com.sponsorlink.notifications.inbox;

import static com.sponsorlink.notifications.persistence.jooq.Tables.NOTIFICATIONS_DELIVERIES;
import static com.sponsorlink.notifications.persistence.jooq.Tables.NOTIFICATIONS_INBOX;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications on their way out through email, chat and SMS.
 */
@Repository
class Deliveries {

    private final DSLContext db;

    Deliveries(DSLContext db) {
        this.db = db;
    }

    /** Queues one delivery; a second one for the same notification and channel is ignored. */
    void queue(UUID notificationId, Channel.Kind channel, String address, Instant now) {
        db.insertInto(NOTIFICATIONS_DELIVERIES)
            .set(NOTIFICATIONS_DELIVERIES.ID, UUID.randomUUID().toString())
            .set(NOTIFICATIONS_DELIVERIES.NOTIFICATION_ID, notificationId.toString())
            .set(NOTIFICATIONS_DELIVERIES.CHANNEL, channel.name())
            .set(NOTIFICATIONS_DELIVERIES.ADDRESS, address)
            .set(NOTIFICATIONS_DELIVERIES.STATUS, "QUEUED")
            .set(NOTIFICATIONS_DELIVERIES.NEXT_ATTEMPT_AT, now)
            .set(NOTIFICATIONS_DELIVERIES.CREATED_AT, now)
            .onConflictDoNothing()
            .execute();
    }

    /** Whether anything is due; a read, so an idle dispatcher never takes SQLite's write lock. */
    @Transactional(readOnly = true)
    boolean anyDue(Instant now) {
        return db.fetchExists(NOTIFICATIONS_DELIVERIES, NOTIFICATIONS_DELIVERIES.STATUS.eq("QUEUED")
            .and(NOTIFICATIONS_DELIVERIES.NEXT_ATTEMPT_AT.le(now)));
    }

    /** Claims up to {@code limit} due deliveries for sending; each is claimed by one dispatcher only. */
    @Transactional
    List<Delivery> claimDue(Instant now, int limit) {
        List<Delivery> due = select()
            .where(NOTIFICATIONS_DELIVERIES.STATUS.eq("QUEUED"))
            .and(NOTIFICATIONS_DELIVERIES.NEXT_ATTEMPT_AT.le(now))
            .orderBy(NOTIFICATIONS_DELIVERIES.NEXT_ATTEMPT_AT)
            .limit(limit)
            .fetch(Deliveries::toDelivery);
        // while SENDING, next_attempt_at holds the claim time, which tells an abandoned claim
        return due.stream().filter(delivery -> db.update(NOTIFICATIONS_DELIVERIES)
                .set(NOTIFICATIONS_DELIVERIES.STATUS, "SENDING")
                .set(NOTIFICATIONS_DELIVERIES.NEXT_ATTEMPT_AT, now)
                .where(NOTIFICATIONS_DELIVERIES.ID.eq(delivery.id().toString()))
                .and(NOTIFICATIONS_DELIVERIES.STATUS.eq("QUEUED"))
                .execute() == 1)
            .toList();
    }

    @Transactional
    void sent(UUID id, Instant now) {
        db.update(NOTIFICATIONS_DELIVERIES)
            .set(NOTIFICATIONS_DELIVERIES.STATUS, "SENT")
            .set(NOTIFICATIONS_DELIVERIES.ATTEMPTS, NOTIFICATIONS_DELIVERIES.ATTEMPTS.plus(1))
            .set(NOTIFICATIONS_DELIVERIES.SENT_AT, now)
            .set(NOTIFICATIONS_DELIVERIES.LAST_ERROR, (String) null)
            .where(NOTIFICATIONS_DELIVERIES.ID.eq(id.toString()))
            .execute();
    }

    /** A failed attempt: queued again at {@code retryAt}, or dead when there is none left. */
    @Transactional
    void failed(UUID id, String error, Instant retryAt) {
        db.update(NOTIFICATIONS_DELIVERIES)
            .set(NOTIFICATIONS_DELIVERIES.STATUS, retryAt == null ? "DEAD" : "QUEUED")
            .set(NOTIFICATIONS_DELIVERIES.ATTEMPTS, NOTIFICATIONS_DELIVERIES.ATTEMPTS.plus(1))
            .set(NOTIFICATIONS_DELIVERIES.LAST_ERROR, error.length() > 500 ? error.substring(0, 500) : error)
            .set(NOTIFICATIONS_DELIVERIES.NEXT_ATTEMPT_AT, retryAt == null ? Instant.now() : retryAt)
            .where(NOTIFICATIONS_DELIVERIES.ID.eq(id.toString()))
            .execute();
    }

    /** Deliveries claimed before the given time and still SENDING (their dispatcher died) go back in the queue. */
    @Transactional
    int requeueAbandoned(Instant claimedBefore) {
        return db.update(NOTIFICATIONS_DELIVERIES)
            .set(NOTIFICATIONS_DELIVERIES.STATUS, "QUEUED")
            .where(NOTIFICATIONS_DELIVERIES.STATUS.eq("SENDING"))
            .and(NOTIFICATIONS_DELIVERIES.NEXT_ATTEMPT_AT.lt(claimedBefore))
            .execute();
    }

    /** An admin's retry of a dead delivery: queued again now, with its attempts counted afresh. */
    @Transactional
    boolean retry(UUID id, Instant now) {
        return db.update(NOTIFICATIONS_DELIVERIES)
            .set(NOTIFICATIONS_DELIVERIES.STATUS, "QUEUED")
            .set(NOTIFICATIONS_DELIVERIES.ATTEMPTS, 0)
            .set(NOTIFICATIONS_DELIVERIES.NEXT_ATTEMPT_AT, now)
            .where(NOTIFICATIONS_DELIVERIES.ID.eq(id.toString()))
            .and(NOTIFICATIONS_DELIVERIES.STATUS.eq("DEAD"))
            .execute() == 1;
    }

    @Transactional(readOnly = true)
    Page<Delivery> page(String status, Pageable pageable) {
        Condition where = filter(status);
        List<Delivery> rows = select()
            .where(where)
            .orderBy(NOTIFICATIONS_DELIVERIES.CREATED_AT.desc(), NOTIFICATIONS_DELIVERIES.ID)
            .limit(pageable.getPageSize())
            .offset(pageable.getOffset())
            .fetch(Deliveries::toDelivery);
        return new PageImpl<>(rows, pageable, db.fetchCount(NOTIFICATIONS_DELIVERIES, where));
    }

    @Transactional(readOnly = true)
    /**
     * Deliveries by status as the admin filters them: a queued delivery that failed before is
     * counted as RETRYING, not QUEUED.
     */
    Map<String, Integer> countsByStatus() {
        Map<String, Integer> counts = new TreeMap<>();
        // inline values: PostgreSQL groups by the expression only if it is written the same in both places
        Field<String> status = DSL.when(NOTIFICATIONS_DELIVERIES.STATUS.eq(DSL.inline("QUEUED"))
                .and(NOTIFICATIONS_DELIVERIES.ATTEMPTS.gt(DSL.inline(0))), DSL.inline("RETRYING")).otherwise(NOTIFICATIONS_DELIVERIES.STATUS);
        db.select(status, DSL.count()).from(NOTIFICATIONS_DELIVERIES)
            .groupBy(status)
            .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    private static Condition filter(String status) {
        return switch (status) {
            case "" -> DSL.noCondition();
            case "QUEUED" -> NOTIFICATIONS_DELIVERIES.STATUS.eq("QUEUED").and(NOTIFICATIONS_DELIVERIES.ATTEMPTS.eq(0));
            case "RETRYING" -> NOTIFICATIONS_DELIVERIES.STATUS.eq("QUEUED").and(NOTIFICATIONS_DELIVERIES.ATTEMPTS.gt(0));
            default -> NOTIFICATIONS_DELIVERIES.STATUS.eq(status);
        };
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return db.select(NOTIFICATIONS_DELIVERIES.asterisk(), NOTIFICATIONS_INBOX.TITLE, NOTIFICATIONS_INBOX.BODY,
                NOTIFICATIONS_INBOX.AMOUNT_MINOR, NOTIFICATIONS_INBOX.LINK, NOTIFICATIONS_INBOX.EMAIL_HTML)
            .from(NOTIFICATIONS_DELIVERIES)
            .join(NOTIFICATIONS_INBOX).on(NOTIFICATIONS_INBOX.ID.eq(NOTIFICATIONS_DELIVERIES.NOTIFICATION_ID));
    }

    private static Delivery toDelivery(Record record) {
        var r = record.into(NOTIFICATIONS_DELIVERIES);
        return new Delivery(UUID.fromString(r.getId()), Channel.Kind.valueOf(r.getChannel()), r.getAddress(), r.getStatus(),
                r.getAttempts(), r.getLastError(), r.getCreatedAt(), r.getSentAt(), record.get(NOTIFICATIONS_INBOX.TITLE),
                record.get(NOTIFICATIONS_INBOX.BODY), record.get(NOTIFICATIONS_INBOX.AMOUNT_MINOR),
                record.get(NOTIFICATIONS_INBOX.LINK), record.get(NOTIFICATIONS_INBOX.EMAIL_HTML), r.getNextAttemptAt());
    }

    /** A delivery with the notification it carries. */
    record Delivery(UUID id, Channel.Kind channel, String address, String status, int attempts, String lastError,
            Instant createdAt, Instant sentAt, String title, String body, Long amountMinor, String link, String emailHtml,
            Instant nextAttemptAt) {
    }
}
