package com.sponsorlink.admin.console;

import static com.sponsorlink.admin.persistence.jooq.Tables.ADMIN_AD_REQUESTS;
import static com.sponsorlink.admin.persistence.jooq.Tables.ADMIN_CAMPAIGNS;
import static com.sponsorlink.admin.persistence.jooq.Tables.ADMIN_USERS;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Repository;

import com.sponsorlink.admin.persistence.jooq.tables.AdminUsers;

/**
 * Every ad request with where it stands, as the console oversees them.
 */
@Repository
class AdRequestDirectory {

    private static final AdminUsers SPONSOR = ADMIN_USERS.as("sponsor");
    private static final AdminUsers INFLUENCER = ADMIN_USERS.as("influencer");

    private final DSLContext db;

    AdRequestDirectory(DSLContext db) {
        this.db = db;
    }

    void created(UUID id, UUID campaignId, UUID sponsorId, UUID influencerId, long amountMinor, Instant at) {
        db.insertInto(ADMIN_AD_REQUESTS)
            .set(ADMIN_AD_REQUESTS.AD_REQUEST_ID, id.toString())
            .set(ADMIN_AD_REQUESTS.CAMPAIGN_ID, campaignId.toString())
            .set(ADMIN_AD_REQUESTS.SPONSOR_ID, sponsorId.toString())
            .set(ADMIN_AD_REQUESTS.INFLUENCER_ID, influencerId.toString())
            .set(ADMIN_AD_REQUESTS.STATUS, "PENDING")
            .set(ADMIN_AD_REQUESTS.AMOUNT_MINOR, amountMinor)
            .set(ADMIN_AD_REQUESTS.CREATED_AT, at)
            .set(ADMIN_AD_REQUESTS.UPDATED_AT, at)
            .onConflict(ADMIN_AD_REQUESTS.AD_REQUEST_ID).doNothing()
            .execute();
    }

    /** A new status and amount: the latest offer while open, the agreed amount once accepted. */
    void moved(UUID id, String status, long amountMinor, Instant at) {
        db.update(ADMIN_AD_REQUESTS)
            .set(ADMIN_AD_REQUESTS.STATUS, status)
            .set(ADMIN_AD_REQUESTS.AMOUNT_MINOR, amountMinor)
            .set(ADMIN_AD_REQUESTS.UPDATED_AT, at)
            .where(ADMIN_AD_REQUESTS.AD_REQUEST_ID.eq(id.toString()))
            .execute();
    }

    void accepted(UUID id, long agreedMinor, Instant at) {
        db.update(ADMIN_AD_REQUESTS)
            .set(ADMIN_AD_REQUESTS.STATUS, "ACCEPTED")
            .set(ADMIN_AD_REQUESTS.AMOUNT_MINOR, agreedMinor)
            .set(ADMIN_AD_REQUESTS.ACCEPTED_AT, at)
            .set(ADMIN_AD_REQUESTS.UPDATED_AT, at)
            .where(ADMIN_AD_REQUESTS.AD_REQUEST_ID.eq(id.toString()))
            .execute();
    }

    /** A new status, the amount unchanged. */
    void moved(UUID id, String status, Instant at) {
        db.update(ADMIN_AD_REQUESTS)
            .set(ADMIN_AD_REQUESTS.STATUS, status)
            .set(ADMIN_AD_REQUESTS.UPDATED_AT, at)
            .where(ADMIN_AD_REQUESTS.AD_REQUEST_ID.eq(id.toString()))
            .execute();
    }

    /** The whole amount paid so far, as reported; reporting it twice changes nothing. */
    void paid(UUID id, long paidMinor) {
        db.update(ADMIN_AD_REQUESTS)
            .set(ADMIN_AD_REQUESTS.PAID_MINOR, paidMinor)
            .where(ADMIN_AD_REQUESTS.AD_REQUEST_ID.eq(id.toString()))
            .execute();
    }

    void edited(UUID id, UUID influencerId, long amountMinor, Instant at) {
        db.update(ADMIN_AD_REQUESTS)
            .set(ADMIN_AD_REQUESTS.INFLUENCER_ID, influencerId.toString())
            .set(ADMIN_AD_REQUESTS.AMOUNT_MINOR, amountMinor)
            .set(ADMIN_AD_REQUESTS.UPDATED_AT, at)
            .where(ADMIN_AD_REQUESTS.AD_REQUEST_ID.eq(id.toString()))
            .execute();
    }

