package com.sponsorlink.campaigns.campaign;

import static com.sponsorlink.campaigns.persistence.jooq.Tables.CAMPAIGNS_CAMPAIGNS;
import static com.sponsorlink.campaigns.persistence.jooq.Tables.CAMPAIGNS_CAMPAIGN_WORDS;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Repository;

import com.sponsorlink.campaigns.events.Visibility;
import com.sponsorlink.campaigns.search.SearchWords;
import com.sponsorlink.identity.events.Category;

/**
 * Campaigns in the campaigns tables.
 */
@Repository
class Campaigns {

    /** Whether influencers may discover a campaign; recomputed whenever one of its inputs changes. */
    private static final Field<Boolean> LISTED = DSL.field(CAMPAIGNS_CAMPAIGNS.VISIBILITY.eq(Visibility.PUBLIC.name())
        .and(CAMPAIGNS_CAMPAIGNS.FLAGGED.isFalse())
        .and(CAMPAIGNS_CAMPAIGNS.SPONSOR_SUSPENDED.isFalse()));

    private final DSLContext db;

    Campaigns(DSLContext db) {
        this.db = db;
    }

    void insert(Campaign campaign, boolean sponsorSuspended, Instant now) {
        db.insertInto(CAMPAIGNS_CAMPAIGNS)
            .set(CAMPAIGNS_CAMPAIGNS.ID, campaign.id().toString())
            .set(CAMPAIGNS_CAMPAIGNS.SPONSOR_ID, campaign.sponsorId().toString())
            .set(editableFields(campaign))
            .set(CAMPAIGNS_CAMPAIGNS.SPONSOR_SUSPENDED, sponsorSuspended)
            .set(CAMPAIGNS_CAMPAIGNS.LISTED, campaign.visibility() == Visibility.PUBLIC && !sponsorSuspended)
            .set(CAMPAIGNS_CAMPAIGNS.CREATED_AT, now)
            .set(CAMPAIGNS_CAMPAIGNS.UPDATED_AT, now)
            .execute();
        indexWords(campaign);
    }

    /**
     * Saves an edit made on the given version; returns false if the campaign changed meanwhile or its
     * committed amount has grown above the new budget.
     */
    boolean update(Campaign campaign, int expectedVersion, Instant now) {
        int updated = db.update(CAMPAIGNS_CAMPAIGNS)
            .set(editableFields(campaign))
            .set(CAMPAIGNS_CAMPAIGNS.UPDATED_AT, now)
            .set(CAMPAIGNS_CAMPAIGNS.VERSION, CAMPAIGNS_CAMPAIGNS.VERSION.plus(1))
            .where(CAMPAIGNS_CAMPAIGNS.ID.eq(campaign.id().toString()))
            .and(CAMPAIGNS_CAMPAIGNS.VERSION.eq(expectedVersion))
            .and(CAMPAIGNS_CAMPAIGNS.COMMITTED_MINOR.le(campaign.budgetMinor()))
            .execute();
        if (updated == 0) {
            return false;
        }
        indexWords(campaign);
        relist(CAMPAIGNS_CAMPAIGNS.ID.eq(campaign.id().toString()));
        return true;
    }

    /** What a sponsor fills in, the same for a new campaign and an edit. */
    private static Map<Field<?>, Object> editableFields(Campaign campaign) {
        Map<Field<?>, Object> fields = new LinkedHashMap<>();
        fields.put(CAMPAIGNS_CAMPAIGNS.NAME, campaign.name());
        fields.put(CAMPAIGNS_CAMPAIGNS.DESCRIPTION, campaign.description());
        fields.put(CAMPAIGNS_CAMPAIGNS.CATEGORY, campaign.category().name());
        fields.put(CAMPAIGNS_CAMPAIGNS.GOALS, campaign.goals());
        fields.put(CAMPAIGNS_CAMPAIGNS.BUDGET_MINOR, campaign.budgetMinor());
        fields.put(CAMPAIGNS_CAMPAIGNS.START_DATE, campaign.startDate());
        fields.put(CAMPAIGNS_CAMPAIGNS.END_DATE, campaign.endDate());
        fields.put(CAMPAIGNS_CAMPAIGNS.VISIBILITY, campaign.visibility().name());
        return fields;
    }

