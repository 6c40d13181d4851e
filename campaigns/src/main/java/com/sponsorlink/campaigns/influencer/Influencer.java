package com.sponsorlink.campaigns.influencer;

import java.util.Set;
import java.util.UUID;

import com.sponsorlink.identity.events.Category;
import com.sponsorlink.identity.events.Platform;

/**
 * An influencer as sponsors find them.
 */
record Influencer(UUID id, String displayName, Category category, String niche, long reach, Set<Platform> platforms) {
}
