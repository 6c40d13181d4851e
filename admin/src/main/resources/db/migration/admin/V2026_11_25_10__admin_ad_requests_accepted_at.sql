-- When an ad request was accepted, for the marketplace volume by month. Requests accepted before
-- this column have none and are left out of that chart.
ALTER TABLE admin_ad_requests ADD COLUMN accepted_at BIGINT;
CREATE INDEX admin_ad_requests_accepted_ix ON admin_ad_requests (accepted_at, amount_minor);
CREATE INDEX admin_ad_requests_created_ix ON admin_ad_requests (created_at);
CREATE INDEX admin_users_registered_role_ix ON admin_users (registered_at, role);
