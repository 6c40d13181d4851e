package com.sponsorlink.admin.console;

import static com.sponsorlink.admin.persistence.jooq.Tables.ADMIN_CAMPAIGNS;
import static com.sponsorlink.admin.persistence.jooq.Tables.ADMIN_USERS;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Repository;

import com.sponsorlink.campaigns.events.Visibility;
import com.sponsorlink.identity.events.Category;

/**
 * Every campaign as the console oversees it, private and flagged ones too.
 */
@Repository
class CampaignDirectory {

    private final DSLContext db;

    CampaignDirectory(DSLContext db) {
        this.db = db;
    }

    void created(UUID campaignId, UUID sponsorId, String name, String description, Category category, long budgetMinor,
            LocalDate startDate, LocalDate endDate, Visibility visibility, Instant createdAt) {
        db.insertInto(ADMIN_CAMPAIGNS)
            .set(ADMIN_CAMPAIGNS.CAMPAIGN_ID, campaignId.toString())
            .set(ADMIN_CAMPAIGNS.SPONSOR_ID, sponsorId.toString())
            .set(ADMIN_CAMPAIGNS.NAME, name)
            .set(ADMIN_CAMPAIGNS.NAME_KEY, name.toLowerCase(Locale.ROOT))
            .set(ADMIN_CAMPAIGNS.DESCRIPTION, description)
            .set(ADMIN_CAMPAIGNS.CATEGORY, category.name())
            .set(ADMIN_CAMPAIGNS.BUDGET_MINOR, budgetMinor)
            .set(ADMIN_CAMPAIGNS.START_DATE, startDate)
            .set(ADMIN_CAMPAIGNS.END_DATE, endDate)
            .set(ADMIN_CAMPAIGNS.VISIBILITY, visibility.name())
            .set(ADMIN_CAMPAIGNS.CREATED_AT, createdAt)
            .onConflict(ADMIN_CAMPAIGNS.CAMPAIGN_ID).doNothing()
            .execute();
    }

    void changed(UUID campaignId, String name, String description, Category category, long budgetMinor,
            LocalDate startDate, LocalDate endDate, Visibility visibility) {
        db.update(ADMIN_CAMPAIGNS)
            .set(ADMIN_CAMPAIGNS.NAME, name)
            .set(ADMIN_CAMPAIGNS.NAME_KEY, name.toLowerCase(Locale.ROOT))
            .set(ADMIN_CAMPAIGNS.DESCRIPTION, description)
            .set(ADMIN_CAMPAIGNS.CATEGORY, category.name())
            .set(ADMIN_CAMPAIGNS.BUDGET_MINOR, budgetMinor)
            .set(ADMIN_CAMPAIGNS.START_DATE, startDate)
            .set(ADMIN_CAMPAIGNS.END_DATE, endDate)
            .set(ADMIN_CAMPAIGNS.VISIBILITY, visibility.name())
            .where(ADMIN_CAMPAIGNS.CAMPAIGN_ID.eq(campaignId.toString()))
            .execute();
    }

    void deleted(UUID campaignId) {
        db.update(ADMIN_CAMPAIGNS)
            .set(ADMIN_CAMPAIGNS.DELETED, true)
            .set(ADMIN_CAMPAIGNS.COMMITTED_MINOR, 0L)
            .where(ADMIN_CAMPAIGNS.CAMPAIGN_ID.eq(campaignId.toString()))
            .execute();
    }

    void committed(UUID campaignId, long committedMinor) {
        db.update(ADMIN_CAMPAIGNS)
            .set(ADMIN_CAMPAIGNS.COMMITTED_MINOR, committedMinor)
            .where(ADMIN_CAMPAIGNS.CAMPAIGN_ID.eq(campaignId.toString()))
            .execute();
    }

    void flag(UUID campaignId, boolean flagged, String reason) {
        db.update(ADMIN_CAMPAIGNS)
            .set(ADMIN_CAMPAIGNS.FLAGGED, flagged)
            .set(ADMIN_CAMPAIGNS.FLAG_REASON, flagged ? reason : null)
            .where(ADMIN_CAMPAIGNS.CAMPAIGN_ID.eq(campaignId.toString()))
            .execute();
    }

    Optional<CampaignSummary> find(UUID campaignId) {
        return select().where(ADMIN_CAMPAIGNS.CAMPAIGN_ID.eq(campaignId.toString()))
            .fetchOptional(CampaignDirectory::toSummary);
    }

