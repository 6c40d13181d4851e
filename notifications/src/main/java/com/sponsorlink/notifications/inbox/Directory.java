package com.sponsorlink.notifications.inbox;

import static com.sponsorlink.notifications.persistence.jooq.Tables.NOTIFICATIONS_CAMPAIGNS;
import static com.sponsorlink.notifications.persistence.jooq.Tables.NOTIFICATIONS_PEOPLE;

import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * The names notifications use: people and campaigns.
 */
@Repository
class Directory {

    private final DSLContext db;

    Directory(DSLContext db) {
        this.db = db;
    }

    void person(UUID userId, String displayName, String email, String role) {
        db.insertInto(NOTIFICATIONS_PEOPLE)
            .set(NOTIFICATIONS_PEOPLE.USER_ID, userId.toString())
            .set(NOTIFICATIONS_PEOPLE.DISPLAY_NAME, displayName)
            .set(NOTIFICATIONS_PEOPLE.EMAIL, email)
            .set(NOTIFICATIONS_PEOPLE.ROLE, role)
            .onConflict(NOTIFICATIONS_PEOPLE.USER_ID).doNothing()
            .execute();
    }

    void rename(UUID userId, String displayName) {
        db.update(NOTIFICATIONS_PEOPLE)
            .set(NOTIFICATIONS_PEOPLE.DISPLAY_NAME, displayName)
            .where(NOTIFICATIONS_PEOPLE.USER_ID.eq(userId.toString()))
            .execute();
    }

    Optional<String> emailOf(UUID userId) {
        return db.select(NOTIFICATIONS_PEOPLE.EMAIL).from(NOTIFICATIONS_PEOPLE)
            .where(NOTIFICATIONS_PEOPLE.USER_ID.eq(userId.toString()))
            .fetchOptional(NOTIFICATIONS_PEOPLE.EMAIL);
    }

    void campaign(UUID campaignId, UUID sponsorId, String name) {
        db.insertInto(NOTIFICATIONS_CAMPAIGNS)
            .set(NOTIFICATIONS_CAMPAIGNS.CAMPAIGN_ID, campaignId.toString())
            .set(NOTIFICATIONS_CAMPAIGNS.SPONSOR_ID, sponsorId.toString())
            .set(NOTIFICATIONS_CAMPAIGNS.NAME, name)
            .onConflict(NOTIFICATIONS_CAMPAIGNS.CAMPAIGN_ID).doUpdate()
            .set(NOTIFICATIONS_CAMPAIGNS.NAME, name)
            .execute();
    }

    String nameOf(UUID userId) {
        return db.select(NOTIFICATIONS_PEOPLE.DISPLAY_NAME).from(NOTIFICATIONS_PEOPLE)
            .where(NOTIFICATIONS_PEOPLE.USER_ID.eq(userId.toString()))
            .fetchOptional(NOTIFICATIONS_PEOPLE.DISPLAY_NAME)
            .orElse("Someone");
    }

    String campaignName(UUID campaignId) {
        return campaign(campaignId).map(Campaign::name).orElse("a campaign");
    }

    Optional<Campaign> campaign(UUID campaignId) {
        return db.selectFrom(NOTIFICATIONS_CAMPAIGNS)
            .where(NOTIFICATIONS_CAMPAIGNS.CAMPAIGN_ID.eq(campaignId.toString()))
            .fetchOptional(r -> new Campaign(UUID.fromString(r.getSponsorId()), r.getName()));
    }

    record Campaign(UUID sponsorId, String name) {
    }
}
