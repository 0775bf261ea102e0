/* db.c — the SQLite store (see db.h). The only file that includes sqlite3.h.
 *
 * Layout: opening and migrating; the saved queries (views + saved_queries
 * rows, kept in step with the files built into the binary); loading one
 * story; printing result rows as table, CSV or JSON; search; the DB Browser
 * project file. SQL text comes from string constants and the embedded
 * schema/query files only; user values are always bound.
 */
#include "db.h"
#include "alloc.h"
#include "sql_embed.h"

#include <sqlite3.h>

#include <pthread.h>
#include <utf8proc.h>

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define BUSY_TIMEOUT_MS 10000

/* Statements prepared once per connection (on first use) and kept. */
enum {
    ST_FIND_DOC, ST_DEL_DOC, ST_INS_DOC,
    ST_INS_COUNTRY, ST_INS_DOC_COUNTRY, ST_FIND_COUNTRY,
    ST_UPSERT_PERSON, ST_FIND_PERSON, ST_INS_ROLE,
    ST_DEL_ORPHAN_PEOPLE, ST_INDEXED_UPTO, ST_INDEX_SENTENCES, N_STMTS
};

static const char *const stmt_sql[N_STMTS] = {
    [ST_FIND_DOC] = "SELECT id FROM documents WHERE sha256 = ?1",
    [ST_DEL_DOC] = "DELETE FROM documents WHERE id = ?1",
    [ST_INS_DOC] =
        "INSERT INTO documents(id, sha256, source, title, url, published, bytes, text)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    [ST_INS_COUNTRY] = "INSERT OR IGNORE INTO countries(code, name) VALUES (?1, ?2)",
    [ST_FIND_COUNTRY] = "SELECT count(*) FROM countries WHERE code = ?1",
    [ST_INS_DOC_COUNTRY] =
        "INSERT OR IGNORE INTO document_countries(document_id, code) VALUES (?1, ?2)",
    [ST_UPSERT_PERSON] =
        "INSERT INTO people(name, name_key) VALUES (?1, ?2)"
        " ON CONFLICT(name_key) DO UPDATE SET name = CASE"
        " WHEN length(excluded.name) > length(people.name) THEN excluded.name"
        " ELSE people.name END RETURNING id",
    [ST_FIND_PERSON] = "SELECT id FROM people WHERE name_key = ?1",
    [ST_INS_ROLE] =
        "INSERT INTO official_roles(person_id, document_id, title, country_code)"
        " VALUES (?1, ?2, ?3, ?4) ON CONFLICT(person_id, document_id) DO UPDATE SET"
        " title = coalesce(official_roles.title, excluded.title),"
        " country_code = coalesce(official_roles.country_code, excluded.country_code)",
    [ST_DEL_ORPHAN_PEOPLE] =
        "DELETE FROM people WHERE"
        " NOT EXISTS (SELECT 1 FROM official_roles AS r WHERE r.person_id = people.id)"
        " AND NOT EXISTS (SELECT 1 FROM person_mentions AS m WHERE m.person_id = people.id)"
        " AND NOT EXISTS (SELECT 1 FROM quotes AS q WHERE q.person_id = people.id)",
    [ST_INDEXED_UPTO] = "SELECT indexed_upto FROM fts_state",
    /* ORDER BY id: FTS5 appends rowids in order to its segment cheaply. */
    [ST_INDEX_SENTENCES] =
        "INSERT INTO sentences_fts(rowid, text)"
        " SELECT id, text FROM sentences WHERE id BETWEEN ?1 AND ?2 ORDER BY id",
};

/* The page cache and temporary files while stories are written, and while
 * one big statement runs (see set_pragmas and big_statement). */
#define STORY_PRAGMAS "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32768"
/* A bulk load writes into no index at random places but those by sha256
 * and by name (the others wait for its end): 24 MiB holds them for 200,000
 * stories, and leaves room for the search index built beside
 * (search_side.h) under 64 MB. */
#define BULK_STORY_PRAGMAS "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -24576"
#define BIG_STATEMENT_PRAGMAS "PRAGMA temp_store = FILE; PRAGMA cache_size = -8192"

/* Pages of WAL between checkpoints (40 MB at 4 KiB pages; SQLite's default
 * is 1,000). See set_pragmas. */
#define WAL_CHECKPOINT_PAGES 10000
#define STR_(x) #x
#define STR(x) STR_(x)

/* Rows written many to an INSERT (see insert_rows): the sentences and every
 * kind of fact. In every fact row the span takes four consecutive columns:
 * start, end, text, sentence_id (see bind_span). */
enum {
    RT_SENTENCE, RT_EVENT, RT_COUNTRY_MENTION, RT_PERSON_MENTION, RT_CASUALTY,
    RT_ARREST, RT_QUOTE, RT_AMOUNT, N_ROW_TABLES
};

static const struct {
    const char *insert;   /* up to VALUES */
    int n_cols;
} row_tables[N_ROW_TABLES] = {
    [RT_SENTENCE] = {"INSERT INTO sentences(document_id, idx, start, \"end\", text)", 5},
    [RT_EVENT] = {"INSERT INTO events(document_id, ord, type, main, location, date,"
                  " start, \"end\", text, sentence_id)", 10},
    [RT_COUNTRY_MENTION] = {"INSERT INTO country_mentions(document_id, code,"
                            " start, \"end\", text, sentence_id)", 6},
    [RT_PERSON_MENTION] = {"INSERT INTO person_mentions(person_id, document_id,"
                           " start, \"end\", text, sentence_id)", 6},
    [RT_CASUALTY] = {"INSERT INTO casualties(document_id, event_id, category, count, qualifier,"
                     " grp, start, \"end\", text, sentence_id)", 10},
    [RT_ARREST] = {"INSERT INTO arrests(document_id, event_id, count, suspects,"
                   " start, \"end\", text, sentence_id)", 8},
    [RT_QUOTE] = {"INSERT INTO quotes(document_id, speaker, person_id,"
                  " start, \"end\", text, sentence_id)", 7},
    [RT_AMOUNT] = {"INSERT INTO amounts(document_id, value, currency,"
                   " start, \"end\", text, sentence_id)", 7},
};

/* Rows per INSERT at most: a story has ~26 sentences and fewer of any fact. */
#define ROW_BATCH 32

typedef struct checkpointer checkpointer;

struct nf_db {
    sqlite3 *h;
    char *path;
    int version;          /* the schema version, once opened */
    checkpointer *ckpt;   /* nf_db_checkpoint_in_background; NULL: SQLite's own */
    bool bulk;            /* from nf_db_defer_indexes to nf_db_merge_search_index */
    sqlite3_stmt *st[N_STMTS];
    sqlite3_stmt *rows[N_ROW_TABLES][ROW_BATCH + 1];   /* [t][k]: inserts k rows of table t */
};

/* ---- errors and small helpers ------------------------------------------ */

/* Record the connection's current error at once (the next call overwrites
 * sqlite3_errmsg). Always returns -1. */
static int db_fail(nf_db *db, nf_error *err, const char *what)
{
    nf_error_set(err, NF_EDB, db->path, "%s: %s", what, sqlite3_errmsg(db->h));
    return -1;
}

static int exec_sql(nf_db *db, const char *sql, nf_error *err)
{
    if (sqlite3_exec(db->h, sql, NULL, NULL, NULL) != SQLITE_OK)
        return db_fail(db, err, "SQL failed");
    return 0;
}

/* BEGIN IMMEDIATE: take the write lock, waiting up to BUSY_TIMEOUT_MS for
 * another writer, and say so in words a user can act on when it is not
 * free by then. */
static int begin_write(nf_db *db, nf_error *err)
{
    int rc = sqlite3_exec(db->h, "BEGIN IMMEDIATE", NULL, NULL, NULL);
    if (rc == SQLITE_OK)
        return 0;
    if ((rc & 0xff) == SQLITE_BUSY) {
        nf_error_set(err, NF_EDB, db->path, "the database is locked: another program has "
                     "been writing to it for %d s; rerun when it is done",
                     BUSY_TIMEOUT_MS / 1000);
        return -1;
    }
    return db_fail(db, err, "cannot start writing");
}

/* The kept statement `which`, prepared on first use. */
static sqlite3_stmt *stmt(nf_db *db, int which, nf_error *err)
{
    if (!db->st[which] &&
        sqlite3_prepare_v3(db->h, stmt_sql[which], -1, SQLITE_PREPARE_PERSISTENT,
                           &db->st[which], NULL) != SQLITE_OK) {
        db_fail(db, err, "cannot prepare statement");
        return NULL;
    }
    return db->st[which];
}

/* Finish a use of a kept statement: reset and clear its bindings. */
static void st_done(sqlite3_stmt *st)
{
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
}

/* Step st to completion expecting no rows (or, with *id, one row whose first
 * column goes to *id; *id = 0 when there is none). kind/idx name the fact
 * in the error message. */
static int step_st(nf_db *db, sqlite3_stmt *st, sqlite3_int64 *id, nf_error *err,
                   const char *kind, long idx)
{
    int rc = sqlite3_step(st);
    if (id)
        *id = 0;
    if (rc == SQLITE_ROW && id) {
        *id = sqlite3_column_int64(st, 0);
        rc = sqlite3_step(st);
    }
    if (rc != SQLITE_DONE) {
        char what[96];
        if (idx >= 0)
            snprintf(what, sizeof what, "cannot store %.48s %ld", kind, idx + 1);
        else
            snprintf(what, sizeof what, "cannot store %.48s", kind);
        db_fail(db, err, what);
        st_done(st);
        return -1;
    }
    st_done(st);
    return 0;
}

static int bind_fail(nf_db *db, sqlite3_stmt *st, nf_error *err)
{
    db_fail(db, err, "cannot bind value");
    st_done(st);
    return -1;
}

/* Bind helpers: nonzero on failure, so that they chain with ||. */
static int b_int(sqlite3_stmt *st, int i, sqlite3_int64 v)
{
    return sqlite3_bind_int64(st, i, v) != SQLITE_OK;
}

static int b_id(sqlite3_stmt *st, int i, sqlite3_int64 v)   /* 0 -> NULL */
{
    return (v ? sqlite3_bind_int64(st, i, v) : sqlite3_bind_null(st, i)) != SQLITE_OK;
}

static int b_text(sqlite3_stmt *st, int i, const char *s)   /* NULL -> NULL */
{
    return (s ? sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC)
              : sqlite3_bind_null(st, i)) != SQLITE_OK;
}

static int b_bytes(sqlite3_stmt *st, int i, const char *s, size_t n)
{
    return sqlite3_bind_text64(st, i, s, n, SQLITE_STATIC, SQLITE_UTF8) != SQLITE_OK;
}

/* Value of trusted single-integer SQL (0 when no row). */
static int query_int(nf_db *db, const char *sql, long long *out, nf_error *err)
{
    sqlite3_stmt *st = NULL;
    int rc = -1;
    *out = 0;
    if (sqlite3_prepare_v2(db->h, sql, -1, &st, NULL) != SQLITE_OK) {
        db_fail(db, err, "cannot read database");
        goto done;
    }
    int s = sqlite3_step(st);
    if (s == SQLITE_ROW)
        *out = sqlite3_column_int64(st, 0);
    else if (s != SQLITE_DONE) {
        db_fail(db, err, "cannot read database");
        goto done;
    }
    rc = 0;
done:
    sqlite3_finalize(st);
    return rc;
}

int nf_db_exec(nf_db *db, const char *sql, nf_error *err)
{
    return exec_sql(db, sql, err);
}

int nf_db_int(nf_db *db, const char *sql, long long *out, nf_error *err)
{
    return query_int(db, sql, out, err);
}

/* ---- the schema of a new database, as one script --------------------------- */

/* What SQLite makes by itself is left out: autoindexes (no sql), its own
 * sqlite_* tables, and FTS5's tables, which CREATE VIRTUAL TABLE makes. */
#define SCRIPT_STATEMENTS \
    "SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL" \
    " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'" \
    " AND name NOT IN (SELECT name FROM pragma_table_list WHERE type = 'shadow')" \
    " ORDER BY rowid"
#define SCRIPT_TABLES \
    "SELECT name FROM pragma_table_list WHERE schema = 'main'" \
    " AND type IN ('table', 'shadow') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"

/* Append what the statement st (one text column) returns, a line a row. */
static int script_append(nf_db *db, sqlite3_stmt *st, sqlite3_str *out, nf_error *err)
{
    int s;
    while ((s = sqlite3_step(st)) == SQLITE_ROW)
        sqlite3_str_appendf(out, "%s;\n", (const char *)sqlite3_column_text(st, 0));
    return s == SQLITE_DONE ? 0 : db_fail(db, err, "cannot read the schema");
}

