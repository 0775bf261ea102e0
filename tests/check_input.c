/* check_input.c — bad input and database faults, end to end (issue #5):
 * every case runs the binary (NF_BIN) and checks its exit status, its
 * message and the database afterwards. A bad input is named and skipped
 * while the other inputs of the same run still load; a bad story or facts
 * file writes nothing; a bad --db leaves the file untouched; huge and
 * pathological stories finish in bounded memory and about linear time.
 * Everything written goes under /tmp. */
#include "tests.h"
#include "db.h"
#include "input.h"

#include <errno.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define SAMPLE "tests/fixtures/channel-crossing.txt"

#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif

static const char *bin(void)
{
    const char *b = getenv("NF_BIN");
    return b && *b ? b : "build/newsfacts";
}

typedef struct run_result {
    int status;
    char *out, *err;   /* whole stdout and stderr */
    double secs;       /* wall time */
} run_result;

static char *slurp(const char *path)
{
    char *s = test_read_file(path, NULL);
    return s ? s : strdup("");
}

/* Run "PREFIX newsfacts ARGS <STDIN" through the shell (prefix: a command
 * such as setpriv that runs the binary as another user; stdin_path NULL for
 * /dev/null); capture status, output and wall time. */
static run_result run_as(const char *prefix, const char *args, const char *stdin_path)
{
    char out[] = "/tmp/nf-input-out-XXXXXX", err[] = "/tmp/nf-input-err-XXXXXX";
    int fo = mkstemp(out), fe = mkstemp(err);
    ck_assert(fo >= 0 && fe >= 0);
    close(fo);
    close(fe);
    chmod(out, 0666);
    chmod(err, 0666);
    char cmd[8192];
    snprintf(cmd, sizeof cmd, "%s %s %s >%s 2>%s <%s", prefix ? prefix : "", bin(), args, out,
             err, stdin_path ? stdin_path : "/dev/null");
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int st = system(cmd);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    run_result r = {WIFEXITED(st) ? WEXITSTATUS(st) : -1, slurp(out), slurp(err),
                    (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9};
    unlink(out);
    unlink(err);
    return r;
}

static run_result run(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static run_result run(const char *fmt, ...)
{
    char args[4096];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(args, sizeof args, fmt, ap);
    va_end(ap);
    return run_as(NULL, args, NULL);
}

static void run_free(run_result *r)
{
    free(r->out);
    free(r->err);
}

/* A fresh directory under /tmp that every user may write (the unreadable
 * and read-only cases run the binary as nobody when the tests run as root). */
static const char *work_dir(void)
{
    static char dir[64];
    snprintf(dir, sizeof dir, "/tmp/nf-input-%d-XXXXXX", (int)getpid());
    ck_assert_ptr_nonnull(mkdtemp(dir));
    chmod(dir, 0777);
    return dir;
}

static void rm_rf(const char *dir)
{
    char cmd[256];
    snprintf(cmd, sizeof cmd, "chmod -R u+rwX %s 2>/dev/null; rm -rf %s", dir, dir);
    ck_assert_int_eq(system(cmd), 0);
}

static const char *path_in(const char *dir, const char *name)
{
    static char paths[8][256];
    static int next;
    char *p = paths[next++ % 8];
    int w = snprintf(p, sizeof paths[0], "%s/%s", dir, name);
    ck_assert(w > 0 && (size_t)w < sizeof paths[0]);
    return p;
}

static void write_file(const char *path, const char *data, size_t len)
{
    FILE *fp = fopen(path, "wb");
    ck_assert_msg(fp != NULL, "cannot write %s", path);
    ck_assert_uint_eq(fwrite(data, 1, len, fp), len);
    ck_assert_int_eq(fclose(fp), 0);
}

/* Write `bytes` bytes of unit repeated (cut at the end), no other newline. */
static void write_repeated(const char *path, const char *unit, size_t bytes)
{
    size_t ulen = strlen(unit), chunk = ((size_t)1 << 20) / ulen * ulen;
    char *buf = malloc(chunk);
    ck_assert_ptr_nonnull(buf);
    for (size_t i = 0; i < chunk; i++)
        buf[i] = unit[i % ulen];
    FILE *fp = fopen(path, "wb");
    ck_assert_ptr_nonnull(fp);
    for (size_t done = 0; done < bytes;) {
        size_t n = bytes - done < chunk ? bytes - done : chunk;
        ck_assert_uint_eq(fwrite(buf, 1, n, fp), n);
        done += n;
    }
    ck_assert_int_eq(fclose(fp), 0);
    free(buf);
}

/* An integer from the database (NULL-safe: -1 when it cannot be opened). */
static long long db_int(const char *db_path, const char *sql)
{
    nf_error err;
    nf_error_clear(&err);
    nf_db *db = nf_db_open(db_path, &err);
    ck_assert_msg(db != NULL, "cannot open %s: %s", db_path, err.text);
    long long v = -1;
    ck_assert_msg(nf_db_int(db, sql, &v, &err) == 0, "%s: %s", sql, err.text);
    nf_db_close(db);
    return v;
}

/* Rows of every fact table plus documents and sentences: 0 = nothing written. */
static long long db_rows(const char *db_path)
{
    return db_int(db_path,
                  "SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM sentences)"
                  " + (SELECT count(*) FROM events) + (SELECT count(*) FROM document_countries)"
                  " + (SELECT count(*) FROM country_mentions) + (SELECT count(*) FROM official_roles)"
                  " + (SELECT count(*) FROM person_mentions) + (SELECT count(*) FROM casualties)"
                  " + (SELECT count(*) FROM arrests) + (SELECT count(*) FROM quotes)"
                  " + (SELECT count(*) FROM amounts)");
}

static bool file_exists(const char *path)
{
    struct stat sb;
    return stat(path, &sb) == 0;
}

/* The prefix that runs the binary as an unprivileged user: root reads and
 * writes files whatever their mode. NULL when that cannot be done. */
static const char *unprivileged(void)
{
    if (geteuid() != 0)
        return "";
    static const char as[] = "setpriv --reuid=65534 --regid=65534 --clear-groups";
    /* nobody must reach the binary and the fixtures (a checkout under
     * /root may not let it) */
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "%s sh -c 'test -x %s && test -r tests/fixtures/corpus/summit.txt'"
             " >/dev/null 2>&1", as, bin());
    if (system("command -v setpriv >/dev/null 2>&1") != 0 || system(cmd) != 0)
        return NULL;
    return as;
}

#ifndef UNDER_ASAN
/* Peak RSS of the largest child run so far by this test (check forks one
 * process per test). Not under ASan, whose shadow memory dwarfs it. */
static long child_maxrss_kb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_CHILDREN, &ru);
    return ru.ru_maxrss;
}
#endif

