-- Sponsors' campaigns. Money in minor units; dates as ISO-8601 text (YYYY-MM-DD), which sorts and
-- compares chronologically and means the same in every time zone.
CREATE TABLE campaigns_campaigns (
    id                TEXT    NOT NULL PRIMARY KEY,
    sponsor_id        TEXT    NOT NULL REFERENCES campaigns_sponsors (sponsor_id),
    name              TEXT    NOT NULL,
    description       TEXT    NOT NULL,
    category          TEXT    NOT NULL,
    goals             TEXT    NOT NULL DEFAULT '',
    budget_minor      BIGINT  NOT NULL CHECK (budget_minor > 0),
    -- the amount of accepted ad requests, learnt from the ad requests context
    committed_minor   BIGINT  NOT NULL DEFAULT 0 CHECK (committed_minor >= 0),
    start_date        TEXT    NOT NULL,
    end_date          TEXT    NOT NULL,
    visibility        TEXT    NOT NULL CHECK (visibility IN ('PUBLIC', 'PRIVATE')),
    flagged           BOOLEAN NOT NULL DEFAULT FALSE,
    flag_reason       TEXT,
    sponsor_suspended BOOLEAN NOT NULL DEFAULT FALSE,
    -- what influencers may discover: public, not flagged, sponsor not suspended (kept by the application)
    listed            BOOLEAN NOT NULL DEFAULT FALSE,
    created_at        BIGINT  NOT NULL,
    updated_at        BIGINT  NOT NULL,
    version           INTEGER NOT NULL DEFAULT 0,
    CHECK (end_date >= start_date)
);
CREATE INDEX campaigns_campaigns_sponsor_ix ON campaigns_campaigns (sponsor_id, created_at);
CREATE INDEX campaigns_campaigns_listed_end_ix ON campaigns_campaigns (listed, end_date);
CREATE INDEX campaigns_campaigns_listed_category_end_ix ON campaigns_campaigns (listed, category, end_date);

-- Influencers as discovery sees them, fed by identity events.
CREATE TABLE campaigns_influencers (
    influencer_id TEXT    NOT NULL PRIMARY KEY,
    display_name  TEXT    NOT NULL,
    category      TEXT    NOT NULL,
    niche         TEXT    NOT NULL,
    reach         BIGINT  NOT NULL CHECK (reach >= 0),
    -- not suspended (kept by the application)
    listed        BOOLEAN NOT NULL DEFAULT TRUE,
    registered_at BIGINT  NOT NULL
);
CREATE INDEX campaigns_influencers_listed_reach_ix ON campaigns_influencers (listed, reach);
CREATE INDEX campaigns_influencers_listed_category_reach_ix ON campaigns_influencers (listed, category, reach);

CREATE TABLE campaigns_influencer_platforms (
    influencer_id TEXT NOT NULL REFERENCES campaigns_influencers (influencer_id) ON DELETE CASCADE,
    platform      TEXT NOT NULL,
    PRIMARY KEY (influencer_id, platform)
);
CREATE INDEX campaigns_influencer_platforms_platform_ix ON campaigns_influencer_platforms (platform, influencer_id);