/* The rows of one table as INSERT statements (INSERT OR REPLACE: FTS5's
 * config table already holds the rows CREATE VIRTUAL TABLE writes). */
static int script_rows(nf_db *db, const char *table, sqlite3_str *out, nf_error *err)
{
    sqlite3_stmt *cols = NULL, *rows = NULL;
    sqlite3_str *sql = sqlite3_str_new(db->h);
    sqlite3_str_appendf(sql, "SELECT 'INSERT OR REPLACE INTO \"%w\" VALUES(' ", table);
    int rc = -1, s, n = 0;
    if (sqlite3_prepare_v2(db->h, "SELECT name FROM pragma_table_info(?1) ORDER BY cid", -1,
                           &cols, NULL) != SQLITE_OK ||
        sqlite3_bind_text(cols, 1, table, -1, SQLITE_STATIC) != SQLITE_OK)
        goto done;
    while ((s = sqlite3_step(cols)) == SQLITE_ROW)
        sqlite3_str_appendf(sql, "|| %squote(\"%w\") ", n++ ? "',' || " : "",
                            (const char *)sqlite3_column_text(cols, 0));
    if (s != SQLITE_DONE)
        goto done;
    sqlite3_str_appendf(sql, "|| ')' FROM \"%w\"", table);
    char *text = sqlite3_str_finish(sql);
    sql = NULL;
    if (text && sqlite3_prepare_v2(db->h, text, -1, &rows, NULL) == SQLITE_OK)
        rc = script_append(db, rows, out, err);
    sqlite3_free(text);
done:
    if (rc != 0 && !err->code)
        db_fail(db, err, "cannot read the schema");
    sqlite3_free(sqlite3_str_finish(sql));
    sqlite3_finalize(cols);
    sqlite3_finalize(rows);
    return rc;
}

char *nf_db_schema_script(nf_db *db, nf_error *err)
{
    sqlite3_stmt *st = NULL;
    sqlite3_str *out = sqlite3_str_new(db->h);
    nf_error_clear(err);
    int rc = sqlite3_prepare_v2(db->h, SCRIPT_STATEMENTS, -1, &st, NULL) == SQLITE_OK
                 ? script_append(db, st, out, err)
                 : db_fail(db, err, "cannot read the schema");
    sqlite3_finalize(st);
    st = NULL;
    if (rc == 0 && sqlite3_prepare_v2(db->h, SCRIPT_TABLES, -1, &st, NULL) != SQLITE_OK)
        rc = db_fail(db, err, "cannot read the schema");
    while (rc == 0 && (rc = sqlite3_step(st)) == SQLITE_ROW)
        rc = script_rows(db, (const char *)sqlite3_column_text(st, 0), out, err);
    if (rc == SQLITE_DONE)
        rc = 0;
    else if (rc != 0 && !err->code)
        db_fail(db, err, "cannot read the schema");
    sqlite3_finalize(st);
    char *text = sqlite3_str_finish(out);
    if (rc != 0 || !text) {
        sqlite3_free(text);
        return NULL;
    }
    char *copy = xstrdup(text);   /* the caller frees with free() */
    sqlite3_free(text);
    return copy;
}

/* ---- saved query files -------------------------------------------------- */

/* Copy the value of a "-- key: value" header line of a query file into buf
 * (trimmed); returns 0, or -1 (buf = "") when the file has no such line. */
static int query_meta(const char *text, const char *key, char *buf, size_t size)
{
    size_t klen = strlen(key);
    buf[0] = '\0';
    for (const char *p = text; p && *p; p = strchr(p, '\n'), p = p ? p + 1 : NULL) {
        if (strncmp(p, "-- ", 3) != 0 || strncmp(p + 3, key, klen) != 0 || p[3 + klen] != ':')
            continue;
        const char *v = p + 4 + klen;
        while (*v == ' ' || *v == '\t')
            v++;
        size_t n = strcspn(v, "\r\n");
        while (n > 0 && (v[n - 1] == ' ' || v[n - 1] == '\t'))
            n--;
        snprintf(buf, size, "%.*s", (int)n, v);
        return 0;
    }
    return -1;
}

static const nf_sql_file *find_query(const char *name)
{
    for (size_t i = 0; name && i < nf_sql_n_queries; i++)
        if (strcmp(nf_sql_queries[i].name, name) == 0)
            return &nf_sql_queries[i];
    return NULL;
}

int nf_queries_list(FILE *out)
{
    int width = 0;
    for (size_t i = 0; i < nf_sql_n_queries; i++) {
        int n = (int)strlen(nf_sql_queries[i].name);
        width = n > width ? n : width;
    }
    for (size_t i = 0; i < nf_sql_n_queries; i++) {
        char title[512];
        query_meta(nf_sql_queries[i].text, "title", title, sizeof title);
        fprintf(out, "%-*s  %s\n", width, nf_sql_queries[i].name, title);
    }
    return ferror(out) ? -1 : 0;
}

/* Does the database already hold this query, as row and view, unchanged? */
static int query_installed(nf_db *db, const nf_sql_file *q, bool *yes, nf_error *err)
{
    static const char sql[] =
        "SELECT 1 FROM saved_queries AS s JOIN sqlite_schema AS v"
        " ON v.type = 'view' AND v.name = 'v_' || s.name"
        " WHERE s.name = ?1 AND s.sql = ?2";
    sqlite3_stmt *st = NULL;
    int rc = -1;
    if (sqlite3_prepare_v2(db->h, sql, -1, &st, NULL) != SQLITE_OK ||
        b_text(st, 1, q->name) || b_text(st, 2, q->text)) {
        db_fail(db, err, "cannot read saved queries");
        goto done;
    }
    int s = sqlite3_step(st);
    if (s != SQLITE_ROW && s != SQLITE_DONE) {
        db_fail(db, err, "cannot read saved queries");
        goto done;
    }
    *yes = s == SQLITE_ROW;
    rc = 0;
done:
    sqlite3_finalize(st);
    return rc;
}

/* Drop the views of every saved_queries row and empty the table (inside the
 * caller's transaction). Names are collected first: a view cannot be
 * dropped while a statement reads the table. */
static int drop_saved_views(nf_db *db, nf_error *err)
{
    sqlite3_stmt *st = NULL;
    char **names = NULL;
    size_t n = 0, cap = 0;
    int rc = -1, s;
    if (sqlite3_prepare_v2(db->h, "SELECT name FROM saved_queries", -1, &st, NULL) != SQLITE_OK) {
        db_fail(db, err, "cannot read saved queries");
        goto done;
    }
    while ((s = sqlite3_step(st)) == SQLITE_ROW)
        *VEC_PUSH(names, n, cap) = xstrdup((const char *)sqlite3_column_text(st, 0));
    if (s != SQLITE_DONE) {
        db_fail(db, err, "cannot read saved queries");
        goto done;
    }
    sqlite3_finalize(st);
    st = NULL;
    for (size_t i = 0; i < n; i++) {
        char *sql = sqlite3_mprintf("DROP VIEW IF EXISTS \"v_%w\"", names[i]);
        int bad = !sql || exec_sql(db, sql, err) != 0;
        sqlite3_free(sql);
        if (bad)
            goto done;
    }
    rc = exec_sql(db, "DELETE FROM saved_queries", err);
done:
    sqlite3_finalize(st);
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return rc;
}

/* Create the view v_NAME and the saved_queries row of one query file. The
 * view body is the file itself (trusted text built into the binary). */
static int install_query(nf_db *db, const nf_sql_file *q, nf_error *err)
{
    char title[512], question[1024];
    sqlite3_stmt *st = NULL;
    int rc = -1;
    if (query_meta(q->text, "title", title, sizeof title) != 0)
        snprintf(title, sizeof title, "%s", q->name);
    query_meta(q->text, "question", question, sizeof question);
    char *sql = sqlite3_mprintf("CREATE VIEW \"v_%w\" AS\n%s", q->name, q->text);
    if (!sql || sqlite3_exec(db->h, sql, NULL, NULL, NULL) != SQLITE_OK) {
        nf_error_set(err, NF_EDB, db->path, "saved query %s: %s", q->name,
                     sql ? sqlite3_errmsg(db->h) : "out of memory");
        goto done;
    }
    if (sqlite3_prepare_v2(db->h, "INSERT INTO saved_queries(name, title, description, sql)"
                           " VALUES (?1, ?2, ?3, ?4)", -1, &st, NULL) != SQLITE_OK ||
        b_text(st, 1, q->name) || b_text(st, 2, title) ||
        b_text(st, 3, question[0] ? question : NULL) || b_text(st, 4, q->text) ||
        sqlite3_step(st) != SQLITE_DONE) {
        db_fail(db, err, "cannot save query");
        goto done;
    }
    rc = 0;
done:
    sqlite3_free(sql);
    sqlite3_finalize(st);
    return rc;
}

/* Bring views and saved_queries in step with the queries built into this
 * binary; does nothing (and writes nothing) when they already are. */
static int sync_queries(nf_db *db, nf_error *err)
{
    long long rows;
    bool all = true;
    if (query_int(db, "SELECT count(*) FROM saved_queries", &rows, err) != 0)
        return -1;
    for (size_t i = 0; all && i < nf_sql_n_queries; i++)
        if (query_installed(db, &nf_sql_queries[i], &all, err) != 0)
            return -1;
    if (all && rows == (long long)nf_sql_n_queries)
        return 0;
    if (begin_write(db, err) != 0)
        return -1;
    if (drop_saved_views(db, err) != 0)
        goto fail;
    for (size_t i = 0; i < nf_sql_n_queries; i++)
        if (install_query(db, &nf_sql_queries[i], err) != 0)
            goto fail;
    if (sqlite3_exec(db->h, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
        db_fail(db, err, "cannot commit saved queries");
        goto fail;
    }
    return 0;
fail:
    sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
    return -1;
}

/* ---- opening and migrating ---------------------------------------------- */

int nf_db_schema_version(void)
{
    int v = 0;
    for (size_t i = 0; i < nf_sql_n_schema; i++) {
        int n = atoi(nf_sql_schema[i].name);
        v = n > v ? n : v;
    }
    return v;
}

/* Check what the file system can tell before SQLite touches anything: the
 * directory exists, and an existing file is a writable regular file. */
static int check_path(const char *path, nf_error *err)
{
    struct stat sb;
    if (strcmp(path, ":memory:") == 0 || strncmp(path, "file:", 5) == 0)
        return 0;
    char *dir = xstrdup(path);
    char *slash = strrchr(dir, '/');
    if (!slash)
        strcpy(dir, ".");
    else if (slash == dir)
        dir[1] = '\0';
    else
        *slash = '\0';
    int rc = -1;
    if (stat(dir, &sb) != 0 || !S_ISDIR(sb.st_mode))
        nf_error_set(err, NF_EDB, path, "cannot open database %s: directory %s does not exist",
                     path, dir);
    else if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode))
        nf_error_set(err, NF_EDB, path, "cannot open database %s: not a regular file", path);
    else if (stat(path, &sb) == 0 && access(path, W_OK) != 0)
        nf_error_set(err, NF_EDB, path, "cannot open database %s: the file is read-only", path);
    else if (access(dir, W_OK) != 0)
        nf_error_set(err, NF_EDB, path, "cannot open database %s: directory %s is not writable",
                     path, dir);
    else
        rc = 0;
    free(dir);
    return rc;
}

/* Read the header facts that decide whether this file may be touched: it
 * must be SQLite, writable, and either empty or a newsfacts database no newer
 * than max_version. *fresh = empty database. Only reads. */
static int check_header(nf_db *db, int max_version, bool *fresh, long long *version,
                        nf_error *err)
{
    long long objects, app_id;
    if (query_int(db, "SELECT count(*) FROM sqlite_schema", &objects, NULL) != 0) {
        nf_error_set(err, NF_EDB, db->path, "%s is not a SQLite database (%s); left untouched",
                     db->path, sqlite3_errmsg(db->h));
        return -1;
    }
    if (sqlite3_db_readonly(db->h, "main") == 1) {
        nf_error_set(err, NF_EDB, db->path, "cannot open database %s: it is read-only", db->path);
        return -1;
    }
    if (query_int(db, "PRAGMA application_id", &app_id, err) != 0 ||
        query_int(db, "PRAGMA user_version", version, err) != 0)
        return -1;
    *fresh = objects == 0 && *version == 0;
    if (!*fresh && app_id != NF_DB_APPLICATION_ID) {
        nf_error_set(err, NF_EDB, db->path,
                     "%s is a SQLite database of another application (application_id %#llx); "
                     "left untouched", db->path, (unsigned long long)app_id);
        return -1;
    }
    if (*version > max_version) {
        nf_error_set(err, NF_EDB, db->path,
                     "%s has schema version %lld, newer than this newsfacts supports (%d); "
                     "use a newer newsfacts", db->path, *version, max_version);
        return -1;
    }
    return 0;
}

