/* floor.c — the SQLite floor of a newsfacts load: the same rows inserted by
 * a bare loop of prepared statements in ONE transaction.
 *
 * usage: floor SRC.db DST.db
 *
 * Creates DST (which must not exist) with SRC's schema (tables, indexes,
 * triggers and the FTS5 table; not views), with the pragmas newsfacts uses
 * (loader/db.c: WAL, foreign keys on, synchronous NORMAL, a 32 MiB cache,
 * journals in memory, no memory statistics, no connection mutex), then
 * copies every row of every ordinary table in schema order (parents before
 * children) and rowid order, and builds each FTS5 index in bulk
 * ('rebuild', with the options SRC's has), as a load does. Rows are read from SRC a
 * chunk at a time into memory, untimed; binding, stepping and resetting the
 * INSERT, the index build, the COMMIT and the closing checkpoint are timed.
 * Prints
 *   rows N seconds S
 * so that a load's own overhead is (load time - extraction time) / S.
 */
#include <sqlite3.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define CHUNK 20000

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void die(sqlite3 *db, const char *what)
{
    fprintf(stderr, "floor: %s: %s\n", what, db ? sqlite3_errmsg(db) : "?");
    exit(1);
}

static void exec(sqlite3 *db, const char *sql)
{
    if (sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK)
        die(db, sql);
}

/* Is name a shadow table of one of the FTS5 tables in vt (n of them)? */
static int is_shadow(const char *name, char vt[][128], int n)
{
    for (int i = 0; i < n; i++) {
        size_t k = strlen(vt[i]);
        if (strncmp(name, vt[i], k) == 0 && name[k] == '_')
            return 1;
    }
    return 0;
}

/* Copy table t: returns rows; adds the timed part to *secs. */
static long long copy_table(sqlite3 *src, sqlite3 *dst, const char *t, double *secs)
{
    char *sel = sqlite3_mprintf("SELECT * FROM \"%w\" ORDER BY rowid", t);
    sqlite3_stmt *rd, *ins;
    if (sqlite3_prepare_v2(src, sel, -1, &rd, NULL) != SQLITE_OK)
        die(src, sel);
    sqlite3_free(sel);
    int ncol = sqlite3_column_count(rd);
    sqlite3_str *s = sqlite3_str_new(dst);
    sqlite3_str_appendf(s, "INSERT INTO \"%w\" VALUES (", t);
    for (int c = 0; c < ncol; c++)
        sqlite3_str_appendf(s, c ? ",?" : "?");
    sqlite3_str_appendf(s, ")");
    char *sql = sqlite3_str_finish(s);
    if (sqlite3_prepare_v3(dst, sql, -1, SQLITE_PREPARE_PERSISTENT, &ins, NULL) != SQLITE_OK)
        die(dst, sql);
    sqlite3_free(sql);
    sqlite3_value **buf = malloc(sizeof *buf * (size_t)CHUNK * (size_t)(ncol ? ncol : 1));
    if (!buf)
        die(NULL, "out of memory");
    long long rows = 0;
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW) {
        int n = 0;
        while (n < CHUNK && (rc = sqlite3_step(rd)) == SQLITE_ROW) {
            for (int c = 0; c < ncol; c++)
                buf[(size_t)n * (size_t)ncol + (size_t)c] = sqlite3_value_dup(sqlite3_column_value(rd, c));
            n++;
        }
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            die(src, "read");
        double t0 = now();
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < ncol; c++)
                sqlite3_bind_value(ins, c + 1, buf[(size_t)r * (size_t)ncol + (size_t)c]);
            if (sqlite3_step(ins) != SQLITE_DONE)
                die(dst, t);
            sqlite3_reset(ins);
        }
        *secs += now() - t0;
        for (size_t i = 0; i < (size_t)n * (size_t)ncol; i++)
            sqlite3_value_free(buf[i]);
        rows += n;
    }
    free(buf);
    sqlite3_finalize(rd);
    sqlite3_finalize(ins);
    return rows;
}

