package com.sponsorlink.adrequests.report;

import static com.sponsorlink.adrequests.persistence.jooq.Tables.ADREQUESTS_AD_REQUESTS;
import static com.sponsorlink.adrequests.persistence.jooq.Tables.ADREQUESTS_CAMPAIGNS;
import static com.sponsorlink.adrequests.persistence.jooq.Tables.ADREQUESTS_HISTORY;
import static com.sponsorlink.adrequests.persistence.jooq.Tables.ADREQUESTS_INFLUENCERS;
import static com.sponsorlink.adrequests.persistence.jooq.Tables.ADREQUESTS_MONTHLY_REPORTS;
import static com.sponsorlink.adrequests.persistence.jooq.Tables.ADREQUESTS_SPONSORS;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.sum;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

import com.sponsorlink.adrequests.persistence.jooq.tables.records.AdrequestsMonthlyReportsRecord;

/**
 * What a sponsor's month looked like, read from this context's ad requests and their history, and
 * the reports written from it.
 */
@Repository
class MonthlyReports {

    private static final int TOP_INFLUENCERS = 5;

    private final DSLContext db;

    MonthlyReports(DSLContext db) {
        this.db = db;
    }

    /**
     * Sponsors with something to report for the month: a campaign running in it, or an ad request
     * sent or answered in it. Suspended sponsors are left out.
     */
    List<UUID> sponsorsActiveIn(YearMonth month, ZoneId zone) {
        Instant from = startOf(month, zone);
        Instant to = startOf(month.plusMonths(1), zone);
        var running = db.select(ADREQUESTS_CAMPAIGNS.SPONSOR_ID).from(ADREQUESTS_CAMPAIGNS)
            .where(ADREQUESTS_CAMPAIGNS.DELETED.isFalse())
            .and(ADREQUESTS_CAMPAIGNS.START_DATE.le(month.atEndOfMonth()))
            .and(ADREQUESTS_CAMPAIGNS.END_DATE.ge(month.atDay(1)));
        var sent = db.select(ADREQUESTS_AD_REQUESTS.SPONSOR_ID).from(ADREQUESTS_AD_REQUESTS)
            .where(ADREQUESTS_AD_REQUESTS.CREATED_AT.ge(from)).and(ADREQUESTS_AD_REQUESTS.CREATED_AT.lt(to));
        var answered = db.select(ADREQUESTS_AD_REQUESTS.SPONSOR_ID).from(ADREQUESTS_HISTORY)
            .join(ADREQUESTS_AD_REQUESTS).on(ADREQUESTS_AD_REQUESTS.ID.eq(ADREQUESTS_HISTORY.AD_REQUEST_ID))
            .where(ADREQUESTS_HISTORY.HAPPENED_AT.ge(from)).and(ADREQUESTS_HISTORY.HAPPENED_AT.lt(to));
        var active = running.union(sent).union(answered).asTable("active");
        Field<String> sponsorId = active.field(0, String.class);
        return db.select(sponsorId).from(active)
            .join(ADREQUESTS_SPONSORS).on(ADREQUESTS_SPONSORS.SPONSOR_ID.eq(sponsorId))
            .where(ADREQUESTS_SPONSORS.SUSPENDED.isFalse())
            .orderBy(sponsorId)
            .fetch(r -> UUID.fromString(r.value1()));
    }

