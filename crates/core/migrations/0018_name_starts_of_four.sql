-- The starts of name words became four letters with j and y read as i (identifiers/keys.rs,
-- issue #19): an index written with three-letter starts would miss names. Every index is dropped
-- and its file marked unread, so the next reading indexes it again; until then a search reads
-- those files whole.
UPDATE source_files SET sha256 = NULL, size = NULL
 WHERE id IN (SELECT file_id FROM index_files);
DELETE FROM index_keys;
DELETE FROM index_files;
