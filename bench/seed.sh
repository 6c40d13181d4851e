#!/usr/bin/env bash
# Seeds a SponsorLink SQLite database with synthetic marketplace data for benchmarks:
#   bench/seed.sh DB_FILE [CAMPAIGNS] [INFLUENCERS] [AD_REQUESTS] [BENCH_SPONSOR_EMAIL] [BENCH_INFLUENCER_EMAIL]
# The database must already be migrated (start the app on it once) and hold the bench sponsor
# and influencer accounts created through the app; seeded accounts reuse the influencer's password
# hash, so no password is stored here. Rows go into every context's own tables (identity, campaigns,
# adrequests, admin) so that each context's pages see consistent data. 1,000 sponsors own the
# campaigns; the bench sponsor gets 500 of them. Ad requests spread over campaigns and influencers;
# every 50th goes to the bench influencer; statuses cycle through pending, negotiating, accepted,
# completed, rejected and cancelled.
set -euo pipefail
db=${1:?usage: bench/seed.sh DB_FILE [CAMPAIGNS] [INFLUENCERS] [AD_REQUESTS] [BENCH_SPONSOR_EMAIL] [BENCH_INFLUENCER_EMAIL]}
campaigns=${2:-100000}
influencers=${3:-50000}
ad_requests=${4:-200000}
bench_sponsor=${5:-bench-sponsor@bench.test}
bench_influencer=${6:-bench-influencer@bench.test}

sqlite3 "$db" <<SQL
PRAGMA foreign_keys = ON;
PRAGMA journal_mode = WAL;
BEGIN;
CREATE TEMP TABLE words(kind TEXT, list TEXT);
INSERT INTO words VALUES
  ('category', '["FASHION","BEAUTY","TECH","GAMING","FOOD","TRAVEL","FITNESS","FINANCE","EDUCATION","LIFESTYLE","OTHER"]'),
  ('platform', '["INSTAGRAM","YOUTUBE","TIKTOK","X","LINKEDIN","TWITCH","BLOG"]'),
  ('adjective', '["Alpine","Summer","Urban","Retro","Green","Midnight","Coastal","Winter","Bold","Quiet","Golden","Wild"]'),
  ('topic', '["trail shoes","street food","skincare","mechanical keyboards","speedruns","city breaks","home workouts","budget apps","language lessons","slow living","kayak trips","vinyl records","coffee gear","yoga mats","smart watches"]');
CREATE TEMP TABLE pick AS SELECT
  (SELECT list FROM words WHERE kind = 'category') AS categories,
  (SELECT list FROM words WHERE kind = 'platform') AS platforms,
  (SELECT list FROM words WHERE kind = 'adjective') AS adjectives,
  (SELECT list FROM words WHERE kind = 'topic') AS topics,
  (SELECT password_hash FROM identity_users WHERE email_key = lower('$bench_influencer')) AS hash,
  (SELECT id FROM identity_users WHERE email_key = lower('$bench_sponsor')) AS bench_sponsor,
  (SELECT id FROM identity_users WHERE email_key = lower('$bench_influencer')) AS bench_influencer,
  CAST(strftime('%s', 'now') AS INTEGER) * 1000 AS now_ms;

-- 999 more approved sponsors
CREATE TEMP TABLE seeded_sponsors AS
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 999)
SELECT printf('5e000000-0000-4000-8000-%012d', n) AS id, n FROM seq;
INSERT INTO identity_users (id, email, email_key, password_hash, role, display_name, approval, suspended, registered_at)
  SELECT id, 'sponsor-' || n || '@bench.test', 'sponsor-' || n || '@bench.test', pick.hash, 'SPONSOR',
         json_extract(adjectives, '\$[' || (n % 12) || ']') || ' Brand ' || n, 'APPROVED', 0, now_ms - n * 60000
  FROM seeded_sponsors, pick;
INSERT INTO identity_sponsor_profiles (user_id, organisation_name, industry, yearly_budget_minor)
  SELECT id, json_extract(adjectives, '\$[' || (n % 12) || ']') || ' Brand ' || n, 'Retail', 10000000 FROM seeded_sponsors, pick;
