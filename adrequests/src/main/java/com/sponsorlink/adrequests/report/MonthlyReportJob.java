package com.sponsorlink.adrequests.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.sponsorlink.adrequests.events.MonthlyReportReady;

/**
 * On the first day of each month, from {@code app.reports.monthly-at} (06:00 by default, server
 * zone), each sponsor with something to report gets an activity report of the month before. The
 * check runs every minute: the first check from then on claims the month, so the reports are
 * written once however many instances run, and still later in the month when the app was down on
 * the first. A run whose instance died is taken over after a quarter of an hour. Each report is
 * written with its {@link MonthlyReportReady} event in one transaction, and a sponsor already
 * reported for the month is skipped, so a repeated or resumed run sends nobody a second report.
 */
@Component
class MonthlyReportJob {

    private static final Logger log = LoggerFactory.getLogger(MonthlyReportJob.class);
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(15);

    private final MonthlyReports reports;
    private final ReportRuns runs;
    private final ReportWriter writer;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final TransactionTemplate reads;
    private final Clock clock;
    private final LocalTime at;

    MonthlyReportJob(MonthlyReports reports, ReportRuns runs, ReportWriter writer, ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager, Clock clock, @Value("${app.reports.monthly-at:06:00}") LocalTime at) {
        this.reports = reports;
        this.runs = runs;
        this.writer = writer;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.reads = new TransactionTemplate(transactionManager);
        reads.setReadOnly(true);
        this.clock = clock;
        this.at = at;
    }

    @Scheduled(fixedDelayString = "${app.reports.check-every:PT1M}", initialDelayString = "PT20S")
    void onSchedule() {
        Optional<YearMonth> due = due(LocalDateTime.now(clock), at);
        if (due.isEmpty()) {
            return;
        }
        YearMonth month = due.get();
        Instant now = clock.instant();
        Optional<UUID> run = Optional.empty();
        if (!runs.claimed(month)) {
            run = runs.claim(month, now);
        }
        else if (runs.abandoned(month, now.minus(ABANDONED_AFTER))) {
            run = runs.takeOverAbandoned(month, now.minus(ABANDONED_AFTER), now);
        }
        run.ifPresent(id -> write(id, month));
    }

    /** The month whose reports are due at that time: the month before, once its first day reached the set hour. */
    static Optional<YearMonth> due(LocalDateTime now, LocalTime at) {
        return now.getDayOfMonth() == 1 && now.toLocalTime().isBefore(at) ? Optional.empty()
                : Optional.of(YearMonth.from(now).minusMonths(1));
    }

    /**
     * An admin's run for a month that has ended, in the background as it may take a while;
     * sponsors reported already for that month are skipped.
     */
    @Async
    public void runInBackground(YearMonth month) {
        runNow(month);
    }

    int runNow(YearMonth month) {
        if (!month.isBefore(YearMonth.now(clock))) {
            throw new IllegalArgumentException("A report is written only for a month that has ended: " + month);
        }
        return write(runs.adminRun(month, clock.instant()), month);
    }

    private int write(UUID runId, YearMonth month) {
        int written = 0;
        for (UUID sponsorId : reads.execute(status -> reports.sponsorsActiveIn(month, clock.getZone()))) {
            try {
                if (writeOne(sponsorId, month)) {
                    written++;
                }
            }
            catch (RuntimeException failure) {
                // one sponsor's failure must not cost the others their report; a later run retries
                log.error("Monthly report for sponsor {} and {} failed", sponsorId, month, failure);
            }
        }
        runs.finished(runId, clock.instant(), written);
        log.info("Monthly reports for {}: {} written", month, written);
        return written;
    }

    /**
     * The figures are read in a read-only transaction, which on SQLite takes no write lock however
     * long a big sponsor's month takes to add up; only saving the report with its event writes.
     */
    private boolean writeOne(UUID sponsorId, YearMonth month) {
        MonthlyReports.MonthFigures figures = reads.execute(status -> reports.exists(sponsorId, month) ? null
                : reports.figuresOf(sponsorId, month, clock.getZone()));
        if (figures == null) {
            return false;
        }
        MonthlyReports.Report report = new MonthlyReports.Report(UUID.randomUUID(), sponsorId, month, writer.summary(figures),
                writer.html(figures), clock.instant());
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (!reports.save(report)) {
                return false;
            }
            events.publishEvent(new MonthlyReportReady(report.id(), sponsorId, month.toString(), writer.title(figures),
                    report.summary(), report.html(), report.createdAt()));
            return true;
        }));
    }
}