/* The FTS5 options SRC's table vt was given ('hashsize', ...), given to DST's. */
static void copy_fts_config(sqlite3 *src, sqlite3 *dst, const char *vt)
{
    char *sel = sqlite3_mprintf("SELECT k, v FROM \"%w_config\" WHERE k <> 'version'", vt);
    char *set = sqlite3_mprintf("INSERT INTO \"%w\"(\"%w\", rank) VALUES (?1, ?2)", vt, vt);
    sqlite3_stmt *rd, *wr;
    if (sqlite3_prepare_v2(src, sel, -1, &rd, NULL) != SQLITE_OK)
        die(src, sel);
    if (sqlite3_prepare_v2(dst, set, -1, &wr, NULL) != SQLITE_OK)
        die(dst, set);
    while (sqlite3_step(rd) == SQLITE_ROW) {
        sqlite3_bind_value(wr, 1, sqlite3_column_value(rd, 0));
        sqlite3_bind_value(wr, 2, sqlite3_column_value(rd, 1));
        if (sqlite3_step(wr) != SQLITE_DONE)
            die(dst, set);
        sqlite3_reset(wr);
    }
    sqlite3_finalize(rd);
    sqlite3_finalize(wr);
    sqlite3_free(sel);
    sqlite3_free(set);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: floor SRC.db DST.db\n");
        return 2;
    }
    sqlite3 *src, *dst;
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);   /* as loader/db.c configures SQLite */
    if (sqlite3_open_v2(argv[1], &src, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
        die(src, argv[1]);
    FILE *exists = fopen(argv[2], "rb");
    if (exists) {
        fclose(exists);
        fprintf(stderr, "floor: %s exists; remove it first\n", argv[2]);
        return 1;
    }
    if (sqlite3_open_v2(argv[2], &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
                        SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
        die(dst, argv[2]);
    exec(dst, "PRAGMA journal_mode = WAL");
    exec(dst, "PRAGMA foreign_keys = ON");
    exec(dst, "PRAGMA synchronous = NORMAL");
    exec(dst, "PRAGMA secure_delete = FAST");
    exec(dst, "PRAGMA temp_store = MEMORY");
    exec(dst, "PRAGMA cache_size = -32768");
    exec(dst, "PRAGMA wal_autocheckpoint = 10000");

    /* the schema, in the order it was made (untimed) */
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(src, "SELECT type, name, sql FROM sqlite_master"
                           " WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
                           " ORDER BY rowid", -1, &st, NULL) != SQLITE_OK)
        die(src, "schema");
    char vt[16][128];
    int n_vt = 0;
    char (*tables)[128] = calloc(256, sizeof *tables);
    int n_tables = 0;
    exec(dst, "BEGIN");
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *type = (const char *)sqlite3_column_text(st, 0);
        const char *name = (const char *)sqlite3_column_text(st, 1);
        const char *sql = (const char *)sqlite3_column_text(st, 2);
        if (strcmp(type, "view") == 0 || (strcmp(type, "table") == 0 && is_shadow(name, vt, n_vt)))
            continue;
        exec(dst, sql);
        if (strcmp(type, "table") != 0)
            continue;
        if (strncmp(sql, "CREATE VIRTUAL TABLE", 20) == 0) {
            if (n_vt < 16)
                snprintf(vt[n_vt++], sizeof vt[0], "%s", name);
        } else if (n_tables < 256) {
            snprintf(tables[n_tables++], sizeof tables[0], "%s", name);
        }
    }
    sqlite3_finalize(st);
    exec(dst, "COMMIT");

    /* the rows, in one transaction */
    double secs = 0, t0 = now();
    exec(dst, "BEGIN");
    secs += now() - t0;
    long long rows = 0;
    for (int i = 0; i < n_tables; i++)
        rows += copy_table(src, dst, tables[i], &secs);
    /* the full-text index, built in bulk as newsfacts builds it, with its
     * configuration (schema/006 sets the hash size); untimed */
    for (int i = 0; i < n_vt; i++)
        copy_fts_config(src, dst, vt[i]);
    t0 = now();
    for (int i = 0; i < n_vt; i++) {
        char *sql = sqlite3_mprintf("INSERT INTO \"%w\"(\"%w\") VALUES ('rebuild')", vt[i], vt[i]);
        exec(dst, sql);
        sqlite3_free(sql);
    }
    exec(dst, "COMMIT");
    if (sqlite3_close(dst) != SQLITE_OK)
        die(dst, "close");
    secs += now() - t0;
    sqlite3_close(src);
    free(tables);
    printf("rows %lld seconds %.4f\n", rows, secs);
    return 0;
}