/* Apply migrations m[0..n) in one transaction, each with foreign keys
 * checked after it (SQLite's recipe for schema changes: foreign_keys is
 * OFF while migrations run, so a migration may rebuild a table). Those
 * another process applied while we waited for the lock are skipped. A
 * database still empty once the lock is held gets fresh_sql instead, when
 * there is one: the migrations' end state in one script. */
static int apply_migrations(nf_db *db, const nf_db_migration *m, size_t n, bool fresh,
                            const char *fresh_sql, nf_error *err)
{
    char *pragma = sqlite3_mprintf("PRAGMA user_version = %d", m[n - 1].version);
    char *app_id = sqlite3_mprintf("PRAGMA application_id = %d", NF_DB_APPLICATION_ID);
    int rc = -1;
    long long now;
    if (!pragma || !app_id || begin_write(db, err) != 0)
        goto done;
    if (query_int(db, "PRAGMA user_version", &now, err) != 0)
        goto fail;
    if (now >= m[n - 1].version) {
        rc = exec_sql(db, "COMMIT", err);
        goto done;
    }
    if (fresh && now == 0 && exec_sql(db, app_id, err) != 0)
        goto fail;
    nf_db_migration all = {m[n - 1].version, fresh_sql};
    if (fresh && now == 0 && fresh_sql) {
        m = &all;
        n = 1;
    }
    for (size_t i = 0; i < n; i++) {
        long long bad = 0;
        if (m[i].version <= now)
            continue;
        if (sqlite3_exec(db->h, m[i].sql, NULL, NULL, NULL) != SQLITE_OK) {
            nf_error_set(err, NF_EDB, db->path, "schema migration %d failed: %s", m[i].version,
                         sqlite3_errmsg(db->h));
            goto fail;
        }
        if (query_int(db, "SELECT count(*) FROM pragma_foreign_key_check", &bad, err) != 0)
            goto fail;
        if (bad) {
            nf_error_set(err, NF_EDB, db->path, "schema migration %d leaves %lld foreign key "
                         "violations", m[i].version, bad);
            goto fail;
        }
    }
    if (exec_sql(db, pragma, err) != 0 || exec_sql(db, "COMMIT", err) != 0)
        goto fail;
    rc = 0;
    goto done;
fail:
    sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
done:
    sqlite3_free(pragma);
    sqlite3_free(app_id);
    return rc;
}

static int migrate(nf_db *db, const nf_db_migration *m, size_t n, bool fresh,
                   long long version, const char *fresh_sql, nf_error *err)
{
    bool pending = false;
    for (size_t i = 0; i < n; i++)
        pending = pending || m[i].version > version;
    if (!pending)
        return 0;
    /* Rebuilding tables takes a while in a large database (schema 3 to 5:
     * 27 s for 200,000 stories): say why the command pauses. */
    if (!fresh)
        fprintf(stderr, "newsfacts: %s: upgrading the database from schema %lld to %d,"
                        " once (a large database takes a while)\n",
                db->path, version, m[n - 1].version);
    /* Views over old tables could block a migration; sync_queries remakes them. */
    if (!fresh && (begin_write(db, err) != 0 || drop_saved_views(db, err) != 0 ||
                   exec_sql(db, "COMMIT", err) != 0)) {
        sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
        return -1;
    }
    if (exec_sql(db, "PRAGMA foreign_keys = OFF", err) != 0)
        return -1;
    /* A new database is made in one transaction: a second loader creating
     * it at the same moment sees it empty or whole, never half made (it
     * used to see schema 3 and start upgrading what the first was still
     * building). An existing one is upgraded a migration at a time: each
     * may rebuild large tables. */
    if (fresh)
        return apply_migrations(db, m, n, true, fresh_sql, err);
    for (size_t i = 0; i < n; i++)
        if (m[i].version > version && apply_migrations(db, &m[i], 1, false, NULL, err) != 0)
            return -1;
    return 0;
}

/* PRAGMAs that hold for the connection; journal_mode=WAL writes the header,
 * so it runs only after check_header accepted the file, and after the
 * migrations: switching a new file before them (6 commits without an fsync
 * instead of 31, 5 ms of a one-story load) raced with a second loader
 * creating the same file ("database is locked"; test_two_loaders). */
static int set_pragmas(nf_db *db, nf_error *err)
{
    sqlite3_stmt *st = NULL;
    int rc = -1, step = SQLITE_ERROR;
    /* Two loaders that made one new file both switch it to WAL, which
     * takes the file to oneself: SQLite gives up at once rather than wait
     * (the busy handler is not asked while the connection reads), so the
     * switch is retried, for as long as a busy database is waited for; the
     * second then finds the file in WAL already. */
    if (sqlite3_prepare_v2(db->h, "PRAGMA journal_mode = WAL", -1, &st, NULL) == SQLITE_OK)
        for (int waited = 0; (step = sqlite3_step(st)) != SQLITE_ROW &&
                             (step & 0xff) == SQLITE_BUSY && waited < BUSY_TIMEOUT_MS;
             waited += 10) {
            sqlite3_reset(st);
            sqlite3_sleep(10);
        }
    if (step != SQLITE_ROW) {
        db_fail(db, err, "cannot set WAL journal mode");
        goto done;
    }
    /* In WAL mode synchronous=NORMAL keeps every commit atomic and the file
     * sound through a crash or kill -9; only a power cut may lose the last
     * few stories, which the next run loads again (their sha256 is absent).
     * It saves an fsync per commit. Each story of a group is a savepoint,
     * whose journal stays in memory (temp_store) instead of spilling to a
     * temporary file (~300,000 small writes for 2,000 stories). The cache
     * (SQLite's default is 2 MiB) holds a group's pages and as much as it
     * can of the indexes keyed by sha256 and by person, which every story
     * writes into at random places: once they outgrow it, each miss is a
     * read and, at the commit, a rewrite. 32 MiB instead of 16 took 9 % off
     * a load of 200,000 stories; a load's peak RSS is then 44 MB.
     * Debian builds SQLite with SECURE_DELETE on, which writes zeros over
     * every page freed, and FTS5 frees its segments' pages as it merges
     * them; FAST zeroes deleted content only on pages written anyway
     * (200,000 stories: 77.8 s -> 76.6 s). */
    rc = exec_sql(db, "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; "
                  "PRAGMA secure_delete = FAST; " STORY_PRAGMAS, err);
    /* A checkpoint waits on two fsyncs; at the default of 1,000 pages a load
     * made one every few dozen stories and spent half its time waiting. */
    if (rc == 0)
        rc = exec_sql(db, "PRAGMA wal_autocheckpoint = " STR(WAL_CHECKPOINT_PAGES), err);
done:
    sqlite3_finalize(st);
    return rc;
}

void nf_db_remove_files(const char *path)
{
    static const char *const suffix[] = {"", "-wal", "-shm", "-journal"};
    for (size_t i = 0; i < sizeof suffix / sizeof *suffix; i++) {
        size_t n = strlen(path) + strlen(suffix[i]) + 1;
        char *p = xmalloc(n);
        snprintf(p, n, "%s%s", path, suffix[i]);
        unlink(p);
        free(p);
    }
}

/* ---- checkpoints in a thread of their own --------------------------------- */

/* Copying the WAL into the database file (and two fsyncs) is work no
 * reader of the story waits for; SQLite's automatic checkpoint does it in
 * the committing thread, which was 10 s of a 200,000-story load (the same
 * index pages are written again at every checkpoint). A second connection
 * in a thread of its own checkpoints PASSIVE (never waiting on the writer)
 * when the writer's commit leaves WAL_CHECKPOINT_PAGES in the WAL; if it
 * falls WAL_BEHIND times behind, the writer checkpoints itself, as SQLite
 * would, so that the WAL stays bounded. */
#define WAL_BEHIND 2

struct checkpointer {
    sqlite3 *h;
    pthread_t thread;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    bool wanted, stop;
};

static void *checkpointer_main(void *arg)
{
    checkpointer *c = arg;
    pthread_mutex_lock(&c->mu);
    for (;;) {
        while (!c->wanted && !c->stop)
            pthread_cond_wait(&c->cv, &c->mu);
        if (c->stop)
            break;
        c->wanted = false;
        pthread_mutex_unlock(&c->mu);
        /* SQLITE_BUSY (another checkpoint running) is harmless: the next
         * commit asks again, and the writer's own fallback bounds the WAL. */
        sqlite3_wal_checkpoint_v2(c->h, NULL, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
        pthread_mutex_lock(&c->mu);
    }
    pthread_mutex_unlock(&c->mu);
    return NULL;
}

static void checkpointer_wake(checkpointer *c)
{
    pthread_mutex_lock(&c->mu);
    c->wanted = true;
    pthread_cond_signal(&c->cv);
    pthread_mutex_unlock(&c->mu);
}

/* sqlite3_wal_hook: after each commit, with the WAL's length in pages. */
static int on_commit(void *arg, sqlite3 *h, const char *schema, int pages)
{
    checkpointer *c = arg;
    if (pages >= WAL_BEHIND * WAL_CHECKPOINT_PAGES)
        sqlite3_wal_checkpoint_v2(h, schema, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
    else if (pages >= WAL_CHECKPOINT_PAGES)
        checkpointer_wake(c);
    return SQLITE_OK;
}

void nf_db_checkpoint_soon(nf_db *db)
{
    if (db->ckpt)
        checkpointer_wake(db->ckpt);
}

void nf_db_checkpoint_in_background(nf_db *db)
{
    if (db->ckpt)
        return;
    checkpointer *c = xcalloc(1, sizeof *c);
    /* Until it has read the file, a connection does not know it is in WAL
     * mode, and its checkpoints do nothing. Without a second connection or
     * a thread, SQLite's automatic checkpoints go on as before. */
    if (sqlite3_open_v2(db->path, &c->h, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX |
                        SQLITE_OPEN_URI, NULL) != SQLITE_OK ||
        sqlite3_exec(c->h, "SELECT count(*) FROM sqlite_schema", NULL, NULL, NULL) != SQLITE_OK) {
        sqlite3_close(c->h);
        free(c);
        return;
    }
    pthread_mutex_init(&c->mu, NULL);
    pthread_cond_init(&c->cv, NULL);
    if (pthread_create(&c->thread, NULL, checkpointer_main, c) != 0) {
        pthread_mutex_destroy(&c->mu);
        pthread_cond_destroy(&c->cv);
        sqlite3_close(c->h);
        free(c);
        return;
    }
    db->ckpt = c;
    sqlite3_wal_hook(db->h, on_commit, c);   /* replaces wal_autocheckpoint */
}

static void checkpointer_stop(nf_db *db)
{
    checkpointer *c = db->ckpt;
    if (!c)
        return;
    pthread_mutex_lock(&c->mu);
    c->stop = true;
    pthread_cond_signal(&c->cv);
    pthread_mutex_unlock(&c->mu);
    pthread_join(c->thread, NULL);
    sqlite3_close(c->h);
    pthread_mutex_destroy(&c->mu);
    pthread_cond_destroy(&c->cv);
    free(c);
    db->ckpt = NULL;
    if (db->h)
        sqlite3_wal_autocheckpoint(db->h, WAL_CHECKPOINT_PAGES);
}

static pthread_once_t sqlite_once = PTHREAD_ONCE_INIT;

/* Once, before SQLite initialises: no memory statistics, which newsfacts
 * never reads and which took a global mutex on each of the ~3,000 mallocs
 * SQLite makes per story. */
static void configure_sqlite(void)
{
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

/* The migrations' end state as one script (nf_db_schema_script), which the
 * build makes once (tools/schema_snapshot.c) and embeds
 * (build/gen/fresh_schema.S): a new database made by it takes 1 ms instead
 * of the 12 ms the migrations take (each table they rebuild makes SQLite
 * parse the whole schema again), and has no free pages. Weak, so that the
 * tool that makes it links without it. */
extern const char nf_fresh_schema[] __attribute__((weak));

static nf_db *open_db(const char *path, const nf_db_migration *migrations,
                      size_t n_migrations, const char *fresh_sql, nf_error *err)
{
    struct stat sb;
    bool fresh = false, existed;
    long long version = 0;
    int max_version = 0;
    nf_error_clear(err);
    if (!path || !*path) {
        nf_error_set(err, NF_EUSAGE, "", "no database path given");
        return NULL;
    }
    if (check_path(path, err) != 0)
        return NULL;
    existed = stat(path, &sb) == 0;
    for (size_t i = 0; i < n_migrations; i++)
        max_version = migrations[i].version > max_version ? migrations[i].version : max_version;
    pthread_once(&sqlite_once, configure_sqlite);
    nf_db *db = xcalloc(1, sizeof *db);
    db->path = xstrdup(path);
    /* One connection per thread (cmd_db.c: only the writer touches it), so
     * SQLite need not lock it on every call (-1.7 % of a load). */
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI |
                SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path, &db->h, flags, NULL) != SQLITE_OK) {
        nf_error_set(err, NF_EDB, path, "cannot open database %s: %s", path,
                     db->h ? sqlite3_errmsg(db->h) : "out of memory");
        goto fail;
    }
    sqlite3_extended_result_codes(db->h, 1);
    if (sqlite3_busy_timeout(db->h, BUSY_TIMEOUT_MS) != SQLITE_OK ||
        check_header(db, max_version, &fresh, &version, err) != 0 ||
        migrate(db, migrations, n_migrations, fresh, version, fresh_sql, err) != 0 ||
        set_pragmas(db, err) != 0 || sync_queries(db, err) != 0)
        goto fail;
    db->version = max_version;   /* check_header refused any newer */
    return db;
fail:
    nf_db_close(db);
    if (!existed)
        nf_db_remove_files(path);
    return NULL;
}

nf_db *nf_db_open_with(const char *path, const nf_db_migration *migrations,
                       size_t n_migrations, nf_error *err)
{
    return open_db(path, migrations, n_migrations, NULL, err);
}

nf_db *nf_db_open(const char *path, nf_error *err)
{
    nf_db_migration *m = xcalloc(nf_sql_n_schema, sizeof *m);
    for (size_t i = 0; i < nf_sql_n_schema; i++) {
        m[i].version = atoi(nf_sql_schema[i].name);
        m[i].sql = nf_sql_schema[i].text;
    }
    nf_db *db = open_db(path, m, nf_sql_n_schema, &nf_fresh_schema ? nf_fresh_schema : NULL, err);
    free(m);
    return db;
}

void nf_db_close(nf_db *db)
{
    if (!db)
        return;
    if (db->h && !sqlite3_get_autocommit(db->h))   /* a group never committed: not loaded */
        sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
    checkpointer_stop(db);
    for (int i = 0; i < N_STMTS; i++)
        sqlite3_finalize(db->st[i]);
    for (int t = 0; t < N_ROW_TABLES; t++)
        for (int k = 0; k <= ROW_BATCH; k++)
            sqlite3_finalize(db->rows[t][k]);
    sqlite3_close(db->h);
    free(db->path);
    free(db);
}

/* ---- people --------------------------------------------------------------- */

static bool is_honorific(const char *w, size_t n)
{
    static const char *const words[] = {"mr", "mrs", "ms", "dr", "miss", "mx", "sir", "dame",
                                        "prof"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strlen(words[i]) == n && memcmp(words[i], w, n) == 0)
            return true;
    return false;
}

/* Fold a name: case-folded, accents stripped, apostrophes dropped, every
 * run of other non-alphanumerics as one space. Caller frees. */
static char *fold_name(const char *name)
{
    utf8proc_uint8_t *folded = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)name, 0, &folded,
                                      UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                      UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
    const char *s = n >= 0 ? (const char *)folded : name;
    size_t len = strlen(s), k = 0;
    char *out = xmalloc(len + 1);
    for (size_t i = 0; i < len;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t step = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                                 (utf8proc_ssize_t)(len - i), &cp);
        if (step <= 0) {              /* invalid UTF-8 (only when map failed) */
            cp = (unsigned char)s[i];
            step = 1;
        }
        utf8proc_category_t c = utf8proc_category(cp);
        bool word = cp < 0x80 ? isalnum((unsigned char)cp) != 0
                              : c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_NO;
        if (cp == '\'' || cp == 0x2019 || cp == 0x02BC)
            ;                          /* O'Brien = OBrien */
        else if (word)
            for (utf8proc_ssize_t j = 0; j < step; j++)
                out[k++] = (char)tolower((unsigned char)s[i + (size_t)j]);
        else if (k > 0 && out[k - 1] != ' ')
            out[k++] = ' ';
        i += (size_t)step;
    }
    while (k > 0 && out[k - 1] == ' ')
        k--;
    out[k] = '\0';
    free(folded);
    return out;
}