INSERT INTO campaigns_sponsors (sponsor_id, organisation_name, industry, approval, suspended)
  SELECT id, json_extract(adjectives, '\$[' || (n % 12) || ']') || ' Brand ' || n, 'Retail', 'APPROVED', 0 FROM seeded_sponsors, pick;
INSERT INTO adrequests_sponsors (sponsor_id, organisation_name)
  SELECT id, json_extract(adjectives, '\$[' || (n % 12) || ']') || ' Brand ' || n FROM seeded_sponsors, pick;
INSERT INTO admin_users (user_id, email, email_key, display_name, role, approval, suspended, registered_at)
  SELECT id, 'sponsor-' || n || '@bench.test', 'sponsor-' || n || '@bench.test',
         json_extract(adjectives, '\$[' || (n % 12) || ']') || ' Brand ' || n, 'SPONSOR', 'APPROVED', 0, now_ms - n * 60000
  FROM seeded_sponsors, pick;

-- campaigns: the first 500 belong to the bench sponsor; 70 % are public
INSERT INTO campaigns_campaigns (id, sponsor_id, name, description, category, goals, budget_minor, start_date, end_date,
                                 visibility, listed, created_at, updated_at)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < $campaigns)
SELECT printf('ca000000-0000-4000-8000-%012d', n),
       CASE WHEN n <= 500 THEN bench_sponsor ELSE printf('5e000000-0000-4000-8000-%012d', n % 999 + 1) END,
       json_extract(adjectives, '\$[' || (n % 12) || ']') || ' ' || json_extract(topics, '\$[' || (n % 15) || ']') || ' ' || n,
       'Campaign ' || n || ' about ' || json_extract(topics, '\$[' || ((n * 7) % 15) || ']')
         || ' for an audience that loves ' || json_extract(topics, '\$[' || ((n * 11) % 15) || ']') || '.',
       json_extract(categories, '\$[' || (n % 11) || ']'),
       'Reach and sign-ups',
       ((n * 7919) % 100000 + 500) * 100,
       date('now', ((n % 365) - 180) || ' days'),
       date('now', ((n % 365) - 180 + n % 90) || ' days'),
       CASE WHEN n % 10 < 7 THEN 'PUBLIC' ELSE 'PRIVATE' END,
       CASE WHEN n % 10 < 7 THEN 1 ELSE 0 END,
       now_ms - n * 1000, now_ms - n * 1000
FROM seq, pick;

INSERT INTO adrequests_campaigns (campaign_id, sponsor_id, name, category, budget_minor, start_date, end_date, visibility)
  SELECT id, sponsor_id, name, category, budget_minor, start_date, end_date, visibility FROM campaigns_campaigns
  WHERE id LIKE 'ca000000-%';

-- the search words of every campaign, as the application indexes them
INSERT OR IGNORE INTO campaigns_campaign_words (word, campaign_id)
WITH RECURSIVE split(id, word, rest) AS (
  SELECT id, '', lower(replace(replace(replace(name || ' ' || description, '.', ' '), ':', ' '), ',', ' ')) || ' '
  FROM campaigns_campaigns
  UNION ALL
  SELECT id, substr(rest, 1, instr(rest, ' ') - 1), substr(rest, instr(rest, ' ') + 1) FROM split WHERE rest <> ''
)
SELECT word, id FROM split WHERE word <> '';

-- influencers with two platforms each
CREATE TEMP TABLE seeded_influencers AS
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < $influencers)
SELECT printf('1f000000-0000-4000-8000-%012d', n) AS id, n,
       json_extract(adjectives, '\$[' || (n % 12) || ']') || ' Creator ' || n AS name,
       json_extract(categories, '\$[' || (n % 11) || ']') AS category,
       json_extract(topics, '\$[' || ((n * 3) % 15) || ']') AS niche,
       (n * 104729) % 2000000 AS reach
