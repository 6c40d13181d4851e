-- What was paid to influencers against the campaign's collaborations, as the ad requests context
-- reports it, for the sponsor's spend against budget.
ALTER TABLE campaigns_campaigns ADD COLUMN paid_minor BIGINT NOT NULL DEFAULT 0;
