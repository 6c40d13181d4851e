-- Sponsors' CSV exports of their campaigns with their ad requests, written in the background to a
-- file under app.exports.dir; the row shows the progress and, once ready, lets its owner download.
CREATE TABLE adrequests_exports (
    id          TEXT    NOT NULL PRIMARY KEY,
    sponsor_id  TEXT    NOT NULL REFERENCES adrequests_sponsors (sponsor_id),
    status      TEXT    NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'READY', 'FAILED')),
    total_rows  INTEGER,
    done_rows   INTEGER NOT NULL DEFAULT 0,
    file_name   TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL,
    finished_at BIGINT
);
CREATE INDEX adrequests_exports_sponsor_ix ON adrequests_exports (sponsor_id, created_at);
