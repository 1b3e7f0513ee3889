-- The checklist per source system of a request's plan: staff tick a system when its records are
-- dealt with there (or untick it). Append-only; the latest row per system counts.

CREATE TABLE checklist_ticks (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id TEXT NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    system     TEXT NOT NULL,
    done       INTEGER NOT NULL,
    note       TEXT NOT NULL,
    actor      TEXT NOT NULL,
    at         TEXT NOT NULL
);
CREATE INDEX checklist_ticks_request ON checklist_ticks (request_id, system, id);