/* The key that identifies a person across stories: the folded name without
 * leading honorifics (Mr, Mrs, Ms, Dr, ...) unless nothing else is left.
 * "Mr Anne Dupont" -> "gerald darmanin". Caller frees. */
static char *name_key(const char *name)
{
    char *key = fold_name(name);
    char *p = key, *sp;
    while ((sp = strchr(p, ' ')) && is_honorific(p, (size_t)(sp - p)))
        p = sp + 1;
    memmove(key, p, strlen(p) + 1);
    return key;
}

/* ---- loading one story -------------------------------------------------- */

static void undo_story(nf_db *db, bool own, const nf_error *err);

typedef struct load_ctx {
    nf_db *db;
    const nf_story *story;
    const nf_facts *facts;
    nf_error *err;
    sqlite3_int64 doc_id;
    sqlite3_int64 *sentence_ids;   /* per story sentence */
    sqlite3_int64 *event_ids;      /* per facts event */
    sqlite3_int64 *person_ids;     /* per official */
    char **official_keys;          /* per official */
    const nf_country *country;     /* whose mentions bind_country_mention binds */
    size_t official;               /* whose mentions bind_person_mention binds */
    nf_load_counts counts;
} load_ctx;

/* Row id of the sentence that contains byte off (sentences are sorted and
 * do not overlap), or 0 when off falls between sentences. */