/* ---- inputs ------------------------------------------------------------- */

START_TEST(test_missing_empty_and_storyless_inputs_are_named)
{
    const char *dir = work_dir();
    char db[256], empty[256], nodir[256], none[256];
    snprintf(db, sizeof db, "%s/t.db", dir);
    snprintf(empty, sizeof empty, "%s/empty.txt", dir);
    snprintf(nodir, sizeof nodir, "%s/no-stories", dir);
    snprintf(none, sizeof none, "%s/missing.txt", dir);
    write_file(empty, "", 0);
    ck_assert_int_eq(mkdir(nodir, 0755), 0);
    write_file(path_in(nodir, "notes.md"), "not a story\n", 12);
    run_result r = run("load --db %s %s %s %s " SAMPLE, db, none, nodir, empty);
    ck_assert_int_eq(r.status, 1);
    char want[512];
    snprintf(want, sizeof want, "newsfacts: %s: cannot read: No such file or directory", none);
    ck_assert_msg(strstr(r.err, want) != NULL, "stderr: %s", r.err);
    snprintf(want, sizeof want, "newsfacts: %s: directory holds no stories", nodir);
    ck_assert_msg(strstr(r.err, want) != NULL, "stderr: %s", r.err);
    snprintf(want, sizeof want, "newsfacts: %s: empty story; skipped", empty);
    ck_assert_msg(strstr(r.err, want) != NULL, "stderr: %s", r.err);
    ck_assert_msg(strstr(r.out, "1 new, 0 already present, 0 replaced, 3 refused") != NULL,
                  "stdout: %s", r.out);
    ck_assert_int_eq(db_int(db, "SELECT count(*) FROM documents"), 1);
    run_free(&r);
    rm_rf(dir);
}
END_TEST

START_TEST(test_unreadable_file_is_named)
{
    const char *as = unprivileged();
    if (!as)
        return;   /* root without setpriv: mode 000 cannot stop root */
    const char *dir = work_dir();
    char db[256], locked[256], sample[256];
    snprintf(db, sizeof db, "%s/t.db", dir);
    snprintf(locked, sizeof locked, "%s/locked.txt", dir);
    snprintf(sample, sizeof sample, "%s/sample.txt", dir);
    write_file(locked, "Police in France said 12 people died.\n", 38);
    chmod(locked, 0);
    size_t len;
    char *text = test_read_file(SAMPLE, &len);
    write_file(sample, text, len);
    chmod(sample, 0644);
    free(text);
    char args[1024];
    snprintf(args, sizeof args, "load --db %s %s %s", db, locked, sample);
    run_result r = run_as(as, args, NULL);
    ck_assert_int_eq(r.status, 1);
    char want[512];
    snprintf(want, sizeof want, "newsfacts: %s: cannot open: Permission denied", locked);
    ck_assert_msg(strstr(r.err, want) != NULL, "stderr: %s", r.err);
    ck_assert_msg(strstr(r.out, "1 new, 0 already present, 0 replaced, 1 refused") != NULL,
                  "stdout: %s", r.out);
    ck_assert_int_eq(db_int(db, "SELECT count(*) FROM documents"), 1);
    run_free(&r);
    rm_rf(dir);
}
END_TEST

/* Every span in the extract JSON names the bytes of the original file. */
static void check_offsets(const char *json, const char *story, size_t len, const char *code,
                          size_t code_at)
{
    json_error_t jerr;
    json_t *root = json_loads(json, 0, &jerr);
    ck_assert_msg(root != NULL, "extract printed no JSON: %s", jerr.text);
    ck_assert_int_eq(json_integer_value(json_object_get(json_object_get(root, "document"), "bytes")),
                     (json_int_t)len);
    bool found = false;
    size_t i;
    json_t *c;
    json_array_foreach(json_object_get(root, "countries"), i, c) {
        if (strcmp(json_string_value(json_object_get(c, "code")), code) != 0)
            continue;
        json_t *m = json_array_get(json_object_get(c, "mentions"), 0);
        ck_assert_int_eq(json_integer_value(json_object_get(m, "start")), (json_int_t)code_at);
        found = true;
    }
    ck_assert_msg(found, "no %s in %s", code, json);
    const char *kinds[] = {"events", "casualties", "arrests", "quotes", "amounts"};
    for (size_t k = 0; k < 5; k++) {
        json_t *item;
        json_array_foreach(json_object_get(root, kinds[k]), i, item) {
            json_int_t s = json_integer_value(json_object_get(item, "start"));
            json_int_t e = json_integer_value(json_object_get(item, "end"));
            const char *t = json_string_value(json_object_get(item, "text"));
            ck_assert(s >= 0 && s <= e && (size_t)e <= len);
            /* a slice without bad bytes is printed exactly as the bytes */
            if (t && memchr(story + s, 0, (size_t)(e - s)) == NULL && strlen(t) == (size_t)(e - s))
                ck_assert(memcmp(story + s, t, (size_t)(e - s)) == 0);
        }
    }
    json_decref(root);
}

