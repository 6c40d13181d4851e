package com.sponsorlink.adrequests.adrequest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A counter-offer, or an influencer's request to join a campaign: an amount and a message.
 */
record OfferForm(
        @NotNull(message = "Enter the amount you offer.")
        @Pattern(regexp = AmountInput.PATTERN, message = AmountInput.MESSAGE)
        String amount,
        @Size(max = 2000, message = "Use at most 2000 characters.")
        String message,
        Integer version) {

    static OfferForm empty(int version) {
        return new OfferForm(null, null, version);
    }

    String trimmedMessage() {
        return message == null ? "" : message.strip();
    }
}
