-- Agreed deals with a due date whose work is not all approved yet, fed by ad requests events: what
-- the daily reminder lists as overdue for each influencer once the date has passed.
CREATE TABLE notifications_due_work (
    ad_request_id TEXT    NOT NULL PRIMARY KEY,
    campaign_id   TEXT    NOT NULL,
    sponsor_id    TEXT    NOT NULL,
    influencer_id TEXT    NOT NULL,
    due_date      TEXT    NOT NULL,
    all_approved  BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX notifications_due_work_due_ix ON notifications_due_work (due_date, all_approved);
