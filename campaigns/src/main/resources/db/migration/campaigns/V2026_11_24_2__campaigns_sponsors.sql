-- The campaigns context's own view of sponsors, fed by identity events: who may publish
-- (approval) and who is hidden from discovery (suspension).
CREATE TABLE campaigns_sponsors (
    sponsor_id        TEXT    NOT NULL PRIMARY KEY,
    organisation_name TEXT    NOT NULL,
    industry          TEXT    NOT NULL,
    approval          TEXT    NOT NULL CHECK (approval IN ('PENDING', 'APPROVED', 'REJECTED')),
    approval_reason   TEXT,
    suspended         BOOLEAN NOT NULL DEFAULT FALSE
);
