-- Identity verification. One live one-time code per request, kept as its keyed hash only (the key
-- is index.key beside the database, so a copy of the database alone cannot be brute-forced), and
-- the steps that met a requirement: a code answered, a NIK sighted (masked only), an agent's or
-- guardian's authority sighted, a supervisor's override with its reason.

CREATE TABLE verification_codes (
    request_id  TEXT PRIMARY KEY REFERENCES requests (id) ON DELETE CASCADE,
    hash        TEXT NOT NULL,
    issued_at   TEXT NOT NULL,
    issued_by   TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    delivery    TEXT NOT NULL,                   -- email | shown
    wrong       INTEGER NOT NULL DEFAULT 0,
    answered_at TEXT
);

CREATE TABLE verification_steps (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id  TEXT NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,                   -- code | nik | authority | override
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    detail      TEXT NOT NULL                    -- masked NIK, the authority, the override's reason
);
CREATE INDEX verification_steps_request ON verification_steps (request_id, id);
