package com.sponsorlink.identity.events;

import java.util.Set;
import java.util.UUID;

/**
 * An influencer edited their profile; read models used for discovery refresh from it.
 */
public record InfluencerProfileChanged(UUID influencerId, String displayName, Category category, String niche,
        long reach, Set<Platform> platforms) {

    public InfluencerProfileChanged {
        platforms = Set.copyOf(platforms);
    }
}