START_TEST(test_invalid_utf8_and_nul_are_processed_with_a_warning)
{
    static const struct {
        const char *text;
        size_t len;
        const char *warning;
    } cases[] = {
        {"Police in Spain said 12 people died.\0 Officials in Germany said 40 were hurt.\n", 79,
         "NUL byte at byte 36; processing it anyway"},
        {"Police in Spain said 12 people died. \xc3\x28\xff Officials in Germany said 40 were hurt.\n",
         82, "invalid UTF-8 at byte 37; processing it anyway"},
        {"Police in Spain said \xe2\x82 12 people died.\0 Officials in Germany said 40 were hurt.\n",
         82, "invalid UTF-8 at byte 21; processing it anyway"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *dir = work_dir();
        const char *story = path_in(dir, "bad-bytes.txt");
        char db[256];
        snprintf(db, sizeof db, "%s/t.db", dir);
        write_file(story, cases[i].text, cases[i].len);
        size_t de = 0;
        while (de + 7 <= cases[i].len && memcmp(cases[i].text + de, "Germany", 7) != 0)
            de++;
        ck_assert_uint_lt(de + 7, cases[i].len);

        run_result r = run("extract %s", story);
        ck_assert_msg(r.status == 0, "case %zu: exit %d: %s", i, r.status, r.err);
        char want[512];
        snprintf(want, sizeof want, "newsfacts: warning: %s: %s", story, cases[i].warning);
        ck_assert_msg(strstr(r.err, want) != NULL, "case %zu: stderr: %s", i, r.err);
        check_offsets(r.out, cases[i].text, cases[i].len, "DE", de);
        run_free(&r);

        r = run("load --db %s %s", db, story);
        ck_assert_msg(r.status == 0, "case %zu: load: %s", i, r.err);
        ck_assert(strstr(r.err, cases[i].warning) != NULL);
        ck_assert_int_eq(db_int(db, "SELECT bytes FROM documents"), (long long)cases[i].len);
        ck_assert_int_eq(db_int(db, "SELECT count(*) FROM country_mentions m JOIN documents d "
                                    "ON d.id = m.document_id WHERE m.code = 'DE'"), 1);
        run_free(&r);
        rm_rf(dir);
    }
}
END_TEST

START_TEST(test_binary_files_are_refused)
{
    static const struct { const char *name, *bytes; size_t len; const char *what; } cases[] = {
        {"photo.txt", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20, "a PNG image"},
        {"photo2.txt", "\xff\xd8\xff\xe0\0\x10JFIF\0", 11, "a JPEG image"},
        {"archive.txt", "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcb\x48\xcd", 13, "gzip data"},
        {"program.txt", "\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16, "an executable"},
        {"noise.txt", "\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11 ab", 16, "binary data"},
    };
    const char *dir = work_dir();
    char db[256], args[4096];
    snprintf(db, sizeof db, "%s/t.db", dir);
    int used = snprintf(args, sizeof args, "load --db %s", db);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        write_file(path_in(dir, cases[i].name), cases[i].bytes, cases[i].len);
        used += snprintf(args + used, sizeof args - (size_t)used, " %s", path_in(dir, cases[i].name));
    }
    snprintf(args + used, sizeof args - (size_t)used, " " SAMPLE);
    run_result r = run_as(NULL, args, NULL);
    ck_assert_int_eq(r.status, 1);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char want[512];
        snprintf(want, sizeof want, "newsfacts: %s: not a text story (%s); skipped",
                 path_in(dir, cases[i].name), cases[i].what);
        ck_assert_msg(strstr(r.err, want) != NULL, "want '%s' in: %s", want, r.err);
    }
    ck_assert_msg(strstr(r.out, "1 new, 0 already present, 0 replaced, 5 refused") != NULL,
                  "stdout: %s", r.out);
    ck_assert_int_eq(db_int(db, "SELECT count(*) FROM documents"), 1);
    run_free(&r);
    rm_rf(dir);
}
END_TEST

/* 200 MB of text: refused at the limit, as a file, on standard input and as
 * one JSON Lines record, in bounded memory; the story after it still loads. */
START_TEST(test_200mb_story_is_refused_in_bounded_memory)
{
    const char *dir = work_dir();
    char big[256], jl[256], db[256];
    snprintf(big, sizeof big, "%s/big.txt", dir);
    snprintf(jl, sizeof jl, "%s/big.jsonl", dir);
    snprintf(db, sizeof db, "%s/t.db", dir);
    write_repeated(big, "Police said 12 people died in France. ", (size_t)200 << 20);
    run_result r = run("load --db %s %s " SAMPLE, db, big);
    ck_assert_int_eq(r.status, 1);
    ck_assert_msg(strstr(r.err, "big.txt: story is over the size limit of 8388608 bytes; skipped "
                                "(see --max-bytes)") != NULL, "stderr: %s", r.err);
    ck_assert(strstr(r.out, "1 new, 0 already present, 0 replaced, 1 refused") != NULL);
    run_free(&r);
    r = run_as(NULL, "extract -", big);
    ck_assert_int_eq(r.status, 1);
    ck_assert_msg(strstr(r.err, "<stdin>: story is over the size limit of 8388608 bytes") != NULL,
                  "stderr: %s", r.err);
    run_free(&r);
    /* one JSON Lines record of 200 MB, then a good one */
    FILE *fp = fopen(jl, "wb");
    ck_assert_ptr_nonnull(fp);
    fputs("{\"id\": \"huge\", \"text\": \"", fp);
    FILE *in = fopen(big, "rb");
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0)
        fwrite(buf, 1, n, fp);
    fclose(in);
    fputs("\"}\n{\"id\": \"small\", \"text\": \"Police in France said 12 people died.\"}\n", fp);
    ck_assert_int_eq(fclose(fp), 0);
    unlink(big);
    r = run("load --db %s %s", db, jl);
    ck_assert_int_eq(r.status, 1);
    ck_assert_msg(strstr(r.err, "big.jsonl:1: line is over the size limit") != NULL, "stderr: %s", r.err);
    ck_assert_msg(strstr(r.out, "1 new, 0 already present, 0 replaced, 1 refused") != NULL,
                  "stdout: %s", r.out);
    ck_assert_int_eq(db_int(db, "SELECT count(*) FROM documents WHERE source = 'small'"), 1);
    run_free(&r);
#ifndef UNDER_ASAN
    /* every run above stayed far below the 200 MB it was given */
    ck_assert_msg(child_maxrss_kb() < 96 * 1024, "peak RSS %ld KB", child_maxrss_kb());
#endif
    rm_rf(dir);
}
END_TEST

/* 10 MB on one line: refused at the default limit, processed under a larger
 * --max-bytes (bounded memory, seconds not minutes). */
START_TEST(test_10mb_line_without_newline)
{
    const char *dir = work_dir();
    char line[256];
    snprintf(line, sizeof line, "%s/line.txt", dir);
    write_repeated(line, "officials in France and Germany said 12 people died and ", (size_t)10 << 20);
    run_result r = run("extract %s", line);
    ck_assert_int_eq(r.status, 1);
    ck_assert(strstr(r.err, "story is over the size limit of 8388608 bytes") != NULL);
    run_free(&r);
    r = run("extract --max-bytes 16M %s", line);
    ck_assert_msg(r.status == 0, "stderr: %s", r.err);
    json_error_t jerr;
    json_t *root = json_loads(r.out, 0, &jerr);
    ck_assert_msg(root != NULL, "no JSON: %s", jerr.text);
    ck_assert_int_eq(json_integer_value(json_object_get(json_object_get(root, "document"), "bytes")),
                     (json_int_t)10 << 20);
    ck_assert_uint_ge(json_array_size(json_object_get(root, "countries")), 2);
    json_decref(root);
#ifndef UNDER_ASAN
    ck_assert_msg(r.secs < 20, "10 MB line took %.1f s", r.secs);
    ck_assert_msg(child_maxrss_kb() < 1024 * 1024, "peak RSS %ld KB", child_maxrss_kb());
#endif
    run_free(&r);
    rm_rf(dir);
}
END_TEST