    /** The figures of one sponsor's month. */
    MonthFigures figuresOf(UUID sponsorId, YearMonth month, ZoneId zone) {
        String sponsor = sponsorId.toString();
        Instant from = startOf(month, zone);
        Instant to = startOf(month.plusMonths(1), zone);
        String name = db.select(ADREQUESTS_SPONSORS.ORGANISATION_NAME).from(ADREQUESTS_SPONSORS)
            .where(ADREQUESTS_SPONSORS.SPONSOR_ID.eq(sponsor)).fetchOne(ADREQUESTS_SPONSORS.ORGANISATION_NAME);

        Map<String, CampaignLine> campaigns = new LinkedHashMap<>();
        db.selectFrom(ADREQUESTS_CAMPAIGNS)
            .where(ADREQUESTS_CAMPAIGNS.SPONSOR_ID.eq(sponsor))
            .and(ADREQUESTS_CAMPAIGNS.DELETED.isFalse())
            .and(ADREQUESTS_CAMPAIGNS.START_DATE.le(month.atEndOfMonth()))
            .and(ADREQUESTS_CAMPAIGNS.END_DATE.ge(month.atDay(1)))
            .orderBy(ADREQUESTS_CAMPAIGNS.NAME)
            .forEach(c -> campaigns.put(c.getCampaignId(), CampaignLine.of(c.getName(), c.getBudgetMinor(), c.getCommittedMinor(),
                    c.getStartDate(), c.getEndDate(), c.getDeleted())));

        // ad requests created this month, by campaign and by who started them
        long sent = 0;
        long joinRequests = 0;
        Condition createdThisMonth = ADREQUESTS_AD_REQUESTS.SPONSOR_ID.eq(sponsor)
            .and(ADREQUESTS_AD_REQUESTS.CREATED_AT.ge(from)).and(ADREQUESTS_AD_REQUESTS.CREATED_AT.lt(to));
        for (Record r : db.select(ADREQUESTS_AD_REQUESTS.CAMPAIGN_ID, ADREQUESTS_AD_REQUESTS.STARTED_BY, count())
                .from(ADREQUESTS_AD_REQUESTS).where(createdThisMonth)
                .groupBy(ADREQUESTS_AD_REQUESTS.CAMPAIGN_ID, ADREQUESTS_AD_REQUESTS.STARTED_BY).fetch()) {
            int n = r.get(count());
            CampaignLine line = campaignLine(campaigns, r.get(ADREQUESTS_AD_REQUESTS.CAMPAIGN_ID));
            if ("SPONSOR".equals(r.get(ADREQUESTS_AD_REQUESTS.STARTED_BY))) {
                sent += n;
                line.sent += n;
            }
            else {
                joinRequests += n;
                line.joinRequests += n;
            }
        }

        // what was decided this month, by campaign and kind
        long accepted = 0;
        long rejected = 0;
        long completed = 0;
        long agreedMinor = 0;
        Condition decidedThisMonth = ADREQUESTS_AD_REQUESTS.SPONSOR_ID.eq(sponsor)
            .and(ADREQUESTS_HISTORY.HAPPENED_AT.ge(from)).and(ADREQUESTS_HISTORY.HAPPENED_AT.lt(to))
            .and(ADREQUESTS_HISTORY.KIND.in("ACCEPTED", "REJECTED", "COMPLETED"));
        Field<java.math.BigDecimal> amount = sum(ADREQUESTS_HISTORY.AMOUNT_MINOR);
        for (Record r : db.select(ADREQUESTS_AD_REQUESTS.CAMPAIGN_ID, ADREQUESTS_HISTORY.KIND, count(), amount)
                .from(ADREQUESTS_HISTORY)
                .join(ADREQUESTS_AD_REQUESTS).on(ADREQUESTS_AD_REQUESTS.ID.eq(ADREQUESTS_HISTORY.AD_REQUEST_ID))
                .where(decidedThisMonth)
                .groupBy(ADREQUESTS_AD_REQUESTS.CAMPAIGN_ID, ADREQUESTS_HISTORY.KIND).fetch()) {
            int n = r.get(count());
            CampaignLine line = campaignLine(campaigns, r.get(ADREQUESTS_AD_REQUESTS.CAMPAIGN_ID));
            switch (r.get(ADREQUESTS_HISTORY.KIND)) {
                case "ACCEPTED" -> {
                    long agreed = r.get(amount) == null ? 0 : r.get(amount).longValueExact();
                    accepted += n;
                    agreedMinor += agreed;
                    line.accepted += n;
                    line.agreedMinor += agreed;
                }
                case "REJECTED" -> {
                    rejected += n;
                    line.rejected += n;
                }
                default -> completed += n;
            }
        }

        Field<java.math.BigDecimal> influencerAmount = sum(ADREQUESTS_HISTORY.AMOUNT_MINOR);
        Field<Integer> deals = countDistinct(ADREQUESTS_HISTORY.AD_REQUEST_ID);
        List<InfluencerLine> top = db.select(ADREQUESTS_INFLUENCERS.DISPLAY_NAME, deals, influencerAmount)
            .from(ADREQUESTS_HISTORY)
            .join(ADREQUESTS_AD_REQUESTS).on(ADREQUESTS_AD_REQUESTS.ID.eq(ADREQUESTS_HISTORY.AD_REQUEST_ID))
            .join(ADREQUESTS_INFLUENCERS).on(ADREQUESTS_INFLUENCERS.INFLUENCER_ID.eq(ADREQUESTS_AD_REQUESTS.INFLUENCER_ID))
            .where(ADREQUESTS_AD_REQUESTS.SPONSOR_ID.eq(sponsor))
            .and(ADREQUESTS_HISTORY.HAPPENED_AT.ge(from)).and(ADREQUESTS_HISTORY.HAPPENED_AT.lt(to))
            .and(ADREQUESTS_HISTORY.KIND.eq("ACCEPTED"))
            .groupBy(ADREQUESTS_AD_REQUESTS.INFLUENCER_ID, ADREQUESTS_INFLUENCERS.DISPLAY_NAME)
            .orderBy(influencerAmount.desc(), ADREQUESTS_INFLUENCERS.DISPLAY_NAME)
            .limit(TOP_INFLUENCERS)
            .fetch(r -> new InfluencerLine(r.value1(), r.value2(), r.value3().longValueExact()));

        return new MonthFigures(name == null ? "" : name, month, sent, joinRequests, accepted, rejected, completed, agreedMinor,
                List.copyOf(campaigns.values()), top);
    }

