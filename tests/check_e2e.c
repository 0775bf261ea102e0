/* check_e2e.c — the binary end to end: extract and load the sample story,
 * read it back through the saved queries, and bad input of every kind.
 * NF_BIN names the binary under test (the Makefile sets it). */
#include "tests.h"
#include "db.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define SAMPLE "tests/fixtures/channel-crossing.txt"

static const char *bin(void)
{
    const char *b = getenv("NF_BIN");
    return b && *b ? b : "build/newsfacts";
}

typedef struct run_result {
    int status;
    char *out, *err;   /* whole stdout and stderr */
} run_result;

static char *slurp(const char *path)
{
    char *s = test_read_file(path, NULL);
    return s ? s : strdup("");
}

/* Run "ENV newsfacts ARGS" through the shell (ENV: assignments, or "");
 * capture status and output. */
static run_result run_env(const char *env, const char *args)
{
    char out[] = "/tmp/nf-e2e-out-XXXXXX", err[] = "/tmp/nf-e2e-err-XXXXXX";
    int fo = mkstemp(out), fe = mkstemp(err);
    ck_assert(fo >= 0 && fe >= 0);
    close(fo);
    close(fe);
    char cmd[4096];
    snprintf(cmd, sizeof cmd, "(%s %s %s) >%s 2>%s </dev/null", env, bin(), args, out, err);
    int st = system(cmd);
    run_result r = {WIFEXITED(st) ? WEXITSTATUS(st) : -1, slurp(out), slurp(err)};
    unlink(out);
    unlink(err);
    return r;
}

static run_result run(const char *args)
{
    return run_env("", args);
}

static void run_free(run_result *r)
{
    free(r->out);
    free(r->err);
}

static char *temp_db(void)
{
    static char path[64];
    snprintf(path, sizeof path, "/tmp/nf-e2e-%d-XXXXXX", (int)getpid());
    int fd = mkstemp(path);
    ck_assert(fd >= 0);
    close(fd);
    unlink(path);
    return path;
}

static void remove_db(const char *db)
{
    char p[128];
    unlink(db);
    snprintf(p, sizeof p, "%s-wal", db);
    unlink(p);
    snprintf(p, sizeof p, "%s-shm", db);
    unlink(p);
    snprintf(p, sizeof p, "%s.sqbpro", db);
    unlink(p);
}

/* The CSV row of a query's output that contains `needle`, or NULL. */
static const char *row_with(const char *csv, const char *needle)
{
    return strstr(csv, needle);
}

START_TEST(test_extract_sample)
{
    run_result r = run("extract " SAMPLE);
    ck_assert_int_eq(r.status, 0);
    json_error_t jerr;
    json_t *root = json_loads(r.out, 0, &jerr);
    ck_assert_msg(root != NULL, "extract printed no JSON: %s", jerr.text);
    size_t len;
    char *story = test_read_file(SAMPLE, &len);
    ck_assert_int_eq(json_integer_value(json_object_get(json_object_get(root, "document"), "bytes")), (json_int_t)len);
    /* the five countries, in order of first mention */
    json_t *countries = json_object_get(root, "countries");
    const char *want[] = {"FR", "GB", "BE", "DE", "NL"};
    ck_assert_uint_eq(json_array_size(countries), 5);
    for (size_t i = 0; i < 5; i++)
        ck_assert_str_eq(json_string_value(json_object_get(json_array_get(countries, i), "code")), want[i]);
    /* every text is the bytes its offsets name */
    const char *kinds[] = {"events", "casualties", "arrests", "quotes", "amounts"};
    size_t checked = 0;
    for (size_t k = 0; k < 5; k++) {
        size_t i;
        json_t *item;
        json_array_foreach(json_object_get(root, kinds[k]), i, item) {
            json_int_t s = json_integer_value(json_object_get(item, "start"));
            json_int_t e = json_integer_value(json_object_get(item, "end"));
            const char *t = json_string_value(json_object_get(item, "text"));
            ck_assert(s >= 0 && s <= e && (size_t)e <= len);
            ck_assert_int_eq((int)strlen(t), (int)(e - s));
            ck_assert(memcmp(story + s, t, (size_t)(e - s)) == 0);
            checked++;
        }
    }
    ck_assert_uint_ge(checked, 10);
    json_t *amount = json_array_get(json_object_get(root, "amounts"), 0);
    ck_assert_int_eq(json_integer_value(json_object_get(amount, "value")), 54000000);
    ck_assert_str_eq(json_string_value(json_object_get(amount, "currency")), "GBP");
    json_decref(root);
    free(story);
    run_free(&r);
}
END_TEST