/* Pathological text takes about the time of ordinary text of its size. */
START_TEST(test_pathological_text_is_not_quadratic)
{
    static const struct { const char *name, *unit; } cases[] = {
        {"quotes", "He said \"no "},                 /* 100,000+ unbalanced quotes */
        {"curly", "\xe2\x80\x9cwhy "},               /* unbalanced curly quotes */
        {"brackets", "(((([[[[{{{{"},                /* deeply nested, never closed */
        {"closers", "))]]}}\"\xe2\x80\x9d"},         /* closers with no openers */
        {"dashes", "-- ... !! ?? "},                 /* punctuation without words */
    };
    const char *dir = work_dir();
    const size_t size = 1200000;
    char plain[256];
    snprintf(plain, sizeof plain, "%s/plain.txt", dir);
    write_repeated(plain, "Officials in France said 12 people died on Monday. ", size);
    run_result r = run("extract %s", plain);
    ck_assert_int_eq(r.status, 0);
    double base = r.secs;
    run_free(&r);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *p = path_in(dir, cases[i].name);
        write_repeated(p, cases[i].unit, size);
        r = run("extract %s", p);
        ck_assert_msg(r.status == 0, "%s: exit %d: %s", cases[i].name, r.status, r.err);
        ck_assert_msg(r.secs < 4 * base + 1.0, "%s: %.2f s, ordinary text of the size %.2f s",
                      cases[i].name, r.secs, base);
        run_free(&r);
    }
    rm_rf(dir);
}
END_TEST

START_TEST(test_sql_lookalike_is_stored_and_queried_literally)
{
    const char *dir = work_dir();
    char db[256], jl[256];
    snprintf(db, sizeof db, "%s/t.db", dir);
    snprintf(jl, sizeof jl, "%s/sql.jsonl", dir);
    const char *rec =
        "{\"id\": \"x'); DROP TABLE documents; --\", \"title\": \"Robert'; DELETE FROM people; --\","
        " \"url\": \"http://e.x/?q=1' OR '1'='1\", \"published\": \"2024-01-01'--\","
        " \"text\": \"French Interior Minister Gerald O'Drop said: \\\"'); DROP TABLE quotes; --\\\" "
        "Police in France said 12 people died; SELECT * FROM sqlite_master; /* */ %% _ \\\\\"}\n";
    write_file(jl, rec, strlen(rec));
    run_result r = run("load --db %s %s", db, jl);
    ck_assert_msg(r.status == 0, "stderr: %s", r.err);
    run_free(&r);
    ck_assert_int_eq(db_int(db, "SELECT count(*) FROM documents WHERE source = "
                                "'x''); DROP TABLE documents; --' AND title = "
                                "'Robert''; DELETE FROM people; --' AND url = "
                                "'http://e.x/?q=1'' OR ''1''=''1'"), 1);
    ck_assert_int_eq(db_int(db, "SELECT count(*) FROM documents WHERE instr(text, "
                                "'SELECT * FROM sqlite_master; /* */ %% _ \\') > 0"), 1);
    ck_assert_int_eq(db_int(db, "SELECT count(*) FROM sqlite_master WHERE name IN "
                                "('documents', 'quotes', 'people')"), 3);
    r = run("search --db %s --format csv '\"DROP TABLE quotes\"'", db);
    ck_assert_int_eq(r.status, 0);
    ck_assert_msg(strstr(r.out, "x'); DROP TABLE documents; --") != NULL, "%s", r.out);
    ck_assert_msg(strstr(r.out, "'); DROP TABLE quotes; --") != NULL, "%s", r.out);
    run_free(&r);
    /* search terms that are SQL are FTS terms, nothing else */
    r = run("search --db %s --format csv \"'; DROP TABLE documents; --\"", db);
    ck_assert_int_ne(r.status, -1);
    run_free(&r);
    ck_assert_int_eq(db_int(db, "SELECT count(*) FROM documents"), 1);
    r = run("query --db %s --format csv --param \"country=FR' OR 1=1 --\" officials_by_country", db);
    ck_assert_int_eq(r.status, 0);
    ck_assert_msg(strstr(r.out, "FR,") == NULL, "a parameter acted as SQL: %s", r.out);
    run_free(&r);
    rm_rf(dir);
}
END_TEST

/* ---- facts JSON ----------------------------------------------------------- */

typedef struct bad_facts {
    const char *name;
    const char *key;      /* top-level key to replace ... */
    const char *value;    /* ... with this JSON (END = the story's length + 10) */
    const char *message;  /* what stderr must say */
} bad_facts;

