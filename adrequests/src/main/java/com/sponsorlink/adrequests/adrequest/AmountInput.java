package com.sponsorlink.adrequests.adrequest;

import java.math.BigDecimal;

import org.springframework.validation.BindingResult;

/**
 * Money typed into a form: kept as the user's text, so a typo is shown back as typed, and turned
 * into minor units once it passes.
 */
final class AmountInput {

    static final String PATTERN = "\\s*\\d{1,12}(\\.\\d{1,2})?\\s*";
    static final String MESSAGE = "Enter an amount such as 500 or 499.50.";

    private AmountInput() {
    }

    /** The amount in minor units, or null after rejecting the field because it is zero or too precise. */
    static Long minorUnits(String typed, String field, BindingResult errors, Money money) {
        if (typed == null || errors.hasFieldErrors(field)) {
            return null;
        }
        Long minor = money.toMinorUnits(new BigDecimal(typed.strip()));
        if (minor == null) {
            errors.rejectValue(field, "precision", "The currency has fewer decimals than that; round the amount.");
            return null;
        }
        if (minor <= 0) {
            errors.rejectValue(field, "positive", "The amount must be more than zero.");
            return null;
        }
        return minor;
    }
}
