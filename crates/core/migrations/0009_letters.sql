-- Letters. The office profile gains the city letters are dated from and who signs them. Letter
-- numbers run per year and are never given twice: a number is taken in its own transaction with
-- the letter's row, before the PDF is written; a letter whose PDF could not be written keeps its
-- number, marked void with the reason.

ALTER TABLE office ADD COLUMN city TEXT NOT NULL DEFAULT '';
ALTER TABLE office ADD COLUMN signatory_name TEXT NOT NULL DEFAULT '';
ALTER TABLE office ADD COLUMN signatory_position TEXT NOT NULL DEFAULT '';

CREATE TABLE letter_numbers (
    year        INTEGER PRIMARY KEY,
    last        INTEGER NOT NULL
);

CREATE TABLE letters (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id  TEXT NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    language    TEXT NOT NULL,                   -- id | en
    number      TEXT NOT NULL UNIQUE,
    year        INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    dated       TEXT NOT NULL,                   -- the letter's date, YYYY-MM-DD
    numbered_at TEXT NOT NULL,
    actor       TEXT NOT NULL,
    text        TEXT NOT NULL,                   -- the letter's text as issued
    email_subject TEXT,                          -- the same answer as an e-mail
    email_body  TEXT,
    file        TEXT,                            -- relative to the data folder, once written
    sha256      TEXT,
    bytes       INTEGER,
    pages       INTEGER,
    issued_at   TEXT,                            -- null while not written (void_reason says why)
    void_reason TEXT,
    sent_to     TEXT,
    sent_at     TEXT,
    UNIQUE (year, seq)
);
CREATE INDEX letters_request ON letters (request_id, id);
