package com.sponsorlink.campaigns.campaign;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why the flag on a campaign should be lifted, in its sponsor's words.
 */
record FlagAppealForm(
        @NotBlank(message = "Explain why the flag should be lifted.")
        @Size(max = 2000, message = "Use at most 2000 characters.")
        String text) {

    static FlagAppealForm empty() {
        return new FlagAppealForm(null);
    }
}
