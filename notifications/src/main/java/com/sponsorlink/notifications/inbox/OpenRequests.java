package com.sponsorlink.notifications.inbox;

import static com.sponsorlink.notifications.persistence.jooq.Tables.NOTIFICATIONS_CAMPAIGNS;
import static com.sponsorlink.notifications.persistence.jooq.Tables.NOTIFICATIONS_OPEN_REQUESTS;
import static com.sponsorlink.notifications.persistence.jooq.Tables.NOTIFICATIONS_PEOPLE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import com.sponsorlink.adrequests.events.Party;

/**
 * The ad requests that wait for an answer, as the daily reminder needs them.
 */
@Repository
class OpenRequests {

    private final DSLContext db;

    OpenRequests(DSLContext db) {
        this.db = db;
    }

    void awaiting(UUID adRequestId, UUID campaignId, UUID sponsorId, UUID influencerId, Party awaiting) {
        db.insertInto(NOTIFICATIONS_OPEN_REQUESTS)
            .set(NOTIFICATIONS_OPEN_REQUESTS.AD_REQUEST_ID, adRequestId.toString())
            .set(NOTIFICATIONS_OPEN_REQUESTS.CAMPAIGN_ID, campaignId.toString())
            .set(NOTIFICATIONS_OPEN_REQUESTS.SPONSOR_ID, sponsorId.toString())
            .set(NOTIFICATIONS_OPEN_REQUESTS.INFLUENCER_ID, influencerId.toString())
            .set(NOTIFICATIONS_OPEN_REQUESTS.AWAITING, awaiting.name())
            .onConflict(NOTIFICATIONS_OPEN_REQUESTS.AD_REQUEST_ID).doUpdate()
            .set(NOTIFICATIONS_OPEN_REQUESTS.INFLUENCER_ID, influencerId.toString())
            .set(NOTIFICATIONS_OPEN_REQUESTS.AWAITING, awaiting.name())
            .execute();
    }

    void readdressed(UUID adRequestId, UUID influencerId) {
        db.update(NOTIFICATIONS_OPEN_REQUESTS)
            .set(NOTIFICATIONS_OPEN_REQUESTS.INFLUENCER_ID, influencerId.toString())
            .where(NOTIFICATIONS_OPEN_REQUESTS.AD_REQUEST_ID.eq(adRequestId.toString()))
            .execute();
    }

    void settled(UUID adRequestId) {
        db.deleteFrom(NOTIFICATIONS_OPEN_REQUESTS)
            .where(NOTIFICATIONS_OPEN_REQUESTS.AD_REQUEST_ID.eq(adRequestId.toString()))
            .execute();
    }

    /** For each influencer with requests awaiting their answer: a line per request, sponsor and campaign. */
    @Transactional(readOnly = true)
    Map<UUID, List<String>> awaitingInfluencers() {
        Map<UUID, List<String>> lines = new LinkedHashMap<>();
        db.select(NOTIFICATIONS_OPEN_REQUESTS.INFLUENCER_ID, DSL.coalesce(NOTIFICATIONS_PEOPLE.DISPLAY_NAME, "a sponsor"),
                    DSL.coalesce(NOTIFICATIONS_CAMPAIGNS.NAME, "A campaign"))
            .from(NOTIFICATIONS_OPEN_REQUESTS)
            .leftJoin(NOTIFICATIONS_PEOPLE).on(NOTIFICATIONS_PEOPLE.USER_ID.eq(NOTIFICATIONS_OPEN_REQUESTS.SPONSOR_ID))
            .leftJoin(NOTIFICATIONS_CAMPAIGNS).on(NOTIFICATIONS_CAMPAIGNS.CAMPAIGN_ID.eq(NOTIFICATIONS_OPEN_REQUESTS.CAMPAIGN_ID))
            .where(NOTIFICATIONS_OPEN_REQUESTS.AWAITING.eq(Party.INFLUENCER.name()))
            .orderBy(NOTIFICATIONS_OPEN_REQUESTS.INFLUENCER_ID, NOTIFICATIONS_CAMPAIGNS.NAME)
            .forEach(r -> lines.computeIfAbsent(UUID.fromString(r.value1()), id -> new java.util.ArrayList<>())
                .add(r.value3() + " from " + r.value2()));
        return lines;
    }
}
