package com.sponsorlink.adrequests.adrequest;

import static com.sponsorlink.adrequests.persistence.jooq.Tables.ADREQUESTS_CAMPAIGNS;
import static com.sponsorlink.adrequests.persistence.jooq.Tables.ADREQUESTS_SPONSORS;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Repository;

import com.sponsorlink.campaigns.events.Visibility;

/**
 * Campaigns as ad requests need them: owner, name, dates, visibility, budget, and the amount
 * committed to accepted and completed ad requests, which this context owns.
 */
@Repository
class CampaignLedger {

    private final DSLContext db;

    CampaignLedger(DSLContext db) {
        this.db = db;
    }

    void created(UUID campaignId, UUID sponsorId, String name, String category, long budgetMinor, LocalDate startDate,
            LocalDate endDate, Visibility visibility) {
        db.insertInto(ADREQUESTS_CAMPAIGNS)
            .set(ADREQUESTS_CAMPAIGNS.CAMPAIGN_ID, campaignId.toString())
            .set(ADREQUESTS_CAMPAIGNS.SPONSOR_ID, sponsorId.toString())
            .set(ADREQUESTS_CAMPAIGNS.NAME, name)
            .set(ADREQUESTS_CAMPAIGNS.CATEGORY, category)
            .set(ADREQUESTS_CAMPAIGNS.BUDGET_MINOR, budgetMinor)
            .set(ADREQUESTS_CAMPAIGNS.START_DATE, startDate)
            .set(ADREQUESTS_CAMPAIGNS.END_DATE, endDate)
            .set(ADREQUESTS_CAMPAIGNS.VISIBILITY, visibility.name())
            .onConflict(ADREQUESTS_CAMPAIGNS.CAMPAIGN_ID)
            .doNothing()
            .execute();
    }

    void changed(UUID campaignId, String name, String category, long budgetMinor, LocalDate startDate, LocalDate endDate,
            Visibility visibility) {
        db.update(ADREQUESTS_CAMPAIGNS)
            .set(ADREQUESTS_CAMPAIGNS.NAME, name)
            .set(ADREQUESTS_CAMPAIGNS.CATEGORY, category)
            .set(ADREQUESTS_CAMPAIGNS.BUDGET_MINOR, budgetMinor)
            .set(ADREQUESTS_CAMPAIGNS.START_DATE, startDate)
            .set(ADREQUESTS_CAMPAIGNS.END_DATE, endDate)
            .set(ADREQUESTS_CAMPAIGNS.VISIBILITY, visibility.name())
            .where(ADREQUESTS_CAMPAIGNS.CAMPAIGN_ID.eq(campaignId.toString()))
            .execute();
    }

    void flag(UUID campaignId, boolean flagged) {
        db.update(ADREQUESTS_CAMPAIGNS)
            .set(ADREQUESTS_CAMPAIGNS.FLAGGED, flagged)
            .where(ADREQUESTS_CAMPAIGNS.CAMPAIGN_ID.eq(campaignId.toString()))
            .execute();
    }

    /** Keeps the deleted campaign's row, with nothing committed, so its requests' history still names it. */
    void deleted(UUID campaignId) {
        db.update(ADREQUESTS_CAMPAIGNS)
            .set(ADREQUESTS_CAMPAIGNS.DELETED, true)
            .set(ADREQUESTS_CAMPAIGNS.COMMITTED_MINOR, 0L)
            .where(ADREQUESTS_CAMPAIGNS.CAMPAIGN_ID.eq(campaignId.toString()))
            .execute();
    }

    /**
     * The budget guard: adds an accepted amount to the campaign's committed total only if the total
     * stays within the budget. One conditional update, so two acceptances at the same moment cannot
     * both pass; returns false when it would exceed the budget.
     */
    boolean commit(UUID campaignId, long amountMinor) {
        return db.update(ADREQUESTS_CAMPAIGNS)
            .set(ADREQUESTS_CAMPAIGNS.COMMITTED_MINOR, ADREQUESTS_CAMPAIGNS.COMMITTED_MINOR.plus(amountMinor))
            .where(ADREQUESTS_CAMPAIGNS.CAMPAIGN_ID.eq(campaignId.toString()))
            .and(ADREQUESTS_CAMPAIGNS.DELETED.isFalse())
            .and(ADREQUESTS_CAMPAIGNS.COMMITTED_MINOR.plus(amountMinor).le(ADREQUESTS_CAMPAIGNS.BUDGET_MINOR))
            .execute() == 1;
    }

    /** Gives back an agreed amount that the campaign no longer owes. */
    void release(UUID campaignId, long amountMinor) {
        db.update(ADREQUESTS_CAMPAIGNS)
            .set(ADREQUESTS_CAMPAIGNS.COMMITTED_MINOR, ADREQUESTS_CAMPAIGNS.COMMITTED_MINOR.minus(amountMinor))
            .where(ADREQUESTS_CAMPAIGNS.CAMPAIGN_ID.eq(campaignId.toString()))
            .and(ADREQUESTS_CAMPAIGNS.DELETED.isFalse())
            .execute();
    }

