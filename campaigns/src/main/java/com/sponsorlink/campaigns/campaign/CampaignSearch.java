package com.sponsorlink.campaigns.campaign;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.springframework.validation.Errors;

import com.sponsorlink.identity.events.Category;

/**
 * An influencer's search for public campaigns, as typed. Without a phase, active and upcoming
 * campaigns are shown. Inputs stay text so that a typo never loses the rest of the search: an
 * amount that is not a number is reported beside its field and left out.
 */
record CampaignSearch(String q, String category, String minBudget, String maxBudget, String phase) {

    static final List<String> PHASES = List.of("CURRENT", "ACTIVE", "UPCOMING", "ENDED");

    CampaignSearch {
        q = q == null ? "" : q.strip();
        phase = phase != null && PHASES.contains(phase) ? phase : "CURRENT";
    }

    Category categoryOrNull() {
        return Arrays.stream(Category.values()).filter(c -> c.name().equals(category)).findFirst().orElse(null);
    }

    BigDecimal minBudgetAmount() {
        return amount(minBudget);
    }

    BigDecimal maxBudgetAmount() {
        return amount(maxBudget);
    }

    void reportTypos(Errors errors) {
        reportIfNotAnAmount("minBudget", minBudget, errors);
        reportIfNotAnAmount("maxBudget", maxBudget, errors);
    }

    private static void reportIfNotAnAmount(String field, String typed, Errors errors) {
        if (typed != null && !typed.isBlank() && amount(typed) == null) {
            errors.rejectValue(field, "amount", "Enter an amount such as 25000 or 25000.50.");
        }
    }

    private static BigDecimal amount(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(typed.strip());
            return amount.scale() <= 2 && amount.signum() >= 0 ? amount : null;
        }
        catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
