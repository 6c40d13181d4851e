-- When the influencer signed up (from InfluencerRegistered); null for influencers seen before this column.
ALTER TABLE adrequests_influencers ADD COLUMN joined_at BIGINT;
