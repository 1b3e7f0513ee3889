-- Each hit keeps a keyed fingerprint of its record's content (128 bits of SHA-256 keyed with
-- index.key, hex): reading the record again must give the same, or the file changed since the
-- search. Hits kept before have none and must be searched again before their record is read.
ALTER TABLE hits ADD COLUMN fingerprint TEXT;