START_TEST(test_bad_facts_json_writes_nothing)
{
    static const bad_facts cases[] = {
        {"category", "casualties", "[{\"category\": \"zombies\", \"count\": 3, \"start\": 0, \"end\": 6}]",
         "casualties[0].category: unknown category \"zombies\""},
        {"count-type", "casualties", "[{\"category\": \"dead\", \"count\": \"three\", \"start\": 0, \"end\": 6}]",
         "casualties[0].count:"},
        {"outside", "quotes", "[{\"speaker\": null, \"start\": 2, \"end\": END}]",
         "quotes[0].end:"},
        {"negative", "arrests", "[{\"count\": 2, \"start\": -5, \"end\": 3}]",
         "arrests[0].start:"},
        {"reversed", "amounts", "[{\"value\": 5, \"currency\": \"EUR\", \"start\": 9, \"end\": 3}]",
         "amounts[0]"},
        {"currency", "amounts", "[{\"value\": 5, \"currency\": \"XXQ\", \"start\": 0, \"end\": 3}]",
         "amounts[0].currency:"},
        {"not-array", "countries", "\"FR\"", "countries:"},
        {"country", "countries", "[{\"code\": \"QQ\", \"mentions\": []}]", "countries[0].code:"},
        {"wrong-text", "events", "[{\"id\": 1, \"type\": \"crash\", \"start\": 0, \"end\": 5, \"text\": \"Hello\"}]",
         "events[0]: text does not match the story"},
        {"event-ref", "casualties", "[{\"event\": 7, \"category\": \"dead\", \"count\": 1, \"start\": 0, \"end\": 6}]",
         "casualties[0].event:"},
    };
    const char *dir = work_dir();
    char db[256];
    snprintf(db, sizeof db, "%s/t.db", dir);
    run_result r = run("extract --text " SAMPLE);
    ck_assert_int_eq(r.status, 0);
    json_error_t jerr;
    json_t *good = json_loads(r.out, 0, &jerr);
    ck_assert_ptr_nonnull(good);
    run_free(&r);
    json_int_t bytes = json_integer_value(json_object_get(json_object_get(good, "document"), "bytes"));
    /* the good facts load (checked last: nothing before may have written) */
    const char *good_path = path_in(dir, "good.json");
    ck_assert_int_eq(json_dump_file(good, good_path, JSON_INDENT(2)), 0);

    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char value[512], end[32], *at;
        snprintf(value, sizeof value, "%s", cases[i].value);
        if ((at = strstr(value, "END"))) {
            snprintf(end, sizeof end, "%lld", (long long)bytes + 10);
            char rest[512];
            snprintf(rest, sizeof rest, "%s", at + 3);
            snprintf(at, sizeof value - (size_t)(at - value), "%s%s", end, rest);
        }
        json_t *bad = json_deep_copy(good);
        json_t *v = json_loads(value, JSON_DECODE_ANY, &jerr);
        ck_assert_msg(v != NULL, "case %s: %s", cases[i].name, jerr.text);
        json_object_set_new(bad, cases[i].key, v);
        char name[64];
        snprintf(name, sizeof name, "bad-%s.json", cases[i].name);
        const char *path = path_in(dir, name);
        ck_assert_int_eq(json_dump_file(bad, path, JSON_INDENT(2)), 0);
        json_decref(bad);
        r = run("load --db %s %s", db, path);
        ck_assert_msg(r.status == 1, "case %s: exit %d", cases[i].name, r.status);
        char want[512];
        snprintf(want, sizeof want, "newsfacts: %s: %s", path, cases[i].message);
        ck_assert_msg(strstr(r.err, want) != NULL, "case %s: want '%s' in: %s", cases[i].name,
                      want, r.err);
        ck_assert(strstr(r.out, "0 new, 0 already present, 0 replaced, 1 refused") != NULL);
        run_free(&r);
        ck_assert_int_eq(db_rows(db), 0);
    }

    /* malformed JSON: file:line:column */
    char *text = json_dumps(good, JSON_INDENT(2));
    const char *path = path_in(dir, "truncated.json");
    write_file(path, text, strlen(text) / 2);
    free(text);
    r = run("load --db %s %s", db, path);
    ck_assert_int_eq(r.status, 1);
    char want[512];
    snprintf(want, sizeof want, "newsfacts: %s:", path);
    const char *at = strstr(r.err, want);
    ck_assert_msg(at != NULL, "stderr: %s", r.err);
    int line = 0, col = 0;
    ck_assert_msg(sscanf(at + strlen(want), "%d:%d:", &line, &col) == 2 && line > 1 && col > 0,
                  "no line:column in: %s", r.err);
    run_free(&r);
    ck_assert_int_eq(db_rows(db), 0);

    /* JSON Lines of facts: the bad line is named, the good ones load */
    char *one = json_dumps(good, JSON_COMPACT);
    json_t *bad = json_deep_copy(good);
    json_object_set_new(bad, "casualties", json_loads(cases[0].value, 0, &jerr));
    char *two = json_dumps(bad, JSON_COMPACT);
    json_decref(bad);
    path = path_in(dir, "facts.jsonl");
    FILE *fp = fopen(path, "w");
    fprintf(fp, "%s\n%s\n{\"document\": [1, 2\n", two, one);
    fclose(fp);
    free(one);
    free(two);
    r = run("load --db %s %s", db, path);
    ck_assert_int_eq(r.status, 1);
    snprintf(want, sizeof want, "newsfacts: %s:1: casualties[0].category", path);
    ck_assert_msg(strstr(r.err, want) != NULL, "stderr: %s", r.err);
    snprintf(want, sizeof want, "newsfacts: %s:3:", path);
    ck_assert_msg(strstr(r.err, want) != NULL, "stderr: %s", r.err);
    ck_assert_msg(strstr(r.out, "1 new, 0 already present, 0 replaced, 2 refused") != NULL,
                  "stdout: %s", r.out);
    run_free(&r);
    ck_assert_int_eq(db_int(db, "SELECT count(*) FROM documents"), 1);
    ck_assert_int_eq(db_int(db, "SELECT count(*) FROM casualties WHERE category = 'zombies'"), 0);
    json_decref(good);
    rm_rf(dir);
}
END_TEST

/* ---- database faults ------------------------------------------------------ */

static void check_untouched(const char *path, const char *before, size_t len)
{
    size_t now_len;
    char *now = test_read_file(path, &now_len);
    ck_assert_msg(now != NULL && now_len == len && memcmp(now, before, len) == 0,
                  "%s was changed", path);
    free(now);
    char p[512];
    const char *sfx[] = {"-wal", "-shm", "-journal"};
    for (size_t i = 0; i < 3; i++) {
        snprintf(p, sizeof p, "%s%s", path, sfx[i]);
        ck_assert_msg(!file_exists(p), "%s was created", p);
    }
}

START_TEST(test_db_that_is_not_sqlite_is_left_untouched)
{
    const char *dir = work_dir();
    static const struct { const char *name, *bytes; size_t len; } cases[] = {
        {"notes.db", "# my notes\nnot a database at all\n", 33},
        {"image.db", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16},
        {"short.db", "SQLite format 3", 15},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *db = path_in(dir, cases[i].name);
        write_file(db, cases[i].bytes, cases[i].len);
        run_result r = run("load --db %s " SAMPLE, db);
        ck_assert_int_eq(r.status, 1);
        ck_assert_msg(strstr(r.err, "not a SQLite database") != NULL || strstr(r.err, "not an SQLite") != NULL,
                      "%s: stderr: %s", cases[i].name, r.err);
        ck_assert_msg(strstr(r.err, db) != NULL, "the message does not name %s: %s", db, r.err);
        check_untouched(db, cases[i].bytes, cases[i].len);
        run_free(&r);
    }
    /* a SQLite database of another application */
    const char *other = path_in(dir, "other.db");
    char cmd[512];
    snprintf(cmd, sizeof cmd, "sqlite3 %s 'CREATE TABLE t(x); INSERT INTO t VALUES (42);'", other);
    if (system(cmd) == 0) {
        size_t len;
        char *before = test_read_file(other, &len);
        run_result r = run("load --db %s " SAMPLE, other);
        ck_assert_int_eq(r.status, 1);
        ck_assert_msg(strstr(r.err, other) != NULL, "stderr: %s", r.err);
        check_untouched(other, before, len);
        free(before);
        run_free(&r);
    }
    rm_rf(dir);
}
END_TEST

