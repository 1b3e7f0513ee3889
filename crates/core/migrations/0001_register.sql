-- The request register: office profile, requests, their rights and contact identifiers, and the
-- append-only event history. All instants are UTC RFC 3339 text.

CREATE TABLE office (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    name                TEXT NOT NULL,
    address             TEXT NOT NULL DEFAULT '',
    letterhead          TEXT NOT NULL DEFAULT '[]',   -- JSON array of lines
    logo_png            BLOB,
    letter_number_pattern TEXT NOT NULL,
    time_zone           TEXT NOT NULL,
    policy_days         INTEGER NOT NULL CHECK (policy_days BETWEEN 1 AND 365),
    observes_cuti_bersama INTEGER NOT NULL DEFAULT 1,
    is_demo             INTEGER NOT NULL DEFAULT 0,
    updated_at          TEXT NOT NULL
);

INSERT INTO office (id, name, letter_number_pattern, time_zone, policy_days, updated_at)
VALUES (1, '', '{seq}/PDP/{roman_month}/{year}', 'Asia/Jakarta', 30, '1970-01-01T00:00:00Z');

CREATE TABLE request_sequence (
    year    INTEGER PRIMARY KEY,
    last_no INTEGER NOT NULL
);

CREATE TABLE requests (
    id              TEXT PRIMARY KEY,            -- REQ-2026-0001
    received_at     TEXT NOT NULL,
    channel         TEXT NOT NULL,
    requester_name  TEXT NOT NULL,
    requester_role  TEXT NOT NULL,               -- subject | agent | guardian
    on_behalf_of    TEXT,                        -- the data subject's name when an agent asks
    postal_address  TEXT,
    nik_masked      TEXT,
    state           TEXT NOT NULL,
    is_demo         INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX requests_received ON requests (received_at);
CREATE INDEX requests_state ON requests (state);

CREATE TABLE request_rights (
    request_id  TEXT NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    right_name  TEXT NOT NULL,
    PRIMARY KEY (request_id, right_name)
);
CREATE INDEX request_rights_right ON request_rights (right_name);

CREATE TABLE request_contacts (
    request_id  TEXT NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,                   -- email | phone
    value       TEXT NOT NULL,                   -- normalised: lower-case e-mail, E.164 phone
    position    INTEGER NOT NULL,
    PRIMARY KEY (request_id, kind, value)
);

CREATE TABLE request_events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id  TEXT NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    kind        TEXT NOT NULL,                   -- created | state | note
    from_state  TEXT,
    to_state    TEXT,
    text        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX request_events_request ON request_events (request_id, id);

-- Events are history: they are never edited.
CREATE TRIGGER request_events_no_update BEFORE UPDATE ON request_events
BEGIN
    SELECT RAISE(ABORT, 'request events are append-only');
END;

CREATE TABLE settings (
    key     TEXT PRIMARY KEY,
    value   TEXT NOT NULL
);