    private void indexWords(Campaign campaign) {
        String id = campaign.id().toString();
        db.deleteFrom(CAMPAIGNS_CAMPAIGN_WORDS).where(CAMPAIGNS_CAMPAIGN_WORDS.CAMPAIGN_ID.eq(id)).execute();
        var insert = db.insertInto(CAMPAIGNS_CAMPAIGN_WORDS, CAMPAIGNS_CAMPAIGN_WORDS.WORD, CAMPAIGNS_CAMPAIGN_WORDS.CAMPAIGN_ID);
        SearchWords.of(campaign.name(), campaign.description()).forEach(word -> insert.values(word, id));
        insert.execute();
    }

    void delete(UUID campaignId) {
        db.deleteFrom(CAMPAIGNS_CAMPAIGNS).where(CAMPAIGNS_CAMPAIGNS.ID.eq(campaignId.toString())).execute();
    }

    /** Records the committed amount the ad requests context reported; it does not count as an edit. */
    void commit(UUID campaignId, long committedMinor) {
        db.update(CAMPAIGNS_CAMPAIGNS)
            .set(CAMPAIGNS_CAMPAIGNS.COMMITTED_MINOR, committedMinor)
            .where(CAMPAIGNS_CAMPAIGNS.ID.eq(campaignId.toString()))
            .execute();
    }

    /** Records what the ad requests context reported as paid against the campaign; not an edit either. */
    void paid(UUID campaignId, long paidMinor) {
        db.update(CAMPAIGNS_CAMPAIGNS)
            .set(CAMPAIGNS_CAMPAIGNS.PAID_MINOR, paidMinor)
            .where(CAMPAIGNS_CAMPAIGNS.ID.eq(campaignId.toString()))
            .execute();
    }

    /**
     * Flags (since the given time, which names the flagging) or unflags the campaign, with the admin's
     * reason for the sponsor to read, and relists it.
     */
    void flag(UUID campaignId, boolean flagged, String reason, Instant at) {
        db.update(CAMPAIGNS_CAMPAIGNS)
            .set(CAMPAIGNS_CAMPAIGNS.FLAGGED, flagged)
            .set(CAMPAIGNS_CAMPAIGNS.FLAG_REASON, flagged ? reason : null)
            .set(CAMPAIGNS_CAMPAIGNS.FLAGGED_AT, flagged ? at : null)
            .where(CAMPAIGNS_CAMPAIGNS.ID.eq(campaignId.toString()))
            .execute();
        relist(CAMPAIGNS_CAMPAIGNS.ID.eq(campaignId.toString()));
    }

    void sponsorSuspended(UUID sponsorId, boolean suspended) {
        db.update(CAMPAIGNS_CAMPAIGNS)
            .set(CAMPAIGNS_CAMPAIGNS.SPONSOR_SUSPENDED, suspended)
            .where(CAMPAIGNS_CAMPAIGNS.SPONSOR_ID.eq(sponsorId.toString()))
            .execute();
        relist(CAMPAIGNS_CAMPAIGNS.SPONSOR_ID.eq(sponsorId.toString()));
    }

    private void relist(Condition which) {
        db.update(CAMPAIGNS_CAMPAIGNS).set(CAMPAIGNS_CAMPAIGNS.LISTED, LISTED).where(which).execute();
    }

    /** A sponsor's own campaign; another sponsor's is as good as absent. */
    Optional<Campaign> findOwned(UUID campaignId, UUID sponsorId) {
        return db.selectFrom(CAMPAIGNS_CAMPAIGNS)
            .where(CAMPAIGNS_CAMPAIGNS.ID.eq(campaignId.toString()))
            .and(CAMPAIGNS_CAMPAIGNS.SPONSOR_ID.eq(sponsorId.toString()))
            .fetchOptional(Campaigns::toCampaign);
    }

    /** When the campaign's current flag was set; empty when it is not flagged. */
    Optional<Instant> flaggedAt(UUID campaignId) {
        return db.select(CAMPAIGNS_CAMPAIGNS.FLAGGED_AT).from(CAMPAIGNS_CAMPAIGNS)
            .where(CAMPAIGNS_CAMPAIGNS.ID.eq(campaignId.toString()))
            .and(CAMPAIGNS_CAMPAIGNS.FLAGGED.isTrue())
            .fetchOptional(CAMPAIGNS_CAMPAIGNS.FLAGGED_AT);
    }