    void deleted(UUID id) {
        db.deleteFrom(ADMIN_AD_REQUESTS).where(ADMIN_AD_REQUESTS.AD_REQUEST_ID.eq(id.toString())).execute();
    }

    void flag(UUID id, boolean flagged, String reason) {
        db.update(ADMIN_AD_REQUESTS)
            .set(ADMIN_AD_REQUESTS.FLAGGED, flagged)
            .set(ADMIN_AD_REQUESTS.FLAG_REASON, flagged ? reason : null)
            .where(ADMIN_AD_REQUESTS.AD_REQUEST_ID.eq(id.toString()))
            .execute();
    }

    Optional<AdRequestSummary> find(UUID id) {
        return select().where(ADMIN_AD_REQUESTS.AD_REQUEST_ID.eq(id.toString())).fetchOptional(AdRequestDirectory::toSummary);
    }

    /** Ad requests matching the filter, most recently changed first. */
    Page<AdRequestSummary> search(AdRequestFilter filter, Pageable pageable) {
        Condition where = matching(filter);
        List<AdRequestSummary> requests = select()
            .where(where)
            .orderBy(ADMIN_AD_REQUESTS.UPDATED_AT.desc(), ADMIN_AD_REQUESTS.AD_REQUEST_ID)
            .limit(pageable.getPageSize())
            .offset(pageable.getOffset())
            .fetch(AdRequestDirectory::toSummary);
        return new PageImpl<>(requests, pageable, db.fetchCount(ADMIN_AD_REQUESTS, where));
    }

    /** How many ad requests are in each status, and their amounts: offers while open, agreed amounts after. */
    Map<String, long[]> countsByStatus() {
        Map<String, long[]> counts = new TreeMap<>();
        db.select(ADMIN_AD_REQUESTS.STATUS, DSL.count(), DSL.sum(ADMIN_AD_REQUESTS.AMOUNT_MINOR).cast(Long.class))
            .from(ADMIN_AD_REQUESTS)
            .groupBy(ADMIN_AD_REQUESTS.STATUS)
            .forEach(r -> counts.put(r.value1(), new long[] { r.value2(), r.value3() == null ? 0 : r.value3() }));
        return counts;
    }

    private static Condition matching(AdRequestFilter filter) {
        List<Condition> conditions = new ArrayList<>();
        if (!filter.status().isEmpty()) {
            conditions.add(ADMIN_AD_REQUESTS.STATUS.eq(filter.status()));
        }
        if (filter.flaggedOnly()) {
            conditions.add(ADMIN_AD_REQUESTS.FLAGGED.isTrue());
        }
        if (filter.campaignId() != null) {
            conditions.add(ADMIN_AD_REQUESTS.CAMPAIGN_ID.eq(filter.campaignId().toString()));
        }
        if (filter.sponsorId() != null) {
            conditions.add(ADMIN_AD_REQUESTS.SPONSOR_ID.eq(filter.sponsorId().toString()));
        }
        if (filter.influencerId() != null) {
            conditions.add(ADMIN_AD_REQUESTS.INFLUENCER_ID.eq(filter.influencerId().toString()));
        }
        return DSL.and(conditions);
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return db.select(ADMIN_AD_REQUESTS.asterisk(), ADMIN_CAMPAIGNS.NAME, SPONSOR.DISPLAY_NAME, INFLUENCER.DISPLAY_NAME)
            .from(ADMIN_AD_REQUESTS)
            .leftJoin(ADMIN_CAMPAIGNS).on(ADMIN_CAMPAIGNS.CAMPAIGN_ID.eq(ADMIN_AD_REQUESTS.CAMPAIGN_ID))
            .leftJoin(SPONSOR).on(SPONSOR.USER_ID.eq(ADMIN_AD_REQUESTS.SPONSOR_ID))
            .leftJoin(INFLUENCER).on(INFLUENCER.USER_ID.eq(ADMIN_AD_REQUESTS.INFLUENCER_ID));
    }

    private static AdRequestSummary toSummary(Record record) {
        var r = record.into(ADMIN_AD_REQUESTS);
        return new AdRequestSummary(UUID.fromString(r.getAdRequestId()), UUID.fromString(r.getCampaignId()),
                record.get(ADMIN_CAMPAIGNS.NAME), UUID.fromString(r.getSponsorId()), record.get(SPONSOR.DISPLAY_NAME),
                UUID.fromString(r.getInfluencerId()), record.get(INFLUENCER.DISPLAY_NAME), r.getStatus(),
                r.getAmountMinor(), Boolean.TRUE.equals(r.getFlagged()), r.getFlagReason(), r.getUpdatedAt());
    }
}
