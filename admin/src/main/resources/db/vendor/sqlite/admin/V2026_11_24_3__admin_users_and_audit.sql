-- The console's own list of users, fed by identity events, so that it can search and count
-- without reaching into identity's tables.
CREATE TABLE admin_users (
    user_id           TEXT    NOT NULL PRIMARY KEY,
    email             TEXT    NOT NULL,
    email_key         TEXT    NOT NULL,
    display_name      TEXT    NOT NULL,
    role              TEXT    NOT NULL CHECK (role IN ('SPONSOR', 'INFLUENCER', 'ADMIN')),
    approval          TEXT    NOT NULL CHECK (approval IN ('PENDING', 'APPROVED', 'REJECTED')),
    approval_reason   TEXT,
    suspended         BOOLEAN NOT NULL DEFAULT FALSE,
    suspension_reason TEXT,
    registered_at     BIGINT  NOT NULL
);
CREATE INDEX admin_users_role_approval_ix ON admin_users (role, approval, registered_at);
CREATE INDEX admin_users_registered_ix ON admin_users (registered_at);
CREATE INDEX admin_users_email_key_ix ON admin_users (email_key);

-- Every admin decision: who, when, what, about whom and why. Append-only: the database refuses
-- changes and deletions, whatever the application does.
CREATE TABLE admin_audit_entries (
    id            TEXT   NOT NULL PRIMARY KEY,
    occurred_at   BIGINT NOT NULL,
    admin_id      TEXT   NOT NULL,
    admin_name    TEXT   NOT NULL,
    action        TEXT   NOT NULL,
    subject_type  TEXT   NOT NULL,
    subject_id    TEXT   NOT NULL,
    subject_label TEXT   NOT NULL,
    reason        TEXT
);
CREATE INDEX admin_audit_entries_occurred_ix ON admin_audit_entries (occurred_at);

CREATE TRIGGER admin_audit_entries_no_update BEFORE UPDATE ON admin_audit_entries
BEGIN
    SELECT RAISE(ABORT, 'audit entries cannot be changed');
END;

CREATE TRIGGER admin_audit_entries_no_delete BEFORE DELETE ON admin_audit_entries
BEGIN
    SELECT RAISE(ABORT, 'audit entries cannot be deleted');
END;