START_TEST(test_load_and_query_sample)
{
    char *db = temp_db();
    char args[512];
    snprintf(args, sizeof args, "load --db %s " SAMPLE, db);
    run_result r = run(args);
    ck_assert_msg(r.status == 0, "load failed: %s", r.err);
    ck_assert(strstr(r.out, "new ") != NULL);
    run_free(&r);

    snprintf(args, sizeof args, "query --db %s --format csv casualties", db);
    r = run(args);
    ck_assert_int_eq(r.status, 0);
    /* source,event,event_type,location,dead,injured,missing,survivors,aboard */
    const char *row = row_with(r.out, SAMPLE);
    ck_assert_msg(row != NULL, "no casualties row: %s", r.out);
    ck_assert_msg(strstr(row, ",31,,1,2,34\r\n") != NULL, "casualties row: %s", row);
    run_free(&r);

    snprintf(args, sizeof args, "query --db %s --format csv officials", db);
    r = run(args);
    ck_assert(strstr(r.out, "Gerald Darmanin,Interior Minister,FR,1,") != NULL);
    ck_assert(strstr(r.out, "Priti Patel,Home Secretary,GB,1,") != NULL);
    run_free(&r);

    snprintf(args, sizeof args, "query --db %s --format csv arrests", db);
    r = run(args);
    ck_assert_msg(strstr(r.out, ",4,") != NULL, "arrests: %s", r.out);
    run_free(&r);

    snprintf(args, sizeof args, "query --db %s --format csv quotes", db);
    r = run(args);
    ck_assert_msg(strstr(r.out, "Emmanuel Macron,President,France will not let the Channel become a cemetery.,") != NULL,
                  "quotes: %s", r.out);
    run_free(&r);

    /* loading again changes nothing */
    snprintf(args, sizeof args, "load --db %s " SAMPLE, db);
    r = run(args);
    ck_assert_int_eq(r.status, 0);
    ck_assert(strstr(r.out, "present") != NULL);
    ck_assert(strstr(r.out, "0 new, 1 already present") != NULL);
    run_free(&r);
    remove_db(db);
}
END_TEST

START_TEST(test_bad_inputs_do_not_stop_the_others)
{
    char *db = temp_db();
    const char *bin_file = "/tmp/nf-e2e-binary.gz";
    FILE *fp = fopen(bin_file, "wb");
    ck_assert_ptr_nonnull(fp);
    fwrite("\x1f\x8b\x08\x00\x00\x00\x00\x00", 1, 8, fp);
    fclose(fp);
    const char *empty = "/tmp/nf-e2e-empty.txt";
    fp = fopen(empty, "w");
    fclose(fp);
    char args[1024];
    snprintf(args, sizeof args, "load --db %s /tmp/nf-e2e-no-such-file.txt %s %s " SAMPLE,
             db, bin_file, empty);
    run_result r = run(args);
    ck_assert_int_eq(r.status, 1);
    ck_assert(strstr(r.err, "/tmp/nf-e2e-no-such-file.txt: cannot read") != NULL);
    ck_assert(strstr(r.err, "not a text story (gzip data)") != NULL);
    ck_assert(strstr(r.err, "nf-e2e-empty.txt: empty story") != NULL);
    ck_assert(strstr(r.out, "1 new, 0 already present, 0 replaced, 3 refused") != NULL);
    run_free(&r);
    unlink(bin_file);
    unlink(empty);
    remove_db(db);
}
END_TEST

START_TEST(test_invalid_utf8_is_processed_with_a_warning)
{
    const char *path = "/tmp/nf-e2e-bad-utf8.txt";
    FILE *fp = fopen(path, "wb");
    fputs("Police in France said 12 people died.\n\xff\xfe Thirty were hurt.\n", fp);
    fclose(fp);
    run_result r = run("extract /tmp/nf-e2e-bad-utf8.txt");
    ck_assert_int_eq(r.status, 0);
    ck_assert(strstr(r.err, "invalid UTF-8 at byte 38") != NULL);
    ck_assert(strstr(r.out, "\"FR\"") != NULL);
    run_free(&r);
    unlink(path);
}
END_TEST