START_TEST(test_read_only_db_and_missing_directory)
{
    const char *dir = work_dir();
    char db[256], missing[256];
    snprintf(db, sizeof db, "%s/ro.db", dir);
    snprintf(missing, sizeof missing, "%s/no/such/dir/t.db", dir);
    run_result r = run("load --db %s " SAMPLE, missing);
    ck_assert_int_eq(r.status, 1);
    ck_assert_msg(strstr(r.err, "does not exist") != NULL && strstr(r.err, missing) != NULL,
                  "stderr: %s", r.err);
    run_free(&r);
    snprintf(missing, sizeof missing, "%s/no", dir);
    ck_assert(!file_exists(missing));

    const char *as = unprivileged();
    if (as) {
        r = run("load --db %s " SAMPLE, db);
        ck_assert_int_eq(r.status, 0);
        run_free(&r);
        chmod(db, 0444);
        size_t len;
        char *before = test_read_file(db, &len);
        char args[512];
        snprintf(args, sizeof args, "load --db %s tests/fixtures/corpus/summit.txt", db);
        r = run_as(as, args, NULL);
        ck_assert_int_eq(r.status, 1);
        ck_assert_msg(strstr(r.err, "read-only") != NULL && strstr(r.err, db) != NULL,
                      "stderr: %s", r.err);
        run_free(&r);
        size_t now_len;
        char *now = test_read_file(db, &now_len);
        ck_assert_msg(now_len == len && memcmp(now, before, len) == 0, "%s changed", db);
        free(now);
        free(before);
    }
    rm_rf(dir);
}
END_TEST

/* ---- JSON Lines records read without jansson (input.c's scanner) ------------ */

/* The string member key of obj as the scanner should give it: NULL when
 * missing or not a string. */
static void assert_same_string(const char *line, const char *key, json_t *obj, const char *got)
{
    const char *want = json_string_value(json_object_get(obj, key));
    if (!want || !got) {
        ck_assert_msg(want == got, "%s: %s: jansson %s, scanner %s", line, key,
                      want ? want : "NULL", got ? got : "NULL");
        return;
    }
    ck_assert_msg(strcmp(want, got) == 0, "%s: %s: jansson '%s', scanner '%s'", line, key, want, got);
}

/* nf_jsonl_scan and json_loadb agree on line[0..n): a line the scanner takes
 * is one jansson parses to an object with the same members; a line it leaves
 * to jansson is untouched. fast: 1 or 0 when the scanner must (not) take the
 * line, -1 when either is right. */
static void assert_scan_agrees(const char *line, size_t n, int fast)
{
    char *copy = malloc(n + 1);
    ck_assert_ptr_nonnull(copy);
    memcpy(copy, line, n);
    copy[n] = '\0';
    json_error_t jerr;
    json_t *obj = json_loadb(line, n, 0, &jerr);
    nf_jsonl_story st;
    int got = nf_jsonl_scan(copy, n, false, &st);
    if (fast >= 0)
        ck_assert_msg(got == fast, "%.*s: scanner gave %d, want %d", (int)n, line, got, fast);
    if (!got) {
        ck_assert_msg(memcmp(copy, line, n) == 0, "%.*s: changed though not taken", (int)n, line);
    } else {
        ck_assert_msg(obj && json_is_object(obj), "%.*s: taken, but jansson says: %s", (int)n, line,
                      obj ? "not an object" : jerr.text);
        json_t *text = json_object_get(obj, "text");
        ck_assert_msg(!json_is_string(text) == !st.text, "%.*s: text", (int)n, line);
        if (st.text) {
            ck_assert_uint_eq(st.text_len, json_string_length(text));
            ck_assert(memcmp(st.text, json_string_value(text), st.text_len) == 0);
            ck_assert_int_eq(st.text[st.text_len], '\0');
        }
        assert_same_string(copy, "id", obj, st.id);
        assert_same_string(copy, "title", obj, st.title);
        assert_same_string(copy, "url", obj, st.url);
        assert_same_string(copy, "published", obj, st.published);
        json_t *id = json_object_get(obj, "id");
        ck_assert_int_eq(st.id_is_int, json_is_integer(id));
        if (st.id_is_int)
            ck_assert_int_eq(st.id_int, json_integer_value(id));
        ck_assert_int_eq(st.has_document, json_object_get(obj, "document") != NULL);
    }
    json_decref(obj);
    free(copy);
}

