-- Users' public profiles, so the console can show who someone is (fed by identity events).
ALTER TABLE admin_users ADD COLUMN industry TEXT;
ALTER TABLE admin_users ADD COLUMN category TEXT;
ALTER TABLE admin_users ADD COLUMN niche TEXT;
ALTER TABLE admin_users ADD COLUMN reach BIGINT;

-- Every campaign, private ones too, as the console oversees them (fed by campaigns events). A
-- deleted campaign keeps its row, so the ad requests list still names it.
CREATE TABLE admin_campaigns (
    campaign_id     TEXT    NOT NULL PRIMARY KEY,
    sponsor_id      TEXT    NOT NULL,
    name            TEXT    NOT NULL,
    name_key        TEXT    NOT NULL,
    description     TEXT    NOT NULL,
    category        TEXT    NOT NULL,
    budget_minor    BIGINT  NOT NULL,
    committed_minor BIGINT  NOT NULL DEFAULT 0,
    start_date      TEXT    NOT NULL,
    end_date        TEXT    NOT NULL,
    visibility      TEXT    NOT NULL CHECK (visibility IN ('PUBLIC', 'PRIVATE')),
    flagged         BOOLEAN NOT NULL DEFAULT FALSE,
    flag_reason     TEXT,
    deleted         BOOLEAN NOT NULL DEFAULT FALSE,
    created_at      BIGINT  NOT NULL
);
CREATE INDEX admin_campaigns_created_ix ON admin_campaigns (deleted, created_at);
CREATE INDEX admin_campaigns_sponsor_ix ON admin_campaigns (sponsor_id, created_at);
CREATE INDEX admin_campaigns_flagged_ix ON admin_campaigns (deleted, flagged, created_at);

-- Every ad request with where it stands (fed by ad requests events); the negotiation history
-- stays with the ad requests context, whose read-only page the console links to.
CREATE TABLE admin_ad_requests (
    ad_request_id TEXT    NOT NULL PRIMARY KEY,
    campaign_id   TEXT    NOT NULL,
    sponsor_id    TEXT    NOT NULL,
    influencer_id TEXT    NOT NULL,
    status        TEXT    NOT NULL CHECK (status IN ('PENDING', 'NEGOTIATING', 'ACCEPTED', 'REJECTED', 'CANCELLED', 'COMPLETED')),
    -- the latest offer while open, the agreed amount once accepted
    amount_minor  BIGINT  NOT NULL,
    flagged       BOOLEAN NOT NULL DEFAULT FALSE,
    flag_reason   TEXT,
    created_at    BIGINT  NOT NULL,
    updated_at    BIGINT  NOT NULL
);
CREATE INDEX admin_ad_requests_updated_ix ON admin_ad_requests (updated_at);
CREATE INDEX admin_ad_requests_status_ix ON admin_ad_requests (status, updated_at, amount_minor);
CREATE INDEX admin_ad_requests_campaign_ix ON admin_ad_requests (campaign_id, updated_at);
CREATE INDEX admin_ad_requests_sponsor_ix ON admin_ad_requests (sponsor_id, updated_at);
CREATE INDEX admin_ad_requests_influencer_ix ON admin_ad_requests (influencer_id, updated_at);
