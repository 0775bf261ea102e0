/* check_jobs.c — `load --jobs N` gives exactly what `load --jobs 1` gives:
 * the same per-story lines in input order, the same summary and exit status,
 * the same refusals, and an identical database (every row of every table,
 * the full-text index included; only documents.loaded_at, a clock reading,
 * may differ). Speed is measured by `make bench`, never here. NF_BIN names
 * the binary under test (the Makefile sets it). */
#include "tests.h"
#include "db.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define CORPUS "tests/fixtures/corpus"

static const char *bin(void)
{
    const char *b = getenv("NF_BIN");
    return b && *b ? b : "build/newsfacts";
}

static char dir[64];

static char *slurp(const char *path)
{
    FILE *fp = fopen(path, "rb");
    ck_assert_msg(fp != NULL, "cannot read %s", path);
    size_t cap = 4096, n = 0, got;
    char *buf = malloc(cap);
    while ((got = fread(buf + n, 1, cap - n - 1, fp)) > 0) {
        n += got;
        if (n + 1 == cap)
            buf = realloc(buf, cap *= 2);
    }
    buf[n] = '\0';
    fclose(fp);
    return buf;
}

static void write_file(const char *path, const char *text)
{
    FILE *fp = fopen(path, "wb");
    ck_assert(fp != NULL);
    fputs(text, fp);
    fclose(fp);
}

typedef struct load_result {
    int status;
    char *out, *err;
} load_result;

/* Load `inputs` into DIR/load.db with --jobs jobs, then move the database
 * to DIR/NAME (so both runs print the same database path). The search index
 * is brought up to date every 100 sentences, so that a load of the corpus
 * updates it several times and the comparison covers where it does. */
static load_result load(int jobs, const char *inputs, const char *name)
{
    char cmd[2048], from[128], to[128];
    snprintf(cmd, sizeof cmd,
             "%s load --jobs %d --index-every 100 --db %s/load.db %s >%s/out 2>%s/err </dev/null",
             bin(), jobs, dir, inputs, dir, dir);
    int st = system(cmd);
    load_result r = {WIFEXITED(st) ? WEXITSTATUS(st) : -1, NULL, NULL};
    snprintf(from, sizeof from, "%s/out", dir);
    r.out = slurp(from);
    snprintf(from, sizeof from, "%s/err", dir);
    r.err = slurp(from);
    snprintf(from, sizeof from, "%s/load.db", dir);
    snprintf(to, sizeof to, "%s/%s", dir, name);
    ck_assert_int_eq(rename(from, to), 0);
    snprintf(from, sizeof from, "%s/load.sqbpro", dir);
    unlink(from);
    return r;
}

static int cmp_line(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* text's lines, sorted, joined again: stderr messages of inputs the walker
 * refuses itself (binary, too large) are printed as it reads them, those
 * found while extracting (facts that do not fit) when the writer reaches
 * them, so with --jobs N their order may differ; the messages may not. */
static char *sorted_lines(const char *text)
{
    char *copy = strdup(text), *save = NULL;
    char **lines = calloc(strlen(text) + 1, sizeof *lines);
    size_t n = 0;
    for (char *l = strtok_r(copy, "\n", &save); l; l = strtok_r(NULL, "\n", &save))
        lines[n++] = l;
    qsort(lines, n, sizeof *lines, cmp_line);
    char *out = calloc(strlen(text) + 2, 1);
    for (size_t i = 0; i < n; i++) {
        strcat(out, lines[i]);
        strcat(out, "\n");
    }
    free(lines);
    free(copy);
    return out;
}

static void setup(void)
{
    snprintf(dir, sizeof dir, "/tmp/nf_check_jobs_XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
}

static void teardown(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "check_jobs: could not remove %s\n", dir);
}

/* Rows of `cols` FROM table in one database and not the other, both ways. */
static long long differing(nf_db *db, const char *table, const char *cols)
{
    char sql[1024];
    long long a = -1, b = -1;
    nf_error err;
    snprintf(sql, sizeof sql, "SELECT count(*) FROM (SELECT %s FROM main.%s EXCEPT SELECT %s FROM j1.%s)",
             cols, table, cols, table);
    ck_assert_msg(nf_db_int(db, sql, &a, &err) == 0, "%s: %s", sql, err.text);
    snprintf(sql, sizeof sql, "SELECT count(*) FROM (SELECT %s FROM j1.%s EXCEPT SELECT %s FROM main.%s)",
             cols, table, cols, table);
    ck_assert_msg(nf_db_int(db, sql, &b, &err) == 0, "%s: %s", sql, err.text);
    return a + b;
}

static long long rows(nf_db *db, const char *schema, const char *table)
{
    char sql[256];
    long long n = -1;
    nf_error err;
    snprintf(sql, sizeof sql, "SELECT count(*) FROM %s.%s", schema, table);
    ck_assert_msg(nf_db_int(db, sql, &n, &err) == 0, "%s: %s", sql, err.text);
    return n;
}

/* The database DIR/other is the same as DIR/j1.db. */
static void assert_same_db(const char *other)
{
    static const char *const tables[] = {
        "sentences", "events", "countries", "document_countries", "country_mentions",
        "people", "official_roles", "person_mentions", "casualties", "arrests", "quotes",
        "amounts", "saved_queries", "sentences_fts_data", "sentences_fts_idx",
        "sentences_fts_docsize", "sentences_fts_config", "fts_state",
    };
    char path[128], sql[256];
    nf_error err;
    snprintf(path, sizeof path, "%s/%s", dir, other);
    nf_db *db = nf_db_open(path, &err);
    ck_assert_msg(db != NULL, "%s: %s", path, err.text);
    snprintf(sql, sizeof sql, "ATTACH '%s/j1.db' AS j1", dir);
    ck_assert_msg(nf_db_exec(db, sql, &err) == 0, "%s", err.text);
    ck_assert_int_eq(rows(db, "main", "documents"), rows(db, "j1", "documents"));
    ck_assert_int_eq(differing(db, "documents",
                               "id, sha256, source, title, url, published, bytes, text"), 0);
    for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++) {
        ck_assert_msg(rows(db, "main", tables[i]) == rows(db, "j1", tables[i]),
                      "%s: row counts differ", tables[i]);
        ck_assert_msg(differing(db, tables[i], "*") == 0, "%s: rows differ", tables[i]);
    }
    nf_db_close(db);
}

