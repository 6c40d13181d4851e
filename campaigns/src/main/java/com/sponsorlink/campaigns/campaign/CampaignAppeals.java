package com.sponsorlink.campaigns.campaign;

import static com.sponsorlink.campaigns.persistence.jooq.Tables.CAMPAIGNS_APPEALS;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Sponsors' appeals of flags on their campaigns, one per flagging: the database refuses a second.
 */
@Repository
class CampaignAppeals {

    private final DSLContext db;

    CampaignAppeals(DSLContext db) {
        this.db = db;
    }

    /** Files the appeal unless one of the same flagging exists; returns whether it was filed. */
    boolean insert(UUID appealId, UUID campaignId, UUID sponsorId, Instant flaggedAt, String text, Instant filedAt) {
        return db.insertInto(CAMPAIGNS_APPEALS)
            .set(CAMPAIGNS_APPEALS.ID, appealId.toString())
            .set(CAMPAIGNS_APPEALS.CAMPAIGN_ID, campaignId.toString())
            .set(CAMPAIGNS_APPEALS.SPONSOR_ID, sponsorId.toString())
            .set(CAMPAIGNS_APPEALS.FLAGGED_AT, flaggedAt)
            .set(CAMPAIGNS_APPEALS.TEXT, text)
            .set(CAMPAIGNS_APPEALS.FILED_AT, filedAt)
            .onConflict(CAMPAIGNS_APPEALS.CAMPAIGN_ID, CAMPAIGNS_APPEALS.FLAGGED_AT).doNothing()
            .execute() == 1;
    }

    /** Where the appeal of the given flagging stands, as the sponsor reads it; empty if there is none. */
    Optional<String> state(UUID campaignId, Instant flaggedAt, ZoneId zone) {
        return db.selectFrom(CAMPAIGNS_APPEALS)
            .where(CAMPAIGNS_APPEALS.CAMPAIGN_ID.eq(campaignId.toString()))
            .and(CAMPAIGNS_APPEALS.FLAGGED_AT.eq(flaggedAt))
            .fetchOptional(r -> {
                String of = "Your appeal of " + LocalDate.ofInstant(r.getFiledAt(), zone);
                if (r.getOutcome() == null) {
                    return of + " is being reviewed.";
                }
                return of + ("UPHELD".equals(r.getOutcome()) ? " was upheld: " : " was accepted: ") + r.getDecisionReason();
            });
    }

    /** Records the admin's decision; a decided appeal keeps its first decision, so a replay changes nothing. */
    void decide(UUID appealId, boolean lifted, String reason, Instant decidedAt) {
        db.update(CAMPAIGNS_APPEALS)
            .set(CAMPAIGNS_APPEALS.OUTCOME, lifted ? "LIFTED" : "UPHELD")
            .set(CAMPAIGNS_APPEALS.DECISION_REASON, reason)
            .set(CAMPAIGNS_APPEALS.DECIDED_AT, decidedAt)
            .where(CAMPAIGNS_APPEALS.ID.eq(appealId.toString()))
            .and(CAMPAIGNS_APPEALS.OUTCOME.isNull())
            .execute();
    }
}
