package com.sponsorlink.identity.events;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An influencer signed up with their public profile.
 */
public record InfluencerRegistered(UUID influencerId, String email, String displayName, Category category,
        String niche, long reach, Set<Platform> platforms, Instant registeredAt) {

    public InfluencerRegistered {
        platforms = Set.copyOf(platforms);
    }
}
