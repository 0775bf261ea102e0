/* search_side.c — the search index of a bulk load, built beside the
 * database on a thread of its own (see search_side.h). */
#include "search_side.h"

#include <pthread.h>
#include <sqlite3.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"

#define SIDE_BUSY_TIMEOUT_MS 10000

/* The temporary database is scratch: nothing in it outlives the load, and
 * a failure discards all of it, so it needs no journal. Caches are small:
 * FTS5 keeps the chunk being indexed in memory of its own (hashsize), its
 * segments are written in order, and the sentences are read in order. The
 * copy into the database commits as the writer's commits do (NORMAL: atomic,
 * not flushed to disk at once), and leaves the checkpoint to the writer's
 * checkpointer rather than doing it in its commit. */
#define SIDE_PRAGMAS \
    "PRAGMA main.journal_mode = OFF; PRAGMA main.synchronous = OFF;" \
    " PRAGMA main.secure_delete = OFF; PRAGMA m.synchronous = NORMAL;" \
    " PRAGMA main.cache_size = -1024; PRAGMA m.cache_size = -1024"

/* The database's search index is empty and so is the table it indexes. */
#define SIDE_EMPTY \
    "SELECT NOT EXISTS (SELECT 1 FROM m.sentences)" \
    " AND NOT EXISTS (SELECT 1 FROM m.sentences_fts_idx)" \
    " AND (SELECT indexed_upto FROM m.fts_state) = 0"

/* FTS5's own tables of the index (data, idx, docsize, config). */
#define SIDE_SHADOW_TABLES \
    "SELECT name FROM m.sqlite_schema WHERE type = 'table'" \
    " AND name LIKE 'sentences\\_fts\\_%' ESCAPE '\\' ORDER BY name"

/* What the writer has told the thread: sentences up to upto are committed;
 * ends: the writer, indexing in place, would end a chunk there. */
typedef struct side_step {
    long long upto;
    bool ends;
} side_step;

struct nf_side {
    sqlite3 *h;                /* main: the temporary database; m: the database */
    sqlite3 *rd;               /* the database, read as the writer commits */
    char *path;
    pthread_t thread;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    side_step *steps;          /* in the order told */
    size_t n_steps, cap_steps, next_step;
    bool finishing, quit, joined;
    bool finished;             /* the thread has done all it will do */
    /* Written by the thread only; read after it is joined. */
    sqlite3_stmt *read, *insert;
    long long fed;             /* every sentence up to this id is in the open chunk */
    long long fed_rows;
    long long done;            /* every sentence up to this id is indexed (committed) */
    long long rows;            /* how many */
    bool failed;
    nf_error err;
};

static int side_fail(nf_side *s, nf_error *err, const char *what)
{
    nf_error_set(err, NF_EDB, s->path, "search index beside the database: %s: %s", what,
                 sqlite3_errmsg(s->h));
    return -1;
}

static int side_exec(nf_side *s, const char *sql, nf_error *err, const char *what)
{
    if (sqlite3_exec(s->h, sql, NULL, NULL, NULL) != SQLITE_OK)
        return side_fail(s, err, what);
    return 0;
}

/* The integer the one-row query sql gives (with ?1, ?2 bound when given). */
static int side_int(nf_side *s, const char *sql, long long a, long long b, long long *out,
                    nf_error *err)
{
    sqlite3_stmt *st = NULL;
    int n = 0;
    if (sqlite3_prepare_v2(s->h, sql, -1, &st, NULL) == SQLITE_OK)
        n = sqlite3_bind_parameter_count(st);
    if (!st || (n >= 1 && sqlite3_bind_int64(st, 1, a) != SQLITE_OK) ||
        (n >= 2 && sqlite3_bind_int64(st, 2, b) != SQLITE_OK) ||
        sqlite3_step(st) != SQLITE_ROW) {
        side_fail(s, err, "cannot read the database");
        sqlite3_finalize(st);
        return -1;
    }
    *out = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return 0;
}

/* For each of FTS5's tables: DELETE FROM to.T; INSERT INTO to.T SELECT *
 * FROM from.T (SQLite copies the rows as they are). Config only with
 * config: the database keeps its own settings. All of them, or -1: at
 * least the index's data and its term index. */