#define LINE(s) {s, sizeof s - 1, 1}
#define JANSSON(s) {s, sizeof s - 1, 0}
static const struct { const char *line; size_t len; int fast; } scan_cases[] = {
    LINE("{\"id\": \"a\", \"title\": \"T\", \"url\": \"u\", \"published\": \"2024\", \"text\": \"x\"}"),
    LINE("{\"text\": \"Police said \\\"12\\\" died.\\nNew \\\\ line \\/ \\b\\f\\r\\t end\"}"),
    LINE("{\"text\": \"\\u00e9\\u20AC\\ud83d\\ude00\\u0041\\u007f\\u0001 caf\xC3\xA9 \xF0\x9F\x98\x80\"}"),
    LINE("{\"id\": \"\\u00e9t\\u00e9\", \"title\": \"\\\"T\\\"\", \"text\": \"x\"}"),
    LINE("  \t{\"text\" : \"x\" , \"published\":\"p\", \"title\": null, \"url\": true}\r  "),
    LINE("{\"id\": 12345, \"text\": \"x\"}"),
    LINE("{\"id\": -9223372036854775808, \"text\": \"x\"}"),
    LINE("{\"id\": 9223372036854775807, \"text\": \"x\"}"),
    LINE("{\"id\": -0, \"text\": \"x\"}"),
    LINE("{\"id\": 1.5, \"url\": \"http://x\", \"text\": \"x\"}"),
    LINE("{\"id\": 2e3, \"n\": -12.5E+3, \"m\": 0.0e-0, \"text\": \"x\"}"),
    LINE("{\"id\": null, \"flag\": false, \"text\": \"x\"}"),
    LINE("{\"text\": \"a\", \"text\": \"b\"}"),                 /* the last wins */
    LINE("{\"text\": \"a\", \"text\": 3}"),
    LINE("{\"id\": \"a\", \"id\": 7, \"text\": \"\"}"),
    LINE("{}"),
    LINE("{\"title\": \"no text\"}"),
    LINE("{\"document\": \"x\", \"text\": \"y\"}"),
    LINE("{\"\": \"\", \"text\": \"\"}"),
    JANSSON("{\"te\\u0078t\": \"escaped key\"}"),
    JANSSON("{\"text\": \"x\", \"extra\": {\"a\": [1, 2]}}"),
    JANSSON("{\"text\": \"x\", \"list\": []}"),
    JANSSON("{\"id\": 9223372036854775808, \"text\": \"x\"}"),
    JANSSON("{\"id\": -9223372036854775809, \"text\": \"x\"}"),
    JANSSON("{\"id\": 1e999, \"text\": \"x\"}"),
    JANSSON("{\"id\": 01, \"text\": \"x\"}"),
    JANSSON("{\"id\": 1., \"text\": \"x\"}"),
    JANSSON("{\"id\": .5, \"text\": \"x\"}"),
    JANSSON("{\"id\": -, \"text\": \"x\"}"),
    JANSSON("{\"id\": 1e, \"text\": \"x\"}"),
    JANSSON("{\"id\": +1, \"text\": \"x\"}"),
    JANSSON("{\"text\": \"Police in France said 12 peo"),
    JANSSON("{\"text\": \"a\\u0000b\"}"),
    JANSSON("{\"text\": \"x \\ud800 y\"}"),
    JANSSON("{\"text\": \"x \\udc00 y\"}"),
    JANSSON("{\"text\": \"x \\ud83d\\u0041 y\"}"),
    JANSSON("{\"text\": \"x \\ud83d\\ud83d y\"}"),
    JANSSON("{\"text\": \"x \\ud83d\"}"),
    JANSSON("{\"text\": \"x \\x y\"}"),
    JANSSON("{\"text\": \"x \\U0041 y\"}"),
    JANSSON("{\"text\": \"a\\u12G4\"}"),
    JANSSON("{\"text\": \"a\\u12"),
    JANSSON("{\"text\": \"a\\"),
    JANSSON("{\"text\": \"x \x01 y\"}"),
    JANSSON("{\"text\": \"x \x1f y\"}"),
    JANSSON("{\"text\": \"x \t y\"}"),
    JANSSON("{\"text\": \"Spain \xc3\x28 x\"}"),
    JANSSON("{\"text\": \"Spain \xed\xa0\x80 x\"}"),
    JANSSON("{\"text\": \"Spain \xc0\xaf x\"}"),
    JANSSON("{\"text\": \"Spain \xf4\x90\x80\x80 x\"}"),
    JANSSON("{\"text\": \"Spain \xe2\x82\"}"),
    JANSSON("{\"text\": \"x\", \"k\xff\": 1}"),
    JANSSON("[1, 2]"),
    JANSSON("\"just a string\""),
    JANSSON("42"),
    JANSSON("\xef\xbb\xbf{\"text\": \"bom\"}"),
    JANSSON("{\"text\": \"x\",}"),
    JANSSON("{,\"text\": \"x\"}"),
    JANSSON("{\"text\": \"x\"} trailing"),
    JANSSON("{\"text\": \"x\"}}"),
    JANSSON("{\"text\": \"x\"}{}"),
    JANSSON("{\"text\" \"x\"}"),
    JANSSON("{\"text\": \"x\" \"y\"}"),
    JANSSON("{text: \"x\"}"),
    JANSSON("{'text': 'x'}"),
    JANSSON("{\"text\": \"x\", \"flag\": tru}"),
    JANSSON("{\"text\": \"x\", \"flag\": truex}"),
    JANSSON("{\"text\": \"x\", \"flag\": nul}"),
    JANSSON("{\"text\": \"x\", \"flag\": NULL}"),
    JANSSON("{\"text\": \"x\"\f}"),
    JANSSON("{\"text\": \"x\"\0}"),
    JANSSON("{\"text\"\0: \"x\"}"),
    JANSSON("{\"text\": \"x\"\v}"),
    JANSSON("{"),
    JANSSON(""),
};

START_TEST(test_jsonl_scan_agrees_with_jansson)
{
    assert_scan_agrees(scan_cases[_i].line, scan_cases[_i].len, scan_cases[_i].fast);
}
END_TEST

/* When loading, a record with a "document" member is facts: taken, but not
 * decoded (the line goes to the facts reader as it was). */
START_TEST(test_jsonl_scan_leaves_facts_alone)
{
    char line[] = "{\"document\": \"d\", \"text\": \"a\\nb\"}";
    char copy[sizeof line];
    memcpy(copy, line, sizeof line);
    nf_jsonl_story st;
    ck_assert_int_eq(nf_jsonl_scan(line, sizeof line - 1, true, &st), 1);
    ck_assert(st.has_document);
    ck_assert_ptr_null(st.text);
    ck_assert(memcmp(line, copy, sizeof line) == 0);
    ck_assert_int_eq(nf_jsonl_scan(line, sizeof line - 1, false, &st), 1);
    ck_assert_str_eq(st.text, "a\nb");
}
END_TEST

/* 40,000 lines made by breaking good ones (a byte replaced by one that
 * matters to JSON, a byte inserted or dropped, the line cut): the scanner
 * never takes a line jansson refuses, and what it takes it reads the same. */
START_TEST(test_jsonl_scan_mutations)
{
    static const char *const seeds[] = {
        "{\"id\": \"bench-1\", \"title\": \"Boat sinks\", \"text\": \"Police said \\\"12\\\" died.\\n\\nMore \\u00e9\\ud83d\\ude00.\"}",
        "{\"id\": 42, \"url\": \"https://x.org/a?b=1\", \"published\": \"2024-01-02\", \"text\": \"caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D \\/ \\t\"}",
        "{\"text\": \"a\", \"n\": -1.5e+10, \"b\": true, \"c\": false, \"d\": null, \"id\": 0}",
        " {\"document\": \"x\" , \"text\" : \"\\b\\f\\r\\\\\"}\r",
    };
    static const char repl[] = "\"\\u{}[],: \t0129-.eE+DdCc8bnft\x00\x01\x1f\x7f\x80\xBF\xC3\xED\xF0\xFF";
    unsigned x = 2024;
    for (int iter = 0; iter < 40000; iter++) {
        const char *seed = seeds[iter % 4];
        char line[256];
        size_t n = strlen(seed);
        memcpy(line, seed, n);
        int edits = 1 + iter % 3;
        for (int e = 0; e < edits && n > 0; e++) {
            x = x * 1103515245u + 12345u;
            size_t at = (x >> 8) % n;
            char c = repl[(x >> 20) % (sizeof repl - 1)];
            switch ((x >> 28) % 4) {
            case 0: case 1:
                line[at] = c;
                break;
            case 2:
                if (n + 1 < sizeof line) {
                    memmove(line + at + 1, line + at, n - at);
                    line[at] = c;
                    n++;
                }
                break;
            default:
                if ((x >> 4) & 1) {
                    memmove(line + at, line + at + 1, n - at - 1);
                    n--;
                } else {
                    n = at;
                }
                break;
            }
        }
        assert_scan_agrees(line, n, -1);
    }
}
END_TEST

