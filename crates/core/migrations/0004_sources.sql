-- Sources: the files and folders staff added, what reading each file found the last time, and
-- the column roles staff gave a layout PDP Desk did not know. No record content is stored here.

CREATE TABLE sources (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    path        TEXT NOT NULL UNIQUE,            -- absolute path of the file or folder as added
    is_folder   INTEGER NOT NULL,
    added_at    TEXT NOT NULL,
    added_by    TEXT NOT NULL
);

CREATE TABLE source_files (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    source_id   INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    rel_path    TEXT NOT NULL,                   -- relative to the folder, or the file name
    size        INTEGER,                         -- fingerprint of the last read
    mtime       TEXT,
    sha256      TEXT,
    kind        TEXT,
    records     INTEGER,
    report      TEXT,                            -- JSON FileReport of the last read
    error       TEXT,                            -- why the last read failed
    read_at     TEXT,
    UNIQUE (source_id, rel_path)
);

CREATE TABLE column_mappings (
    source_id   INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    rel_path    TEXT NOT NULL,
    roles       TEXT NOT NULL,                   -- JSON array of roles, one per column
    PRIMARY KEY (source_id, rel_path)
);
