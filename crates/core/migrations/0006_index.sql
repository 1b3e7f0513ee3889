-- The search index (crates/core/src/index): for each file read, keyed hashes of the identifier
-- keys its records carry, each with the numbers of those records. Never an identifier in clear.

CREATE TABLE index_files (
    file_id     INTEGER PRIMARY KEY REFERENCES source_files (id) ON DELETE CASCADE,
    size        INTEGER NOT NULL,               -- the file as indexed: another size or time and
    mtime       TEXT NOT NULL,                  -- the search reads the file itself instead
    records     INTEGER NOT NULL,
    chat        TEXT,                           -- NULL, one-to-one or group
    checkpoints BLOB NOT NULL                   -- varints record, line, byte… (UTF-8 CSV only)
);

CREATE TABLE index_keys (
    file_id     INTEGER NOT NULL REFERENCES index_files (file_id) ON DELETE CASCADE,
    key         INTEGER NOT NULL,               -- first 4 bytes of SHA-256(secret, kind, key)
    records     BLOB NOT NULL,                  -- ascending record numbers as delta varints
    PRIMARY KEY (file_id, key)
) WITHOUT ROWID;
