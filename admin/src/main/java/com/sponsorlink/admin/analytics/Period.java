package com.sponsorlink.admin.analytics;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.BindingResult;

/**
 * The months the analytics cover, from the first to the last, both included.
 */
record Period(YearMonth from, YearMonth to) {

    static final int MAX_MONTHS = 36;

    /** The last twelve months, this one included. */
    static Period lastYear(YearMonth now) {
        return new Period(now.minusMonths(11), now);
    }

    List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    Instant start(ZoneId zone) {
        return from.atDay(1).atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    Instant end(ZoneId zone) {
        return to.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    }

    /**
     * The period a filter form asks for, or null with its errors beside the fields: months as
     * year and month, the first not after the last, at most three years.
     */
    static Period read(Form form, BindingResult binding) {
        YearMonth from = parse(form.from(), "from", binding);
        YearMonth to = parse(form.to(), "to", binding);
        if (from != null && to != null) {
            if (from.isAfter(to)) {
                binding.rejectValue("to", "period.order", "Choose a month on or after the first one.");
            }
            else if (from.plusMonths(MAX_MONTHS - 1).isBefore(to)) {
                binding.rejectValue("to", "period.length", "Choose at most " + MAX_MONTHS + " months.");
            }
        }
        return binding.hasErrors() ? null : new Period(from, to);
    }

    private static YearMonth parse(String text, String field, BindingResult binding) {
        try {
            return YearMonth.parse(text == null ? "" : text.strip());
        }
        catch (DateTimeParseException unreadable) {
            binding.rejectValue(field, "period.format", "Give a month as year and month, such as 2026-10.");
            return null;
        }
    }

    /** The filter as typed. */
    record Form(String from, String to) {

        static Form of(Period period) {
            return new Form(period.from().toString(), period.to().toString());
        }
    }
}