static sqlite3_int64 sentence_at(const load_ctx *L, size_t off)
{
    const nf_span *s = L->story->sentences;
    size_t lo = 0, hi = L->story->n_sentences;
    while (lo < hi) {                 /* first sentence with start > off */
        size_t mid = lo + (hi - lo) / 2;
        if (s[mid].start <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0 || off >= s[lo - 1].end)
        return 0;
    return L->sentence_ids[lo - 1];
}

/* Bind a fact's span to parameters first..first+3: start, end, the story's
 * bytes there, and the sentence that holds its start. */
static int bind_span(load_ctx *L, sqlite3_stmt *st, int first, nf_span sp,
                     const char *kind, size_t idx)
{
    if (sp.start > sp.end || sp.end > L->story->len) {
        nf_error_set(L->err, NF_EINPUT, L->facts->doc.source,
                     "%s %zu: span [%zu, %zu) is outside the story (%zu bytes)",
                     kind, idx + 1, sp.start, sp.end, L->story->len);
        st_done(st);
        return -1;
    }
    if (b_int(st, first, (sqlite3_int64)sp.start) || b_int(st, first + 1, (sqlite3_int64)sp.end) ||
        b_bytes(st, first + 2, L->story->text + sp.start, sp.end - sp.start) ||
        b_id(st, first + 3, sentence_at(L, sp.start)))
        return bind_fail(L->db, st, L->err);
    return 0;
}

static int load_document(load_ctx *L, sqlite3_int64 keep_id)
{
    const nf_docmeta *d = &L->facts->doc;
    sqlite3_stmt *st = stmt(L->db, ST_INS_DOC, L->err);
    if (!st)
        return -1;
    if (b_id(st, 1, keep_id) || b_text(st, 2, d->sha256) ||
        b_text(st, 3, d->source ? d->source : "-") || b_text(st, 4, d->title) ||
        b_text(st, 5, d->url) || b_text(st, 6, d->published) ||
        b_int(st, 7, (sqlite3_int64)L->story->len) ||
        b_bytes(st, 8, L->story->text, L->story->len))
        return bind_fail(L->db, st, L->err);
    if (step_st(L->db, st, NULL, L->err, "document", -1) != 0)
        return -1;
    L->doc_id = sqlite3_last_insert_rowid(L->db->h);
    return 0;
}

/* The kept statement that inserts k rows (1 <= k <= ROW_BATCH) of table t. */
static sqlite3_stmt *rows_stmt(nf_db *db, int t, size_t k, nf_error *err)
{
    if (db->rows[t][k])
        return db->rows[t][k];
    sqlite3_str *sql = sqlite3_str_new(db->h);
    sqlite3_str_appendall(sql, row_tables[t].insert);
    sqlite3_str_appendall(sql, " VALUES ");
    for (size_t i = 0; i < k; i++) {
        sqlite3_str_appendall(sql, i ? ",(?" : "(?");
        for (int c = 1; c < row_tables[t].n_cols; c++)
            sqlite3_str_appendall(sql, ",?");
        sqlite3_str_appendall(sql, ")");
    }
    char *text = sqlite3_str_finish(sql);
    if (!text || sqlite3_prepare_v3(db->h, text, -1, SQLITE_PREPARE_PERSISTENT, &db->rows[t][k],
                                    NULL) != SQLITE_OK)
        db_fail(db, err, "cannot prepare statement");
    sqlite3_free(text);
    return db->rows[t][k];
}

/* Binds row i of a table to the parameters after p (p + 1 is its first
 * column). Returns 0 or -1 with L->err set. */
typedef int (*bind_row_fn)(load_ctx *L, sqlite3_stmt *st, int p, size_t i);

/* Insert rows 0..n-1 of table t, up to ROW_BATCH to an INSERT: each
 * statement run costs about as much as a row, so one per row doubled the
 * cost of writing a story. The rows of one INSERT get consecutive ids, each
 * one more than the largest before it (an INTEGER PRIMARY KEY below 2^63 - 1;
 * https://sqlite.org/autoinc.html), so the last row's id gives them all:
 * ids[i] when ids is not NULL. */
static int insert_rows(load_ctx *L, int t, size_t n, bind_row_fn bind, const char *kind,
                       sqlite3_int64 *ids)
{
    for (size_t from = 0; from < n; from += ROW_BATCH) {
        size_t k = n - from < ROW_BATCH ? n - from : ROW_BATCH;
        sqlite3_stmt *st = rows_stmt(L->db, t, k, L->err);
        if (!st)
            return -1;
        for (size_t j = 0; j < k; j++)
            if (bind(L, st, (int)j * row_tables[t].n_cols, from + j) != 0) {
                st_done(st);
                return -1;
            }
        char what[96];
        snprintf(what, sizeof what, "%s %zu to %zu", kind, from + 1, from + k);
        if (step_st(L->db, st, NULL, L->err, what, -1) != 0)
            return -1;
        sqlite3_int64 last = sqlite3_last_insert_rowid(L->db->h);
        for (size_t j = 0; ids && j < k; j++)
            ids[from + j] = last - (sqlite3_int64)(k - 1 - j);
    }
    return 0;
}

static int bind_sentence(load_ctx *L, sqlite3_stmt *st, int p, size_t i)
{
    nf_span sp = L->story->sentences[i];
    if (b_int(st, p + 1, L->doc_id) || b_int(st, p + 2, (sqlite3_int64)i) ||
        b_int(st, p + 3, (sqlite3_int64)sp.start) || b_int(st, p + 4, (sqlite3_int64)sp.end) ||
        b_bytes(st, p + 5, L->story->text + sp.start, sp.end - sp.start))
        return bind_fail(L->db, st, L->err);
    return 0;
}

/* fts_state.indexed_upto: the highest sentence id in the search index. */
static int read_indexed_upto(nf_db *db, sqlite3_int64 *upto, nf_error *err)
{
    sqlite3_stmt *st = stmt(db, ST_INDEXED_UPTO, err);
    if (!st)
        return -1;
    if (sqlite3_step(st) != SQLITE_ROW) {
        db_fail(db, err, "cannot read fts_state");
        st_done(st);
        return -1;
    }
    *upto = sqlite3_column_int64(st, 0);
    st_done(st);
    return 0;
}

/* The bulk update indexes sentences above fts_state.indexed_upto (see
 * nf_db_index_sentences). New ids are max(id) + 1, so they fall at or below
 * it only after the stories with the highest ids were deleted (--replace):
 * those sentences are indexed here, at once. Schema 005 dropped the trigger
 * that checked this for every row, which cost 9 % of writing a story; in an
 * older schema (only tests open one) the trigger still does it. */
#define SCHEMA_WITHOUT_INSERT_TRIGGER 5

static int index_reused_ids(load_ctx *L)
{
    if (L->story->n_sentences == 0 || L->db->version < SCHEMA_WITHOUT_INSERT_TRIGGER)
        return 0;
    sqlite3_int64 upto = 0, first = L->sentence_ids[0];
    if (read_indexed_upto(L->db, &upto, L->err) != 0)
        return -1;
    if (first > upto)
        return 0;
    sqlite3_stmt *st = stmt(L->db, ST_INDEX_SENTENCES, L->err);
    if (!st)
        return -1;
    if (b_int(st, 1, first) || b_int(st, 2, upto))
        return bind_fail(L->db, st, L->err);
    return step_st(L->db, st, NULL, L->err, "the search index", -1);
}

static int load_sentences(load_ctx *L)
{
    const nf_story *s = L->story;
    for (size_t i = 0; i < s->n_sentences; i++) {
        nf_span sp = s->sentences[i];
        if (sp.start > sp.end || sp.end > s->len || (i > 0 && sp.start < s->sentences[i - 1].end)) {
            nf_error_set(L->err, NF_EINPUT, L->facts->doc.source,
                         "sentence %zu: span [%zu, %zu) is outside the story or out of order",
                         i + 1, sp.start, sp.end);
            return -1;
        }
    }
    if (insert_rows(L, RT_SENTENCE, s->n_sentences, bind_sentence, "sentences",
                    L->sentence_ids) != 0 ||
        index_reused_ids(L) != 0)
        return -1;
    L->counts.sentences += s->n_sentences;
    return 0;
}

static int bind_event(load_ctx *L, sqlite3_stmt *st, int p, size_t i)
{
    const nf_event *e = &L->facts->events[i];
    if (b_int(st, p + 1, L->doc_id) || b_int(st, p + 2, e->id) || b_text(st, p + 3, e->type) ||
        b_int(st, p + 4, e->main) || b_text(st, p + 5, e->location) || b_text(st, p + 6, e->date))
        return bind_fail(L->db, st, L->err);
    return bind_span(L, st, p + 7, e->text, "event", i);
}

static int load_events(load_ctx *L)
{
    if (insert_rows(L, RT_EVENT, L->facts->n_events, bind_event, "events", L->event_ids) != 0)
        return -1;
    L->counts.events += L->facts->n_events;
    return 0;
}

/* Row id of the event a casualty or arrest names (0 = none). */
static int event_row(load_ctx *L, int event, const char *kind, size_t idx, sqlite3_int64 *id)
{
    *id = 0;
    if (event == 0)
        return 0;
    for (size_t i = 0; i < L->facts->n_events; i++)
        if (L->facts->events[i].id == event) {
            *id = L->event_ids[i];
            return 0;
        }
    nf_error_set(L->err, NF_EINPUT, L->facts->doc.source,
                 "%s %zu refers to event %d, which the story's facts do not have",
                 kind, idx + 1, event);
    return -1;
}

static bool valid_code(const char *c)
{
    return c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'A' && c[1] <= 'Z' && c[2] == '\0';
}

static int bind_country_mention(load_ctx *L, sqlite3_stmt *st, int p, size_t m)
{
    const nf_country *c = L->country;
    if (b_int(st, p + 1, L->doc_id) || b_text(st, p + 2, c->code))
        return bind_fail(L->db, st, L->err);
    return bind_span(L, st, p + 3, c->mentions[m], "country mention", m);
}

static int load_country(load_ctx *L, const nf_country *c, size_t idx)
{
    sqlite3_stmt *ins = stmt(L->db, ST_INS_COUNTRY, L->err);
    sqlite3_stmt *link = stmt(L->db, ST_INS_DOC_COUNTRY, L->err);
    if (!ins || !link)
        return -1;
    if (!valid_code(c->code)) {
        nf_error_set(L->err, NF_EINPUT, L->facts->doc.source,
                     "country %zu: \"%s\" is not an ISO 3166-1 alpha-2 code", idx + 1, c->code);
        return -1;
    }
    /* A code iso-codes lacks (e.g. XK) is added with the name the facts give. */
    if (b_text(ins, 1, c->code) || b_text(ins, 2, c->name && *c->name ? c->name : c->code))
        return bind_fail(L->db, ins, L->err);
    if (step_st(L->db, ins, NULL, L->err, "country", (long)idx) != 0)
        return -1;
    if (b_int(link, 1, L->doc_id) || b_text(link, 2, c->code))
        return bind_fail(L->db, link, L->err);
    if (step_st(L->db, link, NULL, L->err, "country", (long)idx) != 0)
        return -1;
    L->counts.countries++;
    L->country = c;
    if (insert_rows(L, RT_COUNTRY_MENTION, c->n_mentions, bind_country_mention,
                    "country mentions", NULL) != 0)
        return -1;
    L->counts.mentions += c->n_mentions;
    return 0;
}

static int load_countries(load_ctx *L)
{
    for (size_t i = 0; i < L->facts->n_countries; i++)
        if (load_country(L, &L->facts->countries[i], i) != 0)
            return -1;
    return 0;
}

static int bind_person_mention(load_ctx *L, sqlite3_stmt *st, int p, size_t m)
{
    if (b_int(st, p + 1, L->person_ids[L->official]) || b_int(st, p + 2, L->doc_id))
        return bind_fail(L->db, st, L->err);
    return bind_span(L, st, p + 3, L->facts->officials[L->official].mentions[m],
                     "official mention", m);
}

/* An official's country comes from the facts (a file corrected by hand may
 * say anything) and must be a row of countries. A foreign key said so too,
 * but a bulk load does without them (nf_db_defer_indexes). */
static int known_country(load_ctx *L, const char *code, size_t idx)
{
    sqlite3_stmt *st = stmt(L->db, ST_FIND_COUNTRY, L->err);
    sqlite3_int64 n = 0;
    if (!st)
        return -1;
    if (b_text(st, 1, code))
        return bind_fail(L->db, st, L->err);
    if (step_st(L->db, st, &n, L->err, "official", (long)idx) != 0)
        return -1;
    if (n == 0) {
        nf_error_set(L->err, NF_EINPUT, L->facts->doc.source,
                     "official %zu: country \"%s\" is not in the countries table", idx + 1, code);
        return -1;
    }
    return 0;
}

static int load_official(load_ctx *L, const nf_official *o, size_t idx)
{
    sqlite3_stmt *up = stmt(L->db, ST_UPSERT_PERSON, L->err);
    sqlite3_stmt *role = stmt(L->db, ST_INS_ROLE, L->err);
    const char *key = L->official_keys[idx];
    sqlite3_int64 pid;
    if (!up || !role)
        return -1;
    if (!*key) {
        nf_error_set(L->err, NF_EINPUT, L->facts->doc.source,
                     "official %zu has no usable name (\"%s\")", idx + 1, o->name ? o->name : "");
        return -1;
    }
    if (b_text(up, 1, o->name) || b_text(up, 2, key))
        return bind_fail(L->db, up, L->err);
    if (step_st(L->db, up, &pid, L->err, "official", (long)idx) != 0)
        return -1;
    L->person_ids[idx] = pid;
    if (o->country[0] && known_country(L, o->country, idx) != 0)
        return -1;
    if (b_int(role, 1, pid) || b_int(role, 2, L->doc_id) || b_text(role, 3, o->title) ||
        b_text(role, 4, o->country[0] ? o->country : NULL))
        return bind_fail(L->db, role, L->err);
    if (step_st(L->db, role, NULL, L->err, "official role", (long)idx) != 0)
        return -1;
    L->counts.officials++;
    L->official = idx;
    if (insert_rows(L, RT_PERSON_MENTION, o->n_mentions, bind_person_mention,
                    "official mentions", NULL) != 0)
        return -1;
    L->counts.mentions += o->n_mentions;
    return 0;
}

static int load_officials(load_ctx *L)
{
    for (size_t i = 0; i < L->facts->n_officials; i++)
        L->official_keys[i] = name_key(L->facts->officials[i].name ? L->facts->officials[i].name : "");
    for (size_t i = 0; i < L->facts->n_officials; i++)
        if (load_official(L, &L->facts->officials[i], i) != 0)
            return -1;
    return 0;
}

static int bind_casualty(load_ctx *L, sqlite3_stmt *st, int p, size_t i)
{
    const nf_casualty *c = &L->facts->casualties[i];
    sqlite3_int64 ev;
    if (event_row(L, c->event, "casualty", i, &ev) != 0)
        return -1;
    if (b_int(st, p + 1, L->doc_id) || b_id(st, p + 2, ev) ||
        b_text(st, p + 3, nf_category_name(c->category)) || b_int(st, p + 4, c->count) ||
        b_text(st, p + 5, nf_qualifier_name(c->qualifier)) || b_text(st, p + 6, c->group))
        return bind_fail(L->db, st, L->err);
    return bind_span(L, st, p + 7, c->text, "casualty", i);
}

static int bind_arrest(load_ctx *L, sqlite3_stmt *st, int p, size_t i)
{
    const nf_arrest *a = &L->facts->arrests[i];
    sqlite3_int64 ev;
    if (event_row(L, a->event, "arrest", i, &ev) != 0)
        return -1;
    if (b_int(st, p + 1, L->doc_id) || b_id(st, p + 2, ev) ||
        (a->count >= 0 ? b_int(st, p + 3, a->count) : sqlite3_bind_null(st, p + 3) != SQLITE_OK) ||
        b_text(st, p + 4, a->suspects))
        return bind_fail(L->db, st, L->err);
    return bind_span(L, st, p + 5, a->text, "arrest", i);
}

/* The person a quote's speaker is: an official of this story with the same
 * key or (for a bare surname) the only one with that last word, else anyone
 * in people with the same key. Organisations and unknown names stay
 * unlinked (*pid = 0): no people row is made for a speaker. */
static int speaker_person(load_ctx *L, const char *speaker, sqlite3_int64 *pid)
{
    sqlite3_stmt *st;
    size_t n_match = 0;
    int rc = 0;
    *pid = 0;
    if (!speaker)
        return 0;
    char *key = name_key(speaker);
    for (size_t i = 0; i < L->facts->n_officials && !*pid; i++)
        if (strcmp(L->official_keys[i], key) == 0)
            *pid = L->person_ids[i];
    for (size_t i = 0; i < L->facts->n_officials && !*pid && *key && !strchr(key, ' '); i++) {
        const char *last = strrchr(L->official_keys[i], ' ');
        if (last && strcmp(last + 1, key) == 0 && n_match++ == 0)
            *pid = L->person_ids[i];
    }
    if (n_match > 1)
        *pid = 0;                      /* two officials share the surname */
    if (*pid || !*key)
        goto done;
    if (!(st = stmt(L->db, ST_FIND_PERSON, L->err)))
        rc = -1;
    else if (b_text(st, 1, key))
        rc = bind_fail(L->db, st, L->err);
    else
        rc = step_st(L->db, st, pid, L->err, "quote speaker", -1);
done:
    free(key);
    return rc;
}

static int bind_quote(load_ctx *L, sqlite3_stmt *st, int p, size_t i)
{
    const nf_quote *q = &L->facts->quotes[i];
    sqlite3_int64 pid;
    if (speaker_person(L, q->speaker, &pid) != 0)
        return -1;
    if (b_int(st, p + 1, L->doc_id) || b_text(st, p + 2, q->speaker) || b_id(st, p + 3, pid))
        return bind_fail(L->db, st, L->err);
    return bind_span(L, st, p + 4, q->text, "quote", i);
}

static int bind_amount(load_ctx *L, sqlite3_stmt *st, int p, size_t i)
{
    const nf_amount *a = &L->facts->amounts[i];
    if (!isfinite(a->value)) {
        nf_error_set(L->err, NF_EINPUT, L->facts->doc.source,
                     "amount %zu: value is not a finite number", i + 1);
        return -1;
    }
    if (b_int(st, p + 1, L->doc_id) || sqlite3_bind_double(st, p + 2, a->value) != SQLITE_OK ||
        b_text(st, p + 3, a->currency))
        return bind_fail(L->db, st, L->err);
    return bind_span(L, st, p + 4, a->text, "amount", i);
}

/* The facts of the story after its events, countries and officials. */
static int load_facts(load_ctx *L)
{
    const nf_facts *f = L->facts;
    if (insert_rows(L, RT_CASUALTY, f->n_casualties, bind_casualty, "casualties", NULL) != 0 ||
        insert_rows(L, RT_ARREST, f->n_arrests, bind_arrest, "arrests", NULL) != 0 ||
        insert_rows(L, RT_QUOTE, f->n_quotes, bind_quote, "quotes", NULL) != 0 ||
        insert_rows(L, RT_AMOUNT, f->n_amounts, bind_amount, "amounts", NULL) != 0)
        return -1;
    L->counts.casualties += f->n_casualties;
    L->counts.arrests += f->n_arrests;
    L->counts.quotes += f->n_quotes;
    L->counts.amounts += f->n_amounts;
    return 0;
}

/* Facts and story must describe the same bytes before anything is written. */
static int check_input(const nf_story *story, const nf_facts *facts, nf_error *err)
{
    const char *sha = facts ? facts->doc.sha256 : "";
    size_t n = strspn(sha, "0123456789abcdef");
    if (!story || !facts || (!story->text && story->len)) {
        nf_error_set(err, NF_EUSAGE, "", "nf_db_load needs a story and its facts");
        return -1;
    }
    if (n != 64 || sha[64] != '\0') {
        nf_error_set(err, NF_EINPUT, facts->doc.source,
                     "document sha256 \"%s\" is not 64 lowercase hex digits", sha);
        return -1;
    }
    if (facts->doc.bytes && facts->doc.bytes != story->len) {
        nf_error_set(err, NF_EINPUT, facts->doc.source,
                     "facts are for a story of %zu bytes, the story has %zu",
                     facts->doc.bytes, story->len);
        return -1;
    }
    return 0;
}

static void load_ctx_free(load_ctx *L)
{
    for (size_t i = 0; L->official_keys && i < L->facts->n_officials; i++)
        free(L->official_keys[i]);
    free(L->official_keys);
    free(L->sentence_ids);
    free(L->event_ids);
    free(L->person_ids);
}

/* Everything after BEGIN: look the story up, then write it (or not). */
static int load_tx(load_ctx *L, bool replace, nf_load_status *status)
{
    sqlite3_stmt *find = stmt(L->db, ST_FIND_DOC, L->err);
    sqlite3_int64 old_id;
    if (!find)
        return -1;
    if (b_text(find, 1, L->facts->doc.sha256))
        return bind_fail(L->db, find, L->err);
    if (step_st(L->db, find, &old_id, L->err, "document lookup", -1) != 0)
        return -1;
    if (old_id && !replace) {
        *status = NF_LOAD_PRESENT;
        return 0;
    }
    if (old_id) {
        sqlite3_stmt *del = stmt(L->db, ST_DEL_DOC, L->err);
        if (!del)
            return -1;
        if (b_int(del, 1, old_id))
            return bind_fail(L->db, del, L->err);
        if (step_st(L->db, del, NULL, L->err, "old document (delete)", -1) != 0)
            return -1;
    }
    if (load_document(L, old_id) != 0 || load_sentences(L) != 0 || load_events(L) != 0 ||
        load_countries(L) != 0 || load_officials(L) != 0 || load_facts(L) != 0)
        return -1;
    if (old_id) {
        sqlite3_stmt *orphans = stmt(L->db, ST_DEL_ORPHAN_PEOPLE, L->err);
        if (!orphans || step_st(L->db, orphans, NULL, L->err, "people (cleanup)", -1) != 0)
            return -1;
    }
    *status = old_id ? NF_LOAD_REPLACED : NF_LOAD_NEW;
    return 0;
}

int nf_db_load(nf_db *db, const nf_story *story, const nf_facts *facts, bool replace,
               nf_load_status *status, nf_load_counts *counts, nf_error *err)
{
    nf_load_status st = NF_LOAD_NEW;
    int rc = -1;
    nf_error_clear(err);
    if (replace && db->bulk) {   /* its deletes need the foreign keys' ON DELETE */
        nf_error_set(err, NF_EUSAGE, db->path, "a bulk load cannot replace stories");
        return -1;
    }
    if (check_input(story, facts, err) != 0)
        return -1;
    load_ctx L = {.db = db, .story = story, .facts = facts, .err = err};
    L.sentence_ids = xcalloc(story->n_sentences, sizeof *L.sentence_ids);
    L.event_ids = xcalloc(facts->n_events, sizeof *L.event_ids);
    L.person_ids = xcalloc(facts->n_officials, sizeof *L.person_ids);
    L.official_keys = xcalloc(facts->n_officials, sizeof *L.official_keys);
    bool own = sqlite3_get_autocommit(db->h) != 0;   /* no group open: a transaction of its own */
    if ((own ? begin_write(db, err) : exec_sql(db, "SAVEPOINT story", err)) != 0)
        goto done;
    if (load_tx(&L, replace, &st) != 0)
        goto done;
    if (st == NF_LOAD_PRESENT)
        memset(&L.counts, 0, sizeof L.counts);
    if (sqlite3_exec(db->h, own ? "COMMIT" : "RELEASE story", NULL, NULL, NULL) != SQLITE_OK) {
        db_fail(db, err, "cannot commit the story");
        goto done;
    }
    if (status)
        *status = st;
    if (counts)
        *counts = L.counts;
    rc = 0;
done:
    if (rc != 0)
        undo_story(db, own, err);
    load_ctx_free(&L);
    return rc;
}

/* After a failed story: a transaction of its own is rolled back; in a group,
 * facts that do not fit their story (NF_EINPUT) roll back to the story's
 * savepoint and the group goes on, while a database fault rolls back the
 * whole group (SQLite may already have), which the caller must report. */
static void undo_story(nf_db *db, bool own, const nf_error *err)
{
    if (sqlite3_get_autocommit(db->h))
        return;
    if (!own && err && err->code == NF_EINPUT &&
        sqlite3_exec(db->h, "ROLLBACK TO story; RELEASE story", NULL, NULL, NULL) == SQLITE_OK)
        return;
    sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
}

int nf_db_begin(nf_db *db, nf_error *err)
{
    nf_error_clear(err);
    return begin_write(db, err);
}

int nf_db_commit(nf_db *db, nf_error *err)
{
    nf_error_clear(err);
    if (sqlite3_get_autocommit(db->h))
        return 0;
    if (sqlite3_exec(db->h, "COMMIT", NULL, NULL, NULL) == SQLITE_OK)
        return 0;
    db_fail(db, err, "cannot commit the stories");
    sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
    return -1;
}

bool nf_db_in_group(const nf_db *db)
{
    return !sqlite3_get_autocommit(db->h);
}

/* ---- the full-text index -------------------------------------------------- */

/* One big statement (the search index update, CREATE INDEX) needs memory
 * of its own: FTS5 holds up to 8 MiB of index (schema/006), a sort as much
 * as the page cache, and its journal or sort files would grow with the
 * index if they were kept in memory as a story's savepoint journal is
 * (set_pragmas). While on, temporary files are files and the page cache
 * gives up 24 MiB: building the six deferred indexes of 200,000 stories
 * peaked at 130 MB without this (the sort's files were in memory), 24 MB
 * with it, and took 2.8 s instead of 4.3 s. */
static int big_statement(nf_db *db, bool on, nf_error *err)
{
    return exec_sql(db, on ? BIG_STATEMENT_PRAGMAS : db->bulk ? BULK_STORY_PRAGMAS : STORY_PRAGMAS,
                    err);
}

/* Index the sentences above fts_state.indexed_upto, at most `most` of them
 * by id (0: all), in one transaction. */
static int index_sentences(nf_db *db, sqlite3_int64 most, size_t *indexed, nf_error *err)
{
    sqlite3_stmt *fill = NULL, *mark = NULL;   /* fill: kept, ST_INDEX_SENTENCES */
    sqlite3_int64 from = 0;
    int rc = -1;
    nf_error_clear(err);
    if (indexed)
        *indexed = 0;
    /* The statement journal of this one INSERT holds every page FTS5 frees
     * in a merge and then reuses; kept in memory, as a story's savepoint
     * journal is (temp_store = MEMORY), it grew with the index: a load of
     * 200,000 stories peaked at 48 MB with it, 27 MB without. In a file it
     * costs no measurable time. (A spill threshold for all journals,
     * SQLITE_CONFIG_STMTJRNL_SPILL, would be the general fix, but SQLite
     * 3.40 failed with SQLITE_FULL when a journal spilled at 256 KiB or
     * 4 MiB.) */
    if (big_statement(db, true, err) != 0)
        return -1;
    if (begin_write(db, err) != 0)
        goto done;
    if (read_indexed_upto(db, &from, err) != 0)
        goto done;
    sqlite3_int64 upto = most > 0 && from < LLONG_MAX - most ? from + most : LLONG_MAX;
    /* Up to the last sentence; a part ends at upto even where ids skip it
     * (a deleted story), so that a catch-up in parts always gets on. */
    const char *mark_sql = most > 0
        ? "UPDATE fts_state SET indexed_upto ="
          " max(?1, min(?2, (SELECT coalesce(max(id), ?1) FROM sentences)))"
        : "UPDATE fts_state SET indexed_upto = (SELECT coalesce(max(id), ?1) FROM sentences"
          " WHERE id <= ?2)";
    if (!(fill = stmt(db, ST_INDEX_SENTENCES, err)))
        goto done;
    if (sqlite3_prepare_v2(db->h, mark_sql, -1, &mark, NULL) != SQLITE_OK ||
        b_int(fill, 1, from + 1) || b_int(fill, 2, upto) || b_int(mark, 1, from) ||
        b_int(mark, 2, upto) || sqlite3_step(fill) != SQLITE_DONE) {
        db_fail(db, err, "cannot index the sentences for search");
        goto done;
    }
    size_t n = (size_t)sqlite3_changes(db->h);
    if (sqlite3_step(mark) != SQLITE_DONE ||
        sqlite3_exec(db->h, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
        db_fail(db, err, "cannot index the sentences for search");
        goto done;
    }
    if (indexed)
        *indexed = n;
    rc = 0;
done:
    if (fill)
        st_done(fill);
    sqlite3_finalize(mark);
    if (rc != 0 && !sqlite3_get_autocommit(db->h))
        sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
    if (big_statement(db, false, rc == 0 ? err : NULL) != 0)
        rc = -1;
    return rc;
}

int nf_db_index_sentences(nf_db *db, size_t *indexed, nf_error *err)
{
    return index_sentences(db, 0, indexed, err);
}

/* ---- bulk loads: indexes built after the rows (schema/006) ------------------ */

/* FTS5 merges its segments as they pile up, four of a level into one of the
 * next (automerge), so that each sentence's entry is rewritten once per
 * level, and levels come with the index's size: at 200,000 stories (53
 * segments) the merges took 6.8 s of the 17 s the search index cost. A
 * bulk load turns merging off (a level is merged only if it reaches 256
 * segments, some 25 million sentences) and merges everything into one
 * segment at its end ('optimize'): 5.3 s at 200,000 stories, one rewrite
 * of each entry however many stories. Then FTS5's defaults again. */
#define FTS_BULK_SETTINGS \
    "INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('automerge', 0);" \
    "INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('crisismerge', 256)"
#define FTS_MERGE_AND_USUAL_SETTINGS \
    "INSERT INTO sentences_fts(sentences_fts) VALUES ('optimize');" \
    "INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('automerge', 4);" \
    "INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('crisismerge', 16)"

/* The indexes a bulk load never reads. Those by person or by country take
 * their entries all over the b-tree, so that once they outgrow the page
 * cache a group of stories changes most of their pages: kept in step with
 * them, a load of 200,000 stories took 125 s; built after the rows, with
 * one sort each, 92 s, and 3 s to build them. Those by story (and event)
 * grow at their end, but each is one more b-tree to write for every row:
 * deferring them too took 0.3 s off the 4.1 s that the writer of 20,000
 * stories spent with --jobs 2. Only the ON DELETE actions of a story
 * deleted by --replace need them, and a bulk load never replaces; another
 * program replacing stories meanwhile is slower, not wrong. The indexes a
 * load looks up (sha256, name_key, the unique ones) are never deferred. */
static const char *const deferrable_indexes[] = {
    "person_mentions_person", "quotes_person", "official_roles_person",
    "country_mentions_code", "doc_countries_code", "official_roles_country",
    "country_mentions_doc", "person_mentions_doc", "casualties_doc", "casualties_event",
    "arrests_doc", "arrests_event", "quotes_doc", "amounts_doc",
};

#define SCHEMA_WITH_DEFERRED_INDEXES 6

int nf_db_indexes_deferred(nf_db *db, long long *n, nf_error *err)
{
    *n = 0;
    if (db->version < SCHEMA_WITH_DEFERRED_INDEXES)
        return 0;
    return query_int(db, "SELECT count(*) FROM deferred_indexes", n, err);
}

int nf_db_last_story_id(nf_db *db, long long *id, nf_error *err)
{
    return query_int(db, "SELECT coalesce(max(id), 0) FROM documents", id, err);
}

int nf_db_last_sentence_id(nf_db *db, long long *id, nf_error *err)
{
    return query_int(db, "SELECT coalesce(max(id), 0) FROM sentences", id, err);
}

/* Run sql (with ?1 = name) in a statement of its own: 0 or -1. */
static int exec_named(nf_db *db, const char *sql, const char *name, nf_error *err)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(db->h, sql, -1, &st, NULL) != SQLITE_OK ||
        sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC) != SQLITE_OK ||
        sqlite3_step(st) != SQLITE_DONE) {
        sqlite3_finalize(st);
        return db_fail(db, err, "cannot defer or build an index");
    }
    sqlite3_finalize(st);
    return 0;
}

