package com.sponsorlink.adrequests.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.sponsorlink.adrequests.events.MonthlyReportReady;
import com.sponsorlink.campaigns.events.CampaignCreated;
import com.sponsorlink.campaigns.events.Visibility;
import com.sponsorlink.identity.events.Category;
import com.sponsorlink.identity.events.SponsorRegistered;

/**
 * The monthly report job on its own: the schedule claims the month once, a repeated run writes no
 * second report, and a run whose instance died is taken over once.
 */
@ApplicationModuleTest
@TestPropertySource(properties = "app.reports.monthly-at=00:00")
class MonthlyReportsModuleTests {

    static final YearMonth LAST_MONTH = YearMonth.now(ZoneOffset.UTC).minusMonths(1);

    @Autowired
    MonthlyReportJob job;

    @Autowired
    MonthlyReports reports;

    @Autowired
    ReportRuns runs;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theScheduleWritesEachSponsorOneReportOfLastMonthHoweverOftenItChecks(AssertablePublishedEvents events) {
        UUID sponsor = UUID.randomUUID();
        publish(new SponsorRegistered(sponsor, sponsor + "@brand.example", "Quiet <Brand>", "Tools", null, Instant.now()));
        LocalDate start = LAST_MONTH.atDay(1).minusDays(3);
        publish(new CampaignCreated(UUID.randomUUID(), sponsor, "Long haul", "Runs across months", Category.TRAVEL, 250_000, start,
                start.plusMonths(3), Visibility.PUBLIC, Instant.now()));
        UUID notRunning = UUID.randomUUID();
        publish(new SponsorRegistered(notRunning, notRunning + "@brand.example", "Later Brand", "Tools", null, Instant.now()));
        publish(new CampaignCreated(UUID.randomUUID(), notRunning, "Next year", "Not yet", Category.TRAVEL, 1_000, LocalDate.now().plusYears(1),
                LocalDate.now().plusYears(1).plusDays(5), Visibility.PUBLIC, Instant.now()));

        job.onSchedule();
        job.onSchedule();
        assertThat(job.runNow(LAST_MONTH)).as("an admin's run finds everyone reported").isZero();

        assertThat(reports.latestOf(notRunning, 5)).as("nothing ran for them last month").isEmpty();
        assertThat(reports.latestOf(sponsor, 5)).singleElement().satisfies(listed -> {
            assertThat(listed.month()).isEqualTo(LAST_MONTH);
            assertThat(listed.summary()).endsWith(": no ad request was sent or answered.");
            Document report = Jsoup.parse(reports.find(listed.id(), sponsor).orElseThrow().html());
            assertThat(report.select("p.lead").text()).startsWith("Quiet <Brand> ·");
            assertThat(report.select("#sent").text()).isEqualTo("0");
            assertThat(report.select("#campaigns tbody th").text()).startsWith("Long haul");
            assertThat(report.select("#campaigns tbody td").eachText()).endsWith("$0.00", "$0.00", "$2,500.00", "0%");
            assertThat(report.select("script")).isEmpty();
        });
        assertThat(reports.find(reports.latestOf(sponsor, 5).get(0).id(), notRunning)).as("only the owner finds it").isEmpty();
        assertThat(events.ofType(MonthlyReportReady.class).matching(MonthlyReportReady::sponsorId, sponsor)).hasSize(1);
        assertThat(runs.latest(10)).filteredOn(run -> run.month().equals(LAST_MONTH) && run.trigger().equals("SCHEDULE"))
            .singleElement().satisfies(run -> assertThat(run.finishedAt()).isNotNull());
    }

    @Test
    void aRunWhoseInstanceDiedIsTakenOverByOneInstanceOnly() {
        YearMonth month = YearMonth.of(2020, 3);
        Instant now = Instant.now();
        assertThat(runs.claim(month, now.minusSeconds(3600))).isPresent();
        assertThat(runs.claim(month, now)).as("claimed already").isEmpty();
        assertThat(runs.takeOverAbandoned(month, now.minusSeconds(7200), now)).as("not long enough ago").isEmpty();

        assertThat(runs.takeOverAbandoned(month, now.minusSeconds(900), now)).isPresent();
        assertThat(runs.takeOverAbandoned(month, now.minusSeconds(900), now)).as("the other instance lost").isEmpty();
    }

    @Test
    void reportsAreDueFromTheSetHourOnTheFirstOfTheMonth() {
        java.time.LocalTime six = java.time.LocalTime.of(6, 0);
        assertThat(MonthlyReportJob.due(LocalDate.of(2026, 12, 1).atTime(5, 59), six)).isEmpty();
        assertThat(MonthlyReportJob.due(LocalDate.of(2026, 12, 1).atTime(6, 0), six)).contains(YearMonth.of(2026, 11));
        assertThat(MonthlyReportJob.due(LocalDate.of(2027, 1, 17).atTime(0, 1), six)).as("caught up later in the month")
            .contains(YearMonth.of(2026, 12));
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> publisher.publishEvent(event));
    }
}
