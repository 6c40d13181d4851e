-- When the current flag was set, so that each flagging can be appealed once. Flags older than this
-- column get 0 (time unknown); they too may be appealed once.
ALTER TABLE campaigns_campaigns ADD COLUMN flagged_at BIGINT;
UPDATE campaigns_campaigns SET flagged_at = 0 WHERE flagged = TRUE;

-- A sponsor's appeal of a flag on their campaign, one per flagging; the outcome is the admin
-- console's decision.
CREATE TABLE campaigns_appeals (
    id              TEXT   NOT NULL PRIMARY KEY,
    campaign_id     TEXT   NOT NULL REFERENCES campaigns_campaigns (id) ON DELETE CASCADE,
    sponsor_id      TEXT   NOT NULL,
    flagged_at      BIGINT NOT NULL,
    text            TEXT   NOT NULL,
    filed_at        BIGINT NOT NULL,
    outcome         TEXT   CHECK (outcome IS NULL OR outcome IN ('UPHELD', 'LIFTED')),
    decision_reason TEXT,
    decided_at      BIGINT
);
CREATE UNIQUE INDEX campaigns_appeals_flagging_uq ON campaigns_appeals (campaign_id, flagged_at);
