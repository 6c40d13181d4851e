-- Ad requests that wait for an answer, and from whom, fed by ad requests events: what the daily
-- reminder lists for each influencer.
CREATE TABLE notifications_open_requests (
    ad_request_id TEXT NOT NULL PRIMARY KEY,
    campaign_id   TEXT NOT NULL,
    sponsor_id    TEXT NOT NULL,
    influencer_id TEXT NOT NULL,
    awaiting      TEXT NOT NULL CHECK (awaiting IN ('SPONSOR', 'INFLUENCER'))
);
CREATE INDEX notifications_open_requests_awaiting_ix ON notifications_open_requests (awaiting, influencer_id);

-- Runs of the background jobs. A scheduled run claims its day by inserting its row, so it happens
-- once a day however many instances run and however often they restart; an admin's run is extra.
CREATE TABLE notifications_job_runs (
    id          TEXT    NOT NULL PRIMARY KEY,
    job         TEXT    NOT NULL,
    run_date    TEXT    NOT NULL,
    trigger     TEXT    NOT NULL CHECK (trigger IN ('SCHEDULE', 'ADMIN')),
    started_at  BIGINT  NOT NULL,
    finished_at BIGINT,
    outcome     TEXT
);
CREATE UNIQUE INDEX notifications_job_runs_once_a_day_ix ON notifications_job_runs (job, run_date) WHERE trigger = 'SCHEDULE';
CREATE INDEX notifications_job_runs_started_ix ON notifications_job_runs (started_at);
