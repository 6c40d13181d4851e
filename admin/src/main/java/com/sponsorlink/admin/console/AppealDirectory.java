package com.sponsorlink.admin.console;

import static com.sponsorlink.admin.persistence.jooq.Tables.ADMIN_APPEALS;
import static com.sponsorlink.admin.persistence.jooq.Tables.ADMIN_CAMPAIGNS;
import static com.sponsorlink.admin.persistence.jooq.Tables.ADMIN_USERS;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Repository;

/**
 * Appeals of suspensions and campaign flags, with the console's decision. Filing is an insert that
 * ignores a repeat, so a replayed event is harmless.
 */
@Repository
class AppealDirectory {

    private static final String OPEN = "OPEN";

    private final DSLContext db;

    AppealDirectory(DSLContext db) {
        this.db = db;
    }

    void filed(UUID appealId, String kind, UUID subjectId, UUID appellantId, String label, String text, Instant filedAt) {
        db.insertInto(ADMIN_APPEALS)
            .set(ADMIN_APPEALS.ID, appealId.toString())
            .set(ADMIN_APPEALS.KIND, kind)
            .set(ADMIN_APPEALS.SUBJECT_ID, subjectId.toString())
            .set(ADMIN_APPEALS.APPELLANT_ID, appellantId.toString())
            .set(ADMIN_APPEALS.LABEL, label)
            .set(ADMIN_APPEALS.TEXT, text)
            .set(ADMIN_APPEALS.FILED_AT, filedAt)
            .set(ADMIN_APPEALS.STATUS, OPEN)
            .onConflict(ADMIN_APPEALS.ID).doNothing()
            .execute();
    }

    /** Decides an open appeal; returns false if it was decided already (by another admin meanwhile). */
    boolean decide(UUID appealId, String status, UUID adminId, String reason, Instant decidedAt) {
        return db.update(ADMIN_APPEALS)
            .set(ADMIN_APPEALS.STATUS, status)
            .set(ADMIN_APPEALS.DECIDED_BY, adminId.toString())
            .set(ADMIN_APPEALS.REASON, reason)
            .set(ADMIN_APPEALS.DECIDED_AT, decidedAt)
            .where(ADMIN_APPEALS.ID.eq(appealId.toString()))
            .and(ADMIN_APPEALS.STATUS.eq(OPEN))
            .execute() == 1;
    }

    Optional<AppealSummary> find(UUID appealId) {
        return select().where(ADMIN_APPEALS.ID.eq(appealId.toString())).fetchOptional(AppealDirectory::toSummary);
    }

    /** Appeals with the filter's status: open ones first, oldest first, as they wait; then the latest decisions. */
    Page<AppealSummary> page(AppealFilter filter, Pageable pageable) {
        Condition where = filter.status().isEmpty() ? DSL.noCondition() : ADMIN_APPEALS.STATUS.eq(filter.status());
        List<AppealSummary> appeals = select()
            .where(where)
            .orderBy(DSL.when(ADMIN_APPEALS.STATUS.eq(OPEN), DSL.inline(0)).otherwise(DSL.inline(1)),
                    ADMIN_APPEALS.DECIDED_AT.desc(), ADMIN_APPEALS.FILED_AT, ADMIN_APPEALS.ID)
            .limit(pageable.getPageSize())
            .offset(pageable.getOffset())
            .fetch(AppealDirectory::toSummary);
        return new PageImpl<>(appeals, pageable, db.fetchCount(ADMIN_APPEALS, where));
    }

    int countOpen() {
        return db.fetchCount(ADMIN_APPEALS, ADMIN_APPEALS.STATUS.eq(OPEN));
    }

    /** The appeal with the reason of the suspension or flag it is about, from the console's own read models. */
    private SelectOnConditionStep<Record> select() {
        return db.select(ADMIN_APPEALS.asterisk(), ADMIN_USERS.SUSPENSION_REASON, ADMIN_CAMPAIGNS.FLAG_REASON)
            .from(ADMIN_APPEALS)
            .leftJoin(ADMIN_USERS).on(ADMIN_APPEALS.KIND.eq("USER").and(ADMIN_USERS.USER_ID.eq(ADMIN_APPEALS.SUBJECT_ID)))
            .leftJoin(ADMIN_CAMPAIGNS).on(ADMIN_APPEALS.KIND.eq("CAMPAIGN")
                .and(ADMIN_CAMPAIGNS.CAMPAIGN_ID.eq(ADMIN_APPEALS.SUBJECT_ID)));
    }

    private static AppealSummary toSummary(Record record) {
        var r = record.into(ADMIN_APPEALS);
        String suspension = record.get(ADMIN_USERS.SUSPENSION_REASON);
        return new AppealSummary(UUID.fromString(r.getId()), r.getKind(), UUID.fromString(r.getSubjectId()),
                UUID.fromString(r.getAppellantId()), r.getLabel(), r.getText(), r.getFiledAt(), r.getStatus(),
                r.getDecidedAt(), r.getReason(), suspension != null ? suspension : record.get(ADMIN_CAMPAIGNS.FLAG_REASON));
    }
}
