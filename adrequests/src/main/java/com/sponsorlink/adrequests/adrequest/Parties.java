package com.sponsorlink.adrequests.adrequest;

import static com.sponsorlink.adrequests.persistence.jooq.Tables.ADREQUESTS_INFLUENCERS;
import static com.sponsorlink.adrequests.persistence.jooq.Tables.ADREQUESTS_SPONSORS;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import com.sponsorlink.identity.events.Category;

/**
 * The sponsors and influencers this context knows, as identity reported them.
 */
@Repository
class Parties {

    private final DSLContext db;

    Parties(DSLContext db) {
        this.db = db;
    }

    void sponsor(UUID sponsorId, String organisationName) {
        db.insertInto(ADREQUESTS_SPONSORS)
            .set(ADREQUESTS_SPONSORS.SPONSOR_ID, sponsorId.toString())
            .set(ADREQUESTS_SPONSORS.ORGANISATION_NAME, organisationName)
            .onConflict(ADREQUESTS_SPONSORS.SPONSOR_ID)
            .doUpdate()
            .set(ADREQUESTS_SPONSORS.ORGANISATION_NAME, organisationName)
            .execute();
    }

    /** When the influencer signed up, for the demo data's timeline. */
    void joined(UUID influencerId, Instant at) {
        db.update(ADREQUESTS_INFLUENCERS)
            .set(ADREQUESTS_INFLUENCERS.JOINED_AT, at)
            .where(ADREQUESTS_INFLUENCERS.INFLUENCER_ID.eq(influencerId.toString()))
            .execute();
    }

    void influencer(UUID influencerId, String displayName, Category category, String niche, long reach) {
        db.insertInto(ADREQUESTS_INFLUENCERS)
            .set(ADREQUESTS_INFLUENCERS.INFLUENCER_ID, influencerId.toString())
            .set(ADREQUESTS_INFLUENCERS.DISPLAY_NAME, displayName)
            .set(ADREQUESTS_INFLUENCERS.NAME_KEY, displayName.toLowerCase(Locale.ROOT))
            .set(ADREQUESTS_INFLUENCERS.CATEGORY, category.name())
            .set(ADREQUESTS_INFLUENCERS.NICHE, niche)
            .set(ADREQUESTS_INFLUENCERS.REACH, reach)
            .onConflict(ADREQUESTS_INFLUENCERS.INFLUENCER_ID)
            .doUpdate()
            .set(ADREQUESTS_INFLUENCERS.DISPLAY_NAME, displayName)
            .set(ADREQUESTS_INFLUENCERS.NAME_KEY, displayName.toLowerCase(Locale.ROOT))
            .set(ADREQUESTS_INFLUENCERS.CATEGORY, category.name())
            .set(ADREQUESTS_INFLUENCERS.NICHE, niche)
            .set(ADREQUESTS_INFLUENCERS.REACH, reach)
            .execute();
    }

    /** Suspends or reinstates whoever the user is; one of the two updates matches nothing. */
    void suspend(UUID userId, boolean suspended) {
        db.update(ADREQUESTS_SPONSORS).set(ADREQUESTS_SPONSORS.SUSPENDED, suspended)
            .where(ADREQUESTS_SPONSORS.SPONSOR_ID.eq(userId.toString())).execute();
        db.update(ADREQUESTS_INFLUENCERS).set(ADREQUESTS_INFLUENCERS.SUSPENDED, suspended)
            .where(ADREQUESTS_INFLUENCERS.INFLUENCER_ID.eq(userId.toString())).execute();
    }

    Optional<Influencer> influencer(UUID influencerId) {
        return db.selectFrom(ADREQUESTS_INFLUENCERS)
            .where(ADREQUESTS_INFLUENCERS.INFLUENCER_ID.eq(influencerId.toString()))
            .fetchOptional(r -> new Influencer(UUID.fromString(r.getInfluencerId()), r.getDisplayName(),
                    Category.valueOf(r.getCategory()), r.getNiche(), r.getReach(), Boolean.TRUE.equals(r.getSuspended())));
    }

    Optional<String> sponsorName(UUID sponsorId) {
        return db.select(ADREQUESTS_SPONSORS.ORGANISATION_NAME).from(ADREQUESTS_SPONSORS)
            .where(ADREQUESTS_SPONSORS.SPONSOR_ID.eq(sponsorId.toString()))
            .fetchOptional(ADREQUESTS_SPONSORS.ORGANISATION_NAME);
    }

    /** Influencers who may receive ad requests, whose display name starts with the given text, by name. */
    List<Influencer> influencersNamed(String prefix, int limit) {
        String key = prefix.strip().toLowerCase(Locale.ROOT);
        return db.selectFrom(ADREQUESTS_INFLUENCERS)
            .where(ADREQUESTS_INFLUENCERS.NAME_KEY.ge(key))
            .and(ADREQUESTS_INFLUENCERS.NAME_KEY.lt(key + Character.MAX_VALUE))
            .and(ADREQUESTS_INFLUENCERS.SUSPENDED.isFalse())
            .orderBy(ADREQUESTS_INFLUENCERS.NAME_KEY, ADREQUESTS_INFLUENCERS.INFLUENCER_ID)
            .limit(limit)
            .fetch(r -> new Influencer(UUID.fromString(r.getInfluencerId()), r.getDisplayName(),
                    Category.valueOf(r.getCategory()), r.getNiche(), r.getReach(), false));
    }

    /** An influencer as the ad request pages show them. */
    public record Influencer(UUID id, String displayName, Category category, String niche, long reach, boolean suspended) {
    }
}