/* End to end: good records, escaped ones and bad ones in one file, lines of
 * about 40 KB so that some cross the reader's 64 KB chunks, CRLF endings and
 * no newline at the end. The good stories print, each bad line is named with
 * jansson's line, column and message, as before the scanner. */
START_TEST(test_jsonl_records_end_to_end)
{
    const char *dir = work_dir();
    const char *jl = path_in(dir, "mixed.jsonl");
    FILE *fp = fopen(jl, "wb");
    ck_assert_ptr_nonnull(fp);
    fputs("{\"id\": \"one\", \"text\": \"Police in France said 12 people died.\"}\n", fp);
    fputs("{\"id\": \"trunc\", \"text\": \"Police in France said 12 peo\n", fp);
    fputs("{\"id\": \"num\", \"text\": 5}\n", fp);
    fputs("{\"id\": \"utf\", \"text\": \"Police in Spain \xc3\x28 said 12 died.\"}\n", fp);
    fputs("{\"id\": 7, \"title\": \"\\u00c9t\\u00e9\", \"text\": \"Officials in Germany said \\\"3\\\" died.\"}\r\n", fp);
    fputs("{\"id\": \"nul\", \"text\": \"a\\u0000b\"}\n", fp);
    for (int k = 0; k < 4; k++) {
        fprintf(fp, "{\"id\": \"long%d\", \"text\": \"", k);
        for (int r = 0; r < 1000 + 37 * k; r++)
            fputs("Police in Italy said 4 died. ", fp);
        fputs("\"}\n", fp);
    }
    fputs("\n   \n{\"url\": \"http://u\", \"nested\": {\"a\": [1]}, \"text\": \"Police in Peru said 2 died.\"}", fp);
    ck_assert_int_eq(fclose(fp), 0);
    run_result r = run("extract %s", jl);
    ck_assert_int_eq(r.status, 1);
    static const char *const errs[] = {
        ":2:53: not a JSON object: premature end of input",
        ":3: a story record needs a \"text\" string",
        ":4:39: not a JSON object: unable to decode byte 0xc3 near '\"Police in Spain '",
        ":6:32: not a JSON object: \\u0000 is not allowed without JSON_ALLOW_NUL",
    };
    for (size_t i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        char want[512];
        snprintf(want, sizeof want, "newsfacts: %s%s", jl, errs[i]);
        ck_assert_msg(strstr(r.err, want) != NULL, "want '%s' in: %s", want, r.err);
    }
    static const char *const sources[] = {"\"one\"", "\"7\"", "\"long0\"", "\"long1\"",
                                          "\"long2\"", "\"long3\"", "\"http://u\""};
    const char *at = r.out;
    for (size_t i = 0; i < sizeof sources / sizeof sources[0]; i++) {
        char want[64];
        snprintf(want, sizeof want, "\"source\":%s", sources[i]);
        const char *hit = strstr(at, want);
        ck_assert_msg(hit != NULL, "no %s (in order) in: %.300s", want, at);
        const char *nl = strchr(hit, '\n');
        ck_assert_ptr_nonnull(nl);
        at = nl + 1;
    }
    ck_assert_str_eq(at, "");   /* seven lines, nothing else */
    ck_assert_ptr_nonnull(strstr(r.out, "\"title\":\"\xC3\x89t\xC3\xA9\""));
    ck_assert_ptr_nonnull(strstr(r.out, "\"bytes\":29000}"));
    run_free(&r);
    rm_rf(dir);
}
END_TEST

/* Output that cannot be written is an error, even when it is small enough
 * to wait in a buffer until the end. */
START_TEST(test_write_error_is_reported)
{
    if (access("/dev/full", W_OK) != 0)
        return;
    char cmd[1024], err[] = "/tmp/nf-input-err-XXXXXX";
    int fe = mkstemp(err);
    ck_assert(fe >= 0);
    close(fe);
    const char *args[] = {"extract --lines " SAMPLE, "extract " SAMPLE " " SAMPLE};
    for (size_t i = 0; i < 2; i++) {
        snprintf(cmd, sizeof cmd, "%s %s >/dev/full 2>%s </dev/null", bin(), args[i], err);
        int st = system(cmd);
        ck_assert(WIFEXITED(st));
        ck_assert_int_eq(WEXITSTATUS(st), 1);
        char *msg = slurp(err);
        ck_assert_msg(strstr(msg, "newsfacts: <stdout>: write error") != NULL, "stderr: %s", msg);
        free(msg);
    }
    unlink(err);
}
END_TEST

Suite *input_suite(void)
{
    Suite *s = suite_create("input");
    TCase *tc = tcase_create("bad-input");
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, test_missing_empty_and_storyless_inputs_are_named);
    tcase_add_test(tc, test_unreadable_file_is_named);
    tcase_add_test(tc, test_invalid_utf8_and_nul_are_processed_with_a_warning);
    tcase_add_test(tc, test_binary_files_are_refused);
    tcase_add_test(tc, test_200mb_story_is_refused_in_bounded_memory);
    tcase_add_test(tc, test_10mb_line_without_newline);
    tcase_add_test(tc, test_pathological_text_is_not_quadratic);
    tcase_add_test(tc, test_sql_lookalike_is_stored_and_queried_literally);
    tcase_add_test(tc, test_bad_facts_json_writes_nothing);
    tcase_add_test(tc, test_jsonl_records_end_to_end);
    tcase_add_test(tc, test_write_error_is_reported);
    suite_add_tcase(s, tc);
    TCase *scan = tcase_create("jsonl-scan");
    tcase_set_timeout(scan, 120);
    tcase_add_loop_test(scan, test_jsonl_scan_agrees_with_jansson, 0,
                        (int)(sizeof scan_cases / sizeof scan_cases[0]));
    tcase_add_test(scan, test_jsonl_scan_leaves_facts_alone);
    tcase_add_test(scan, test_jsonl_scan_mutations);
    suite_add_tcase(s, scan);
    TCase *db = tcase_create("db-faults");
    tcase_set_timeout(db, 120);
    tcase_add_test(db, test_db_that_is_not_sqlite_is_left_untouched);
    tcase_add_test(db, test_read_only_db_and_missing_directory);
    suite_add_tcase(s, db);
    return s;
}
