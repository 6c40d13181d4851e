-- Spring Modulith's event publication registry. Each event bound for an after-commit listener is
-- stored here in the publishing transaction and completed once its listener succeeded; the
-- incomplete ones are resubmitted at start and periodically, so an event committed with its data
-- reaches its listeners even if the process dies in between.
CREATE TABLE app_event_publications (
    id                  TEXT    NOT NULL PRIMARY KEY,
    listener_id         TEXT    NOT NULL,
    event_type          TEXT    NOT NULL,
    serialized_event    TEXT    NOT NULL,
    published_at        BIGINT  NOT NULL,
    completed_at        BIGINT,
    status              TEXT    NOT NULL CHECK (status IN ('PUBLISHED', 'PROCESSING', 'COMPLETED', 'FAILED', 'RESUBMITTED')),
    completion_attempts INTEGER NOT NULL DEFAULT 1,
    last_resubmitted_at BIGINT
);
CREATE INDEX app_event_publications_incomplete_ix ON app_event_publications (completed_at, published_at);
CREATE INDEX app_event_publications_listener_ix ON app_event_publications (listener_id, completed_at);
CREATE INDEX app_event_publications_status_ix ON app_event_publications (status, published_at);
