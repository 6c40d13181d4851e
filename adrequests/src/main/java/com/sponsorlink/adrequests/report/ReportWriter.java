package com.sponsorlink.adrequests.report;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Currency;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.sponsorlink.adrequests.report.MonthlyReports.CampaignLine;
import com.sponsorlink.adrequests.report.MonthlyReports.MonthFigures;

/**
 * Writes a month's figures as a self-contained HTML document (styles inline, no scripts, no
 * images), which reads the same in a mail client, in the browser and once downloaded, and a
 * one-line summary for the inbox.
 */
@Component
class ReportWriter {

    private final ITemplateEngine templates;
    private final NumberFormat money;
    private final String baseUrl;

    ReportWriter(ITemplateEngine templates, @Value("${app.currency:USD}") String currencyCode,
            @Value("${app.base-url:http://localhost:8080}") String baseUrl) {
        this.templates = templates;
        Currency currency = Currency.getInstance(currencyCode);
        this.money = NumberFormat.getCurrencyInstance(Locale.US);
        money.setCurrency(currency);
        money.setMinimumFractionDigits(Math.max(0, currency.getDefaultFractionDigits()));
        money.setMaximumFractionDigits(Math.max(0, currency.getDefaultFractionDigits()));
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String title(MonthFigures figures) {
        return "Your " + monthName(figures) + " on SponsorLink";
    }

    String summary(MonthFigures figures) {
        if (figures.quiet()) {
            return monthName(figures) + ": no ad request was sent or answered.";
        }
        return monthName(figures) + ": " + plural(figures.sent(), "ad request") + " sent, " + figures.accepted() + " accepted, "
                + figures.rejected() + " rejected; " + format(figures.agreedMinor()) + " agreed.";
    }

    String html(MonthFigures figures) {
        Context context = new Context(Locale.US);
        context.setVariable("title", title(figures));
        context.setVariable("sponsor", figures.sponsorName());
        context.setVariable("month", monthName(figures));
        context.setVariable("summary", summary(figures));
        context.setVariable("figures", figures);
        context.setVariable("agreed", format(figures.agreedMinor()));
        context.setVariable("acceptanceRate", rate(figures.accepted(), figures.accepted() + figures.rejected()));
        context.setVariable("campaigns", figures.campaigns().stream().map(this::row).toList());
        context.setVariable("influencers", figures.topInfluencers().stream()
            .map(i -> new InfluencerRow(i.name(), i.deals(), format(i.agreedMinor()))).toList());
        context.setVariable("dashboard", baseUrl + "/sponsor");
        return templates.process("adrequests/monthly-report", context);
    }

    private CampaignRow row(CampaignLine line) {
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.US);
        return new CampaignRow(line.name, dates.format(line.start) + " – " + dates.format(line.end), line.deleted, line.sent,
                line.joinRequests, line.accepted, line.rejected, format(line.agreedMinor), format(line.committedMinor),
                format(line.budgetMinor), rate(line.committedMinor, line.budgetMinor));
    }

    private String format(long minor) {
        NumberFormat format = (NumberFormat) money.clone();
        return format.format(BigDecimal.valueOf(minor, format.getMaximumFractionDigits()));
    }

    private static String monthName(MonthFigures figures) {
        return figures.month().getMonth().getDisplayName(TextStyle.FULL, Locale.US) + " " + figures.month().getYear();
    }

    private static String rate(long part, long whole) {
        return whole == 0 ? "–" : Math.round(100.0 * part / whole) + "%";
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** A campaign's line as the report shows it. */
    record CampaignRow(String name, String period, boolean deleted, long sent, long joinRequests, long accepted, long rejected,
            String agreed, String committed, String budget, String budgetUsed) {
    }

    /** A top influencer's line. */
    record InfluencerRow(String name, int deals, String agreed) {
    }
}
