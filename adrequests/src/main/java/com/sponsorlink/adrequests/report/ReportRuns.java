package com.sponsorlink.adrequests.report;

import static com.sponsorlink.adrequests.persistence.jooq.Tables.ADREQUESTS_REPORT_RUNS;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs of the monthly report job: which month each covered, who started it, and how it ended.
 */
@Repository
class ReportRuns {

    private final DSLContext db;

    ReportRuns(DSLContext db) {
        this.db = db;
    }

    /** Whether the scheduled run for the month was claimed already; a read, so checking takes no write lock. */
    @Transactional(readOnly = true)
    boolean claimed(YearMonth month) {
        return db.fetchExists(ADREQUESTS_REPORT_RUNS, scheduled(month));
    }

    /**
     * Claims the scheduled run for the month; false if it was claimed already, here or by another
     * instance. The unique index decides, so two instances cannot both win.
     */
    @Transactional
    Optional<UUID> claim(YearMonth month, Instant now) {
        UUID id = UUID.randomUUID();
        return db.insertInto(ADREQUESTS_REPORT_RUNS)
            .set(ADREQUESTS_REPORT_RUNS.ID, id.toString())
            .set(ADREQUESTS_REPORT_RUNS.REPORT_MONTH, month.toString())
            .set(ADREQUESTS_REPORT_RUNS.TRIGGER, "SCHEDULE")
            .set(ADREQUESTS_REPORT_RUNS.STARTED_AT, now)
            .onConflictDoNothing()
            .execute() == 1 ? Optional.of(id) : Optional.empty();
    }

    /**
     * Takes over a scheduled run that was claimed before {@code abandonedBefore} and never
     * finished: its instance died on the way. Only one instance's update matches the old start.
     */
    @Transactional
    Optional<UUID> takeOverAbandoned(YearMonth month, Instant abandonedBefore, Instant now) {
        return db.update(ADREQUESTS_REPORT_RUNS)
            .set(ADREQUESTS_REPORT_RUNS.STARTED_AT, now)
            .where(scheduled(month))
            .and(ADREQUESTS_REPORT_RUNS.FINISHED_AT.isNull())
            .and(ADREQUESTS_REPORT_RUNS.STARTED_AT.lt(abandonedBefore))
            .returning(ADREQUESTS_REPORT_RUNS.ID)
            .fetchOptional()
            .map(r -> UUID.fromString(r.getId()));
    }

    /** Whether the month's scheduled run was claimed before that instant and never finished. */
    @Transactional(readOnly = true)
    boolean abandoned(YearMonth month, Instant startedBefore) {
        return db.fetchExists(ADREQUESTS_REPORT_RUNS, scheduled(month)
            .and(ADREQUESTS_REPORT_RUNS.FINISHED_AT.isNull())
            .and(ADREQUESTS_REPORT_RUNS.STARTED_AT.lt(startedBefore)));
    }

    @Transactional
    UUID adminRun(YearMonth month, Instant now) {
        UUID id = UUID.randomUUID();
        db.insertInto(ADREQUESTS_REPORT_RUNS)
            .set(ADREQUESTS_REPORT_RUNS.ID, id.toString())
            .set(ADREQUESTS_REPORT_RUNS.REPORT_MONTH, month.toString())
            .set(ADREQUESTS_REPORT_RUNS.TRIGGER, "ADMIN")
            .set(ADREQUESTS_REPORT_RUNS.STARTED_AT, now)
            .execute();
        return id;
    }

    /** Records how many reports the run wrote. */
    @Transactional
    void finished(UUID runId, Instant now, int reports) {
        db.update(ADREQUESTS_REPORT_RUNS)
            .set(ADREQUESTS_REPORT_RUNS.FINISHED_AT, now)
            .set(ADREQUESTS_REPORT_RUNS.REPORTS, reports)
            .where(ADREQUESTS_REPORT_RUNS.ID.eq(runId.toString()))
            .execute();
    }

    @Transactional(readOnly = true)
    List<Run> latest(int limit) {
        return db.selectFrom(ADREQUESTS_REPORT_RUNS)
            .orderBy(ADREQUESTS_REPORT_RUNS.STARTED_AT.desc())
            .limit(limit)
            .fetch(r -> new Run(YearMonth.parse(r.getReportMonth()), r.getTrigger(), r.getStartedAt(), r.getFinishedAt(),
                    r.getReports()));
    }

    private static org.jooq.Condition scheduled(YearMonth month) {
        return ADREQUESTS_REPORT_RUNS.REPORT_MONTH.eq(month.toString()).and(ADREQUESTS_REPORT_RUNS.TRIGGER.eq("SCHEDULE"));
    }

    /** One run of the job. */
    record Run(YearMonth month, String trigger, Instant startedAt, Instant finishedAt, Integer reports) {
    }
}