    Optional<Campaign> find(UUID campaignId) {
        return db.select(ADREQUESTS_CAMPAIGNS.asterisk(), ADREQUESTS_SPONSORS.SUSPENDED)
            .from(ADREQUESTS_CAMPAIGNS)
            .join(ADREQUESTS_SPONSORS).on(ADREQUESTS_SPONSORS.SPONSOR_ID.eq(ADREQUESTS_CAMPAIGNS.SPONSOR_ID))
            .where(ADREQUESTS_CAMPAIGNS.CAMPAIGN_ID.eq(campaignId.toString()))
            .fetchOptional(CampaignLedger::toCampaign);
    }

    /** The sponsor's campaigns that have not ended, for choosing where a new ad request goes. */
    List<Campaign> openOf(UUID sponsorId, LocalDate today) {
        return db.select(ADREQUESTS_CAMPAIGNS.asterisk(), ADREQUESTS_SPONSORS.SUSPENDED)
            .from(ADREQUESTS_CAMPAIGNS)
            .join(ADREQUESTS_SPONSORS).on(ADREQUESTS_SPONSORS.SPONSOR_ID.eq(ADREQUESTS_CAMPAIGNS.SPONSOR_ID))
            .where(ADREQUESTS_CAMPAIGNS.SPONSOR_ID.eq(sponsorId.toString()))
            .and(ADREQUESTS_CAMPAIGNS.DELETED.isFalse())
            .and(ADREQUESTS_CAMPAIGNS.END_DATE.ge(today))
            .orderBy(ADREQUESTS_CAMPAIGNS.NAME)
            .fetch(CampaignLedger::toCampaign);
    }

    /** A page of the sponsor's campaigns, deleted ones last, by name. */
    Page<Campaign> ofSponsor(UUID sponsorId, Pageable pageable) {
        Condition mine = ADREQUESTS_CAMPAIGNS.SPONSOR_ID.eq(sponsorId.toString());
        List<Campaign> campaigns = db.select(ADREQUESTS_CAMPAIGNS.asterisk(), ADREQUESTS_SPONSORS.SUSPENDED)
            .from(ADREQUESTS_CAMPAIGNS)
            .join(ADREQUESTS_SPONSORS).on(ADREQUESTS_SPONSORS.SPONSOR_ID.eq(ADREQUESTS_CAMPAIGNS.SPONSOR_ID))
            .where(mine)
            .orderBy(ADREQUESTS_CAMPAIGNS.DELETED, ADREQUESTS_CAMPAIGNS.NAME, ADREQUESTS_CAMPAIGNS.CAMPAIGN_ID)
            .limit(pageable.getPageSize())
            .offset(pageable.getOffset())
            .fetch(CampaignLedger::toCampaign);
        return new PageImpl<>(campaigns, pageable, db.fetchCount(ADREQUESTS_CAMPAIGNS, mine));
    }

    private static Campaign toCampaign(Record record) {
        var r = record.into(ADREQUESTS_CAMPAIGNS);
        return new Campaign(UUID.fromString(r.getCampaignId()), UUID.fromString(r.getSponsorId()), r.getName(),
                r.getBudgetMinor(), r.getCommittedMinor(), r.getStartDate(), r.getEndDate(),
                Visibility.valueOf(r.getVisibility()), Boolean.TRUE.equals(r.getDeleted()), Boolean.TRUE.equals(r.getFlagged()),
                Boolean.TRUE.equals(record.get(ADREQUESTS_SPONSORS.SUSPENDED)));
    }

    /** A campaign as ad requests see it. */
    record Campaign(UUID id, UUID sponsorId, String name, long budgetMinor, long committedMinor, LocalDate startDate,
            LocalDate endDate, Visibility visibility, boolean deleted, boolean flagged, boolean sponsorSuspended) {

        /** Why no new ad request may be made on it today, or null if one may. */
        String whyClosedOn(LocalDate today) {
            if (deleted) {
                return "The campaign \"" + name + "\" was deleted.";
            }
            if (flagged) {
                return "An admin flagged the campaign \"" + name + "\", so it takes no new ad requests.";
            }
            if (endDate.isBefore(today)) {
                return "The campaign \"" + name + "\" ended on " + endDate + ", so it takes no new ad requests.";
            }
            return null;
        }

        /** Whether an influencer may ask to join it today. */
        boolean joinableOn(LocalDate today) {
            return visibility == Visibility.PUBLIC && !sponsorSuspended && whyClosedOn(today) == null;
        }

        public long remainingMinor() {
            return budgetMinor - committedMinor;
        }
    }
}