START_TEST(test_sql_lookalike_is_stored_literally)
{
    char *db = temp_db();
    const char *path = "/tmp/nf-e2e-sql.txt";
    FILE *fp = fopen(path, "w");
    fputs("French interior minister Gerald O'Drop said: \"'); DROP TABLE documents; --\"\n", fp);
    fclose(fp);
    char args[512];
    snprintf(args, sizeof args, "load --db %s %s", db, path);
    run_result r = run(args);
    ck_assert_int_eq(r.status, 0);
    run_free(&r);
    snprintf(args, sizeof args, "search --db %s --format csv DROP", db);
    r = run(args);
    ck_assert_int_eq(r.status, 0);
    ck_assert_msg(strstr(r.out, "'); DROP TABLE documents; --") != NULL, "%s", r.out);
    run_free(&r);
    snprintf(args, sizeof args, "query --db %s --format csv countries", db);
    r = run(args);
    ck_assert_int_eq(r.status, 0);
    ck_assert(strstr(r.out, "FR,France,1,1") != NULL);
    run_free(&r);
    unlink(path);
    remove_db(db);
}
END_TEST

START_TEST(test_usage_and_help)
{
    run_result r = run("--version");
    ck_assert_int_eq(r.status, 0);
    ck_assert(strncmp(r.out, "newsfacts ", 10) == 0);
    run_free(&r);
    r = run("frobnicate");
    ck_assert_int_eq(r.status, 2);
    ck_assert(strstr(r.err, "unknown command 'frobnicate'") != NULL);
    run_free(&r);
    const char *cmds[] = {"extract", "load", "query", "search"};
    for (size_t i = 0; i < 4; i++) {
        char args[64];
        snprintf(args, sizeof args, "%s --help", cmds[i]);
        r = run(args);
        ck_assert_int_eq(r.status, 0);
        ck_assert(strstr(r.out, "usage: newsfacts") != NULL);
        run_free(&r);
        snprintf(args, sizeof args, "%s --no-such-option", cmds[i]);
        r = run(args);
        ck_assert_int_eq(r.status, 2);
        run_free(&r);
    }
    r = run("query --db /tmp/nf-e2e-none.db casualties");
    ck_assert_int_eq(r.status, 1);
    ck_assert(strstr(r.err, "no such database") != NULL);
    run_free(&r);
}
END_TEST

START_TEST(test_directory_without_stories)
{
    run_result r = run("extract tests/fixtures/empty-dir-for-e2e");
    ck_assert_int_eq(r.status, 1);
    ck_assert(strstr(r.err, "empty-dir-for-e2e") != NULL);
    run_free(&r);
}
END_TEST

/* Loading a story and loading the facts JSON extracted from it give the same
 * database: every saved query prints the same rows. */
START_TEST(test_json_round_trip_gives_same_database)
{
    char db1[128], db2[128];
    snprintf(db1, sizeof db1, "%s", temp_db());
    snprintf(db2, sizeof db2, "%s", temp_db());
    const char *json = "/tmp/nf-e2e-facts.json";
    char args[1024];
    snprintf(args, sizeof args, "extract --text " SAMPLE " >%s; %s load --db %s %s", json, bin(), db2, json);
    run_result r = run(args);
    ck_assert_msg(r.status == 0, "load of facts JSON failed: %s", r.err);
    ck_assert(strstr(r.out, "1 new") != NULL);
    run_free(&r);
    snprintf(args, sizeof args, "load --db %s " SAMPLE, db1);
    r = run(args);
    ck_assert_int_eq(r.status, 0);
    run_free(&r);
    const char *queries[] = {"casualties", "officials", "quotes", "arrests", "countries",
                             "death_toll", "most_quoted", "country_pairs"};
    for (size_t i = 0; i < sizeof queries / sizeof queries[0]; i++) {
        snprintf(args, sizeof args, "query --db %s --format csv %s", db1, queries[i]);
        run_result a = run(args);
        snprintf(args, sizeof args, "query --db %s --format csv %s", db2, queries[i]);
        run_result b = run(args);
        ck_assert_int_eq(a.status, 0);
        ck_assert_msg(strcmp(a.out, b.out) == 0, "%s differs:\n%s\n--\n%s", queries[i], a.out, b.out);
        run_free(&a);
        run_free(&b);
    }
    unlink(json);
    remove_db(db1);
    remove_db(db2);
}
END_TEST

