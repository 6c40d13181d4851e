package com.sponsorlink.adrequests.adrequest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Converts typed amounts to the integer minor units we store, and back for forms and messages, in
 * the configured currency.
 */
@Component("adrequestsMoney")
class Money {

    private final int fractionDigits;
    private final NumberFormat prototype;

    Money(@Value("${app.currency:USD}") String currencyCode) {
        Currency currency = Currency.getInstance(currencyCode);
        this.fractionDigits = Math.max(0, currency.getDefaultFractionDigits());
        this.prototype = NumberFormat.getCurrencyInstance(Locale.US);
        prototype.setCurrency(currency);
        prototype.setMinimumFractionDigits(fractionDigits);
        prototype.setMaximumFractionDigits(fractionDigits);
    }

    /** Minor units of a typed amount, or null when it has more decimals than the currency has. */
    Long toMinorUnits(BigDecimal amount) {
        try {
            return amount.setScale(fractionDigits, RoundingMode.UNNECESSARY).movePointRight(fractionDigits).longValueExact();
        }
        catch (ArithmeticException tooPrecise) {
            return null;
        }
    }

    BigDecimal toAmount(long minorUnits) {
        return BigDecimal.valueOf(minorUnits, fractionDigits);
    }

    /** An amount for a sentence, as the pages show it, such as {@code $1,200.00}. */
    String describe(long minorUnits) {
        return ((NumberFormat) prototype.clone()).format(toAmount(minorUnits));
    }
}
