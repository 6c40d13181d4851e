package com.sponsorlink.identity.account;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Converts typed amounts to the integer minor units we store, in the configured currency.
 */
@Component("identityMoney")
class Money {

    private final int fractionDigits;

    Money(@Value("${app.currency:USD}") String currencyCode) {
        this.fractionDigits = Math.max(0, Currency.getInstance(currencyCode).getDefaultFractionDigits());
    }

    Long toMinorUnits(BigDecimal amount) {
        return amount == null ? null : amount.setScale(fractionDigits, RoundingMode.UNNECESSARY).movePointRight(fractionDigits).longValueExact();
    }

    BigDecimal toAmount(Long minorUnits) {
        return minorUnits == null ? null : BigDecimal.valueOf(minorUnits, fractionDigits);
    }
}