    /** A campaign influencers may see. */
    Optional<Campaign> findListed(UUID campaignId) {
        return db.selectFrom(CAMPAIGNS_CAMPAIGNS)
            .where(CAMPAIGNS_CAMPAIGNS.ID.eq(campaignId.toString()))
            .and(CAMPAIGNS_CAMPAIGNS.LISTED.isTrue())
            .fetchOptional(Campaigns::toCampaign);
    }

    Page<Campaign> ofSponsor(UUID sponsorId, CampaignSort sort, Pageable pageable) {
        Condition mine = CAMPAIGNS_CAMPAIGNS.SPONSOR_ID.eq(sponsorId.toString());
        List<Campaign> campaigns = db.selectFrom(CAMPAIGNS_CAMPAIGNS)
            .where(mine)
            .orderBy(sort.orderBy())
            .limit(pageable.getPageSize())
            .offset(pageable.getOffset())
            .fetch(Campaigns::toCampaign);
        return new PageImpl<>(campaigns, pageable, db.fetchCount(CAMPAIGNS_CAMPAIGNS, mine));
    }

    /** Listed campaigns matching an influencer's search (every word, by prefix), those ending soonest first. */
    Slice<Campaign> discover(CampaignSearch search, Money money, LocalDate today, Pageable pageable) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(CAMPAIGNS_CAMPAIGNS.LISTED.isTrue());
        switch (search.phase()) {
            case "ACTIVE" -> conditions.add(CAMPAIGNS_CAMPAIGNS.END_DATE.ge(today).and(CAMPAIGNS_CAMPAIGNS.START_DATE.le(today)));
            case "UPCOMING" -> conditions.add(CAMPAIGNS_CAMPAIGNS.START_DATE.gt(today));
            case "ENDED" -> conditions.add(CAMPAIGNS_CAMPAIGNS.END_DATE.lt(today));
            default -> conditions.add(CAMPAIGNS_CAMPAIGNS.END_DATE.ge(today));
        }
        conditions.add(SearchWords.matchingAll(db, search.q(), CAMPAIGNS_CAMPAIGNS.ID, CAMPAIGNS_CAMPAIGN_WORDS,
                CAMPAIGNS_CAMPAIGN_WORDS.WORD, CAMPAIGNS_CAMPAIGN_WORDS.CAMPAIGN_ID));
        if (search.categoryOrNull() != null) {
            conditions.add(CAMPAIGNS_CAMPAIGNS.CATEGORY.eq(search.categoryOrNull().name()));
        }
        if (search.minBudgetAmount() != null) {
            conditions.add(CAMPAIGNS_CAMPAIGNS.BUDGET_MINOR.ge(money.toMinorUnits(search.minBudgetAmount())));
        }
        if (search.maxBudgetAmount() != null) {
            conditions.add(CAMPAIGNS_CAMPAIGNS.BUDGET_MINOR.le(money.toMinorUnits(search.maxBudgetAmount())));
        }
        Condition where = DSL.and(conditions);
        var ordering = "ENDED".equals(search.phase())
                ? new org.jooq.SortField<?>[] { CAMPAIGNS_CAMPAIGNS.END_DATE.desc(), CAMPAIGNS_CAMPAIGNS.ID.desc() }
                : new org.jooq.SortField<?>[] { CAMPAIGNS_CAMPAIGNS.END_DATE.asc(), CAMPAIGNS_CAMPAIGNS.ID.asc() };
        // one row more than a page tells whether there is a next page, without counting every match
        List<Campaign> campaigns = db.selectFrom(CAMPAIGNS_CAMPAIGNS)
            .where(where)
            .orderBy(ordering)
            .limit(pageable.getPageSize() + 1)
            .offset(pageable.getOffset())
            .fetch(Campaigns::toCampaign);
        boolean more = campaigns.size() > pageable.getPageSize();
        return new SliceImpl<>(more ? campaigns.subList(0, pageable.getPageSize()) : campaigns, pageable, more);
    }

    private static Campaign toCampaign(Record record) {
        var r = record.into(CAMPAIGNS_CAMPAIGNS);
        return new Campaign(UUID.fromString(r.getId()), UUID.fromString(r.getSponsorId()), r.getName(), r.getDescription(),
                Category.valueOf(r.getCategory()), r.getGoals(), r.getBudgetMinor(), r.getCommittedMinor(),
                r.getPaidMinor(), r.getStartDate(), r.getEndDate(), Visibility.valueOf(r.getVisibility()), Boolean.TRUE.equals(r.getFlagged()),
                r.getFlagReason(), r.getVersion());
    }
}
