-- When the current suspension began, so that each suspension can be appealed once. Suspensions
-- older than this column get 0 (time unknown); they too may be appealed once.
ALTER TABLE identity_users ADD COLUMN suspended_at BIGINT;
UPDATE identity_users SET suspended_at = 0 WHERE suspended = TRUE;

-- A suspended user's appeal, one per suspension; the outcome is the admin console's decision.
CREATE TABLE identity_appeals (
    id              TEXT   NOT NULL PRIMARY KEY,
    user_id         TEXT   NOT NULL REFERENCES identity_users (id) ON DELETE CASCADE,
    suspended_at    BIGINT NOT NULL,
    text            TEXT   NOT NULL,
    filed_at        BIGINT NOT NULL,
    outcome         TEXT   CHECK (outcome IS NULL OR outcome IN ('UPHELD', 'LIFTED')),
    decision_reason TEXT,
    decided_at      BIGINT
);
CREATE UNIQUE INDEX identity_appeals_suspension_uq ON identity_appeals (user_id, suspended_at);
