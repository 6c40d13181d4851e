package com.sponsorlink.identity.account;

import java.util.Set;

import com.sponsorlink.identity.events.Category;
import com.sponsorlink.identity.events.Platform;

record InfluencerProfile(String displayName, Category category, String niche, long reach, Set<Platform> platforms) {
}
