/* db.h — the SQLite store of newsfacts: open/migrate a database, load the
 * facts of a story, run saved queries and full-text search.
 *
 * db.c (and search_side.c, the search index a bulk load builds beside the
 * database) are the only files that include sqlite3.h; nothing here exposes it.
 *
 * Ownership: nf_db_open returns a handle the caller owns and releases with
 * nf_db_close (NULL is a no-op). Every other function borrows its arguments
 * and keeps no pointer to them after it returns. On failure functions return
 * -1 (or NULL) and fill *err (which may be NULL) with code NF_EDB for
 * database errors, NF_EINPUT for facts that do not fit the story, NF_EUSAGE
 * for unknown query names or parameters; err->file is the database path.
 *
 * The schema lives in schema/NNN_*.sql and the saved queries in
 * queries/NAME.sql; both are compiled into the binary (tools/embed_sql.sh),
 * so nothing here needs the repository at run time. Each saved query NAME is
 * also installed as a view named "v_NAME" (v_ because several query names --
 * casualties, arrests, quotes, countries -- are also table names) and as a
 * row of the saved_queries table.
 */
#ifndef NF_DB_H
#define NF_DB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "newsfacts.h"

/* PRAGMA application_id of every newsfacts database: "NFST". */
#define NF_DB_APPLICATION_ID 0x4E465354

typedef struct nf_db nf_db;

/* Open or create the database at path. A new (or empty) file gets the
 * schema; an older schema is migrated in order, each migration in its own
 * transaction; a newer user_version, a SQLite file of another application,
 * a file that is not SQLite, a read-only file or a missing directory give a
 * clear error and leave the file untouched. Sets foreign_keys=ON,
 * journal_mode=WAL, busy_timeout=10 s, and installs/refreshes the saved
 * queries. Returns NULL on error. */
nf_db *nf_db_open(const char *path, nf_error *err);
void nf_db_close(nf_db *db);
/* Remove the database file at path and its -wal, -shm and -journal: for a
 * database the caller has just made, and closed, and does not want. */
void nf_db_remove_files(const char *path);

/* The schema version this program writes (the highest schema/NNN_*.sql). */
int nf_db_schema_version(void);

typedef enum { NF_LOAD_NEW, NF_LOAD_PRESENT, NF_LOAD_REPLACED } nf_load_status;

/* Rows written by one nf_db_load: countries = countries the story names,
 * officials = official roles, mentions = country + person mentions. */
typedef struct {
    size_t countries, officials, casualties, arrests, quotes, amounts, events,
           mentions, sentences;
} nf_load_counts;

/* Store one story and its facts in ONE transaction (BEGIN IMMEDIATE ...
 * COMMIT; rolled back on any failure, leaving the database as it was); or,
 * inside a group opened with nf_db_begin, in a nested transaction of its own
 * (SAVEPOINT ... RELEASE): facts that do not fit the story (NF_EINPUT) roll
 * back that story alone and the group goes on; a database fault (NF_EDB)
 * rolls back the whole group, so the caller must treat every story of it as
 * not written.
 * Keyed by facts->doc.sha256: when present and !replace, nothing changes and
 * *status = NF_LOAD_PRESENT (counts all zero); with replace the old facts are
 * deleted (the document keeps its id) and the new ones written in the same
 * transaction. story gives the text and sentence spans (sorted by start);
 * every fact span must lie inside the text (NF_EINPUT otherwise) and its row
 * links to the sentence containing its start offset. status and counts may
 * be NULL. Returns 0 or -1. */
int nf_db_load(nf_db *db, const nf_story *story, const nf_facts *facts,
               bool replace, nf_load_status *status, nf_load_counts *counts,
               nf_error *err);

/* Bring the full-text index up to date: index every sentence written since
 * the last call (schema/002_fts_in_bulk.sql says why this is not done row by
 * row), in one transaction. `load` calls it every few thousand stories and
 * at its end, nf_db_search before it searches. *indexed (may be NULL) = the
 * sentences indexed. Returns 0 or -1. */
int nf_db_index_sentences(nf_db *db, size_t *indexed, nf_error *err);

/* Checkpoint the WAL (copy it into the database file) in a thread of its
 * own, on a second connection, instead of in the thread that commits; until
 * nf_db_close, which stops it. When no second connection or thread can be
 * had, SQLite's automatic checkpoints stay on: nothing to report. */
void nf_db_checkpoint_in_background(nf_db *db);

/* Ask that thread to checkpoint now, whatever the WAL's length: a load
 * that has written its last story does, so that the checkpoint runs while
 * it builds its indexes rather than when the database is closed. A no-op
 * without the thread. */
void nf_db_checkpoint_soon(nf_db *db);

