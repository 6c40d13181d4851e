package com.sponsorlink.identity.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record PasswordForm(
        @NotBlank(message = "Enter your current password.")
        String currentPassword,
        @NotBlank(message = "Choose a new password.")
        @Size(min = 10, max = 72, message = "Use between 10 and 72 characters.")
        String newPassword,
        String confirmation) {

    static PasswordForm empty() {
        return new PasswordForm(null, null, null);
    }

    boolean confirmed() {
        return newPassword == null || newPassword.equals(confirmation);
    }
}
