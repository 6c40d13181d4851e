-- What sponsors recorded as paid for each completed collaboration, for the marketplace's paid volume.
ALTER TABLE admin_ad_requests ADD COLUMN paid_minor BIGINT NOT NULL DEFAULT 0;
