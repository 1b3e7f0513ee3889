-- A large workbook's access points (issue #19): where its sheets' deflate streams can be
-- inflated again from, with the 32 KB of text before each, deflated and sealed under a key
-- derived from index.key (index/points.rs). NULL for every other file.
ALTER TABLE index_files ADD COLUMN access_points BLOB;
