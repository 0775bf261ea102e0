-- 002_fts_in_bulk.sql — the full-text index is filled in bulk, not row by row.
--
-- In 001 a trigger indexed every sentence as it was inserted. FTS5 writes a
-- new segment of its index at every statement and merges segments as they
-- pile up, so with one transaction per story the index cost more than all
-- the other rows of a load together. Now sentences are indexed in bulk:
-- fts_state.indexed_upto is the highest sentences.id in sentences_fts, and
-- `newsfacts load` (at its end, and every few thousand stories) and
-- `newsfacts search` (before it searches) index every sentence above it in
-- one statement (loader/db.c: nf_db_index_sentences). A story is whole in
-- its tables from the commit of its transaction; only the search index of a
-- load that was killed may lag, until the next load or search.
--
-- Sentence ids can be reused (INTEGER PRIMARY KEY without AUTOINCREMENT):
-- after --replace deletes the last story's sentences, new ones may get ids
-- at or below indexed_upto. The triggers keep the index right for those rows
-- (and only those) as they change.

CREATE TABLE fts_state (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    indexed_upto INTEGER NOT NULL CHECK (typeof(indexed_upto) = 'integer')
);
INSERT INTO fts_state(id, indexed_upto) VALUES (1, (SELECT coalesce(max(id), 0) FROM sentences));

DROP TRIGGER sentences_fts_ai;
DROP TRIGGER sentences_fts_ad;
DROP TRIGGER sentences_fts_au;

CREATE TRIGGER sentences_fts_ai AFTER INSERT ON sentences
WHEN new.id <= (SELECT indexed_upto FROM fts_state) BEGIN
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_fts_ad AFTER DELETE ON sentences
WHEN old.id <= (SELECT indexed_upto FROM fts_state) BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER sentences_fts_au AFTER UPDATE OF text ON sentences
WHEN old.id <= (SELECT indexed_upto FROM fts_state) BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;