    /** Campaigns that still exist matching the filter, newest first. */
    Page<CampaignSummary> search(CampaignFilter filter, LocalDate today, Pageable pageable) {
        Condition where = matching(filter, today);
        List<CampaignSummary> campaigns = select()
            .where(where)
            .orderBy(ADMIN_CAMPAIGNS.CREATED_AT.desc(), ADMIN_CAMPAIGNS.CAMPAIGN_ID)
            .limit(pageable.getPageSize())
            .offset(pageable.getOffset())
            .fetch(CampaignDirectory::toSummary);
        return new PageImpl<>(campaigns, pageable, db.fetchCount(ADMIN_CAMPAIGNS, where));
    }

    /** The figures of the overview, over campaigns that still exist. */
    CampaignCounts counts(LocalDate today) {
        var live = ADMIN_CAMPAIGNS.DELETED.isFalse();
        var r = db.select(
                DSL.count().filterWhere(ADMIN_CAMPAIGNS.VISIBILITY.eq(Visibility.PUBLIC.name())),
                DSL.count().filterWhere(ADMIN_CAMPAIGNS.VISIBILITY.eq(Visibility.PRIVATE.name())),
                DSL.count().filterWhere(ADMIN_CAMPAIGNS.FLAGGED.isTrue()),
                DSL.count().filterWhere(ADMIN_CAMPAIGNS.START_DATE.gt(today)),
                DSL.count().filterWhere(ADMIN_CAMPAIGNS.START_DATE.le(today).and(ADMIN_CAMPAIGNS.END_DATE.ge(today))),
                DSL.count().filterWhere(ADMIN_CAMPAIGNS.END_DATE.lt(today)),
                DSL.coalesce(DSL.sum(ADMIN_CAMPAIGNS.BUDGET_MINOR), DSL.inline(java.math.BigDecimal.ZERO)).cast(Long.class))
            .from(ADMIN_CAMPAIGNS)
            .where(live)
            .fetchSingle();
        return new CampaignCounts(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7());
    }

    private static Condition matching(CampaignFilter filter, LocalDate today) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(ADMIN_CAMPAIGNS.DELETED.isFalse());
        if (!filter.q().isEmpty()) {
            conditions.add(ADMIN_CAMPAIGNS.NAME_KEY.like("%" + CampaignFilter.escapeLike(filter.q().toLowerCase(Locale.ROOT)) + "%", '\\'));
        }
        if (!filter.visibility().isEmpty()) {
            conditions.add(ADMIN_CAMPAIGNS.VISIBILITY.eq(filter.visibility()));
        }
        if (filter.flaggedOnly()) {
            conditions.add(ADMIN_CAMPAIGNS.FLAGGED.isTrue());
        }
        switch (filter.phase()) {
            case "UPCOMING" -> conditions.add(ADMIN_CAMPAIGNS.START_DATE.gt(today));
            case "ACTIVE" -> conditions.add(ADMIN_CAMPAIGNS.START_DATE.le(today).and(ADMIN_CAMPAIGNS.END_DATE.ge(today)));
            case "ENDED" -> conditions.add(ADMIN_CAMPAIGNS.END_DATE.lt(today));
            default -> { }
        }
        if (filter.sponsorId() != null) {
            conditions.add(ADMIN_CAMPAIGNS.SPONSOR_ID.eq(filter.sponsorId().toString()));
        }
        return DSL.and(conditions);
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return db.select(ADMIN_CAMPAIGNS.asterisk(), ADMIN_USERS.DISPLAY_NAME)
            .from(ADMIN_CAMPAIGNS)
            .leftJoin(ADMIN_USERS).on(ADMIN_USERS.USER_ID.eq(ADMIN_CAMPAIGNS.SPONSOR_ID));
    }

    private static CampaignSummary toSummary(Record record) {
        var r = record.into(ADMIN_CAMPAIGNS);
        return new CampaignSummary(UUID.fromString(r.getCampaignId()), UUID.fromString(r.getSponsorId()),
                record.get(ADMIN_USERS.DISPLAY_NAME), r.getName(), r.getDescription(), Category.valueOf(r.getCategory()),
                r.getBudgetMinor(), r.getCommittedMinor(), r.getStartDate(), r.getEndDate(),
                Visibility.valueOf(r.getVisibility()), Boolean.TRUE.equals(r.getFlagged()), r.getFlagReason(),
                Boolean.TRUE.equals(r.getDeleted()), r.getCreatedAt());
    }

    /** What the overview counts of campaigns. */
    record CampaignCounts(int publicOnes, int privateOnes, int flagged, int upcoming, int active, int ended,
            long budgetsMinor) {
    }
}
