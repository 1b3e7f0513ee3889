-- Purge after retention: a closed request's personal data is removed when the office's retention
-- for closed requests has run, leaving an anonymised stub (number, rights, dates, state, letters'
-- numbers and hashes) so that the register and the figures stay true.

ALTER TABLE requests ADD COLUMN purged_at TEXT;     -- UTC RFC 3339, set once by the purge

-- History lines stay append-only, with one exception: the purge blanks the text of a purged
-- request's lines (the text is where names, e-mails and notes are). Nothing else of a line may
-- change, and only once the request is marked purged.
DROP TRIGGER request_events_no_update;
CREATE TRIGGER request_events_no_update BEFORE UPDATE ON request_events
WHEN NOT (
    NEW.text = ''
    AND NEW.id = OLD.id
    AND NEW.request_id = OLD.request_id
    AND NEW.at = OLD.at
    AND NEW.actor = OLD.actor
    AND NEW.kind = OLD.kind
    AND NEW.from_state IS OLD.from_state
    AND NEW.to_state IS OLD.to_state
    AND (SELECT purged_at FROM requests WHERE id = OLD.request_id) IS NOT NULL
)
BEGIN
    SELECT RAISE(ABORT, 'request events are append-only');
END;
