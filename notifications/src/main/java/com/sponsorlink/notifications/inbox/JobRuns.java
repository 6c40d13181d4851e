package com.sponsorlink.notifications.inbox;

import static com.sponsorlink.notifications.persistence.jooq.Tables.NOTIFICATIONS_JOB_RUNS;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * When the background jobs ran, and what they did.
 */
@Repository
class JobRuns {

    private final DSLContext db;

    JobRuns(DSLContext db) {
        this.db = db;
    }

    /** Whether the scheduled run of a job for a day was claimed already; a read, so checking takes no write lock. */
    @Transactional(readOnly = true)
    boolean claimed(String job, LocalDate day) {
        return db.fetchExists(NOTIFICATIONS_JOB_RUNS, NOTIFICATIONS_JOB_RUNS.JOB.eq(job)
            .and(NOTIFICATIONS_JOB_RUNS.RUN_DATE.eq(day))
            .and(NOTIFICATIONS_JOB_RUNS.TRIGGER.eq("SCHEDULE")));
    }

    /**
     * Claims the scheduled run of a job for a day; false if it was already claimed, here or by
     * another instance. The unique index decides, so two instances cannot both win.
     */
    @Transactional
    boolean claim(String job, LocalDate day, Instant now) {
        return db.insertInto(NOTIFICATIONS_JOB_RUNS)
            .set(NOTIFICATIONS_JOB_RUNS.ID, UUID.randomUUID().toString())
            .set(NOTIFICATIONS_JOB_RUNS.JOB, job)
            .set(NOTIFICATIONS_JOB_RUNS.RUN_DATE, day)
            .set(NOTIFICATIONS_JOB_RUNS.TRIGGER, "SCHEDULE")
            .set(NOTIFICATIONS_JOB_RUNS.STARTED_AT, now)
            .onConflictDoNothing()
            .execute() == 1;
    }

    @Transactional
    void adminRun(String job, LocalDate day, Instant now) {
        db.insertInto(NOTIFICATIONS_JOB_RUNS)
            .set(NOTIFICATIONS_JOB_RUNS.ID, UUID.randomUUID().toString())
            .set(NOTIFICATIONS_JOB_RUNS.JOB, job)
            .set(NOTIFICATIONS_JOB_RUNS.RUN_DATE, day)
            .set(NOTIFICATIONS_JOB_RUNS.TRIGGER, "ADMIN")
            .set(NOTIFICATIONS_JOB_RUNS.STARTED_AT, now)
            .execute();
    }

    /** Records the outcome on the latest unfinished run of the job for the day. */
    @Transactional
    void finished(String job, LocalDate day, Instant now, String outcome) {
        db.update(NOTIFICATIONS_JOB_RUNS)
            .set(NOTIFICATIONS_JOB_RUNS.FINISHED_AT, now)
            .set(NOTIFICATIONS_JOB_RUNS.OUTCOME, outcome)
            .where(NOTIFICATIONS_JOB_RUNS.JOB.eq(job))
            .and(NOTIFICATIONS_JOB_RUNS.RUN_DATE.eq(day))
            .and(NOTIFICATIONS_JOB_RUNS.FINISHED_AT.isNull())
            .execute();
    }

    @Transactional(readOnly = true)
    List<Run> latest(int limit) {
        return db.selectFrom(NOTIFICATIONS_JOB_RUNS)
            .orderBy(NOTIFICATIONS_JOB_RUNS.STARTED_AT.desc())
            .limit(limit)
            .fetch(r -> new Run(r.getJob(), r.getRunDate(), r.getTrigger(), r.getStartedAt(), r.getFinishedAt(), r.getOutcome()));
    }

    /** One run of a job. */
    record Run(String job, LocalDate day, String trigger, Instant startedAt, Instant finishedAt, String outcome) {
    }
}
