-- Clocks: the office's own days off (closures, regional holidays) and what stops or moves a
-- request's policy window (pauses, extensions). Dates are YYYY-MM-DD on the office's clock;
-- instants are UTC RFC 3339 text.

CREATE TABLE office_calendar (
    date        TEXT PRIMARY KEY,                 -- one entry per day
    kind        TEXT NOT NULL CHECK (kind IN ('closure', 'regional')),
    name        TEXT NOT NULL,
    added_at    TEXT NOT NULL
);

CREATE TABLE request_pauses (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id  TEXT NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    started_at  TEXT NOT NULL,
    started_by  TEXT NOT NULL,
    reason      TEXT NOT NULL,
    ended_at    TEXT,                             -- NULL while the request is paused
    ended_by    TEXT,
    end_reason  TEXT
);
CREATE INDEX request_pauses_request ON request_pauses (request_id, id);
-- At most one running pause per request.
CREATE UNIQUE INDEX request_pauses_running ON request_pauses (request_id) WHERE ended_at IS NULL;

CREATE TABLE request_extensions (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id  TEXT NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    due_date    TEXT NOT NULL,
    reason      TEXT NOT NULL,
    actor       TEXT NOT NULL,
    at          TEXT NOT NULL
);
CREATE INDEX request_extensions_request ON request_extensions (request_id, id);
