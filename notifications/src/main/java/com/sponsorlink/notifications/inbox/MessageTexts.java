package com.sponsorlink.notifications.inbox;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.sponsorlink.notifications.inbox.Deliveries.Delivery;

/**
 * Writes a notification as the plain text that email, chat and SMS carry, with its amount in the
 * configured currency and an absolute link to the page it is about.
 */
@Component
class MessageTexts {

    private final NumberFormat prototype;
    private final int fractionDigits;
    private final String baseUrl;

    MessageTexts(@Value("${app.currency:USD}") String currencyCode, @Value("${app.base-url:http://localhost:8080}") String baseUrl) {
        Currency currency = Currency.getInstance(currencyCode);
        this.fractionDigits = Math.max(0, currency.getDefaultFractionDigits());
        this.prototype = NumberFormat.getCurrencyInstance(Locale.US);
        prototype.setCurrency(currency);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    Channel.Message of(Delivery delivery) {
        String subject = delivery.title()
                + (delivery.amountMinor() == null ? "" : ": " + ((NumberFormat) prototype.clone())
                    .format(BigDecimal.valueOf(delivery.amountMinor(), fractionDigits)));
        String text = subject + "\n" + delivery.body().strip() + (delivery.link() == null ? "" : "\n" + baseUrl + delivery.link());
        return new Channel.Message(subject, text, delivery.emailHtml());
    }
}