START_TEST(test_jobs_same_database)
{
    load_result a = load(1, CORPUS, "j1.db");
    ck_assert_msg(a.status == 0, "load --jobs 1 failed: %s", a.err);
    ck_assert(strstr(a.out, "15 new") != NULL);
    const int jobs[] = {2, 3, 8};
    for (size_t k = 0; k < sizeof jobs / sizeof jobs[0]; k++) {
        char name[32];
        snprintf(name, sizeof name, "j%d.db", jobs[k]);
        load_result b = load(jobs[k], CORPUS, name);
        ck_assert_int_eq(b.status, a.status);
        ck_assert_str_eq(b.out, a.out);      /* the lines, in input order, and the summary */
        ck_assert_str_eq(b.err, a.err);
        assert_same_db(name);
        free(b.out);
        free(b.err);
    }
    free(a.out);
    free(a.err);
}
END_TEST

/* Refused inputs (a facts file that does not fit, a binary file) are
 * reported and counted as with --jobs 1, and the rest still loads. */
START_TEST(test_jobs_refusals)
{
    char bad[128], bin_file[128], inputs[512];
    snprintf(bad, sizeof bad, "%s/bad.json", dir);
    write_file(bad, "{\"document\": {\"source\": \"/nonexistent/story.txt\"}}\n");
    snprintf(bin_file, sizeof bin_file, "%s/image.txt", dir);
    write_file(bin_file, "\x89PNG\r\n\x1a\n");
    snprintf(inputs, sizeof inputs, "%s/channel-crossing.txt %s %s %s/summit.txt %s/flood.txt",
             CORPUS, bad, bin_file, CORPUS, CORPUS);
    load_result a = load(1, inputs, "j1.db");
    ck_assert_int_eq(a.status, 1);
    ck_assert(strstr(a.out, "3 new") != NULL && strstr(a.out, "2 refused") != NULL);
    load_result b = load(4, inputs, "j4.db");
    ck_assert_int_eq(b.status, a.status);
    ck_assert_str_eq(b.out, a.out);
    char *ea = sorted_lines(a.err), *eb = sorted_lines(b.err);
    ck_assert_str_eq(eb, ea);
    free(ea);
    free(eb);
    assert_same_db("j4.db");
    free(a.out);
    free(a.err);
    free(b.out);
    free(b.err);
}
END_TEST

/* Loading the same stories again with --jobs: all present, nothing changes. */
START_TEST(test_jobs_present)
{
    load_result a = load(2, CORPUS, "again.db");
    ck_assert_int_eq(a.status, 0);
    char cmd[512];
    snprintf(cmd, sizeof cmd, "%s load --jobs 2 --db %s/again.db %s >%s/out 2>&1 </dev/null",
             bin(), dir, CORPUS, dir);
    ck_assert_int_eq(system(cmd), 0);
    char path[128];
    snprintf(path, sizeof path, "%s/out", dir);
    char *out = slurp(path);
    ck_assert_msg(strstr(out, "0 new, 15 already present") != NULL, "%s", out);
    free(out);
    free(a.out);
    free(a.err);
}
END_TEST

START_TEST(test_jobs_usage)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, "%s load --jobs 0 --db %s/x.db %s >/dev/null 2>&1 </dev/null",
             bin(), dir, CORPUS);
    int st = system(cmd);
    ck_assert(WIFEXITED(st) && WEXITSTATUS(st) == 2);
    snprintf(cmd, sizeof cmd, "%s load --jobs two --db %s/x.db %s >/dev/null 2>&1 </dev/null",
             bin(), dir, CORPUS);
    st = system(cmd);
    ck_assert(WIFEXITED(st) && WEXITSTATUS(st) == 2);
    static const char *const bad[] = {"--commit-every 0", "--commit-every 100001",
                                      "--commit-every 5x", "--index-every 0",
                                      "--index-every -3", "--index-every many"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        snprintf(cmd, sizeof cmd, "%s load %s --db %s/x.db %s >/dev/null 2>&1 </dev/null",
                 bin(), bad[i], dir, CORPUS);
        st = system(cmd);
        ck_assert_msg(WIFEXITED(st) && WEXITSTATUS(st) == 2, "%s", bad[i]);
    }
    /* a commit per story gives the database that the default groups give */
    load_result a = load(1, CORPUS, "j1.db");
    ck_assert_int_eq(a.status, 0);
    snprintf(cmd, sizeof cmd, "%s load --commit-every 1 --index-every 100 --db %s/g1.db %s"
             " >/dev/null 2>&1 </dev/null", bin(), dir, CORPUS);
    ck_assert_int_eq(system(cmd), 0);
    assert_same_db("g1.db");
    free(a.out);
    free(a.err);
}
END_TEST

Suite *jobs_suite(void)
{
    Suite *s = suite_create("jobs");
    TCase *tc = tcase_create("load --jobs");
    tcase_set_timeout(tc, 120);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_jobs_same_database);
    tcase_add_test(tc, test_jobs_refusals);
    tcase_add_test(tc, test_jobs_present);
    tcase_add_test(tc, test_jobs_usage);
    suite_add_tcase(s, tc);
    return s;
}