static int copy_shadow_tables(nf_side *s, const char *to, const char *from, bool config,
                              nf_error *err)
{
    sqlite3_stmt *st = NULL;
    int step = SQLITE_ERROR, copied = 0;
    bool ok = sqlite3_prepare_v2(s->h, SIDE_SHADOW_TABLES, -1, &st, NULL) == SQLITE_OK;
    while (ok && (step = sqlite3_step(st)) == SQLITE_ROW) {
        const char *name = (const char *)sqlite3_column_text(st, 0);
        if (!config && strcmp(name, "sentences_fts_config") == 0)
            continue;
        char *sql = sqlite3_mprintf("DELETE FROM %s.\"%w\"; INSERT INTO %s.\"%w\" SELECT * FROM %s.\"%w\"",
                                    to, name, to, name, from, name);
        ok = sql && sqlite3_exec(s->h, sql, NULL, NULL, NULL) == SQLITE_OK;
        copied += ok;
        sqlite3_free(sql);
    }
    int rc = ok && step == SQLITE_DONE && copied >= 2 ? 0 : side_fail(s, err, "cannot copy the search index");
    sqlite3_finalize(st);
    return rc;
}

/* A failed statement may leave its transaction open, and with it a read of
 * the database that would keep its WAL from being checkpointed. */
static void end_failed(nf_side *s)
{
    if (!sqlite3_get_autocommit(s->h))
        sqlite3_exec(s->h, "ROLLBACK", NULL, NULL, NULL);
}

/* The search index's table, made as the database made it, holding what the
 * database's holds (empty, with its settings): then every chunk indexed
 * here gives the rows it would give there. */
static int side_prepare(nf_side *s, nf_error *err)
{
    sqlite3_stmt *st = NULL;
    long long empty = 0;
    if (side_exec(s, "BEGIN", err, "cannot start") != 0 ||
        side_int(s, SIDE_EMPTY, 0, 0, &empty, err) != 0)
        return -1;
    if (!empty) {   /* not a failure: this is for new databases */
        nf_error_set(err, NF_EOK, s->path, "the search index is not empty");
        end_failed(s);
        return -1;
    }
    if (sqlite3_prepare_v2(s->h, "SELECT sql FROM m.sqlite_schema WHERE name = 'sentences_fts'",
                           -1, &st, NULL) != SQLITE_OK || sqlite3_step(st) != SQLITE_ROW) {
        sqlite3_finalize(st);
        return side_fail(s, err, "cannot read the search index's definition");
    }
    int rc = side_exec(s, (const char *)sqlite3_column_text(st, 0), err, "cannot create");
    sqlite3_finalize(st);
    if (rc == 0)   /* its external content table (FTS5 reads it only to delete) */
        rc = side_exec(s, "CREATE TABLE main.sentences (id INTEGER PRIMARY KEY, text TEXT)", err,
                       "cannot create");
    if (rc == 0)
        rc = copy_shadow_tables(s, "main", "m", true, err);
    if (rc == 0)
        rc = side_exec(s, "COMMIT", err, "cannot start");
    if (rc != 0)
        end_failed(s);
    /* FTS5 reads its settings (hashsize) from the copied rows only when it
     * first reads the index; a query does that now, not in the middle of
     * the first chunk, which would then flush early into two segments. */
    long long none = 0;
    if (rc == 0)
        rc = side_int(s, "SELECT count(*) FROM main.sentences_fts WHERE sentences_fts MATCH 'x'",
                      0, 0, &none, err);
    return rc;
}

/* FTS5 writes its pending entries out as a segment at the end of every
 * statement that could fail half-way, such as an INSERT ... SELECT, and at
 * commit; otherwise only when they outgrow hashsize. So the sentences of a
 * chunk inserted here one at a time, in one transaction, as the writer
 * commits them, give the segments that nf_db_index_sentences gives with one
 * INSERT ... SELECT of the whole chunk: the chunk's work is done while the
 * writer writes, not after it. The sentences are read through a connection
 * of their own, so that each read sees the latest commit while the
 * transaction here stays open. */
static int feed(nf_side *s, long long upto)
{
    if (upto <= s->fed)
        return 0;
    if (sqlite3_get_autocommit(s->h) && side_exec(s, "BEGIN", &s->err, "cannot index") != 0)
        return -1;
    int step = SQLITE_ERROR;
    bool ok = sqlite3_bind_int64(s->read, 1, s->fed) == SQLITE_OK &&
              sqlite3_bind_int64(s->read, 2, upto) == SQLITE_OK;
    while (ok && (step = sqlite3_step(s->read)) == SQLITE_ROW) {
        const void *text = sqlite3_column_text(s->read, 1);
        ok = text && sqlite3_bind_int64(s->insert, 1, sqlite3_column_int64(s->read, 0)) == SQLITE_OK &&
             sqlite3_bind_text(s->insert, 2, text, sqlite3_column_bytes(s->read, 1),
                               SQLITE_STATIC) == SQLITE_OK &&
             sqlite3_step(s->insert) == SQLITE_DONE;
        sqlite3_reset(s->insert);
        s->fed_rows += ok;
    }
    if (!ok || step != SQLITE_DONE) {
        nf_error_set(&s->err, NF_EDB, s->path, "search index beside the database: cannot index:"
                     " %s", step != SQLITE_DONE && step != SQLITE_ROW ? sqlite3_errmsg(s->rd)
                                                                      : sqlite3_errmsg(s->h));
        sqlite3_reset(s->read);
        end_failed(s);
        return -1;
    }
    sqlite3_reset(s->read);   /* ends the read: the database's WAL can be checkpointed */
    s->fed = upto;
    return 0;
}