/* Stories as JSON Lines keep their metadata; a malformed line is refused
 * with its line and column and the others still load. */
START_TEST(test_jsonl_stories)
{
    char *db = temp_db();
    const char *path = "/tmp/nf-e2e-stories.jsonl";
    FILE *fp = fopen(path, "w");
    fputs("{\"id\": \"wire-1\", \"title\": \"Flood\", \"url\": \"https://example.org/1\", "
          "\"published\": \"2025-01-02\", \"text\": \"Five people died in floods in Kenya.\"}\n"
          "{\"id\": \"wire-2\", \"text\": \"broken\"\n"
          "{\"id\": \"wire-3\", \"text\": \"Police in Peru arrested four men.\"}\n", fp);
    fclose(fp);
    char args[512];
    snprintf(args, sizeof args, "load --db %s %s", db, path);
    run_result r = run(args);
    ck_assert_int_eq(r.status, 1);
    ck_assert_msg(strstr(r.err, "nf-e2e-stories.jsonl:2:") != NULL, "%s", r.err);
    ck_assert(strstr(r.out, "2 new") != NULL);
    run_free(&r);
    snprintf(args, sizeof args, "query --db %s --format csv countries", db);
    r = run(args);
    ck_assert(strstr(r.out, "KE,Kenya,1,1") != NULL);
    ck_assert(strstr(r.out, "PE,Peru,1,1") != NULL);
    run_free(&r);
    snprintf(args, sizeof args, "query --db %s --format csv --param source=wire-1 story_facts", db);
    r = run(args);
    ck_assert_int_eq(r.status, 0);
    ck_assert_msg(strstr(r.out, "KE") != NULL, "%s", r.out);
    run_free(&r);
    unlink(path);
    remove_db(db);
}
END_TEST

/* A new temporary database with the sample story loaded. */
static char *db_with_sample(void)
{
    char *db = temp_db();
    char args[512];
    snprintf(args, sizeof args, "load --db %s " SAMPLE, db);
    run_result r = run(args);
    ck_assert_msg(r.status == 0, "%s", r.err);
    run_free(&r);
    return db;
}

/* --replace re-extracts a story in place: same counts, one document. */
START_TEST(test_replace)
{
    char *db = db_with_sample();
    char args[512];
    run_result r;
    snprintf(args, sizeof args, "load --replace --db %s " SAMPLE, db);
    r = run(args);
    ck_assert_int_eq(r.status, 0);
    ck_assert_msg(strstr(r.out, "0 new, 0 already present, 1 replaced") != NULL, "%s", r.out);
    run_free(&r);
    snprintf(args, sizeof args, "query --db %s --format csv countries", db);
    r = run(args);
    ck_assert_msg(strstr(r.out, "FR,France,1,") != NULL, "%s", r.out);
    run_free(&r);
    remove_db(db);
}
END_TEST

/* The indexes by person and by country a killed bulk load left deferred:
 * queries say so (with every row), the next load builds them. */
static long long deferred_in(const char *path)
{
    nf_error err;
    long long n = -1;
    nf_db *db = nf_db_open(path, &err);
    ck_assert_msg(db != NULL, "%s", err.text);
    ck_assert_int_eq(nf_db_indexes_deferred(db, &n, &err), 0);
    nf_db_close(db);
    return n;
}

/* An integer the database at path holds (sql reads one). */
static long long int_in(const char *path, const char *sql)
{
    nf_error err;
    long long v = -1;
    nf_db *db = nf_db_open(path, &err);
    ck_assert_msg(db != NULL, "%s", err.text);
    ck_assert_msg(nf_db_int(db, sql, &v, &err) == 0, "%s: %s", sql, err.text);
    nf_db_close(db);
    return v;
}

#define FTS_AUTOMERGE "SELECT v FROM sentences_fts_config WHERE k = 'automerge'"