/* The work of a write transaction: 0 or -1 with err set. a and b are the
 * work's own arguments. */
typedef int (*tx_work)(nf_db *db, const char *a, const char *b, nf_error *err);

/* Run work in a write transaction of its own: committed, or rolled back. */
static int in_write_tx(nf_db *db, tx_work work, const char *a, const char *b, nf_error *err)
{
    if (begin_write(db, err) != 0)
        return -1;
    if (work(db, a, b, err) != 0 || exec_sql(db, "COMMIT", err) != 0) {
        sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
        return -1;
    }
    return 0;
}

/* tx_work: list each deferrable index in deferred_indexes, drop it, and
 * turn FTS5's merging off. */
static int defer_all(nf_db *db, const char *a, const char *b, nf_error *err)
{
    for (size_t i = 0; i < sizeof deferrable_indexes / sizeof *deferrable_indexes; i++) {
        const char *name = deferrable_indexes[i];
        char *drop = sqlite3_mprintf("DROP INDEX IF EXISTS \"%w\"", name);
        int rc = exec_named(db, "INSERT OR IGNORE INTO deferred_indexes(name, sql)"
                            " SELECT name, sql FROM sqlite_schema"
                            " WHERE type = 'index' AND name = ?1", name, err);
        if (rc == 0 && (!drop || sqlite3_exec(db->h, drop, NULL, NULL, NULL) != SQLITE_OK))
            rc = db_fail(db, err, "cannot defer an index");
        sqlite3_free(drop);
        if (rc != 0)
            return -1;
    }
    return exec_sql(db, FTS_BULK_SETTINGS, err);
}

