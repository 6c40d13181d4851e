-- Everyone who can sign in. The email is kept as typed; email_key is its lower-case form, which is
-- what makes an address unique regardless of letter case.
CREATE TABLE identity_users (
    id                 TEXT    NOT NULL PRIMARY KEY,
    email              TEXT    NOT NULL,
    email_key          TEXT    NOT NULL,
    password_hash      TEXT    NOT NULL,
    role               TEXT    NOT NULL CHECK (role IN ('SPONSOR', 'INFLUENCER', 'ADMIN')),
    display_name       TEXT    NOT NULL,
    approval           TEXT    NOT NULL CHECK (approval IN ('PENDING', 'APPROVED', 'REJECTED')),
    approval_reason    TEXT,
    suspended          BOOLEAN NOT NULL DEFAULT FALSE,
    suspension_reason  TEXT,
    registered_at      BIGINT  NOT NULL,
    version            INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX identity_users_email_key_uq ON identity_users (email_key);
CREATE INDEX identity_users_role_approval_ix ON identity_users (role, approval);

CREATE TABLE identity_sponsor_profiles (
    user_id             TEXT   NOT NULL PRIMARY KEY REFERENCES identity_users (id) ON DELETE CASCADE,
    organisation_name   TEXT   NOT NULL,
    industry            TEXT   NOT NULL,
    yearly_budget_minor BIGINT CHECK (yearly_budget_minor IS NULL OR yearly_budget_minor >= 0)
);

CREATE TABLE identity_influencer_profiles (
    user_id  TEXT   NOT NULL PRIMARY KEY REFERENCES identity_users (id) ON DELETE CASCADE,
    category TEXT   NOT NULL,
    niche    TEXT   NOT NULL,
    reach    BIGINT NOT NULL CHECK (reach >= 0)
);
CREATE INDEX identity_influencer_profiles_reach_ix ON identity_influencer_profiles (reach);

CREATE TABLE identity_influencer_platforms (
    user_id  TEXT NOT NULL REFERENCES identity_users (id) ON DELETE CASCADE,
    platform TEXT NOT NULL,
    PRIMARY KEY (user_id, platform)
);

-- Failed sign-in attempts per email key, for throttling; old rows are pruned as new ones arrive.
CREATE TABLE identity_sign_in_failures (
    id           INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    email_key    TEXT    NOT NULL,
    attempted_at BIGINT  NOT NULL
);
CREATE INDEX identity_sign_in_failures_key_ix ON identity_sign_in_failures (email_key, attempted_at);