START_TEST(test_killed_bulk_load_indexes)
{
    char *db = db_with_sample();
    char args[512];
    run_result r;
    ck_assert_int_eq(deferred_in(db), 0);          /* a new database: deferred, then built */
    ck_assert_int_eq(int_in(db, FTS_AUTOMERGE), 4);   /* search index merged, merging again */
    ck_assert_int_eq(int_in(db, "SELECT count(DISTINCT segid) FROM sentences_fts_idx"), 1);
    snprintf(args, sizeof args, "query --db %s --format csv officials", db);
    run_result before = run(args);
    ck_assert_str_eq(before.err, "");

    nf_error err;
    nf_db *h = nf_db_open(db, &err);                /* what a kill -9 leaves */
    ck_assert_msg(h && nf_db_defer_indexes(h, &err) == 0, "%s", err.text);
    nf_db_close(h);
    ck_assert_int_eq(int_in(db, FTS_AUTOMERGE), 0);
    r = run(args);
    ck_assert_int_eq(r.status, 0);
    ck_assert_str_eq(r.out, before.out);
    ck_assert_msg(strstr(r.err, "a load is running or was stopped before its end, where it builds "
                         "14 indexes (by story, person and country)") != NULL, "%s", r.err);
    run_free(&r);

    for (int replace = 0; replace <= 1; replace++) {
        snprintf(args, sizeof args, "load %s--db %s " SAMPLE, replace ? "--replace " : "", db);
        r = run(args);
        ck_assert_int_eq(r.status, 0);
        ck_assert_int_eq(deferred_in(db), 0);
        ck_assert_int_eq(int_in(db, FTS_AUTOMERGE), 4);
        run_free(&r);
        h = nf_db_open(db, &err);
        ck_assert_msg(h && nf_db_defer_indexes(h, &err) == 0, "%s", err.text);
        nf_db_close(h);
    }
    snprintf(args, sizeof args, "query --db %s --format csv officials", db);
    r = run(args);
    ck_assert_str_eq(r.out, before.out);
    run_free(&r);
    run_free(&before);
    remove_db(db);
}
END_TEST

/* Without the ISO lists nothing can be extracted: load says what to install,
 * and the new database it opened meanwhile is gone again; an existing one
 * stays as it was. */
START_TEST(test_load_without_iso_codes)
{
    const char *no_iso = "NEWSFACTS_ISO_CODES=/nonexistent";
    char *db = temp_db(), args[512], wal[128];
    snprintf(args, sizeof args, "load --db %s " SAMPLE, db);
    run_result r = run_env(no_iso, args);
    ck_assert_int_eq(r.status, 1);
    ck_assert(strstr(r.err, "apt-get install iso-codes") != NULL);
    ck_assert_int_eq(access(db, F_OK), -1);
    snprintf(wal, sizeof wal, "%s-wal", db);
    ck_assert_int_eq(access(wal, F_OK), -1);
    run_free(&r);

    r = run(args);
    ck_assert_int_eq(r.status, 0);
    run_free(&r);
    r = run_env(no_iso, args);
    ck_assert_int_eq(r.status, 1);
    run_free(&r);
    ck_assert_int_eq(int_in(db, "SELECT count(*) FROM documents"), 1);
    remove_db(db);
}
END_TEST

/* Another program holds the write lock past the busy timeout: the load
 * says so in words, exits 1, and writes nothing. */
START_TEST(test_locked_database)
{
    char *db = db_with_sample();
    nf_error err;
    nf_db *holder = nf_db_open(db, &err);
    ck_assert_msg(holder && nf_db_begin(holder, &err) == 0, "%s", err.text);
    char args[512];
    snprintf(args, sizeof args, "load -q --db %s tests/fixtures/corpus", db);
    run_result r = run(args);
    ck_assert_int_eq(r.status, 1);
    ck_assert_msg(strstr(r.err, "the database is locked: another program has been writing "
                         "to it for 10 s; rerun when it is done") != NULL, "%s", r.err);
    run_free(&r);
    nf_db_close(holder);       /* rolls back: it wrote nothing either */
    holder = nf_db_open(db, &err);
    long long n = 0;
    ck_assert_msg(holder && nf_db_int(holder, "SELECT count(*) FROM documents", &n, &err) == 0,
                  "%s", err.text);
    ck_assert_int_eq(n, 1);
    nf_db_close(holder);
    remove_db(db);
}
END_TEST