    /**
     * A campaign that had activity this month without running in it (it ended before, or was
     * deleted since) still gets its line.
     */
    private CampaignLine campaignLine(Map<String, CampaignLine> campaigns, String campaignId) {
        return campaigns.computeIfAbsent(campaignId, id -> db.selectFrom(ADREQUESTS_CAMPAIGNS)
            .where(ADREQUESTS_CAMPAIGNS.CAMPAIGN_ID.eq(id))
            .fetchOne(c -> CampaignLine.of(c.getName(), c.getBudgetMinor(), c.getCommittedMinor(), c.getStartDate(),
                    c.getEndDate(), c.getDeleted())));
    }

    /** Keeps a report; false if the sponsor already has one for that month. */
    boolean save(Report report) {
        return db.insertInto(ADREQUESTS_MONTHLY_REPORTS)
            .set(ADREQUESTS_MONTHLY_REPORTS.ID, report.id().toString())
            .set(ADREQUESTS_MONTHLY_REPORTS.SPONSOR_ID, report.sponsorId().toString())
            .set(ADREQUESTS_MONTHLY_REPORTS.REPORT_MONTH, report.month().toString())
            .set(ADREQUESTS_MONTHLY_REPORTS.SUMMARY, report.summary())
            .set(ADREQUESTS_MONTHLY_REPORTS.HTML, report.html())
            .set(ADREQUESTS_MONTHLY_REPORTS.CREATED_AT, report.createdAt())
            .onConflictDoNothing()
            .execute() == 1;
    }

    boolean exists(UUID sponsorId, YearMonth month) {
        return db.fetchExists(ADREQUESTS_MONTHLY_REPORTS, ADREQUESTS_MONTHLY_REPORTS.SPONSOR_ID.eq(sponsorId.toString())
            .and(ADREQUESTS_MONTHLY_REPORTS.REPORT_MONTH.eq(month.toString())));
    }

    /** The sponsor's own report; anyone else's is as good as absent. */
    Optional<Report> find(UUID id, UUID sponsorId) {
        return db.selectFrom(ADREQUESTS_MONTHLY_REPORTS)
            .where(ADREQUESTS_MONTHLY_REPORTS.ID.eq(id.toString()))
            .and(ADREQUESTS_MONTHLY_REPORTS.SPONSOR_ID.eq(sponsorId.toString()))
            .fetchOptional(MonthlyReports::toReport);
    }

    /** The sponsor's latest reports, newest month first, without their HTML. */
    List<Listed> latestOf(UUID sponsorId, int limit) {
        return db.select(ADREQUESTS_MONTHLY_REPORTS.ID, ADREQUESTS_MONTHLY_REPORTS.REPORT_MONTH, ADREQUESTS_MONTHLY_REPORTS.SUMMARY,
                    ADREQUESTS_MONTHLY_REPORTS.CREATED_AT)
            .from(ADREQUESTS_MONTHLY_REPORTS)
            .where(ADREQUESTS_MONTHLY_REPORTS.SPONSOR_ID.eq(sponsorId.toString()))
            .orderBy(ADREQUESTS_MONTHLY_REPORTS.REPORT_MONTH.desc())
            .limit(limit)
            .fetch(r -> new Listed(UUID.fromString(r.value1()), YearMonth.parse(r.value2()), r.value3(), r.value4()));
    }

    private static Report toReport(AdrequestsMonthlyReportsRecord r) {
        return new Report(UUID.fromString(r.getId()), UUID.fromString(r.getSponsorId()), YearMonth.parse(r.getReportMonth()),
                r.getSummary(), r.getHtml(), r.getCreatedAt());
    }

    static Instant startOf(YearMonth month, ZoneId zone) {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }

    /** A sponsor's report for a month, as sent. */
    record Report(UUID id, UUID sponsorId, YearMonth month, String summary, String html, Instant createdAt) {
    }

    /** A report in a list. */
    record Listed(UUID id, YearMonth month, String summary, Instant createdAt) {
    }

    /** The figures of one sponsor's month. */
    record MonthFigures(String sponsorName, YearMonth month, long sent, long joinRequests, long accepted, long rejected,
            long completed, long agreedMinor, List<CampaignLine> campaigns, List<InfluencerLine> topInfluencers) {

        boolean quiet() {
            return sent + joinRequests + accepted + rejected + completed == 0;
        }
    }

    /** One campaign's month: counts are this month's, the committed amount and budget are as they stand. */
    static final class CampaignLine {
        final String name;
        final long budgetMinor;
        final long committedMinor;
        final LocalDate start;
        final LocalDate end;
        final boolean deleted;
        long sent;
        long joinRequests;
        long accepted;
        long rejected;
        long agreedMinor;

        private CampaignLine(String name, long budgetMinor, long committedMinor, LocalDate start, LocalDate end, boolean deleted) {
            this.name = name;
            this.budgetMinor = budgetMinor;
            this.committedMinor = committedMinor;
            this.start = start;
            this.end = end;
            this.deleted = deleted;
        }

        static CampaignLine of(String name, long budgetMinor, long committedMinor, LocalDate start, LocalDate end, Boolean deleted) {
            return new CampaignLine(name, budgetMinor, committedMinor, start, end, Boolean.TRUE.equals(deleted));
        }
    }

    /** An influencer the sponsor agreed deals with this month. */
    record InfluencerLine(String name, int deals, long agreedMinor) {
    }
}
