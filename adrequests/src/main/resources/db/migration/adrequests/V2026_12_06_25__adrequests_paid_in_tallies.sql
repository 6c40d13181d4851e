-- What was paid, kept where the dashboards already read: in each influencer's tally (only completed
-- requests have payments, and a completed request never changes status again), and in the
-- campaign index the sponsor's figures are summed from, so neither adds up rows of the table.
ALTER TABLE adrequests_influencer_tallies ADD COLUMN paid_minor BIGINT NOT NULL DEFAULT 0;
DROP INDEX adrequests_ad_requests_campaign_ix;
CREATE INDEX adrequests_ad_requests_campaign_ix ON adrequests_ad_requests (campaign_id, status, agreed_minor, paid_minor);
