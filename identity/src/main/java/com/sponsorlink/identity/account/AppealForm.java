package com.sponsorlink.identity.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A suspended user's appeal: they cannot sign in, so they prove who they are with their email and
 * password on the form itself.
 */
record AppealForm(
        @NotBlank(message = "Enter the email address of your account.")
        String email,
        @NotBlank(message = "Enter your password.")
        String password,
        @NotBlank(message = "Explain why the suspension should be lifted.")
        @Size(max = AppealForm.MAX_TEXT, message = "Use at most " + AppealForm.MAX_TEXT + " characters.")
        String text) {

    static final int MAX_TEXT = 2000;

    static AppealForm empty() {
        return new AppealForm(null, null, null);
    }
}