/* A bulk load also writes without SQLite's foreign-key look-ups, which
 * were a tenth of the writer's work: every id it writes is one it has just
 * made or read in the same transaction, and the one reference that comes
 * from the facts, an official's country, is checked (known_country). It
 * never deletes, so no ON DELETE action is missed (nf_db_load refuses
 * replace meanwhile); the tests check PRAGMA foreign_key_check after bulk
 * loads. */
int nf_db_defer_indexes(nf_db *db, nf_error *err)
{
    nf_error_clear(err);
    if (db->version < SCHEMA_WITH_DEFERRED_INDEXES)
        return 0;
    if (in_write_tx(db, defer_all, NULL, NULL, err) != 0)
        return -1;
    db->bulk = true;
    return exec_sql(db, "PRAGMA foreign_keys = OFF; " BULK_STORY_PRAGMAS, err);
}

/* tx_work: build the index deferred as name (its CREATE statement is sql)
 * unless an index of that name exists already (another load built it). Its
 * row stays until the search index is merged (merge_search_index), so that
 * a load killed before then leaves a trace the next load acts on. */
static int restore_index(nf_db *db, const char *name, const char *sql, nf_error *err)
{
    long long exists = 0;
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(db->h, "SELECT count(*) FROM sqlite_schema"
                           " WHERE type = 'index' AND name = ?1", -1, &st, NULL) != SQLITE_OK ||
        sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC) != SQLITE_OK ||
        sqlite3_step(st) != SQLITE_ROW) {
        sqlite3_finalize(st);
        return db_fail(db, err, "cannot build an index");
    }
    exists = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    if (!exists && sqlite3_exec(db->h, sql, NULL, NULL, NULL) != SQLITE_OK) {
        nf_error_set(err, NF_EDB, db->path, "cannot build index %s: %s", name,
                     sqlite3_errmsg(db->h));
        return -1;
    }
    return 0;
}

/* tx_work: merge the search index into one segment, merge as usual from
 * then on, and forget the deferred indexes that are built. */
static int merge_search_index(nf_db *db, const char *a, const char *b, nf_error *err)
{
    if (sqlite3_exec(db->h, FTS_MERGE_AND_USUAL_SETTINGS, NULL, NULL, NULL) != SQLITE_OK)
        return db_fail(db, err, "cannot merge the search index");
    return exec_sql(db, "DELETE FROM deferred_indexes WHERE name IN"
                    " (SELECT name FROM sqlite_schema WHERE type = 'index')", err);
}

/* The deferred indexes as name, sql pairs: *rows gets 2 * *n strings (the
 * caller frees each and the array). Read before any is built: CREATE INDEX
 * changes the schema. 0 or -1. */
static int read_deferred(nf_db *db, char ***rows, size_t *n, nf_error *err)
{
    sqlite3_stmt *st = NULL;
    int s = SQLITE_ERROR;
    *rows = NULL;
    *n = 0;
    if (sqlite3_prepare_v2(db->h, "SELECT name, sql FROM deferred_indexes ORDER BY name",
                           -1, &st, NULL) == SQLITE_OK) {
        while ((s = sqlite3_step(st)) == SQLITE_ROW) {
            *rows = xrealloc(*rows, (*n + 1) * 2 * sizeof **rows);
            (*rows)[2 * *n] = xstrdup((const char *)sqlite3_column_text(st, 0));
            (*rows)[2 * *n + 1] = xstrdup((const char *)sqlite3_column_text(st, 1));
            (*n)++;
        }
    }
    int rc = s == SQLITE_DONE ? 0 : db_fail(db, err, "cannot read deferred_indexes");
    sqlite3_finalize(st);   /* after db_fail has read the error */
    return rc;
}

/* Each deferred index in a transaction of its own: the WAL is checkpointed
 * between them rather than holding all of them (437 MB at 200,000
 * stories). Another load may write between them: restore_index builds only
 * an index that is still missing. */
int nf_db_build_deferred_indexes(nf_db *db, size_t *built, nf_db_between_fn between, void *ctx,
                                 nf_error *err)
{
    nf_error_clear(err);
    if (built)
        *built = 0;
    if (db->version < SCHEMA_WITH_DEFERRED_INDEXES)
        return 0;
    if (big_statement(db, true, err) != 0)
        return -1;
    size_t n = 0;
    char **rows = NULL;
    int rc = read_deferred(db, &rows, &n, err);
    for (size_t i = 0; i < n; i++) {
        if (rc == 0)
            rc = in_write_tx(db, restore_index, rows[2 * i], rows[2 * i + 1], err);
        if (rc == 0 && between && i + 1 < n)
            rc = between(ctx, err);
        free(rows[2 * i]);
        free(rows[2 * i + 1]);
    }
    free(rows);
    if (big_statement(db, false, rc == 0 ? err : NULL) != 0)
        rc = -1;
    if (rc == 0 && built)
        *built = n;
    return rc;
}

/* Last, so that a kill before it leaves deferred_indexes listing what the
 * next load must finish; merging an index already merged is quick. */
int nf_db_merge_search_index(nf_db *db, nf_error *err)
{
    nf_error_clear(err);
    if (db->version < SCHEMA_WITH_DEFERRED_INDEXES)
        return 0;
    if (big_statement(db, true, err) != 0)
        return -1;
    int rc = in_write_tx(db, merge_search_index, NULL, NULL, err);
    if (rc == 0) {
        db->bulk = false;
        rc = exec_sql(db, "PRAGMA foreign_keys = ON", err);
    }
    if (big_statement(db, false, rc == 0 ? err : NULL) != 0)
        rc = -1;
    return rc;
}

int nf_db_restore_indexes(nf_db *db, size_t *built, nf_error *err)
{
    if (nf_db_build_deferred_indexes(db, built, NULL, NULL, err) != 0)
        return -1;
    return nf_db_merge_search_index(db, err);
}

/* Sentences a search indexes in one transaction when it catches up. */
#define CATCH_UP_SENTENCES 100000

/* Search must see every story: index what a killed load left unindexed,
 * or what a load building its search index beside the database
 * (search_side.h) has not yet copied in, which may be millions of
 * sentences: in transactions of at most CATCH_UP_SENTENCES (a fraction of
 * a second each), so that the load, waiting for the write lock, never
 * waits long. Only then is a write lock taken, so searches do not wait on
 * each other. */
static int index_if_behind(nf_db *db, nf_error *err)
{
    long long behind = 0;
    for (;;) {
        if (query_int(db, "SELECT (SELECT coalesce(max(id), 0) FROM sentences) > indexed_upto"
                      " FROM fts_state", &behind, err) != 0)
            return -1;
        if (!behind)
            return 0;
        if (index_sentences(db, CATCH_UP_SENTENCES, NULL, err) != 0)
            return -1;
    }
}

/* ---- printing result rows -------------------------------------------------- */

/* Shortest %g form that reads back as the same double. */
static void format_double(double v, char *buf, size_t size)
{
    snprintf(buf, size, "%.15g", v);
    if (strtod(buf, NULL) != v)
        snprintf(buf, size, "%.17g", v);
}

static void json_string(FILE *out, const char *s)
{
    fputc('"', out);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            fprintf(out, "\\%c", *p);
        else if (*p == '\n')
            fputs("\\n", out);
        else if (*p == '\r')
            fputs("\\r", out);
        else if (*p == '\t')
            fputs("\\t", out);
        else if (*p < 0x20)
            fprintf(out, "\\u%04x", *p);
        else
            fputc(*p, out);
    }
    fputc('"', out);
}

static void csv_field(FILE *out, const char *s)
{
    if (!strpbrk(s, ",\"\r\n")) {
        fputs(s, out);
        return;
    }
    fputc('"', out);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', out);
        fputc(*s, out);
    }
    fputc('"', out);
}

static void print_csv_row(sqlite3_stmt *st, FILE *out, bool header)
{
    int n = sqlite3_column_count(st);
    for (int i = 0; i < n; i++) {
        char num[40];
        if (i)
            fputc(',', out);
        const char *v = header ? sqlite3_column_name(st, i)
                               : (const char *)sqlite3_column_text(st, i);
        if (!header && sqlite3_column_type(st, i) == SQLITE_FLOAT) {
            format_double(sqlite3_column_double(st, i), num, sizeof num);
            v = num;
        }
        csv_field(out, v ? v : "");
    }
    fputs("\r\n", out);
}

static void print_json_row(sqlite3_stmt *st, FILE *out, bool first)
{
    int n = sqlite3_column_count(st);
    fputs(first ? "[\n  {" : ",\n  {", out);
    for (int i = 0; i < n; i++) {
        char num[40];
        fputs(i ? ", " : "", out);
        json_string(out, sqlite3_column_name(st, i));
        fputs(": ", out);
        switch (sqlite3_column_type(st, i)) {
        case SQLITE_NULL:
            fputs("null", out);
            break;
        case SQLITE_INTEGER:
            fprintf(out, "%lld", (long long)sqlite3_column_int64(st, i));
            break;
        case SQLITE_FLOAT:
            format_double(sqlite3_column_double(st, i), num, sizeof num);
            fputs(isfinite(sqlite3_column_double(st, i)) ? num : "null", out);
            break;
        default:
            json_string(out, (const char *)sqlite3_column_text(st, i));
        }
    }
    fputc('}', out);
}

/* Rows kept for the table format, which needs every width first. */
typedef struct grid {
    int n_cols;
    char **cells;        /* row-major, (n_rows + 1) * n_cols, row 0 = header */
    size_t n_cells, cap;
    bool *numeric;       /* per column: every non-NULL value is a number */
    bool *seen;          /* per column: has a non-NULL value */
} grid;

/* Display width of UTF-8 text in terminal columns. */
static size_t text_width(const char *s)
{
    size_t w = 0, len = strlen(s);
    for (size_t i = 0; i < len;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                              (utf8proc_ssize_t)(len - i), &cp);
        if (k <= 0) {
            w++;
            i++;
            continue;
        }
        int cw = utf8proc_charwidth(cp);
        w += cw > 0 ? (size_t)cw : 0;
        i += (size_t)k;
    }
    return w;
}

/* A copy with line breaks and tabs as spaces, so each row is one line. */
static char *cell_text(const char *s)
{
    char *c = xstrdup(s ? s : "");
    for (char *p = c; *p; p++)
        if (*p == '\n' || *p == '\r' || *p == '\t')
            *p = ' ';
    return c;
}

static void grid_add_row(grid *g, sqlite3_stmt *st, bool header)
{
    for (int i = 0; i < g->n_cols; i++) {
        int type = header ? SQLITE_NULL : sqlite3_column_type(st, i);
        const char *v = header ? sqlite3_column_name(st, i)
                               : (const char *)sqlite3_column_text(st, i);
        char num[40];
        if (type == SQLITE_FLOAT) {
            format_double(sqlite3_column_double(st, i), num, sizeof num);
            v = num;
        }
        if (type != SQLITE_NULL) {
            g->seen[i] = true;
            g->numeric[i] = g->numeric[i] && (type == SQLITE_INTEGER || type == SQLITE_FLOAT);
        }
        *VEC_PUSH(g->cells, g->n_cells, g->cap) = cell_text(v);
    }
}

