package com.sponsorlink.app;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Shows amounts stored in minor units in the configured currency, for templates: {@code @money.format(minor)},
 * or {@code @money.plain(minor)} as a bare decimal number.
 */
@Component("money")
class MoneyFormat {

    private final int fractionDigits;
    /** NumberFormat is not thread-safe; each call formats with a clone, far cheaper than building one. */
    private final NumberFormat prototype;

    MoneyFormat(@Value("${app.currency:USD}") String currencyCode) {
        Currency currency = Currency.getInstance(currencyCode);
        this.fractionDigits = Math.max(0, currency.getDefaultFractionDigits());
        this.prototype = NumberFormat.getCurrencyInstance(Locale.US);
        prototype.setCurrency(currency);
        prototype.setMinimumFractionDigits(fractionDigits);
        prototype.setMaximumFractionDigits(fractionDigits);
    }

    public String format(Long minorUnits) {
        if (minorUnits == null) {
            return "";
        }
        return ((NumberFormat) prototype.clone()).format(BigDecimal.valueOf(minorUnits, fractionDigits));
    }

    /** The amount as a plain decimal number, such as {@code 1200.00}, for charts and CSV files. */
    public String plain(Long minorUnits) {
        return minorUnits == null ? "" : BigDecimal.valueOf(minorUnits, fractionDigits).toPlainString();
    }
}
