#!/usr/bin/env bash
# Seeds a SponsorLink SQLite database with synthetic marketplace data for benchmarks:
#   bench/seed.sh DB_FILE [CAMPAIGNS] [INFLUENCERS] [BENCH_SPONSOR_EMAIL]
# The database must already be migrated (start the app on it once) and hold the bench sponsor
# and influencer accounts created through the app; seeded accounts reuse the influencer's password
# hash, so no password is stored here. Rows go into every context's own tables (identity, campaigns,
# admin) so that each context's pages see consistent data. 1,000 sponsors own the campaigns; the
# bench sponsor gets 500 of them.
set -euo pipefail
db=${1:?usage: bench/seed.sh DB_FILE [CAMPAIGNS] [INFLUENCERS] [BENCH_SPONSOR_EMAIL]}
campaigns=${2:-100000}
influencers=${3:-50000}
bench_sponsor=${4:-bench-sponsor@bench.test}
bench_influencer=${5:-bench-influencer@bench.test}

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
COMMIT;
ANALYZE;
SELECT 'seeded: ' || (SELECT count(*) FROM campaigns_campaigns) || ' campaigns, '
       || (SELECT count(*) FROM campaigns_influencers) || ' influencers, '
       || (SELECT count(*) FROM identity_users) || ' accounts';
SQL
