package com.sponsorlink.campaigns.influencer;

import java.util.Arrays;

import org.springframework.validation.Errors;

import com.sponsorlink.identity.events.Category;
import com.sponsorlink.identity.events.Platform;

/**
 * A sponsor's search for influencers, as typed; every criterion is optional. A reach that is not
 * a whole number is reported beside its field and left out, so the rest of the search still runs.
 */
record InfluencerSearch(String category, String niche, String minReach, String maxReach, String platform) {

    InfluencerSearch {
        niche = niche == null ? "" : niche.strip();
    }

    Category categoryOrNull() {
        return Arrays.stream(Category.values()).filter(c -> c.name().equals(category)).findFirst().orElse(null);
    }

    Platform platformOrNull() {
        return Arrays.stream(Platform.values()).filter(p -> p.name().equals(platform)).findFirst().orElse(null);
    }

    Long minReachCount() {
        return count(minReach);
    }

    Long maxReachCount() {
        return count(maxReach);
    }

    void reportTypos(Errors errors) {
        reportIfNotACount("minReach", minReach, errors);
        reportIfNotACount("maxReach", maxReach, errors);
    }

    private static void reportIfNotACount(String field, String typed, Errors errors) {
        if (typed != null && !typed.isBlank() && count(typed) == null) {
            errors.rejectValue(field, "count", "Enter a whole number of followers, such as 10000.");
        }
    }

    private static Long count(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            long count = Long.parseLong(typed.strip().replace(",", ""));
            return count >= 0 ? count : null;
        }
        catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
