package com.sponsorlink.adrequests.analytics;

import static com.sponsorlink.adrequests.persistence.jooq.Tables.ADREQUESTS_AD_REQUESTS;
import static com.sponsorlink.adrequests.persistence.jooq.Tables.ADREQUESTS_CAMPAIGNS;
import static com.sponsorlink.adrequests.persistence.jooq.Tables.ADREQUESTS_HISTORY;
import static com.sponsorlink.adrequests.persistence.jooq.Tables.ADREQUESTS_SPONSORS;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import com.sponsorlink.identity.events.Category;

/**
 * The sponsor's and the influencer's analytics, read from this context's ad requests, their history
 * and its campaigns. A deal counts in the month it was accepted, for its agreed amount, as long as
 * it still stands (accepted or completed); the funnel and the acceptance rate count the ad
 * requests created in the period by where they stand now.
 */
@Repository
@Transactional(readOnly = true)
class AdRequestAnalytics {

    private static final List<String> DEALS = List.of("ACCEPTED", "COMPLETED");
    private static final int TOP = 5;
    private static final int CAMPAIGNS = 20;

    private final DSLContext db;

    AdRequestAnalytics(DSLContext db) {
        this.db = db;
    }

    // ---- the sponsor's

    Figures sponsorFigures(UUID sponsorId, Period period, ZoneId zone) {
        return figures(ADREQUESTS_AD_REQUESTS.SPONSOR_ID.eq(sponsorId.toString()), period, zone);
    }

    Chart budgets(UUID sponsorId, Period period) {
        String sponsor = sponsorId.toString();
        Field<BigDecimal> completed = db.select(sum(ADREQUESTS_AD_REQUESTS.AGREED_MINOR)).from(ADREQUESTS_AD_REQUESTS)
            .where(ADREQUESTS_AD_REQUESTS.CAMPAIGN_ID.eq(ADREQUESTS_CAMPAIGNS.CAMPAIGN_ID))
            .and(ADREQUESTS_AD_REQUESTS.STATUS.eq("COMPLETED"))
            .asField("completed");
        Field<BigDecimal> paid = db.select(sum(ADREQUESTS_AD_REQUESTS.PAID_MINOR)).from(ADREQUESTS_AD_REQUESTS)
            .where(ADREQUESTS_AD_REQUESTS.CAMPAIGN_ID.eq(ADREQUESTS_CAMPAIGNS.CAMPAIGN_ID))
            .and(ADREQUESTS_AD_REQUESTS.STATUS.eq("COMPLETED"))
            .asField("paid");
        List<Chart.Row> rows = db.select(ADREQUESTS_CAMPAIGNS.NAME, ADREQUESTS_CAMPAIGNS.BUDGET_MINOR,
                    ADREQUESTS_CAMPAIGNS.COMMITTED_MINOR, completed, paid)
            .from(ADREQUESTS_CAMPAIGNS)
            .where(ADREQUESTS_CAMPAIGNS.SPONSOR_ID.eq(sponsor))
            .and(ADREQUESTS_CAMPAIGNS.DELETED.isFalse())
            .and(ADREQUESTS_CAMPAIGNS.START_DATE.le(period.to().atEndOfMonth()))
            .and(ADREQUESTS_CAMPAIGNS.END_DATE.ge(period.from().atDay(1)))
            .orderBy(ADREQUESTS_CAMPAIGNS.START_DATE.desc(), ADREQUESTS_CAMPAIGNS.NAME)
            .limit(CAMPAIGNS)
            .fetch(r -> new Chart.Row(r.value1(), List.of(r.value2(), r.value3(), minor(r.value4()), minor(r.value5()))));
        return new Chart("budgets", "Budget, committed, completed and paid by campaign", "bar",
                "Your campaigns running in the period (the " + CAMPAIGNS + " latest): the budget, the amount of the deals "
                        + "agreed (accepted and completed), of those completed, and what you recorded as paid.",
                "Campaign", List.of(new Chart.Series("Budget", true), new Chart.Series("Committed", true),
                        new Chart.Series("Completed", true), new Chart.Series("Paid", true)), rows,
                "No campaign of yours runs in this period.");
    }

