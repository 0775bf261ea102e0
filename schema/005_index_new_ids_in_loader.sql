-- 005_index_new_ids_in_loader.sql — no trigger on every sentence inserted.
--
-- 002 left a trigger that, for each sentence inserted, indexed it at once if
-- its id was at or below fts_state.indexed_upto (an id reused after the
-- stories with the highest ids were deleted); the bulk update indexes all
-- the others. SQLite runs a trigger as a sub-program with a frame of its
-- own, allocated and freed per row, WHEN clause or not: 9 % of the work of
-- writing a story, for a case that --replace of the last story alone
-- brings about. The loader now checks a story's first sentence id against
-- indexed_upto once and indexes reused ids itself (loader/db.c:
-- index_reused_ids), in the story's transaction. Sentences are written by
-- newsfacts only; the delete and update triggers stay, so that editing or
-- deleting rows by hand keeps the index right.

DROP TRIGGER sentences_fts_ai;
