-- Appeals of suspensions and campaign flags, fed by identity and campaigns events, with the
-- console's decision. The label says who appeals (and about which campaign) as it was when filed.
CREATE TABLE admin_appeals (
    id           TEXT   NOT NULL PRIMARY KEY,
    kind         TEXT   NOT NULL CHECK (kind IN ('USER', 'CAMPAIGN')),
    subject_id   TEXT   NOT NULL,
    appellant_id TEXT   NOT NULL,
    label        TEXT   NOT NULL,
    text         TEXT   NOT NULL,
    filed_at     BIGINT NOT NULL,
    status       TEXT   NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'UPHELD', 'LIFTED')),
    decided_at   BIGINT,
    decided_by   TEXT,
    reason       TEXT
);
CREATE INDEX admin_appeals_status_ix ON admin_appeals (status, filed_at);
