-- The needs-a-look queue: messages intake could class neither as a request nor as clearly
-- something else. Each waits with its original kept as evidence (evidence/<sha256>.eml) and the
-- policy clock counted from its receipt, until staff decide: a request with the rights they
-- chose (the request keeps the receipt time), or not a request with a reason (the original is
-- then removed; the row stays as the record of the decision).

CREATE TABLE intake_queue (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    sha256          TEXT NOT NULL UNIQUE,        -- of the received message; names the evidence file
    message_id      TEXT,                        -- without angle brackets
    source_file     TEXT NOT NULL,
    mbox_index      INTEGER,
    subject         TEXT NOT NULL,
    from_address    TEXT,
    received_at     TEXT NOT NULL,               -- the receipt time (UTC): the clock runs from here
    received_source TEXT NOT NULL,               -- received-header | date-header | file-time
    queued_at       TEXT NOT NULL,
    queued_by       TEXT NOT NULL,
    decision        TEXT,                        -- NULL while waiting | request | not-request
    request_id      TEXT REFERENCES requests (id) ON DELETE SET NULL,
    reason          TEXT,                        -- why it is not a request
    decided_at      TEXT,
    decided_by      TEXT
);
CREATE UNIQUE INDEX intake_queue_message_id ON intake_queue (message_id) WHERE message_id IS NOT NULL;
CREATE INDEX intake_queue_waiting ON intake_queue (received_at) WHERE decision IS NULL;
