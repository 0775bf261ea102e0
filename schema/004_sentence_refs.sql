-- 004_sentence_refs.sql — sentence_id as a plain column, not a foreign key.
--
-- Every fact row names the sentence its evidence starts in. As a foreign key
-- with ON DELETE CASCADE, each fact row cost a look-up in sentences and an
-- entry in an index of its own (events_sentence, casualties_sentence, ...),
-- which SQLite needs to find a sentence's facts when the sentence goes:
-- together about a fifth of the SQLite work of writing a story, measured
-- on 20,000 stories with the rows inserted bare (tests/bench/floor.c).
-- Nothing needed them: sentences are only ever deleted with their story,
-- and the story's facts go with it through document_id; the loader writes
-- sentence_id from the same offsets as the sentence itself, and the tests
-- check every one (tests/check_db.c). Joins from a fact to its sentence
-- (s.id = f.sentence_id) use the primary key of sentences as before. To
-- find the facts of one sentence, filter on document_id as well, which is
-- indexed.
--
-- SQLite cannot drop a foreign key in place, so the seven tables are rebuilt
-- as 003 rebuilt casualties; the runner has turned foreign keys off and
-- dropped the saved views, and checks the foreign keys before it commits.
-- Ids and rows are kept as they were.


CREATE TABLE events_new (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ord         INTEGER NOT NULL CHECK (typeof(ord) = 'integer'),  -- the event's id in the story's facts
    type        TEXT CHECK (type IS NULL OR typeof(type) = 'text'),
    main        INTEGER NOT NULL CHECK (main IN (0, 1)),
    location    TEXT CHECK (location IS NULL OR typeof(location) = 'text'),
    date        TEXT CHECK (date IS NULL OR typeof(date) = 'text'),
    start       INTEGER NOT NULL CHECK (typeof(start) = 'integer' AND start >= 0),
    "end"       INTEGER NOT NULL CHECK (typeof("end") = 'integer' AND "end" >= start),
    text        TEXT NOT NULL CHECK (typeof(text) = 'text'),
    sentence_id INTEGER CHECK (sentence_id IS NULL OR typeof(sentence_id) = 'integer'),
    UNIQUE (document_id, ord)
);
INSERT INTO events_new(id, document_id, ord, type, main, location, date, start, "end", text, sentence_id)
    SELECT id, document_id, ord, type, main, location, date, start, "end", text, sentence_id FROM events;
DROP TABLE events;
ALTER TABLE events_new RENAME TO events;

CREATE TABLE country_mentions_new (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    code        TEXT NOT NULL REFERENCES countries(code),
    start       INTEGER NOT NULL CHECK (typeof(start) = 'integer' AND start >= 0),
    "end"       INTEGER NOT NULL CHECK (typeof("end") = 'integer' AND "end" >= start),
    text        TEXT NOT NULL CHECK (typeof(text) = 'text'),
    sentence_id INTEGER CHECK (sentence_id IS NULL OR typeof(sentence_id) = 'integer')
);
INSERT INTO country_mentions_new(id, document_id, code, start, "end", text, sentence_id)
    SELECT id, document_id, code, start, "end", text, sentence_id FROM country_mentions;
DROP TABLE country_mentions;
ALTER TABLE country_mentions_new RENAME TO country_mentions;
CREATE INDEX country_mentions_doc ON country_mentions(document_id, code);
CREATE INDEX country_mentions_code ON country_mentions(code);

CREATE TABLE person_mentions_new (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES people(id),
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL CHECK (typeof(start) = 'integer' AND start >= 0),
    "end"       INTEGER NOT NULL CHECK (typeof("end") = 'integer' AND "end" >= start),
    text        TEXT NOT NULL CHECK (typeof(text) = 'text'),
    sentence_id INTEGER CHECK (sentence_id IS NULL OR typeof(sentence_id) = 'integer')
);
INSERT INTO person_mentions_new(id, person_id, document_id, start, "end", text, sentence_id)
    SELECT id, person_id, document_id, start, "end", text, sentence_id FROM person_mentions;
DROP TABLE person_mentions;
ALTER TABLE person_mentions_new RENAME TO person_mentions;
CREATE INDEX person_mentions_person ON person_mentions(person_id);
CREATE INDEX person_mentions_doc ON person_mentions(document_id);