FROM seq, pick;
INSERT INTO identity_users (id, email, email_key, password_hash, role, display_name, approval, suspended, registered_at)
  SELECT id, 'influencer-' || n || '@bench.test', 'influencer-' || n || '@bench.test', pick.hash, 'INFLUENCER', name,
         'APPROVED', 0, now_ms - n * 1000 FROM seeded_influencers, pick;
INSERT INTO identity_influencer_profiles (user_id, category, niche, reach) SELECT id, category, niche, reach FROM seeded_influencers;
INSERT INTO campaigns_influencers (influencer_id, display_name, category, niche, reach, listed, registered_at)
  SELECT id, name, category, niche, reach, 1, now_ms - n * 1000 FROM seeded_influencers, pick;
INSERT INTO admin_users (user_id, email, email_key, display_name, role, approval, suspended, registered_at)
  SELECT id, 'influencer-' || n || '@bench.test', 'influencer-' || n || '@bench.test', name, 'INFLUENCER', 'APPROVED', 0,
         now_ms - n * 1000 FROM seeded_influencers, pick;
INSERT INTO adrequests_influencers (influencer_id, display_name, name_key, category, niche, reach)
  SELECT id, name, lower(name), category, niche, reach FROM seeded_influencers;
CREATE TEMP TABLE seeded_platforms AS
  SELECT id, json_extract(platforms, '\$[' || (n % 7) || ']') AS platform FROM seeded_influencers, pick
  UNION SELECT id, json_extract(platforms, '\$[' || ((n * 3 + 1) % 7) || ']') FROM seeded_influencers, pick;
INSERT INTO identity_influencer_platforms (user_id, platform) SELECT id, platform FROM seeded_platforms;
INSERT INTO campaigns_influencer_platforms (influencer_id, platform) SELECT id, platform FROM seeded_platforms;
INSERT OR IGNORE INTO campaigns_influencer_words (word, influencer_id)
WITH RECURSIVE split(id, word, rest) AS (
  SELECT id, '', lower(niche) || ' ' FROM seeded_influencers
  UNION ALL
  SELECT id, substr(rest, 1, instr(rest, ' ') - 1), substr(rest, instr(rest, ' ') + 1) FROM split WHERE rest <> ''
)
SELECT word, id FROM split WHERE word <> '';

-- ad requests: status by (n + n / 50) % 10, so the bench influencer's vary too (3 pending, 2 negotiating, 2 accepted, 1 completed, 1 rejected,
-- 1 cancelled); a pair that already has an open request is skipped, as the application refuses it
CREATE TEMP TABLE seeded_requests AS
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < $ad_requests)
SELECT n, printf('ad000000-0000-4000-8000-%012d', n) AS id,
       n % $campaigns + 1 AS campaign_n,
       CASE WHEN n % 50 = 0 THEN bench_influencer
            ELSE printf('1f000000-0000-4000-8000-%012d', (n + (n / $campaigns) * 13) % $influencers + 1) END AS influencer_id,
       CASE (n + n / 50) % 10 WHEN 0 THEN 'PENDING' WHEN 1 THEN 'PENDING' WHEN 2 THEN 'PENDING' WHEN 3 THEN 'NEGOTIATING'
            WHEN 4 THEN 'NEGOTIATING' WHEN 5 THEN 'ACCEPTED' WHEN 6 THEN 'ACCEPTED' WHEN 7 THEN 'COMPLETED'
            WHEN 8 THEN 'REJECTED' ELSE 'CANCELLED' END AS status,
       (n % 50 + 1) * 1000 AS offer_minor,
       now_ms - n * 10000 AS at_ms
FROM seq, pick;
INSERT OR IGNORE INTO adrequests_ad_requests (id, campaign_id, sponsor_id, influencer_id, started_by, requirements, due_date,
                                              status, offer_minor, offered_by, offers, agreed_minor, closing_note,
                                              created_at, updated_at)
