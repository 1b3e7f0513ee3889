-- The audit chain: one entry per change the core makes, each linked to the one before it by a
-- keyed hash (see crates/core/src/audit/). No personal data in clear: the details are a keyed
-- digest; the target is a request's number, `office`, `settings`, `calendar` or `source:N`.
-- The chain's first entry (and one entry per history line already there) is written by the
-- store when it opens a database without one: SQL cannot compute the keyed hashes.

CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY,          -- 1, 2, 3, … without gaps
    at          TEXT NOT NULL,                -- UTC RFC 3339, when the change was made
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,                -- request.created, settings.mail-server, …
    target      TEXT NOT NULL,
    event_id    INTEGER,                      -- the request_events row this entry stands for
    digest      TEXT NOT NULL,                -- keyed SHA-256 of the details
    prev        TEXT NOT NULL,                -- the link of the entry before
    hash        TEXT NOT NULL                 -- keyed SHA-256 over prev and this entry
);
CREATE INDEX audit_log_target ON audit_log (target, seq);
CREATE INDEX audit_log_event ON audit_log (event_id);

-- The chain is history: never edited, never shortened.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
