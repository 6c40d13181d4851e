-- After the deal: an accepted ad request is a collaboration. Its agreed terms are the request's own
-- requirements, due date and agreed amount, which no step can change once accepted.

-- The thread of an ad request: offers, edits and status changes as before, and now messages,
-- deliverables and payments, all in one order both sides read. The kinds grow, and SQLite cannot
-- change a CHECK constraint in place, so the table is rebuilt under its own name.
CREATE TABLE adrequests_history_v2 (
    ad_request_id  TEXT    NOT NULL REFERENCES adrequests_ad_requests (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    happened_at    BIGINT  NOT NULL,
    actor          TEXT    NOT NULL CHECK (actor IN ('SPONSOR', 'INFLUENCER', 'SYSTEM')),
    kind           TEXT    NOT NULL CHECK (kind IN ('OFFERED', 'EDITED', 'ACCEPTED', 'REJECTED', 'CANCELLED', 'COMPLETED',
                                                    'MESSAGE', 'SUBMITTED', 'RESUBMITTED', 'CHANGES_REQUESTED', 'APPROVED',
                                                    'PAYMENT_RECORDED', 'PAYMENT_CONFIRMED')),
    amount_minor   BIGINT,
    message        TEXT    NOT NULL DEFAULT '',
    -- the deliverable a SUBMITTED, RESUBMITTED, CHANGES_REQUESTED or APPROVED entry is about, and the
    -- link handed in with a submission
    deliverable_id TEXT,
    link           TEXT,
    PRIMARY KEY (ad_request_id, position)
);
INSERT INTO adrequests_history_v2 (ad_request_id, position, happened_at, actor, kind, amount_minor, message)
SELECT ad_request_id, position, happened_at, actor, kind, amount_minor, message FROM adrequests_history;
DROP TABLE adrequests_history;
ALTER TABLE adrequests_history_v2 RENAME TO adrequests_history;
CREATE INDEX adrequests_history_happened_ix ON adrequests_history (happened_at, kind);

-- How far each side has read a thread: entries after that position, by the other side, are new.
CREATE TABLE adrequests_thread_reads (
    ad_request_id TEXT    NOT NULL REFERENCES adrequests_ad_requests (id) ON DELETE CASCADE,
    party         TEXT    NOT NULL CHECK (party IN ('SPONSOR', 'INFLUENCER')),
    read_position INTEGER NOT NULL,
    PRIMARY KEY (ad_request_id, party)
);

-- A piece of work the influencer hands in for a collaboration: the latest submission's link and
-- note, and where the sponsor's review of it stands. Every submission and review is also in the
-- thread, so the whole history is kept there.
CREATE TABLE adrequests_deliverables (
    id            TEXT    NOT NULL PRIMARY KEY,
    ad_request_id TEXT    NOT NULL REFERENCES adrequests_ad_requests (id),
    title         TEXT    NOT NULL,
    link          TEXT    NOT NULL,
    note          TEXT    NOT NULL DEFAULT '',
    status        TEXT    NOT NULL CHECK (status IN ('SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED')),
    feedback      TEXT,
    submissions   INTEGER NOT NULL DEFAULT 1 CHECK (submissions >= 1),
    created_at    BIGINT  NOT NULL,
    submitted_at  BIGINT  NOT NULL,
    reviewed_at   BIGINT
);
CREATE INDEX adrequests_deliverables_request_ix ON adrequests_deliverables (ad_request_id, created_at);

-- Payments the sponsor made outside the platform and recorded here; the influencer confirms receipt.
-- The request's paid_minor is their sum: one conditional update of it (paid + amount <= agreed)
-- refuses an overpayment, so two recordings at the same moment cannot both pass.
CREATE TABLE adrequests_payments (
    id            TEXT    NOT NULL PRIMARY KEY,
    ad_request_id TEXT    NOT NULL REFERENCES adrequests_ad_requests (id),
    amount_minor  BIGINT  NOT NULL CHECK (amount_minor > 0),
    paid_date     TEXT    NOT NULL,
    reference     TEXT    NOT NULL,
    recorded_at   BIGINT  NOT NULL,
    confirmed_at  BIGINT
);
CREATE INDEX adrequests_payments_request_ix ON adrequests_payments (ad_request_id, recorded_at);

ALTER TABLE adrequests_ad_requests ADD COLUMN paid_minor BIGINT NOT NULL DEFAULT 0 CHECK (paid_minor >= 0);
-- the overdue collaborations on each side's dashboard
CREATE INDEX adrequests_ad_requests_influencer_due_ix ON adrequests_ad_requests (influencer_id, status, due_date);
CREATE INDEX adrequests_ad_requests_sponsor_due_ix ON adrequests_ad_requests (sponsor_id, status, due_date);
