package com.sponsorlink.identity.account;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A sponsor's sign-up and profile form. Email and password are validated at sign-up only.
 */
record SponsorForm(
        @NotBlank(groups = Registration.class, message = "Enter your email address.")
        @Email(groups = Registration.class, regexp = EMAIL_PATTERN, message = "Enter an email address like name@example.com.")
        @Size(groups = Registration.class, max = 254, message = "Email addresses have at most 254 characters.")
        String email,
        @NotBlank(groups = Registration.class, message = "Choose a password.")
        @Size(groups = Registration.class, min = 10, max = 72, message = "Use between 10 and 72 characters.")
        String password,
        @NotBlank(message = "Enter your company or your name.")
        @Size(max = 120, message = "Use at most 120 characters.")
        String organisationName,
        @NotBlank(message = "Enter your industry.")
        @Size(max = 80, message = "Use at most 80 characters.")
        String industry,
        @DecimalMin(value = "0", message = "The budget cannot be negative.")
        @Digits(integer = 12, fraction = 2, message = "Enter an amount such as 25000 or 25000.50.")
        BigDecimal yearlyBudget) {

    static final String EMAIL_PATTERN = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    static SponsorForm empty() {
        return new SponsorForm(null, null, null, null, null);
    }

    SponsorProfile profile(Money money) {
        return new SponsorProfile(organisationName.strip(), industry.strip(), money.toMinorUnits(yearlyBudget));
    }

    static SponsorForm of(SponsorProfile profile, Money money) {
        return new SponsorForm(null, null, profile.organisationName(), profile.industry(),
                money.toAmount(profile.yearlyBudgetMinor()));
    }
}
