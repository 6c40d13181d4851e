package com.sponsorlink.campaigns.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import com.sponsorlink.campaigns.events.Visibility;
import com.sponsorlink.identity.events.Category;

/**
 * The campaign form, for creating and editing. The version detects edits made meanwhile elsewhere.
 */
record CampaignForm(
        @NotBlank(message = "Give the campaign a name.")
        @Size(max = 120, message = "Use at most 120 characters.")
        String name,
        @NotBlank(message = "Describe the campaign for influencers.")
        @Size(max = 4000, message = "Use at most 4000 characters.")
        String description,
        @NotNull(message = "Choose a category.")
        Category category,
        @Size(max = 2000, message = "Use at most 2000 characters.")
        String goals,
        @NotNull(message = "Enter the budget.")
        @DecimalMin(value = "0.01", message = "The budget must be more than zero.")
        @Digits(integer = 12, fraction = 2, message = "Enter an amount such as 25000 or 25000.50.")
        BigDecimal budget,
        @NotNull(message = "Choose the start date.")
        @DateTimeFormat(iso = ISO.DATE)
        LocalDate startDate,
        @NotNull(message = "Choose the end date.")
        @DateTimeFormat(iso = ISO.DATE)
        LocalDate endDate,
        @NotNull(message = "Choose who may discover the campaign.")
        Visibility visibility,
        Integer version) {

    static CampaignForm empty() {
        return new CampaignForm(null, null, null, null, null, null, null, Visibility.PUBLIC, null);
    }

    static CampaignForm of(Campaign campaign, Money money) {
        return new CampaignForm(campaign.name(), campaign.description(), campaign.category(), campaign.goals(),
                money.toAmount(campaign.budgetMinor()), campaign.startDate(), campaign.endDate(), campaign.visibility(),
                campaign.version());
    }

    boolean endsBeforeItStarts() {
        return startDate != null && endDate != null && endDate.isBefore(startDate);
    }

    String trimmedGoals() {
        return goals == null ? "" : goals.strip();
    }
}
