-- Bundles handed over (portability ZIP, access pack): the delivery record. The bundle itself is
-- not kept by PDP Desk; its SHA-256, size, whether a passcode protects it and who made it are.

CREATE TABLE bundles (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id    TEXT NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    kind          TEXT NOT NULL,                 -- bundle | access-pack
    made_at       TEXT NOT NULL,
    actor         TEXT NOT NULL,
    file_name     TEXT NOT NULL,
    sha256        TEXT NOT NULL,
    bytes         INTEGER NOT NULL,
    records       INTEGER NOT NULL,
    masked        INTEGER NOT NULL,
    passcode_used INTEGER NOT NULL
);
CREATE INDEX bundles_request ON bundles (request_id, id);
