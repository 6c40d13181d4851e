package com.sponsorlink.identity.account;

import static com.sponsorlink.identity.account.SponsorForm.EMAIL_PATTERN;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An admin adding another admin: the new admin's email, name and first password, which they change
 * under Profile after signing in.
 */
record AdminForm(
        @NotBlank(message = "Enter the new admin's email address.")
        @Email(regexp = EMAIL_PATTERN, message = "Enter an email address like name@example.com.")
        @Size(max = 254, message = "Email addresses have at most 254 characters.")
        String email,
        @NotBlank(message = "Enter the new admin's name.")
        @Size(max = 120, message = "Use at most 120 characters.")
        String displayName,
        @NotBlank(message = "Choose a first password for them.")
        @Size(min = 10, max = 72, message = "Use between 10 and 72 characters.")
        String password) {

    static AdminForm empty() {
        return new AdminForm(null, null, null);
    }
}