/* Facts JSON that does not fit the contract writes nothing of its story. */
START_TEST(test_bad_facts_json_writes_nothing)
{
    char *db = temp_db();
    const char *json = "/tmp/nf-e2e-bad.json";
    char args[1024];
    snprintf(args, sizeof args,
             "extract --text " SAMPLE " | sed 's/\"code\": \"FR\"/\"code\": \"ZZ\"/' >%s; "
             "%s load --db %s %s", json, bin(), db, json);
    run_result r = run(args);
    ck_assert_int_eq(r.status, 1);
    ck_assert_msg(strstr(r.err, "nf-e2e-bad.json: countries[0].code") != NULL, "%s", r.err);
    ck_assert(strstr(r.out, "0 new, 0 already present, 0 replaced, 1 refused") != NULL);
    run_free(&r);
    snprintf(args, sizeof args, "query --db %s --format csv story_facts", db);
    r = run(args);
    ck_assert_int_eq(r.status, 0);
    ck_assert_msg(strchr(r.out, '\n') == strrchr(r.out, '\n'), "rows written: %s", r.out);
    run_free(&r);
    unlink(json);
    remove_db(db);
}
END_TEST

/* Loaders on one database at once: all finish, nothing lost. */
START_TEST(test_two_loaders)
{
    char *db = temp_db();
    char args[1024];
    /* all create the new file: a race that only some rounds lose (a new
     * database once switched to WAL before its migrations, and the
     * second loader failed with "database is locked"; once made one
     * migration per transaction, and the second saw it half made and set
     * out to upgrade it; once made in 1 ms by one script, and two of them
     * switching it to WAL at the same moment, one failed with "database is
     * locked": a quarter of the rounds of four loaders) */
    for (int round = 0; round < 8; round++) {
        remove_db(db);
        snprintf(args, sizeof args,
                 "load -q --db %s tests/fixtures/corpus & p=$!; "
                 "%s load -q --db %s " SAMPLE " & q=$!; "
                 "%s load -q --db %s tests/fixtures/corpus; b=$?; "
                 "wait $p; a=$?; wait $q; c=$?; exit $((a | b | c))",
                 db, bin(), db, bin(), db);
        run_result first = run(args);
        ck_assert_msg(first.status == 0, "round %d: %s", round, first.err);
        ck_assert_msg(strstr(first.err, "upgrading") == NULL, "round %d: %s", round, first.err);
        run_free(&first);
    }
    run_result r;
    snprintf(args, sizeof args, "query --db %s --format csv countries", db);
    r = run(args);
    ck_assert_int_eq(r.status, 0);
    ck_assert_msg(strstr(r.out, "GB,United Kingdom,5,") != NULL || strstr(r.out, "GB,") != NULL, "%s", r.out);
    run_free(&r);
    snprintf(args, sizeof args, "load --db %s tests/fixtures/corpus", db);
    r = run(args);
    ck_assert_msg(strstr(r.out, "0 new, 15 already present") != NULL, "%s", r.out);
    run_free(&r);
    remove_db(db);
}
END_TEST

Suite *e2e_suite(void)
{
    Suite *s = suite_create("e2e");
    TCase *tc = tcase_create("binary");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_extract_sample);
    tcase_add_test(tc, test_load_and_query_sample);
    tcase_add_test(tc, test_bad_inputs_do_not_stop_the_others);
    tcase_add_test(tc, test_invalid_utf8_is_processed_with_a_warning);
    tcase_add_test(tc, test_sql_lookalike_is_stored_literally);
    tcase_add_test(tc, test_usage_and_help);
    tcase_add_test(tc, test_directory_without_stories);
    tcase_add_test(tc, test_load_without_iso_codes);
    tcase_add_test(tc, test_json_round_trip_gives_same_database);
    tcase_add_test(tc, test_jsonl_stories);
    tcase_add_test(tc, test_replace);
    tcase_add_test(tc, test_killed_bulk_load_indexes);
    tcase_add_test(tc, test_locked_database);
    tcase_add_test(tc, test_bad_facts_json_writes_nothing);
    tcase_add_test(tc, test_two_loaders);
    suite_add_tcase(s, tc);
    return s;
}
