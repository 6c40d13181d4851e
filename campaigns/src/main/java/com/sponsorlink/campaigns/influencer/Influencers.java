package com.sponsorlink.campaigns.influencer;

import static com.sponsorlink.campaigns.persistence.jooq.Tables.CAMPAIGNS_INFLUENCERS;
import static com.sponsorlink.campaigns.persistence.jooq.Tables.CAMPAIGNS_INFLUENCER_PLATFORMS;
import static com.sponsorlink.campaigns.persistence.jooq.Tables.CAMPAIGNS_INFLUENCER_WORDS;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Repository;

import com.sponsorlink.campaigns.persistence.jooq.tables.records.CampaignsInfluencersRecord;
import com.sponsorlink.campaigns.search.SearchWords;
import com.sponsorlink.identity.events.Category;
import com.sponsorlink.identity.events.Platform;

/**
 * The influencer read model that sponsors search. Writes are upserts or keyed updates, so replaying
 * an event is harmless.
 */
@Repository
class Influencers {

    private final DSLContext db;

    Influencers(DSLContext db) {
        this.db = db;
    }

    void register(UUID influencerId, String displayName, Category category, String niche, long reach,
            Set<Platform> platforms, Instant registeredAt) {
        db.insertInto(CAMPAIGNS_INFLUENCERS)
            .set(CAMPAIGNS_INFLUENCERS.INFLUENCER_ID, influencerId.toString())
            .set(CAMPAIGNS_INFLUENCERS.DISPLAY_NAME, displayName)
            .set(CAMPAIGNS_INFLUENCERS.CATEGORY, category.name())
            .set(CAMPAIGNS_INFLUENCERS.NICHE, niche)
            .set(CAMPAIGNS_INFLUENCERS.REACH, reach)
            .set(CAMPAIGNS_INFLUENCERS.LISTED, true)
            .set(CAMPAIGNS_INFLUENCERS.REGISTERED_AT, registeredAt)
            .onConflict(CAMPAIGNS_INFLUENCERS.INFLUENCER_ID).doNothing()
            .execute();
        replacePlatforms(influencerId, platforms);
        indexNiche(influencerId, niche);
    }

    void change(UUID influencerId, String displayName, Category category, String niche, long reach,
            Set<Platform> platforms) {
        int changed = db.update(CAMPAIGNS_INFLUENCERS)
            .set(CAMPAIGNS_INFLUENCERS.DISPLAY_NAME, displayName)
            .set(CAMPAIGNS_INFLUENCERS.CATEGORY, category.name())
            .set(CAMPAIGNS_INFLUENCERS.NICHE, niche)
            .set(CAMPAIGNS_INFLUENCERS.REACH, reach)
            .where(CAMPAIGNS_INFLUENCERS.INFLUENCER_ID.eq(influencerId.toString()))
            .execute();
        if (changed == 1) {
            replacePlatforms(influencerId, platforms);
            indexNiche(influencerId, niche);
        }
    }

    private void indexNiche(UUID influencerId, String niche) {
        db.deleteFrom(CAMPAIGNS_INFLUENCER_WORDS)
            .where(CAMPAIGNS_INFLUENCER_WORDS.INFLUENCER_ID.eq(influencerId.toString()))
            .execute();
        var insert = db.insertInto(CAMPAIGNS_INFLUENCER_WORDS, CAMPAIGNS_INFLUENCER_WORDS.WORD,
                CAMPAIGNS_INFLUENCER_WORDS.INFLUENCER_ID);
        SearchWords.of(niche).forEach(word -> insert.values(word, influencerId.toString()));
        insert.execute();
    }

    private void replacePlatforms(UUID influencerId, Set<Platform> platforms) {
        db.deleteFrom(CAMPAIGNS_INFLUENCER_PLATFORMS)
            .where(CAMPAIGNS_INFLUENCER_PLATFORMS.INFLUENCER_ID.eq(influencerId.toString()))
            .execute();
        var insert = db.insertInto(CAMPAIGNS_INFLUENCER_PLATFORMS, CAMPAIGNS_INFLUENCER_PLATFORMS.INFLUENCER_ID,
                CAMPAIGNS_INFLUENCER_PLATFORMS.PLATFORM);
        platforms.forEach(platform -> insert.values(influencerId.toString(), platform.name()));
        insert.execute();
    }