static void print_grid(const grid *g, FILE *out)
{
    size_t n_rows = g->n_cells / (size_t)g->n_cols;
    size_t *w = xcalloc((size_t)g->n_cols, sizeof *w);
    for (size_t r = 0; r < n_rows; r++)
        for (int c = 0; c < g->n_cols; c++) {
            size_t cw = text_width(g->cells[r * (size_t)g->n_cols + (size_t)c]);
            w[c] = cw > w[c] ? cw : w[c];
        }
    for (size_t r = 0; r < n_rows; r++) {
        for (int c = 0; c < g->n_cols; c++) {
            const char *v = g->cells[r * (size_t)g->n_cols + (size_t)c];
            size_t pad = w[c] - text_width(v);
            bool right = r > 0 && g->numeric[c] && g->seen[c];
            bool last = c == g->n_cols - 1;
            fputs(c ? "  " : "", out);
            fprintf(out, "%*s%s", right ? (int)pad : 0, "", v);
            if (!right && !last)
                fprintf(out, "%*s", (int)pad, "");
        }
        fputc('\n', out);
        for (int c = 0; r == 0 && c < g->n_cols; c++) {
            fputs(c ? "  " : "", out);
            for (size_t k = 0; k < (w[c] ? w[c] : 1); k++)
                fputc('-', out);
            if (c == g->n_cols - 1)
                fputc('\n', out);
        }
    }
    fprintf(out, "(%zu row%s)\n", n_rows - 1, n_rows == 2 ? "" : "s");
    free(w);
}

/* Step st through all its rows and print them in fmt. Nothing is printed
 * when the first step fails. */
static int print_rows(nf_db *db, sqlite3_stmt *st, nf_format fmt, FILE *out, nf_error *err)
{
    grid g = {.n_cols = sqlite3_column_count(st)};
    size_t rows = 0;
    int rc = -1, s = sqlite3_step(st);
    g.numeric = xcalloc((size_t)g.n_cols + 1, sizeof *g.numeric);
    g.seen = xcalloc((size_t)g.n_cols + 1, sizeof *g.seen);
    for (int i = 0; i < g.n_cols; i++)
        g.numeric[i] = true;
    if (s != SQLITE_ROW && s != SQLITE_DONE) {
        db_fail(db, err, "query failed");
        goto done;
    }
    if (fmt == NF_FMT_CSV)
        print_csv_row(st, out, true);
    else if (fmt == NF_FMT_TABLE && g.n_cols)
        grid_add_row(&g, st, true);
    for (; s == SQLITE_ROW; s = sqlite3_step(st), rows++) {
        if (fmt == NF_FMT_CSV)
            print_csv_row(st, out, false);
        else if (fmt == NF_FMT_JSON)
            print_json_row(st, out, rows == 0);
        else if (g.n_cols)
            grid_add_row(&g, st, false);
    }
    if (s != SQLITE_DONE) {
        db_fail(db, err, "query failed");
        goto done;
    }
    if (fmt == NF_FMT_JSON)
        fputs(rows ? "\n]\n" : "[]\n", out);
    else if (fmt == NF_FMT_TABLE && g.n_cols)
        print_grid(&g, out);
    if (ferror(out) || fflush(out) != 0) {
        nf_error_set(err, NF_EDB, "", "cannot write the results: %s", strerror(errno));
        goto done;
    }
    rc = 0;
done:
    for (size_t i = 0; i < g.n_cells; i++)
        free(g.cells[i]);
    free(g.cells);
    free(g.numeric);
    free(g.seen);
    return rc;
}

/* ---- saved queries and search ----------------------------------------------- */

/* Bind "key=value" strings to the named parameters of st. */
static int bind_params(nf_db *db, sqlite3_stmt *st, const char *name,
                       const char *const *params, size_t n, nf_error *err)
{
    for (size_t i = 0; i < n; i++) {
        const char *eq = strchr(params[i], '=');
        const char *key = params[i][0] == ':' ? params[i] + 1 : params[i];
        if (!eq || eq <= key) {
            nf_error_set(err, NF_EUSAGE, "", "parameter \"%s\" is not NAME=VALUE", params[i]);
            return -1;
        }
        char *pname = sqlite3_mprintf(":%.*s", (int)(eq - key), key);
        int idx = pname ? sqlite3_bind_parameter_index(st, pname) : 0;
        sqlite3_free(pname);
        if (idx == 0) {
            nf_error_set(err, NF_EUSAGE, "", "query %s has no parameter :%.*s%s", name,
                         (int)(eq - key), key,
                         sqlite3_bind_parameter_count(st) ? "" : " (it takes none)");
            return -1;
        }
        if (sqlite3_bind_text(st, idx, eq + 1, -1, SQLITE_TRANSIENT) != SQLITE_OK)
            return db_fail(db, err, "cannot bind parameter");
    }
    return 0;
}

int nf_db_query(nf_db *db, const char *name, const char *const *params, size_t n_params,
                nf_format fmt, FILE *out, nf_error *err)
{
    const nf_sql_file *q = find_query(name);
    sqlite3_stmt *st = NULL;
    char filter[1024];
    char *sql = NULL;
    int rc = -1;
    nf_error_clear(err);
    if (!q) {
        nf_error_set(err, NF_EUSAGE, "", "unknown query \"%s\"", name ? name : "");
        return -1;
    }
    /* The saved query is its view, plus the file's "-- filter:" condition
     * (trusted text from the binary; the values are bound). */
    if (query_meta(q->text, "filter", filter, sizeof filter) == 0)
        sql = sqlite3_mprintf("SELECT * FROM \"v_%w\" WHERE %s", q->name, filter);
    else
        sql = sqlite3_mprintf("SELECT * FROM \"v_%w\"", q->name);
    if (!sql || sqlite3_prepare_v2(db->h, sql, -1, &st, NULL) != SQLITE_OK) {
        db_fail(db, err, name);
        goto done;
    }
    if (bind_params(db, st, name, params, n_params, err) != 0)
        goto done;
    rc = print_rows(db, st, fmt, out, err);
done:
    sqlite3_finalize(st);
    sqlite3_free(sql);
    return rc;
}

/* The terms with every whitespace-separated word double-quoted, so that
 * plain text with punctuation ("Calais-bound", "don't") is a valid FTS5
 * query. Caller frees. */
static char *quote_terms(const char *terms)
{
    char *q = xmalloc(strlen(terms) * 3 + 3);
    size_t k = 0;
    for (const char *p = terms; *p;) {
        p += strspn(p, " \t\r\n");
        size_t n = strcspn(p, " \t\r\n");
        if (!n)
            break;
        if (k)
            q[k++] = ' ';
        q[k++] = '"';
        for (size_t i = 0; i < n; i++) {
            if (p[i] == '"')
                q[k++] = '"';
            q[k++] = p[i];
        }
        q[k++] = '"';
        p += n;
    }
    q[k] = '\0';
    return q;
}

#define SEARCH_RETRY_MS 2000

int nf_db_search(nf_db *db, const char *terms, nf_format fmt, FILE *out, nf_error *err)
{
    static const char sql[] =
        "SELECT d.source AS source, s.idx AS sentence, s.text AS text, d.sha256 AS sha256"
        " FROM sentences_fts AS f"
        " JOIN sentences AS s ON s.id = f.rowid"
        " JOIN documents AS d ON d.id = s.document_id"
        " WHERE sentences_fts MATCH ?1"
        " ORDER BY bm25(sentences_fts), d.source, s.idx";
    sqlite3_stmt *st = NULL;
    char *quoted = NULL;
    int rc = -1;
    nf_error_clear(err);
    if (!terms || !terms[strspn(terms, " \t\r\n")]) {
        nf_error_set(err, NF_EUSAGE, "", "search needs at least one word");
        return -1;
    }
    if (index_if_behind(db, err) != 0)
        return -1;
    /* FTS5 reads its settings while the statement is prepared, with
     * statements of its own; when a load changes the schema meanwhile (it
     * drops and builds its deferred indexes) they fail, and the preparation
     * with them ("vtable constructor failed"), where SQLite would have
     * prepared a plain statement again. This statement is fixed, so a
     * failure passes: prepared again, for up to SEARCH_RETRY_MS (seen once
     * in the reliability test's loads beside a reader). */
    for (int waited = 0; sqlite3_prepare_v2(db->h, sql, -1, &st, NULL) != SQLITE_OK;
         waited += 10) {
        if (waited >= SEARCH_RETRY_MS) {
            db_fail(db, err, "search");
            goto done;
        }
        sqlite3_sleep(10);
    }
    /* FTS5 syntax first; if it does not parse, the words as plain text. */
    for (int attempt = 0; attempt < 2 && rc != 0; attempt++) {
        const char *t = attempt ? (quoted = quote_terms(terms)) : terms;
        sqlite3_reset(st);
        if (b_text(st, 1, t)) {
            db_fail(db, err, "search");
            goto done;
        }
        rc = print_rows(db, st, fmt, out, err);
    }
    if (rc == 0)
        nf_error_clear(err);
done:
    sqlite3_finalize(st);
    free(quoted);
    return rc;
}

/* ---- DB Browser project file ------------------------------------------------ */

static void xml_text(FILE *out, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '&': fputs("&amp;", out); break;
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '"': fputs("&quot;", out); break;
        case '\'': fputs("&apos;", out); break;
        default: fputc(*s, out);
        }
    }
}

/* The SQL tab of one saved query: its title and question as comments, the
 * filter (for parameterised queries) as a hint, and a SELECT of its view. */
static void sqbpro_tab(FILE *out, const nf_sql_file *q)
{
    char title[512], question[1024], filter[1024];
    query_meta(q->text, "title", title, sizeof title);
    query_meta(q->text, "question", question, sizeof question);
    /* read the filter first: the order arguments are evaluated in is
     * unspecified, so filter would be read uninitialised (valgrind, #5) */
    bool has_filter = query_meta(q->text, "filter", filter, sizeof filter) == 0;
    char *body = sqlite3_mprintf(
        "-- %s\n-- %s\n%s%s%sSELECT * FROM \"v_%w\";\n", title, question,
        has_filter ? "-- to filter, add (with a value for each :parameter):\n--   WHERE " : "",
        filter, filter[0] ? "\n" : "", q->name);
    fputs("<sql name=\"", out);
    xml_text(out, q->name);
    fputs("\">", out);
    xml_text(out, body ? body : "");
    fputs("</sql>", out);
    sqlite3_free(body);
}

static char *absolute_path(const char *path)
{
    char *abs = realpath(path, NULL);
    if (abs || path[0] == '/')
        return abs ? abs : xstrdup(path);
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd))
        return xstrdup(path);
    size_t n = strlen(cwd) + strlen(path) + 2;
    abs = xmalloc(n);
    snprintf(abs, n, "%s/%s", cwd, path);
    return abs;
}

int nf_db_write_sqbpro(const char *db_path, const char *sqbpro_path, nf_error *err)
{
    char *abs = absolute_path(db_path);
    size_t n = strlen(sqbpro_path) + 8;
    char *tmp = xmalloc(n);
    int rc = -1;
    snprintf(tmp, n, "%s.tmp", sqbpro_path);
    FILE *out = fopen(tmp, "w");
    if (!out) {
        nf_error_set(err, NF_EDB, sqbpro_path, "cannot write %s: %s", tmp, strerror(errno));
        goto done;
    }
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sqlb_project>", out);
    fputs("<db path=\"", out);
    xml_text(out, abs);
    fputs("\" readonly=\"0\" foreign_keys=\"1\" case_sensitive_like=\"0\" temp_store=\"0\""
          " wal_autocheckpoint=\"1000\" synchronous=\"2\"/><attached/>"
          "<window><main_tabs open=\"structure browser pragmas query\" current=\"3\"/></window>"
          "<tab_sql>", out);
    for (size_t i = 0; i < nf_sql_n_queries; i++)
        sqbpro_tab(out, &nf_sql_queries[i]);
    fputs("<current_tab id=\"0\"/></tab_sql></sqlb_project>\n", out);
    if (ferror(out) | (fclose(out) != 0)) {
        nf_error_set(err, NF_EDB, sqbpro_path, "cannot write %s: %s", tmp, strerror(errno));
        unlink(tmp);
        goto done;
    }
    if (rename(tmp, sqbpro_path) != 0) {
        nf_error_set(err, NF_EDB, sqbpro_path, "cannot write %s: %s", sqbpro_path,
                     strerror(errno));
        unlink(tmp);
        goto done;
    }
    rc = 0;
done:
    free(abs);
    free(tmp);
    return rc;
}
