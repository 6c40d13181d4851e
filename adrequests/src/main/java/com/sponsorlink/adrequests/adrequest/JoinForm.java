package com.sponsorlink.adrequests.adrequest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An influencer's request to join a public campaign: the amount they propose and their pitch.
 */
record JoinForm(
        @NotNull(message = "Enter the amount you propose.")
        @Pattern(regexp = AmountInput.PATTERN, message = AmountInput.MESSAGE)
        String amount,
        @NotBlank(message = "Tell the sponsor what you would create for them.")
        @Size(max = 2000, message = "Use at most 2000 characters.")
        String pitch) {

    static JoinForm empty() {
        return new JoinForm(null, null);
    }
}
