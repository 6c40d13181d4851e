package com.sponsorlink.app;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Shows amounts stored in minor units in the configured currency, for templates: {@code @money.format(minor)}.
 */
@Component("money")
class MoneyFormat {

    private final Currency currency;

    MoneyFormat(@Value("${app.currency:USD}") String currencyCode) {
        this.currency = Currency.getInstance(currencyCode);
    }

    public String format(Long minorUnits) {
        if (minorUnits == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(Math.max(0, currency.getDefaultFractionDigits()));
        format.setMaximumFractionDigits(Math.max(0, currency.getDefaultFractionDigits()));
        return format.format(BigDecimal.valueOf(minorUnits, Math.max(0, currency.getDefaultFractionDigits())));
    }
}