/* What the writer told: feed the chunk, and end it where the writer would. */
static int take_step(nf_side *s, side_step step)
{
    if (feed(s, step.upto) != 0)
        return -1;
    if (!step.ends || sqlite3_get_autocommit(s->h))
        return 0;
    if (side_exec(s, "COMMIT", &s->err, "cannot index") != 0) {
        end_failed(s);
        return -1;
    }
    s->done = s->fed;
    s->rows += s->fed_rows;
    s->fed_rows = 0;
    return 0;
}

static void *side_main(void *arg)
{
    nf_side *s = arg;
    pthread_mutex_lock(&s->mu);
    for (;;) {
        while (!s->quit && s->next_step == s->n_steps && !s->finishing)
            pthread_cond_wait(&s->cv, &s->mu);
        if (s->quit || s->next_step == s->n_steps)
            break;
        side_step step = s->steps[s->next_step++];
        pthread_mutex_unlock(&s->mu);
        if (!s->failed && take_step(s, step) != 0)
            s->failed = true;
        pthread_mutex_lock(&s->mu);
    }
    bool merge = s->finishing && !s->quit;
    pthread_mutex_unlock(&s->mu);
    /* As the database's merge does it ('optimize'), one segment. */
    if (merge && !s->failed &&
        side_exec(s, "INSERT INTO main.sentences_fts(sentences_fts) VALUES ('optimize')", &s->err,
                  "cannot merge") != 0)
        s->failed = true;
    pthread_mutex_lock(&s->mu);
    s->finished = true;
    pthread_mutex_unlock(&s->mu);
    return NULL;
}

/* The connection the sentences are read through, and the statements that
 * read them and index them. */