SELECT r.id, c.campaign_id, c.sponsor_id, r.influencer_id, 'SPONSOR', 'Two posts and a story about ' || c.name, NULL,
       r.status, r.offer_minor, CASE WHEN r.status = 'NEGOTIATING' THEN 'INFLUENCER' ELSE 'SPONSOR' END,
       CASE WHEN r.status = 'NEGOTIATING' THEN 2 ELSE 1 END,
       CASE WHEN r.status IN ('ACCEPTED', 'COMPLETED') THEN r.offer_minor END,
       CASE WHEN r.status IN ('REJECTED', 'CANCELLED') THEN 'Not this time' END,
       r.at_ms, r.at_ms
FROM seeded_requests r JOIN adrequests_campaigns c ON c.campaign_id = printf('ca000000-0000-4000-8000-%012d', r.campaign_n);
INSERT INTO adrequests_history (ad_request_id, position, happened_at, actor, kind, amount_minor, message)
  SELECT id, 1, created_at, 'SPONSOR', 'OFFERED', CASE WHEN offers = 2 THEN offer_minor - 500 ELSE offer_minor END, ''
  FROM adrequests_ad_requests WHERE id LIKE 'ad000000-%';
INSERT INTO adrequests_history (ad_request_id, position, happened_at, actor, kind, amount_minor, message)
  SELECT id, 2, updated_at, CASE WHEN offers = 2 THEN 'INFLUENCER' ELSE 'SPONSOR' END,
         CASE status WHEN 'NEGOTIATING' THEN 'OFFERED' WHEN 'PENDING' THEN NULL WHEN 'REJECTED' THEN 'REJECTED'
                     WHEN 'CANCELLED' THEN 'CANCELLED' ELSE 'ACCEPTED' END,
         CASE WHEN status IN ('NEGOTIATING', 'ACCEPTED', 'COMPLETED') THEN offer_minor END, coalesce(closing_note, '')
  FROM adrequests_ad_requests WHERE id LIKE 'ad000000-%' AND status <> 'PENDING';
-- the admin console's read models of campaigns and ad requests
INSERT INTO admin_campaigns (campaign_id, sponsor_id, name, name_key, description, category, budget_minor, start_date, end_date,
                             visibility, created_at)
  SELECT id, sponsor_id, name, lower(name), description, category, budget_minor, start_date, end_date, visibility, created_at
  FROM campaigns_campaigns WHERE id LIKE 'ca000000-%';
INSERT INTO admin_ad_requests (ad_request_id, campaign_id, sponsor_id, influencer_id, status, amount_minor, created_at, updated_at,
                               accepted_at)
  SELECT id, campaign_id, sponsor_id, influencer_id, status, coalesce(agreed_minor, offer_minor), created_at, updated_at,
         CASE WHEN status IN ('ACCEPTED', 'COMPLETED') THEN updated_at END
  FROM adrequests_ad_requests WHERE id LIKE 'ad000000-%';
-- committed amounts, capped at the budget as the budget guard keeps them
UPDATE adrequests_campaigns SET committed_minor = min(budget_minor, coalesce((SELECT sum(agreed_minor)
  FROM adrequests_ad_requests r WHERE r.campaign_id = adrequests_campaigns.campaign_id AND r.status IN ('ACCEPTED', 'COMPLETED')), 0));
UPDATE campaigns_campaigns SET committed_minor = (SELECT committed_minor FROM adrequests_campaigns a
  WHERE a.campaign_id = campaigns_campaigns.id) WHERE id LIKE 'ca000000-%';
-- the influencers' tallies, as the app keeps them with every change
DELETE FROM adrequests_influencer_tallies;
INSERT INTO adrequests_influencer_tallies (influencer_id, status, offered_by, requests, agreed_minor)
  SELECT influencer_id, status, offered_by, count(*), coalesce(sum(agreed_minor), 0)
  FROM adrequests_ad_requests GROUP BY influencer_id, status, offered_by;
COMMIT;
ANALYZE;
SELECT 'seeded: ' || (SELECT count(*) FROM campaigns_campaigns) || ' campaigns, '
       || (SELECT count(*) FROM campaigns_influencers) || ' influencers, '
       || (SELECT count(*) FROM adrequests_ad_requests) || ' ad requests, '
       || (SELECT count(*) FROM identity_users) || ' accounts';
SQL
