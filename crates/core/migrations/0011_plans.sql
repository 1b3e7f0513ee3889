-- The action plan of a request (deletion, correction, consent withdrawal, restriction,
-- objection): the defaults are computed from the rights, the register and each confirmed record;
-- only staff's changes are kept, one row per change (the latest per record counts), each with
-- its reason. A record is named by its file and keyed fingerprint, so a change survives a new
-- search that finds the same record again.

CREATE TABLE plan_changes (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id  TEXT NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    source      TEXT NOT NULL,
    file        TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    action      TEXT NOT NULL,                 -- the action as JSON
    reason      TEXT NOT NULL,
    changed_by  TEXT NOT NULL,
    changed_at  TEXT NOT NULL
);
CREATE INDEX plan_changes_request ON plan_changes (request_id, source, file, fingerprint, id);
