package com.sponsorlink.notifications.inbox;

import static com.sponsorlink.notifications.persistence.jooq.Tables.NOTIFICATIONS_CAMPAIGNS;
import static com.sponsorlink.notifications.persistence.jooq.Tables.NOTIFICATIONS_DUE_WORK;
import static com.sponsorlink.notifications.persistence.jooq.Tables.NOTIFICATIONS_PEOPLE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreed deals with a due date, until completed or cancelled, and whether their work is all
 * approved: what the daily reminder lists as overdue.
 */
@Repository
class DueWork {

    private final DSLContext db;

    DueWork(DSLContext db) {
        this.db = db;
    }

    void agreed(UUID adRequestId, UUID campaignId, UUID sponsorId, UUID influencerId, LocalDate dueDate) {
        db.insertInto(NOTIFICATIONS_DUE_WORK)
            .set(NOTIFICATIONS_DUE_WORK.AD_REQUEST_ID, adRequestId.toString())
            .set(NOTIFICATIONS_DUE_WORK.CAMPAIGN_ID, campaignId.toString())
            .set(NOTIFICATIONS_DUE_WORK.SPONSOR_ID, sponsorId.toString())
            .set(NOTIFICATIONS_DUE_WORK.INFLUENCER_ID, influencerId.toString())
            .set(NOTIFICATIONS_DUE_WORK.DUE_DATE, dueDate)
            .onConflict(NOTIFICATIONS_DUE_WORK.AD_REQUEST_ID).doNothing()
            .execute();
    }

    void reviewed(UUID adRequestId, boolean allApproved) {
        db.update(NOTIFICATIONS_DUE_WORK)
            .set(NOTIFICATIONS_DUE_WORK.ALL_APPROVED, allApproved)
            .where(NOTIFICATIONS_DUE_WORK.AD_REQUEST_ID.eq(adRequestId.toString()))
            .execute();
    }

    void settled(UUID adRequestId) {
        db.deleteFrom(NOTIFICATIONS_DUE_WORK)
            .where(NOTIFICATIONS_DUE_WORK.AD_REQUEST_ID.eq(adRequestId.toString()))
            .execute();
    }

    /** For each influencer with deals past their due date and work not all approved: a line per deal. */
    @Transactional(readOnly = true)
    Map<UUID, List<String>> overdueInfluencers(LocalDate today) {
        Map<UUID, List<String>> lines = new LinkedHashMap<>();
        db.select(NOTIFICATIONS_DUE_WORK.INFLUENCER_ID, DSL.coalesce(NOTIFICATIONS_PEOPLE.DISPLAY_NAME, "a sponsor"),
                    DSL.coalesce(NOTIFICATIONS_CAMPAIGNS.NAME, "A campaign"), NOTIFICATIONS_DUE_WORK.DUE_DATE)
            .from(NOTIFICATIONS_DUE_WORK)
            .leftJoin(NOTIFICATIONS_PEOPLE).on(NOTIFICATIONS_PEOPLE.USER_ID.eq(NOTIFICATIONS_DUE_WORK.SPONSOR_ID))
            .leftJoin(NOTIFICATIONS_CAMPAIGNS).on(NOTIFICATIONS_CAMPAIGNS.CAMPAIGN_ID.eq(NOTIFICATIONS_DUE_WORK.CAMPAIGN_ID))
            .where(NOTIFICATIONS_DUE_WORK.DUE_DATE.lt(today))
            .and(NOTIFICATIONS_DUE_WORK.ALL_APPROVED.isFalse())
            .orderBy(NOTIFICATIONS_DUE_WORK.INFLUENCER_ID, NOTIFICATIONS_DUE_WORK.DUE_DATE)
            .forEach(r -> lines.computeIfAbsent(UUID.fromString(r.value1()), id -> new ArrayList<>())
                .add(r.value3() + " for " + r.value2() + ", due " + r.value4()));
        return lines;
    }
}
