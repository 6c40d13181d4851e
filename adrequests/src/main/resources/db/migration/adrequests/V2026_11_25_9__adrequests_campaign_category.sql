-- The campaign's category, for the analytics' spend and offers by category. Campaigns created
-- before this column count as Other.
ALTER TABLE adrequests_campaigns ADD COLUMN category TEXT NOT NULL DEFAULT 'OTHER';