CREATE TABLE casualties_new (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    event_id    INTEGER REFERENCES events(id) ON DELETE SET NULL,
    category    TEXT NOT NULL
                CHECK (category = 'dead' OR category = 'injured' OR category = 'missing'
                       OR category = 'survivors' OR category = 'aboard'),
    count       INTEGER NOT NULL CHECK (typeof(count) = 'integer' AND count >= 0),
    qualifier   TEXT NOT NULL
                CHECK (qualifier = 'exact' OR qualifier = 'at_least' OR qualifier = 'more_than'
                       OR qualifier = 'up_to' OR qualifier = 'approximate'),
    grp         TEXT CHECK (grp IS NULL OR typeof(grp) = 'text'),
    start       INTEGER NOT NULL CHECK (typeof(start) = 'integer' AND start >= 0),
    "end"       INTEGER NOT NULL CHECK (typeof("end") = 'integer' AND "end" >= start),
    text        TEXT NOT NULL CHECK (typeof(text) = 'text'),
    sentence_id INTEGER CHECK (sentence_id IS NULL OR typeof(sentence_id) = 'integer')
);
INSERT INTO casualties_new(id, document_id, event_id, category, count, qualifier, grp, start, "end", text, sentence_id)
    SELECT id, document_id, event_id, category, count, qualifier, grp, start, "end", text, sentence_id FROM casualties;
DROP TABLE casualties;
ALTER TABLE casualties_new RENAME TO casualties;
CREATE INDEX casualties_doc ON casualties(document_id, event_id, category);
CREATE INDEX casualties_event ON casualties(event_id);

CREATE TABLE arrests_new (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    event_id    INTEGER REFERENCES events(id) ON DELETE SET NULL,
    count       INTEGER CHECK (count IS NULL OR (typeof(count) = 'integer' AND count >= 0)),
    suspects    TEXT CHECK (suspects IS NULL OR typeof(suspects) = 'text'),
    start       INTEGER NOT NULL CHECK (typeof(start) = 'integer' AND start >= 0),
    "end"       INTEGER NOT NULL CHECK (typeof("end") = 'integer' AND "end" >= start),
    text        TEXT NOT NULL CHECK (typeof(text) = 'text'),
    sentence_id INTEGER CHECK (sentence_id IS NULL OR typeof(sentence_id) = 'integer')
);
INSERT INTO arrests_new(id, document_id, event_id, count, suspects, start, "end", text, sentence_id)
    SELECT id, document_id, event_id, count, suspects, start, "end", text, sentence_id FROM arrests;
DROP TABLE arrests;
ALTER TABLE arrests_new RENAME TO arrests;
CREATE INDEX arrests_doc ON arrests(document_id);
CREATE INDEX arrests_event ON arrests(event_id);

CREATE TABLE quotes_new (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    speaker     TEXT CHECK (speaker IS NULL OR typeof(speaker) = 'text'),
    person_id   INTEGER REFERENCES people(id) ON DELETE SET NULL,
    start       INTEGER NOT NULL CHECK (typeof(start) = 'integer' AND start >= 0),
    "end"       INTEGER NOT NULL CHECK (typeof("end") = 'integer' AND "end" >= start),
    text        TEXT NOT NULL CHECK (typeof(text) = 'text'),
    sentence_id INTEGER CHECK (sentence_id IS NULL OR typeof(sentence_id) = 'integer')
);
INSERT INTO quotes_new(id, document_id, speaker, person_id, start, "end", text, sentence_id)
    SELECT id, document_id, speaker, person_id, start, "end", text, sentence_id FROM quotes;
DROP TABLE quotes;
ALTER TABLE quotes_new RENAME TO quotes;
CREATE INDEX quotes_doc ON quotes(document_id);
CREATE INDEX quotes_person ON quotes(person_id);

CREATE TABLE amounts_new (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    value       REAL NOT NULL CHECK (typeof(value) = 'real'),
    currency    TEXT NOT NULL
                CHECK (typeof(currency) = 'text' AND length(currency) = 3 AND currency = upper(currency)),
    start       INTEGER NOT NULL CHECK (typeof(start) = 'integer' AND start >= 0),
    "end"       INTEGER NOT NULL CHECK (typeof("end") = 'integer' AND "end" >= start),
    text        TEXT NOT NULL CHECK (typeof(text) = 'text'),
    sentence_id INTEGER CHECK (sentence_id IS NULL OR typeof(sentence_id) = 'integer')
);
INSERT INTO amounts_new(id, document_id, value, currency, start, "end", text, sentence_id)
    SELECT id, document_id, value, currency, start, "end", text, sentence_id FROM amounts;
DROP TABLE amounts;
ALTER TABLE amounts_new RENAME TO amounts;
CREATE INDEX amounts_doc ON amounts(document_id);