    void list(UUID userId, boolean listed) {
        db.update(CAMPAIGNS_INFLUENCERS)
            .set(CAMPAIGNS_INFLUENCERS.LISTED, listed)
            .where(CAMPAIGNS_INFLUENCERS.INFLUENCER_ID.eq(userId.toString()))
            .execute();
    }

    Optional<Influencer> findListed(UUID influencerId) {
        return db.selectFrom(CAMPAIGNS_INFLUENCERS)
            .where(CAMPAIGNS_INFLUENCERS.INFLUENCER_ID.eq(influencerId.toString()))
            .and(CAMPAIGNS_INFLUENCERS.LISTED.isTrue())
            .fetchOptional()
            .map(r -> toInfluencer(r, platformsOf(List.of(r.getInfluencerId())).getOrDefault(r.getInfluencerId(), Set.of())));
    }

    /** Listed influencers matching the search (every niche word, by prefix), largest reach first. */
    Slice<Influencer> search(InfluencerSearch search, Pageable pageable) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(CAMPAIGNS_INFLUENCERS.LISTED.isTrue());
        if (search.categoryOrNull() != null) {
            conditions.add(CAMPAIGNS_INFLUENCERS.CATEGORY.eq(search.categoryOrNull().name()));
        }
        conditions.add(SearchWords.matchingAll(db, search.niche(), CAMPAIGNS_INFLUENCERS.INFLUENCER_ID,
                CAMPAIGNS_INFLUENCER_WORDS, CAMPAIGNS_INFLUENCER_WORDS.WORD, CAMPAIGNS_INFLUENCER_WORDS.INFLUENCER_ID));
        if (search.minReachCount() != null) {
            conditions.add(CAMPAIGNS_INFLUENCERS.REACH.ge(search.minReachCount()));
        }
        if (search.maxReachCount() != null) {
            conditions.add(CAMPAIGNS_INFLUENCERS.REACH.le(search.maxReachCount()));
        }
        if (search.platformOrNull() != null) {
            conditions.add(DSL.exists(DSL.selectOne().from(CAMPAIGNS_INFLUENCER_PLATFORMS)
                .where(CAMPAIGNS_INFLUENCER_PLATFORMS.INFLUENCER_ID.eq(CAMPAIGNS_INFLUENCERS.INFLUENCER_ID))
                .and(CAMPAIGNS_INFLUENCER_PLATFORMS.PLATFORM.eq(search.platformOrNull().name()))));
        }
        Condition where = DSL.and(conditions);
        // one row more than a page tells whether there is a next page, without counting every match
        List<CampaignsInfluencersRecord> rows = db.selectFrom(CAMPAIGNS_INFLUENCERS)
            .where(where)
            .orderBy(CAMPAIGNS_INFLUENCERS.REACH.desc(), CAMPAIGNS_INFLUENCERS.INFLUENCER_ID.asc())
            .limit(pageable.getPageSize() + 1)
            .offset(pageable.getOffset())
            .fetch();
        boolean more = rows.size() > pageable.getPageSize();
        rows = more ? rows.subList(0, pageable.getPageSize()) : rows;
        Map<String, Set<Platform>> platforms = platformsOf(rows.stream().map(CampaignsInfluencersRecord::getInfluencerId).toList());
        List<Influencer> influencers = rows.stream()
            .map(r -> toInfluencer(r, platforms.getOrDefault(r.getInfluencerId(), Set.of())))
            .toList();
        return new SliceImpl<>(influencers, pageable, more);
    }

    private Map<String, Set<Platform>> platformsOf(List<String> influencerIds) {
        return db.selectFrom(CAMPAIGNS_INFLUENCER_PLATFORMS)
            .where(CAMPAIGNS_INFLUENCER_PLATFORMS.INFLUENCER_ID.in(influencerIds))
            .fetch()
            .stream()
            .collect(Collectors.groupingBy(r -> r.getInfluencerId(),
                    Collectors.mapping(r -> Platform.valueOf(r.getPlatform()),
                            Collectors.toCollection(() -> EnumSet.noneOf(Platform.class)))));
    }

    private static Influencer toInfluencer(CampaignsInfluencersRecord r, Set<Platform> platforms) {
        return new Influencer(UUID.fromString(r.getInfluencerId()), r.getDisplayName(), Category.valueOf(r.getCategory()),
                r.getNiche(), r.getReach(), platforms);
    }
}
