-- The ad requests context's own view of sponsors and influencers, fed by identity events.
CREATE TABLE adrequests_sponsors (
    sponsor_id        TEXT    NOT NULL PRIMARY KEY,
    organisation_name TEXT    NOT NULL,
    suspended         BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE adrequests_influencers (
    influencer_id TEXT    NOT NULL PRIMARY KEY,
    display_name  TEXT    NOT NULL,
    -- lower-cased display name, for the influencer picker's prefix search
    name_key      TEXT    NOT NULL,
    category      TEXT    NOT NULL,
    niche         TEXT    NOT NULL,
    reach         BIGINT  NOT NULL CHECK (reach >= 0),
    suspended     BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX adrequests_influencers_name_ix ON adrequests_influencers (name_key);

-- Campaigns as ad requests need them, fed by campaigns events. A deleted campaign keeps its row so
-- that the history of its ad requests still names it. The committed amount (accepted and completed
-- ad requests) is owned here; the budget guard is a conditional update of it, and the CHECK makes
-- a committed amount above the budget impossible whatever the code does.
CREATE TABLE adrequests_campaigns (
    campaign_id     TEXT    NOT NULL PRIMARY KEY,
    sponsor_id      TEXT    NOT NULL REFERENCES adrequests_sponsors (sponsor_id),
    name            TEXT    NOT NULL,
    budget_minor    BIGINT  NOT NULL,
    committed_minor BIGINT  NOT NULL DEFAULT 0 CHECK (committed_minor >= 0),
    start_date      TEXT    NOT NULL,
    end_date        TEXT    NOT NULL,
    visibility      TEXT    NOT NULL CHECK (visibility IN ('PUBLIC', 'PRIVATE')),
    deleted         BOOLEAN NOT NULL DEFAULT FALSE,
    -- flagged by an admin: takes no new ad requests
    flagged         BOOLEAN NOT NULL DEFAULT FALSE,
    CHECK (committed_minor <= budget_minor)
);
CREATE INDEX adrequests_campaigns_sponsor_ix ON adrequests_campaigns (sponsor_id, deleted, name);

-- An ad request and where its negotiation stands. offer_minor/offered_by is the latest offer; the
-- side that did not make it is the one expected to answer. agreed_minor is set on acceptance.
CREATE TABLE adrequests_ad_requests (
    id            TEXT    NOT NULL PRIMARY KEY,
    campaign_id   TEXT    NOT NULL REFERENCES adrequests_campaigns (campaign_id),
    sponsor_id    TEXT    NOT NULL REFERENCES adrequests_sponsors (sponsor_id),
    influencer_id TEXT    NOT NULL REFERENCES adrequests_influencers (influencer_id),
    started_by    TEXT    NOT NULL CHECK (started_by IN ('SPONSOR', 'INFLUENCER')),
    requirements  TEXT    NOT NULL DEFAULT '',
    due_date      TEXT,
    status        TEXT    NOT NULL CHECK (status IN ('PENDING', 'NEGOTIATING', 'ACCEPTED', 'REJECTED', 'CANCELLED', 'COMPLETED')),
    offer_minor   BIGINT  NOT NULL CHECK (offer_minor > 0),
    offered_by    TEXT    NOT NULL CHECK (offered_by IN ('SPONSOR', 'INFLUENCER')),
    offers        INTEGER NOT NULL DEFAULT 1,
    agreed_minor  BIGINT  CHECK (agreed_minor > 0),
    closing_note  TEXT,
    -- frozen by an admin: no step is allowed until unflagged; both sides read the reason
    flagged       BOOLEAN NOT NULL DEFAULT FALSE,
    flag_reason   TEXT,
    created_at    BIGINT  NOT NULL,
    updated_at    BIGINT  NOT NULL,
    version       INTEGER NOT NULL DEFAULT 0,
    CHECK ((status IN ('ACCEPTED', 'COMPLETED')) = (agreed_minor IS NOT NULL))
);
-- Each side's lists by recency; and by status, carrying what the dashboards count and sum (who
-- made the latest offer, the agreed amount) so that figures are read from the index alone.
CREATE INDEX adrequests_ad_requests_influencer_ix ON adrequests_ad_requests (influencer_id, updated_at);
CREATE INDEX adrequests_ad_requests_influencer_status_ix
    ON adrequests_ad_requests (influencer_id, status, updated_at, offered_by, agreed_minor);
CREATE INDEX adrequests_ad_requests_sponsor_ix ON adrequests_ad_requests (sponsor_id, updated_at);
CREATE INDEX adrequests_ad_requests_sponsor_status_ix
    ON adrequests_ad_requests (sponsor_id, status, updated_at, offered_by);
CREATE INDEX adrequests_ad_requests_campaign_ix ON adrequests_ad_requests (campaign_id, status, agreed_minor);
-- one open negotiation per influencer and campaign
CREATE UNIQUE INDEX adrequests_ad_requests_one_open_ix ON adrequests_ad_requests (campaign_id, influencer_id)
    WHERE status IN ('PENDING', 'NEGOTIATING');

-- Everything that happened to an ad request, in order: offers, edits and status changes. Kept for
-- as long as the request exists; accepted requests are never deleted.
CREATE TABLE adrequests_history (
    ad_request_id TEXT    NOT NULL REFERENCES adrequests_ad_requests (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    happened_at   BIGINT  NOT NULL,
    actor         TEXT    NOT NULL CHECK (actor IN ('SPONSOR', 'INFLUENCER', 'SYSTEM')),
    kind          TEXT    NOT NULL CHECK (kind IN ('OFFERED', 'EDITED', 'ACCEPTED', 'REJECTED', 'CANCELLED', 'COMPLETED')),
    amount_minor  BIGINT,
    message       TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (ad_request_id, position)
);
