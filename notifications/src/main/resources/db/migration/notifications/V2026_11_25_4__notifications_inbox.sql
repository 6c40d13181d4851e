-- People and campaigns as notifications name them, fed by identity and campaigns events.
CREATE TABLE notifications_people (
    user_id      TEXT NOT NULL PRIMARY KEY,
    display_name TEXT NOT NULL,
    email        TEXT NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('SPONSOR', 'INFLUENCER', 'ADMIN'))
);

-- How each person wants to be told, beyond the in-app inbox (which everyone has). Without a row,
-- email is on and the other channels off.
CREATE TABLE notifications_preferences (
    user_id          TEXT    NOT NULL PRIMARY KEY,
    email_enabled    BOOLEAN NOT NULL DEFAULT TRUE,
    chat_enabled     BOOLEAN NOT NULL DEFAULT FALSE,
    chat_webhook_url TEXT,
    sms_enabled      BOOLEAN NOT NULL DEFAULT FALSE,
    phone            TEXT,
    CHECK (NOT chat_enabled OR chat_webhook_url IS NOT NULL),
    CHECK (NOT sms_enabled OR phone IS NOT NULL)
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

-- One delivery of a notification on one channel (email, Google Chat, SMS), queued with the
-- notification and sent by a background dispatcher, so a slow or failing channel never holds up
-- the action that caused it. A failed send is retried with growing delays; after the last attempt
-- it is DEAD and waits for an admin's retry.
CREATE TABLE notifications_deliveries (
    id              TEXT    NOT NULL PRIMARY KEY,
    notification_id TEXT    NOT NULL REFERENCES notifications_inbox (id),
    channel         TEXT    NOT NULL CHECK (channel IN ('EMAIL', 'CHAT', 'SMS')),
    address         TEXT    NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN ('QUEUED', 'SENDING', 'SENT', 'DEAD')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT  NOT NULL,
    last_error      TEXT,
    created_at      BIGINT  NOT NULL,
    sent_at         BIGINT,
    UNIQUE (notification_id, channel)
);
CREATE INDEX notifications_deliveries_due_ix ON notifications_deliveries (status, next_attempt_at);
CREATE INDEX notifications_deliveries_created_ix ON notifications_deliveries (created_at);
