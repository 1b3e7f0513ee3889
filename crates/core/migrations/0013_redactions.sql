-- Local export redactions: one row per run of `pdpdesk redact`, with the plan it carried out (as
-- JSON: files, record numbers, record ids and actions, no cell values), and one row per file with
-- its SHA-256 before and after and whether the original export was replaced by the copy.

CREATE TABLE redactions (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id    TEXT NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    made_at       TEXT NOT NULL,
    actor         TEXT NOT NULL,
    out_dir       TEXT NOT NULL,
    plan          TEXT NOT NULL,
    research_hits INTEGER NOT NULL               -- hits of the re-search that the plan does not explain
);
CREATE INDEX redactions_request ON redactions (request_id, id);

CREATE TABLE redacted_files (
    redaction_id  INTEGER NOT NULL REFERENCES redactions (id) ON DELETE CASCADE,
    source        TEXT NOT NULL,
    file          TEXT NOT NULL,
    kind          TEXT NOT NULL,
    before_sha256 TEXT NOT NULL,
    after_sha256  TEXT,                          -- NULL when the whole file goes (a 1:1 chat)
    removed       INTEGER NOT NULL,
    masked        INTEGER NOT NULL,
    corrected     INTEGER NOT NULL,
    replaced      INTEGER NOT NULL,
    PRIMARY KEY (redaction_id, source, file)
);
