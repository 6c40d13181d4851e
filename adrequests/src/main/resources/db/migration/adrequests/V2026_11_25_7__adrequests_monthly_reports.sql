-- Each sponsor's activity report for a month, kept as the HTML that was sent, so that it can be
-- read and downloaded later exactly as it was. One per sponsor and month: a run that is repeated
-- (an admin's, or one resumed after a crash) adds nothing for a sponsor already reported.
CREATE TABLE adrequests_monthly_reports (
    id           TEXT   NOT NULL PRIMARY KEY,
    sponsor_id   TEXT   NOT NULL REFERENCES adrequests_sponsors (sponsor_id),
    report_month TEXT   NOT NULL CHECK (length(report_month) = 7),
    summary      TEXT   NOT NULL,
    html         TEXT   NOT NULL,
    created_at   BIGINT NOT NULL,
    UNIQUE (sponsor_id, report_month)
);

-- Runs of the monthly report job. The scheduled run claims its month by inserting its row, so it
-- happens once a month however many instances run; an admin's run is extra.
CREATE TABLE adrequests_report_runs (
    id           TEXT    NOT NULL PRIMARY KEY,
    report_month TEXT    NOT NULL,
    trigger      TEXT    NOT NULL CHECK (trigger IN ('SCHEDULE', 'ADMIN')),
    started_at   BIGINT  NOT NULL,
    finished_at  BIGINT,
    reports      INTEGER
);
CREATE UNIQUE INDEX adrequests_report_runs_once_a_month_ix ON adrequests_report_runs (report_month) WHERE trigger = 'SCHEDULE';
CREATE INDEX adrequests_report_runs_started_ix ON adrequests_report_runs (started_at);

-- The report reads one month of a sponsor's ad requests by when they were created.
CREATE INDEX adrequests_ad_requests_sponsor_created_ix ON adrequests_ad_requests (sponsor_id, created_at);
-- ...and what happened to them that month, by when it happened.
CREATE INDEX adrequests_history_happened_ix ON adrequests_history (happened_at, kind);
