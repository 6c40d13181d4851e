package com.sponsorlink.identity.account;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import com.sponsorlink.identity.events.Category;
import com.sponsorlink.identity.events.Platform;

/**
 * An influencer's sign-up and profile form. Email and password are validated at sign-up only.
 */
record InfluencerForm(
        @NotBlank(groups = Registration.class, message = "Enter your email address.")
        @Email(groups = Registration.class, regexp = SponsorForm.EMAIL_PATTERN, message = "Enter an email address like name@example.com.")
        @Size(groups = Registration.class, max = 254, message = "Email addresses have at most 254 characters.")
        String email,
        @NotBlank(groups = Registration.class, message = "Choose a password.")
        @Size(groups = Registration.class, min = 10, max = 72, message = "Use between 10 and 72 characters.")
        String password,
        @NotBlank(message = "Enter the name your audience knows you by.")
        @Size(max = 80, message = "Use at most 80 characters.")
        String displayName,
        @NotNull(message = "Choose a category.")
        Category category,
        @NotBlank(message = "Describe your niche, for example \"vegan street food\".")
        @Size(max = 120, message = "Use at most 120 characters.")
        String niche,
        @NotNull(message = "Enter your follower count.")
        @PositiveOrZero(message = "Reach cannot be negative.")
        Long reach,
        @NotEmpty(message = "Choose at least one platform.")
        Set<Platform> platforms) {

    static InfluencerForm empty() {
        return new InfluencerForm(null, null, null, null, null, null, EnumSet.noneOf(Platform.class));
    }

    InfluencerProfile profile() {
        return new InfluencerProfile(displayName.strip(), category, niche.strip(), reach, platforms);
    }

    static InfluencerForm of(InfluencerProfile profile) {
        return new InfluencerForm(null, null, profile.displayName(), profile.category(), profile.niche(),
                profile.reach(), profile.platforms());
    }
}
