-- Intake: the messages that reached the register, kept as evidence of receipt, and the client an
-- office processes data for when a request concerns that client's end users.

CREATE TABLE intake_messages (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    sha256          TEXT NOT NULL UNIQUE,        -- of the original bytes; names the evidence file
    message_id      TEXT,                        -- without angle brackets
    source_file     TEXT NOT NULL,               -- the file name it was imported from
    mbox_index      INTEGER,                     -- 1-based position in a mailbox
    subject         TEXT NOT NULL,
    subject_key     TEXT NOT NULL,               -- subject without Re:/Fwd:/Balas:, lower-case
    from_address    TEXT,
    received_at     TEXT NOT NULL,               -- the receipt time used (UTC)
    received_source TEXT NOT NULL,               -- received-header | date-header | file-time
    relation        TEXT NOT NULL,               -- request | reply
    request_id      TEXT NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    imported_at     TEXT NOT NULL,
    imported_by     TEXT NOT NULL
);
CREATE UNIQUE INDEX intake_messages_message_id ON intake_messages (message_id) WHERE message_id IS NOT NULL;
CREATE INDEX intake_messages_request ON intake_messages (request_id);

ALTER TABLE requests ADD COLUMN controller_name TEXT;      -- the client, when the office is its processor
ALTER TABLE requests ADD COLUMN controller_contact TEXT;
