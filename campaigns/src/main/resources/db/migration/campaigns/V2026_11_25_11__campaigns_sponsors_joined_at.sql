-- When the sponsor signed up (from SponsorRegistered); null for sponsors seen before this column.
ALTER TABLE campaigns_sponsors ADD COLUMN joined_at BIGINT;