static int open_reader(nf_side *s, const char *db_path, nf_error *err)
{
    if (sqlite3_open_v2(db_path, &s->rd, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX |
                        SQLITE_OPEN_URI, NULL) != SQLITE_OK) {
        nf_error_set(err, NF_EDB, db_path, "search index beside the database: cannot open"
                     " the database: %s", s->rd ? sqlite3_errmsg(s->rd) : "out of memory");
        return -1;
    }
    sqlite3_busy_timeout(s->rd, SIDE_BUSY_TIMEOUT_MS);
    if (sqlite3_exec(s->rd, "PRAGMA cache_size = -1024", NULL, NULL, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(s->rd, "SELECT id, text FROM sentences WHERE id > ?1 AND id <= ?2"
                           " ORDER BY id", -1, &s->read, NULL) != SQLITE_OK) {
        nf_error_set(err, NF_EDB, db_path, "search index beside the database: cannot read"
                     " the database: %s", sqlite3_errmsg(s->rd));
        return -1;
    }
    if (sqlite3_prepare_v2(s->h, "INSERT INTO main.sentences_fts(rowid, text) VALUES (?1, ?2)",
                           -1, &s->insert, NULL) != SQLITE_OK)
        return side_fail(s, err, "cannot prepare");
    return 0;
}

static void side_close(nf_side *s)
{
    sqlite3_finalize(s->read);
    sqlite3_finalize(s->insert);
    sqlite3_close(s->rd);
    sqlite3_close(s->h);
    free(s->path);
    free(s->steps);
    free(s);
}

nf_side *nf_side_start(const char *db_path, nf_error *err)
{
    nf_side *s = xcalloc(1, sizeof *s);
    sqlite3_stmt *st = NULL;
    s->path = xstrdup(db_path);
    nf_error_clear(err);
    nf_error_clear(&s->err);
    /* "": a private database in a temporary file SQLite deletes itself. */
    /* URI: so that ATTACH takes a file: name as nf_db_open does. */
    if (sqlite3_open_v2("", &s->h, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
                        SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI, NULL) != SQLITE_OK) {
        nf_error_set(err, NF_EDB, db_path, "search index beside the database: cannot open a"
                     " temporary database");
        side_close(s);
        return NULL;
    }
    sqlite3_busy_timeout(s->h, SIDE_BUSY_TIMEOUT_MS);
    int rc = 0;
    if (sqlite3_prepare_v2(s->h, "ATTACH ?1 AS m", -1, &st, NULL) != SQLITE_OK ||
        sqlite3_bind_text(st, 1, db_path, -1, SQLITE_STATIC) != SQLITE_OK ||
        sqlite3_step(st) != SQLITE_DONE)
        rc = side_fail(s, err, "cannot open the database");
    sqlite3_finalize(st);
    if (rc == 0)
        rc = side_exec(s, SIDE_PRAGMAS, err, "cannot set up");
    if (rc == 0)
        sqlite3_wal_autocheckpoint(s->h, 0);
    if (rc == 0)
        rc = side_prepare(s, err);
    if (rc == 0)
        rc = open_reader(s, db_path, err);
    if (rc == 0) {
        pthread_mutex_init(&s->mu, NULL);
        pthread_cond_init(&s->cv, NULL);
        if (pthread_create(&s->thread, NULL, side_main, s) != 0) {
            pthread_mutex_destroy(&s->mu);
            pthread_cond_destroy(&s->cv);
            nf_error_set(err, NF_EDB, db_path, "search index beside the database: no thread");
            rc = -1;
        }
    }
    if (rc != 0) {
        side_close(s);
        return NULL;
    }
    return s;
}

static void tell(nf_side *s, long long upto, bool ends, bool finishing)
{
    pthread_mutex_lock(&s->mu);
    *VEC_PUSH(s->steps, s->n_steps, s->cap_steps) = (side_step){upto, ends};
    s->finishing = finishing;
    pthread_cond_signal(&s->cv);
    pthread_mutex_unlock(&s->mu);
}

void nf_side_committed(nf_side *s, long long upto, bool chunk_ends)
{
    tell(s, upto, chunk_ends, false);
}

void nf_side_finish(nf_side *s, long long upto)
{
    tell(s, upto, true, true);
}

bool nf_side_done(nf_side *s)
{
    if (s->joined)
        return true;
    pthread_mutex_lock(&s->mu);
    bool done = s->finished;
    pthread_mutex_unlock(&s->mu);
    return done;
}

static void side_join(nf_side *s, bool quit)
{
    if (s->joined)
        return;
    if (quit) {
        pthread_mutex_lock(&s->mu);
        s->quit = true;
        pthread_cond_signal(&s->cv);
        pthread_mutex_unlock(&s->mu);
        sqlite3_interrupt(s->h);
        sqlite3_interrupt(s->rd);
    }
    pthread_join(s->thread, NULL);
    pthread_mutex_destroy(&s->mu);
    pthread_cond_destroy(&s->cv);
    s->joined = true;
}

/* In the copy's transaction: the database still has an empty search
 * index (no search caught up, no other load indexed in place), and as many
 * sentences, up to the same id, as were indexed here. A program that
 * deleted a story's sentences and let another story take the same ids
 * meanwhile would pass; newsfacts never does (--replace deletes and
 * writes a story in one transaction, with the same text). */
static int still_matches(nf_side *s, nf_error *err)
{
    long long ok = 0;
    if (side_int(s, "SELECT NOT EXISTS (SELECT 1 FROM m.sentences_fts_idx)"
                 " AND (SELECT indexed_upto FROM m.fts_state) = 0"
                 " AND (SELECT count(*) FROM m.sentences) = ?1"
                 " AND (SELECT coalesce(max(id), 0) FROM m.sentences) = ?2",
                 s->rows, s->done, &ok, err) != 0)
        return -1;
    if (!ok)
        nf_error_set(err, NF_EDB, s->path, "search index beside the database: another program"
                     " (a load, or a search catching up) wrote sentences or indexed them"
                     " meanwhile; indexing them in place");
    return ok ? 1 : 0;
}

void nf_side_wait(nf_side *s)
{
    side_join(s, !s->finishing);
}

int nf_side_copy(nf_side *s, nf_error *err)
{
    nf_error_clear(err);
    nf_side_wait(s);
    if (s->failed || !s->finishing) {
        *err = s->err;
        return 0;
    }
    if (side_exec(s, "BEGIN IMMEDIATE", err, "cannot copy the search index") != 0)
        return 0;
    int rc = still_matches(s, err);
    if (rc == 1 && copy_shadow_tables(s, "m", "main", false, err) != 0)
        rc = -1;
    if (rc == 1) {
        char *sql = sqlite3_mprintf("UPDATE m.fts_state SET indexed_upto = %lld; COMMIT",
                                    s->done);
        if (!sql || sqlite3_exec(s->h, sql, NULL, NULL, NULL) != SQLITE_OK)
            rc = side_fail(s, err, "cannot copy the search index");
        sqlite3_free(sql);
    }
    if (rc != 1 && !sqlite3_get_autocommit(s->h))
        sqlite3_exec(s->h, "ROLLBACK", NULL, NULL, NULL);
    return rc;
}

void nf_side_free(nf_side *s)
{
    if (!s)
        return;
    side_join(s, true);
    side_close(s);
}