    private static long minor(BigDecimal sum) {
        return sum == null ? 0L : sum.longValueExact();
    }

    Chart funnel(Figures figures) {
        List<Chart.Row> rows = figures.sent() == 0 ? List.of() : List.of(
                new Chart.Row("Sent", List.of(figures.sent())),
                new Chart.Row("Negotiating", List.of(figures.negotiating())),
                new Chart.Row("Accepted", List.of(figures.accepted())),
                new Chart.Row("Rejected", List.of(figures.rejected())));
        return new Chart("funnel", "Ad request funnel", "bar",
                "Ad requests created in the period, and how many are now under negotiation, accepted (or completed) and rejected.",
                "Stage", List.of(new Chart.Series("Ad requests", false)), rows, "No ad request was created in this period.");
    }

    Chart spendByMonth(UUID sponsorId, Period period, ZoneId zone) {
        return byMonth("spend-by-month", "Spend by month", "The amounts agreed in deals accepted each month.", "Agreed",
                deals(ADREQUESTS_AD_REQUESTS.SPONSOR_ID.eq(sponsorId.toString()), period, zone), period, zone,
                "No deal was agreed in this period.");
    }

    Chart spendByCategory(UUID sponsorId, Period period, ZoneId zone) {
        Map<Category, long[]> byCategory = new EnumMap<>(Category.class);
        for (Deal deal : deals(ADREQUESTS_AD_REQUESTS.SPONSOR_ID.eq(sponsorId.toString()), period, zone)) {
            long[] sums = byCategory.computeIfAbsent(category(deal.category()), c -> new long[2]);
            sums[0] += deal.agreedMinor();
            sums[1]++;
        }
        List<Chart.Row> rows = new ArrayList<>();
        byCategory.forEach((category, sums) -> rows.add(new Chart.Row(category.label(), List.of(sums[0], sums[1]))));
        rows.sort((a, b) -> Long.compare(b.values().get(0), a.values().get(0)));
        return new Chart("spend-by-category", "Spend by category", "doughnut",
                "The amounts agreed in the period, by the category of the campaign, with the number of deals.", "Category",
                List.of(new Chart.Series("Agreed", true), new Chart.Series("Deals", false)), rows, "No deal was agreed in this period.");
    }

    // ---- the influencer's

    Figures influencerFigures(UUID influencerId, Period period, ZoneId zone) {
        return figures(ADREQUESTS_AD_REQUESTS.INFLUENCER_ID.eq(influencerId.toString()), period, zone);
    }

    Chart earningsByMonth(UUID influencerId, Period period, ZoneId zone) {
        return byMonth("earnings-by-month", "Earnings by month", "The amounts agreed in deals you accepted, or that were "
                + "accepted from you, each month.", "Earned",
                deals(ADREQUESTS_AD_REQUESTS.INFLUENCER_ID.eq(influencerId.toString()), period, zone), period, zone,
                "No deal was agreed in this period.");
    }

    Chart offersByCategory(UUID influencerId, Period period, ZoneId zone) {
        Field<Integer> requests = count();
        Map<Category, Long> byCategory = new EnumMap<>(Category.class);
        db.select(ADREQUESTS_CAMPAIGNS.CATEGORY, requests)
            .from(ADREQUESTS_AD_REQUESTS)
            .join(ADREQUESTS_CAMPAIGNS).on(ADREQUESTS_CAMPAIGNS.CAMPAIGN_ID.eq(ADREQUESTS_AD_REQUESTS.CAMPAIGN_ID))
            .where(ADREQUESTS_AD_REQUESTS.INFLUENCER_ID.eq(influencerId.toString()))
            .and(created(period, zone))
            .groupBy(ADREQUESTS_CAMPAIGNS.CATEGORY)
            .forEach(r -> byCategory.merge(category(r.value1()), (long) r.value2(), Long::sum));
        List<Chart.Row> rows = new ArrayList<>();
        byCategory.forEach((category, n) -> rows.add(new Chart.Row(category.label(), List.of(n))));
        rows.sort((a, b) -> Long.compare(b.values().get(0), a.values().get(0)));
        return new Chart("offers-by-category", "Ad requests by category", "bar",
                "Ad requests you received or asked for in the period, by the category of the campaign.", "Category",
                List.of(new Chart.Series("Ad requests", false)), rows, "No ad request in this period.");
    }

