-- Searches made for a request (the reasonable-search record the response letter quotes) and
-- their hits with staff's decisions. Hits keep where a record is, never its content.

CREATE TABLE searches (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id  TEXT NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    identifiers TEXT NOT NULL,                   -- JSON array, as normalised
    searched    TEXT NOT NULL                    -- JSON array of {source, file, records, strong, possible, error}
);
CREATE INDEX searches_request ON searches (request_id, id);

CREATE TABLE hits (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    search_id   INTEGER NOT NULL REFERENCES searches (id) ON DELETE CASCADE,
    source      TEXT NOT NULL,
    file        TEXT NOT NULL,
    locator     TEXT NOT NULL,                   -- JSON Locator
    record      INTEGER NOT NULL,
    record_id   TEXT,
    class       TEXT NOT NULL,                   -- strong | possible
    score       INTEGER NOT NULL,
    explanation TEXT NOT NULL,                   -- JSON array of sentences
    decision    TEXT,                            -- confirmed | rejected, NULL while undecided
    decided_by  TEXT,
    decided_at  TEXT,
    reason      TEXT
);
CREATE INDEX hits_search ON hits (search_id);
