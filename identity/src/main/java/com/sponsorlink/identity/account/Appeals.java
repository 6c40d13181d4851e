package com.sponsorlink.identity.account;

import static com.sponsorlink.identity.persistence.jooq.Tables.IDENTITY_APPEALS;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Suspension appeals, one per user and suspension: the database refuses a second.
 */
@Repository
class Appeals {

    private final DSLContext db;

    Appeals(DSLContext db) {
        this.db = db;
    }

    /** Files the appeal unless one of the same suspension exists; returns whether it was filed. */
    boolean insert(UUID appealId, UUID userId, Instant suspendedAt, String text, Instant filedAt) {
        return db.insertInto(IDENTITY_APPEALS)
            .set(IDENTITY_APPEALS.ID, appealId.toString())
            .set(IDENTITY_APPEALS.USER_ID, userId.toString())
            .set(IDENTITY_APPEALS.SUSPENDED_AT, suspendedAt)
            .set(IDENTITY_APPEALS.TEXT, text)
            .set(IDENTITY_APPEALS.FILED_AT, filedAt)
            .onConflict(IDENTITY_APPEALS.USER_ID, IDENTITY_APPEALS.SUSPENDED_AT).doNothing()
            .execute() == 1;
    }

    Optional<Appeal> find(UUID userId, Instant suspendedAt) {
        return db.selectFrom(IDENTITY_APPEALS)
            .where(IDENTITY_APPEALS.USER_ID.eq(userId.toString()))
            .and(IDENTITY_APPEALS.SUSPENDED_AT.eq(suspendedAt))
            .fetchOptional(r -> new Appeal(UUID.fromString(r.getId()), UUID.fromString(r.getUserId()), r.getSuspendedAt(),
                    r.getText(), r.getFiledAt(), r.getOutcome(), r.getDecisionReason(), r.getDecidedAt()));
    }

    /** Records the admin's decision; a decided appeal keeps its first decision, so a replay changes nothing. */
    void decide(UUID appealId, boolean lifted, String reason, Instant decidedAt) {
        db.update(IDENTITY_APPEALS)
            .set(IDENTITY_APPEALS.OUTCOME, lifted ? "LIFTED" : "UPHELD")
            .set(IDENTITY_APPEALS.DECISION_REASON, reason)
            .set(IDENTITY_APPEALS.DECIDED_AT, decidedAt)
            .where(IDENTITY_APPEALS.ID.eq(appealId.toString()))
            .and(IDENTITY_APPEALS.OUTCOME.isNull())
            .execute();
    }
}
