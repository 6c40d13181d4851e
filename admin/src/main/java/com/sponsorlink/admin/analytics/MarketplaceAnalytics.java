package com.sponsorlink.admin.analytics;

import static com.sponsorlink.admin.persistence.jooq.Tables.ADMIN_AD_REQUESTS;
import static com.sponsorlink.admin.persistence.jooq.Tables.ADMIN_CAMPAIGNS;
import static com.sponsorlink.admin.persistence.jooq.Tables.ADMIN_USERS;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The marketplace over time, from the console's read models: how users, campaigns and ad requests
 * grew month by month, the volume of deals by the month they were accepted, and what is flagged
 * now. Each month is one range count on an indexed timestamp, so the cost follows the number of
 * months, not a scan of every row into memory.
 */
@Repository
@Transactional(readOnly = true)
class MarketplaceAnalytics {

    private static final List<String> DEALS = List.of("ACCEPTED", "COMPLETED");

    private final DSLContext db;

    MarketplaceAnalytics(DSLContext db) {
        this.db = db;
    }

    Chart growth(Period period, ZoneId zone) {
        List<Chart.Row> rows = new ArrayList<>();
        long total = 0;
        for (YearMonth month : period.months()) {
            Instant from = start(month, zone);
            Instant to = start(month.plusMonths(1), zone);
            long sponsors = rows(ADMIN_USERS, ADMIN_USERS.ROLE.eq("SPONSOR").and(in(ADMIN_USERS.REGISTERED_AT, from, to)));
            long influencers = rows(ADMIN_USERS, ADMIN_USERS.ROLE.eq("INFLUENCER").and(in(ADMIN_USERS.REGISTERED_AT, from, to)));
            long campaigns = rows(ADMIN_CAMPAIGNS, in(ADMIN_CAMPAIGNS.CREATED_AT, from, to));
            long requests = rows(ADMIN_AD_REQUESTS, in(ADMIN_AD_REQUESTS.CREATED_AT, from, to));
            total += sponsors + influencers + campaigns + requests;
            rows.add(new Chart.Row(month.toString(), List.of(sponsors, influencers, campaigns, requests)));
        }
        return new Chart("growth", "Growth by month", "line",
                "New sponsors and influencers registered, campaigns created (deleted ones included) and ad requests sent each month.",
                "Month", List.of(new Chart.Series("Sponsors", false), new Chart.Series("Influencers", false),
                        new Chart.Series("Campaigns", false), new Chart.Series("Ad requests", false)),
                total == 0 ? List.of() : rows, "Nothing happened in this period.");
    }

    Chart volume(Period period, ZoneId zone) {
        List<Chart.Row> rows = new ArrayList<>();
        long deals = 0;
        Field<BigDecimal> agreed = sum(ADMIN_AD_REQUESTS.AMOUNT_MINOR);
        Field<BigDecimal> paid = sum(ADMIN_AD_REQUESTS.PAID_MINOR);
        for (YearMonth month : period.months()) {
            var figures = db.select(count(), agreed, paid).from(ADMIN_AD_REQUESTS)
                .where(in(ADMIN_AD_REQUESTS.ACCEPTED_AT, start(month, zone), start(month.plusMonths(1), zone)))
                .and(ADMIN_AD_REQUESTS.STATUS.in(DEALS))
                .fetchOne();
            long amount = figures.value2() == null ? 0 : figures.value2().longValueExact();
            long paidAmount = figures.value3() == null ? 0 : figures.value3().longValueExact();
            deals += figures.value1();
            rows.add(new Chart.Row(month.toString(), List.of(amount, (long) figures.value1(), paidAmount)));
        }
        return new Chart("volume", "Marketplace volume by month", "bar",
                "The amounts agreed in deals accepted each month that still stand (accepted or completed), their number, "
                        + "and what sponsors recorded as paid for them so far.",
                "Month", List.of(new Chart.Series("Agreed", true), new Chart.Series("Deals", false), new Chart.Series("Paid", true)),
                deals == 0 ? List.of() : rows, "No deal was agreed in this period.");
    }

    Chart flagged() {
        List<Chart.Row> rows = List.of(
                new Chart.Row("Flagged campaigns", List.of(rows(ADMIN_CAMPAIGNS, ADMIN_CAMPAIGNS.FLAGGED.isTrue()
                    .and(ADMIN_CAMPAIGNS.DELETED.isFalse())))),
                new Chart.Row("Frozen ad requests", List.of(rows(ADMIN_AD_REQUESTS, ADMIN_AD_REQUESTS.FLAGGED.isTrue()))),
                new Chart.Row("Suspended users", List.of(rows(ADMIN_USERS, ADMIN_USERS.SUSPENDED.isTrue()))),
                new Chart.Row("Sponsors awaiting approval", List.of(rows(ADMIN_USERS, ADMIN_USERS.ROLE.eq("SPONSOR")
                    .and(ADMIN_USERS.APPROVAL.eq("PENDING"))))));
        return new Chart("flagged", "What needs an eye now", "bar",
                "Flagged campaigns, frozen ad requests, suspended users and sponsors waiting for approval, as they stand now.",
                "Item", List.of(new Chart.Series("Count", false)),
                rows.stream().allMatch(row -> row.values().get(0) == 0) ? List.of() : rows, "Nothing is flagged or waiting.");
    }

    private long rows(Table<?> table, Condition where) {
        return db.fetchCount(table, where);
    }

    private static Condition in(Field<Instant> at, Instant from, Instant to) {
        return at.ge(from).and(at.lt(to));
    }

    private static Instant start(YearMonth month, ZoneId zone) {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }
}
