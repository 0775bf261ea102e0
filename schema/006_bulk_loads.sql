-- 006_bulk_loads.sql — what a large load costs as the database grows.
--
-- Measured on 200,000 generated stories (2.7 GB), a load wrote 13.6 GB: a
-- story's rows land at the end of their tables, but an index keyed by
-- person (or by the sha256 of a story) takes its entries all over the
-- b-tree. Once such an index outgrows the page cache, nearly every one of
-- its pages is changed in every group of stories and written again, to the
-- WAL and then to the file. So:
--
-- 1. official_roles is unique on (document_id, person_id) rather than
--    (person_id, document_id): the same constraint, now written at the end
--    of the index like the story's other rows, and it serves the look-ups
--    by story that official_roles_doc did. Looking up a person's roles has
--    an index of its own, official_roles_person.
--
-- 2. deferred_indexes: a load that brings at least as many stories as the
--    database held drops the indexes that serve only queries by person or
--    by country (nothing the load itself looks up), keeping their CREATE
--    statements here, and builds them again at its end with one sort each
--    (loader/db.c: nf_db_defer_indexes, nf_db_restore_indexes). The rows
--    are the same either way. A load that was killed leaves its rows here;
--    the next load builds them (or, when it is a bulk load as well, at its
--    end). The table is empty when no load is running.
--
-- 3. FTS5 keeps up to 8 MiB of index in memory before it writes a segment
--    (its default is 1 MiB): fewer, larger segments, fewer merges.
--
-- The runner has turned foreign keys off and dropped the saved views, and
-- checks the foreign keys before it commits. Ids and rows are kept.

CREATE TABLE official_roles_new (
    id           INTEGER PRIMARY KEY,
    person_id    INTEGER NOT NULL REFERENCES people(id),
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    title        TEXT CHECK (title IS NULL OR typeof(title) = 'text'),
    country_code TEXT REFERENCES countries(code),
    UNIQUE (document_id, person_id)
);
INSERT INTO official_roles_new(id, person_id, document_id, title, country_code)
    SELECT id, person_id, document_id, title, country_code FROM official_roles;
DROP TABLE official_roles;
ALTER TABLE official_roles_new RENAME TO official_roles;
CREATE INDEX official_roles_person  ON official_roles(person_id);
CREATE INDEX official_roles_country ON official_roles(country_code);

CREATE TABLE deferred_indexes (
    name TEXT PRIMARY KEY CHECK (typeof(name) = 'text'),
    sql  TEXT NOT NULL CHECK (typeof(sql) = 'text')
);

INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('hashsize', 8388608);
