package com.sponsorlink.campaigns.campaign;

import static com.sponsorlink.campaigns.persistence.jooq.Tables.CAMPAIGNS_SPONSORS;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * The sponsor read model. Every write is an upsert or a keyed update, so replaying an event is harmless.
 */
@Repository
class Sponsors {

    private final DSLContext db;

    Sponsors(DSLContext db) {
        this.db = db;
    }

    void register(UUID sponsorId, String organisationName, String industry, Instant joinedAt) {
        db.insertInto(CAMPAIGNS_SPONSORS)
            .set(CAMPAIGNS_SPONSORS.SPONSOR_ID, sponsorId.toString())
            .set(CAMPAIGNS_SPONSORS.ORGANISATION_NAME, organisationName)
            .set(CAMPAIGNS_SPONSORS.INDUSTRY, industry)
            .set(CAMPAIGNS_SPONSORS.JOINED_AT, joinedAt)
            .set(CAMPAIGNS_SPONSORS.APPROVAL, "PENDING")
            .set(CAMPAIGNS_SPONSORS.SUSPENDED, false)
            .onConflict(CAMPAIGNS_SPONSORS.SPONSOR_ID).doNothing()
            .execute();
    }

    void rename(UUID sponsorId, String organisationName, String industry) {
        db.update(CAMPAIGNS_SPONSORS)
            .set(CAMPAIGNS_SPONSORS.ORGANISATION_NAME, organisationName)
            .set(CAMPAIGNS_SPONSORS.INDUSTRY, industry)
            .where(CAMPAIGNS_SPONSORS.SPONSOR_ID.eq(sponsorId.toString()))
            .execute();
    }

    void decide(UUID sponsorId, String approval, String reason) {
        db.update(CAMPAIGNS_SPONSORS)
            .set(CAMPAIGNS_SPONSORS.APPROVAL, approval)
            .set(CAMPAIGNS_SPONSORS.APPROVAL_REASON, reason)
            .where(CAMPAIGNS_SPONSORS.SPONSOR_ID.eq(sponsorId.toString()))
            .execute();
    }

    void suspend(UUID userId, boolean suspended) {
        db.update(CAMPAIGNS_SPONSORS)
            .set(CAMPAIGNS_SPONSORS.SUSPENDED, suspended)
            .where(CAMPAIGNS_SPONSORS.SPONSOR_ID.eq(userId.toString()))
            .execute();
    }

    Optional<Sponsor> find(UUID sponsorId) {
        return db.selectFrom(CAMPAIGNS_SPONSORS)
            .where(CAMPAIGNS_SPONSORS.SPONSOR_ID.eq(sponsorId.toString()))
            .fetchOptional(r -> new Sponsor(UUID.fromString(r.getSponsorId()), r.getOrganisationName(), r.getIndustry(),
                    r.getApproval(), r.getApprovalReason(), Boolean.TRUE.equals(r.getSuspended())));
    }
}