    Chart bestPayingSponsors(UUID influencerId, Period period, ZoneId zone) {
        Map<String, long[]> bySponsor = new LinkedHashMap<>();
        for (Deal deal : deals(ADREQUESTS_AD_REQUESTS.INFLUENCER_ID.eq(influencerId.toString()), period, zone)) {
            long[] sums = bySponsor.computeIfAbsent(deal.sponsorName(), s -> new long[2]);
            sums[0] += deal.agreedMinor();
            sums[1]++;
        }
        List<Chart.Row> rows = new ArrayList<>();
        bySponsor.forEach((sponsor, sums) -> rows.add(new Chart.Row(sponsor, List.of(sums[0], sums[1]))));
        rows.sort((a, b) -> a.values().get(0).equals(b.values().get(0)) ? a.label().compareTo(b.label())
                : Long.compare(b.values().get(0), a.values().get(0)));
        return new Chart("best-paying-sponsors", "Best-paying sponsors", "bar",
                "The " + TOP + " sponsors you agreed the most with in the period, with the number of deals.", "Sponsor",
                List.of(new Chart.Series("Agreed", true), new Chart.Series("Deals", false)),
                rows.subList(0, Math.min(TOP, rows.size())), "No deal was agreed in this period.");
    }

    // ---- shared

    /** The funnel's and the negotiation's figures over the ad requests created in the period. */
    private Figures figures(Condition whose, Period period, ZoneId zone) {
        var status = ADREQUESTS_AD_REQUESTS.STATUS;
        var counts = db.select(count(), count().filterWhere(status.eq("NEGOTIATING")), count().filterWhere(status.in(DEALS)),
                    count().filterWhere(status.eq("REJECTED")), sum(ADREQUESTS_AD_REQUESTS.PAID_MINOR))
            .from(ADREQUESTS_AD_REQUESTS)
            .where(whose).and(created(period, zone))
            .fetchOne();
        // each deal's first offer, against what was agreed
        Field<Long> firstOffer = db.select(ADREQUESTS_HISTORY.AMOUNT_MINOR).from(ADREQUESTS_HISTORY)
            .where(ADREQUESTS_HISTORY.AD_REQUEST_ID.eq(ADREQUESTS_AD_REQUESTS.ID))
            .and(ADREQUESTS_HISTORY.KIND.eq("OFFERED"))
            .orderBy(ADREQUESTS_HISTORY.POSITION)
            .limit(1)
            .asField("first_offer");
        long deals = 0;
        long agreed = 0;
        long offered = 0;
        for (Record3<String, Long, Long> deal : db.select(ADREQUESTS_AD_REQUESTS.ID, ADREQUESTS_AD_REQUESTS.AGREED_MINOR, firstOffer)
                .from(ADREQUESTS_AD_REQUESTS)
                .where(whose).and(created(period, zone)).and(status.in(DEALS))
                .fetch()) {
            if (deal.value3() != null) {
                deals++;
                agreed += deal.value2();
                offered += deal.value3();
            }
        }
        return new Figures(counts.value1(), counts.value2(), counts.value3(), counts.value4(), deals, agreed, offered,
                minor(counts.value5()));
    }