/* Bulk loads (schema/006_bulk_loads.sql says why). nf_db_defer_indexes
 * drops the indexes a load does not read (by person, country, story and
 * event), keeping their CREATE statements in the table deferred_indexes,
 * and turns off the merging of the search index's segments, in one
 * transaction of its own (no group may be open); then, until
 * nf_db_merge_search_index, the connection writes without foreign-key
 * look-ups and with a smaller cache, and nf_db_load refuses to replace. nf_db_build_deferred_indexes builds every
 * index that table lists, each unless it exists already and in a
 * transaction of its own; *built (may be NULL) = how many it listed;
 * between (may be NULL) is called after each but the last, with no
 * transaction open, and stops the builds with its -1 and *err.
 * nf_db_merge_search_index then merges the search index into one segment,
 * turns its merging back on and empties the table of the indexes built, in
 * one transaction: until then, a killed load's table tells the next load
 * to finish. nf_db_restore_indexes does both. Queries give the same rows
 * either way, only slower without.
 * nf_db_indexes_deferred: *n = how many are listed (a load is running or
 * was killed). nf_db_last_story_id: the highest documents.id (0 when the
 * database is empty), about how many stories it holds;
 * nf_db_last_sentence_id: the highest sentences.id (0: none). On a
 * database older than schema 6 (only tests make one) the first four do
 * nothing. All return 0 or -1. */
int nf_db_defer_indexes(nf_db *db, nf_error *err);
typedef int (*nf_db_between_fn)(void *ctx, nf_error *err);
int nf_db_build_deferred_indexes(nf_db *db, size_t *built, nf_db_between_fn between, void *ctx,
                                 nf_error *err);
int nf_db_merge_search_index(nf_db *db, nf_error *err);
int nf_db_restore_indexes(nf_db *db, size_t *built, nf_error *err);
int nf_db_indexes_deferred(nf_db *db, long long *n, nf_error *err);
int nf_db_last_story_id(nf_db *db, long long *id, nf_error *err);
int nf_db_last_sentence_id(nf_db *db, long long *id, nf_error *err);

/* Groups of stories. A commit costs a write of every page the transaction
 * changed (some 40 per story, most of them the same index pages again), so
 * a bulk load commits many stories at once; each one is still whole or
 * absent, and nothing of a group is in the database before nf_db_commit
 * returns 0. nf_db_begin opens a group (BEGIN IMMEDIATE: the write lock is
 * held until the commit); nf_db_commit commits it (a no-op with no group
 * open; on failure the group is rolled back, NF_EDB); nf_db_close rolls
 * back a group still open. nf_db_in_group: is one open? */
int nf_db_begin(nf_db *db, nf_error *err);
int nf_db_commit(nf_db *db, nf_error *err);
bool nf_db_in_group(const nf_db *db);

typedef enum { NF_FMT_TABLE, NF_FMT_CSV, NF_FMT_JSON } nf_format;

/* Run saved query name with named parameters given as "key=value" strings
 * (":country" <- "country=FR"; a leading ':' on the key is allowed). A
 * parameter the query declares but is not given is NULL, which its filter
 * treats as "all". Prints to out as an aligned table (NULL shown empty),
 * RFC 4180 CSV or a JSON array of objects. Unknown name or parameter ->
 * NF_EUSAGE. Returns 0 or -1. */
int nf_db_query(nf_db *db, const char *name, const char *const *params,
                size_t n_params, nf_format fmt, FILE *out, nf_error *err);

/* Print the saved queries (name and one-line title), one a line, from the
 * files built into the binary: needs no database. Returns 0 or -1 (write
 * error). */
int nf_queries_list(FILE *out);

/* Full-text search (FTS5 query syntax: words, "phrases", OR, NOT, prefix*)
 * over the sentences of all stories; prints source, sentence index and
 * sentence, best match first. Returns 0 or -1. */
int nf_db_search(nf_db *db, const char *terms, nf_format fmt, FILE *out,
                 nf_error *err);

/* Write a DB Browser for SQLite project file (sqbpro_path) for the database
 * at db_path: <sqlb_project> right after the XML declaration, the database's
 * absolute path, one SQL tab per saved query. Returns 0 or -1. */
int nf_db_write_sqbpro(const char *db_path, const char *sqbpro_path,
                       nf_error *err);

/* ---- for tests and maintenance ---------------------------------------- */

/* Run trusted SQL (one or more statements, no parameters). */
int nf_db_exec(nf_db *db, const char *sql, nf_error *err);
/* Run trusted SQL returning one integer (first column of the first row;
 * 0 when there is no row) into *out. */
int nf_db_int(nf_db *db, const char *sql, long long *out, nf_error *err);

/* One migration: version = NNN of schema/NNN_name.sql. */
typedef struct { int version; const char *sql; } nf_db_migration;
/* nf_db_open with an explicit, ascending list of migrations instead of the
 * built-in one, so tests can check that a later migration would apply. A
 * new database gets every migration in turn (nf_db_open: the build's
 * script of their end state). */
nf_db *nf_db_open_with(const char *path, const nf_db_migration *migrations,
                       size_t n_migrations, nf_error *err);
/* The SQL that gives an empty database this one's schema and rows: its
 * statements in the order they were made, then every row, but what SQLite
 * and FTS5 make by themselves. The build writes it once from the
 * migrations (tools/schema_snapshot.c). Returns a string the caller frees,
 * or NULL with *err (not NULL). */
char *nf_db_schema_script(nf_db *db, nf_error *err);

#endif
