-- People and campaigns as notifications name them, fed by identity and campaigns events.
CREATE TABLE notifications_people (
    user_id      TEXT NOT NULL PRIMARY KEY,
    display_name TEXT NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('SPONSOR', 'INFLUENCER', 'ADMIN'))
);

CREATE TABLE notifications_campaigns (
    campaign_id TEXT NOT NULL PRIMARY KEY,
    sponsor_id  TEXT NOT NULL,
    name        TEXT NOT NULL
);

-- Each person's in-app inbox. source_key names the event and the recipient, so an event handled
-- twice (resubmitted after a crash) still leaves one entry.
CREATE TABLE notifications_inbox (
    id           TEXT   NOT NULL PRIMARY KEY,
    user_id      TEXT   NOT NULL,
    source_key   TEXT   NOT NULL UNIQUE,
    title        TEXT   NOT NULL,
    body         TEXT   NOT NULL DEFAULT '',
    amount_minor BIGINT,
    link         TEXT,
    created_at   BIGINT NOT NULL,
    read_at      BIGINT
);
CREATE INDEX notifications_inbox_user_ix ON notifications_inbox (user_id, created_at);
CREATE INDEX notifications_inbox_unread_ix ON notifications_inbox (user_id, read_at);