    /** The deals accepted in the period that still stand, with when, how much, the campaign's category and the sponsor. */
    private List<Deal> deals(Condition whose, Period period, ZoneId zone) {
        return db.select(ADREQUESTS_HISTORY.HAPPENED_AT, ADREQUESTS_AD_REQUESTS.AGREED_MINOR, ADREQUESTS_CAMPAIGNS.CATEGORY,
                    ADREQUESTS_SPONSORS.ORGANISATION_NAME)
            .from(ADREQUESTS_HISTORY)
            .join(ADREQUESTS_AD_REQUESTS).on(ADREQUESTS_AD_REQUESTS.ID.eq(ADREQUESTS_HISTORY.AD_REQUEST_ID))
            .join(ADREQUESTS_CAMPAIGNS).on(ADREQUESTS_CAMPAIGNS.CAMPAIGN_ID.eq(ADREQUESTS_AD_REQUESTS.CAMPAIGN_ID))
            .join(ADREQUESTS_SPONSORS).on(ADREQUESTS_SPONSORS.SPONSOR_ID.eq(ADREQUESTS_AD_REQUESTS.SPONSOR_ID))
            .where(whose)
            .and(ADREQUESTS_HISTORY.KIND.eq("ACCEPTED"))
            .and(ADREQUESTS_HISTORY.HAPPENED_AT.ge(period.start(zone))).and(ADREQUESTS_HISTORY.HAPPENED_AT.lt(period.end(zone)))
            .and(ADREQUESTS_AD_REQUESTS.STATUS.in(DEALS))
            .fetch(r -> new Deal(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    private static Chart byMonth(String id, String title, String caption, String series, List<Deal> deals, Period period,
            ZoneId zone, String empty) {
        Map<YearMonth, long[]> byMonth = new LinkedHashMap<>();
        period.months().forEach(month -> byMonth.put(month, new long[2]));
        for (Deal deal : deals) {
            long[] sums = byMonth.get(YearMonth.from(deal.at().atZone(zone)));
            if (sums != null) {
                sums[0] += deal.agreedMinor();
                sums[1]++;
            }
        }
        List<Chart.Row> rows = new ArrayList<>();
        byMonth.forEach((month, sums) -> rows.add(new Chart.Row(month.toString(), List.of(sums[0], sums[1]))));
        return new Chart(id, title, "bar", caption, "Month", List.of(new Chart.Series(series, true), new Chart.Series("Deals", false)),
                deals.isEmpty() ? List.of() : rows, empty);
    }

    private static Condition created(Period period, ZoneId zone) {
        return ADREQUESTS_AD_REQUESTS.CREATED_AT.ge(period.start(zone)).and(ADREQUESTS_AD_REQUESTS.CREATED_AT.lt(period.end(zone)));
    }

    private static Category category(String name) {
        try {
            return Category.valueOf(name);
        }
        catch (IllegalArgumentException unknown) {
            return Category.OTHER;
        }
    }

    /** A deal that stands: when it was accepted, the amount agreed, its campaign's category and its sponsor. */
    record Deal(Instant at, long agreedMinor, String category, String sponsorName) {
    }

    /**
     * The headline figures over the ad requests created in the period.
     *
     * @param deals the accepted ones whose first offer is known, with their agreed and first offered totals
     * @param paidMinor what sponsors recorded as paid for them so far
     */
    record Figures(long sent, long negotiating, long accepted, long rejected, long deals, long agreedMinor, long firstOfferedMinor,
            long paidMinor) {

        /** Accepted out of those decided (accepted or rejected), in whole percent; null before any decision. */
        public Integer acceptanceRate() {
            long decided = accepted + rejected;
            return decided == 0 ? null : BigDecimal.valueOf(100 * accepted).divide(BigDecimal.valueOf(decided), 0, RoundingMode.HALF_UP).intValue();
        }

        /** The average change from the first offer to the agreed amount, per deal, in minor units; null without deals. */
        public Long averageChangeMinor() {
            return deals == 0 ? null : BigDecimal.valueOf(agreedMinor - firstOfferedMinor).divide(BigDecimal.valueOf(deals), 0, RoundingMode.HALF_UP).longValue();
        }

        /** The same change relative to the first offers, in percent with one decimal; null without deals. */
        public BigDecimal averageChangePercent() {
            return deals == 0 || firstOfferedMinor == 0 ? null
                    : BigDecimal.valueOf(100 * (agreedMinor - firstOfferedMinor)).divide(BigDecimal.valueOf(firstOfferedMinor), 1, RoundingMode.HALF_UP);
        }
    }
}
