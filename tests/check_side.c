/* check_side.c — the search index a bulk load builds beside the database
 * (search_side.h): row for row the index the writer builds in place, the
 * database's own connection reads it correctly after the copy, and it is
 * not copied when the database changed meanwhile or its index was not
 * empty. Each test works in a temporary directory of its own. */
#include "tests.h"
#include "db.h"
#include "search_side.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char dir[64];

#define INTEGRITY_CHECK \
    "INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1)"

static void setup(void)
{
    snprintf(dir, sizeof dir, "/tmp/nf_check_side_XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
}

static void teardown(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    ck_assert_int_eq(system(cmd), 0);
}

static nf_db *open_db(const char *name)
{
    char path[128];
    nf_error err;
    snprintf(path, sizeof path, "%s/%s", dir, name);
    nf_db *db = nf_db_open(path, &err);
    ck_assert_msg(db != NULL, "%s: %s", path, err.text);
    return db;
}

static long long sql_int(nf_db *db, const char *sql)
{
    nf_error err;
    long long v = -1;
    ck_assert_msg(nf_db_int(db, sql, &v, &err) == 0, "%s: %s", sql, err.text);
    return v;
}

static long long last_sentence(nf_db *db)
{
    nf_error err;
    long long id = -1;
    ck_assert_msg(nf_db_last_sentence_id(db, &id, &err) == 0, "%s", err.text);
    return id;
}

/* Story i: three sentences, words of its own ("storyN"), no facts. */
static void load_story(nf_db *db, int i)
{
    char text[256];
    nf_span sents[3];
    size_t n = 0, start = 0;
    snprintf(text, sizeof text, "Story%d says the minister met %d migrants. The boat sank near "
             "Calais on day %d. Rescuers searched the water all night.", i, i * 7, i);
    for (size_t k = 0; text[k]; k++)
        if (text[k] == '.') {
            sents[n++] = (nf_span){start, k + 1};
            start = k + 2;
        }
    ck_assert_uint_eq(n, 3);
    nf_story story = {text, strlen(text), sents, n};
    nf_facts *f = nf_facts_new();
    snprintf(f->doc.sha256, sizeof f->doc.sha256, "%064d", i);
    f->doc.source = "side-test";
    f->doc.bytes = story.len;
    nf_error err;
    nf_load_status st;
    ck_assert_msg(nf_db_load(db, &story, f, false, &st, NULL, &err) == 0, "%s", err.text);
    ck_assert_int_eq(st, NF_LOAD_NEW);
    nf_facts_free(f);
}

static void load_stories(nf_db *db, int from, int to)
{
    nf_error err;
    ck_assert_msg(nf_db_begin(db, &err) == 0, "%s", err.text);
    for (int i = from; i < to; i++)
        load_story(db, i);
    ck_assert_msg(nf_db_commit(db, &err) == 0, "%s", err.text);
}

static void ok(int rc, const nf_error *err)
{
    ck_assert_msg(rc == 0, "%s", err->text);
}

/* A new database DIR/name (*path), its indexes deferred as a bulk load's,
 * and its search index being built beside it. */
static nf_side *start_bulk(const char *name, char *path, size_t size, nf_db **db)
{
    nf_error err;
    snprintf(path, size, "%s/%s", dir, name);
    *db = open_db(name);
    ok(nf_db_defer_indexes(*db, &err), &err);
    nf_side *side = nf_side_start(path, &err);
    ck_assert_msg(side != NULL, "%s", err.text);
    return side;
}

/* Rows of table in main and not in other, and the other way round. */
static long long differing(nf_db *db, const char *table)
{
    char sql[512];
    snprintf(sql, sizeof sql, "SELECT (SELECT count(*) FROM (SELECT * FROM main.%s EXCEPT"
             " SELECT * FROM other.%s)) + (SELECT count(*) FROM (SELECT * FROM other.%s EXCEPT"
             " SELECT * FROM main.%s))", table, table, table, table);
    return sql_int(db, sql);
}

/* nf_db_build_deferred_indexes' between, as a load uses it: copy the
 * index built beside at the first chance. */
typedef struct copy_between {
    nf_side *side;
    int copied;
} copy_between;

static int copy_once(void *ctx, nf_error *err)
{
    copy_between *c = ctx;
    if (c->copied)
        return 0;
    c->copied = nf_side_copy(c->side, err);
    return c->copied == 1 ? 0 : -1;
}

/* Three chunks and a last one, indexed in place in a.db and beside in
 * b.db, where the side is told of each chunk's three commits (of 3, 3 and
 * 4 stories) one by one: the same rows in every table of the search index, and b.db's own
 * connection, which had read the (empty) index before the copy, searches
 * and checks it right after. */
START_TEST(test_side_same_as_in_place)
{
    nf_error err;
    nf_db *a = open_db("a.db"), *b = open_db("b.db");
    /* a small hash: each chunk makes several segments, which must be the
     * same ones on the side (it must have read this setting first) */
    const char *small = "INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('hashsize', 2048)";
    ok(nf_db_exec(a, small, &err), &err);
    ok(nf_db_exec(b, small, &err), &err);
    ok(nf_db_defer_indexes(a, &err), &err);
    ok(nf_db_defer_indexes(b, &err), &err);
    char path[128];
    snprintf(path, sizeof path, "%s/none.db", dir);
    nf_side *side = nf_side_start(path, &err);   /* no newsfacts database there */
    ck_assert_ptr_null(side);
    ck_assert_int_eq(err.code, NF_EDB);
    snprintf(path, sizeof path, "%s/b.db", dir);
    side = nf_side_start(path, &err);
    ck_assert_msg(side != NULL, "%s", err.text);
    for (int chunk = 0; chunk < 3; chunk++) {
        load_stories(a, chunk * 10, chunk * 10 + 10);
        ok(nf_db_index_sentences(a, NULL, &err), &err);
        for (int from = chunk * 10, to; from < chunk * 10 + 10; from = to) {
            to = from + 3 < chunk * 10 + 9 ? from + 3 : chunk * 10 + 10;
            load_stories(b, from, to);
            nf_side_committed(side, last_sentence(b), to == chunk * 10 + 10);
        }
    }
    load_stories(a, 30, 34);
    load_stories(b, 30, 34);
    ok(nf_db_index_sentences(a, NULL, &err), &err);
    ok(nf_db_restore_indexes(a, NULL, &err), &err);
    ck_assert(!nf_side_done(side));   /* it waits for more until told of the last */
    nf_side_finish(side, last_sentence(b));
    nf_side_wait(side);
    ck_assert(nf_side_done(side));
    /* copied between two index builds, in no transaction of the writer's */
    copy_between cb = {side, 0};
    ok(nf_db_build_deferred_indexes(b, NULL, copy_once, &cb, &err), &err);
    ck_assert_int_eq(cb.copied, 1);
    nf_side_free(side);
    ok(nf_db_merge_search_index(b, &err), &err);

    ck_assert_int_eq(sql_int(b, "SELECT indexed_upto FROM fts_state"), 102);
    ck_assert_int_eq(sql_int(b, "SELECT count(*) FROM sentences_fts WHERE sentences_fts"
                                " MATCH 'Story17'"), 1);
    ck_assert_int_eq(sql_int(b, "SELECT count(*) FROM sentences_fts WHERE sentences_fts"
                                " MATCH 'rescuers'"), 34);
    ok(nf_db_exec(b, INTEGRITY_CHECK, &err), &err);
    ck_assert_int_eq(sql_int(b, "SELECT count(DISTINCT segid) FROM sentences_fts_idx"), 1);
    ck_assert_int_eq(sql_int(b, "SELECT v FROM sentences_fts_config WHERE k = 'automerge'"), 4);
    snprintf(path, sizeof path, "ATTACH '%s/a.db' AS other", dir);
    ok(nf_db_exec(b, path, &err), &err);
    const char *const tables[] = {"sentences_fts_data", "sentences_fts_idx",
                                  "sentences_fts_docsize", "sentences_fts_config", "fts_state"};
    for (size_t i = 0; i < sizeof tables / sizeof *tables; i++)
        ck_assert_msg(differing(b, tables[i]) == 0, "%s differs", tables[i]);
    ck_assert_int_eq(sql_int(b, "SELECT count(*) FROM sentences_fts_data"),
                     sql_int(b, "SELECT count(*) FROM other.sentences_fts_data"));
    ck_assert_int_gt(sql_int(b, "SELECT max(segid) FROM sentences_fts_idx"), 4);
    /* a story after the load is indexed in place, on top of the copy */
    load_stories(b, 40, 41);
    ok(nf_db_index_sentences(b, NULL, &err), &err);
    ck_assert_int_eq(sql_int(b, "SELECT count(*) FROM sentences_fts WHERE sentences_fts"
                                " MATCH 'rescuers'"), 35);
    ok(nf_db_exec(b, INTEGRITY_CHECK, &err), &err);
    nf_db_close(a);
    nf_db_close(b);
}
END_TEST

/* Only into an empty search index: one that holds a sentence is refused. */
START_TEST(test_side_needs_empty_index)
{
    nf_error err;
    nf_db *db = open_db("c.db");
    load_stories(db, 0, 1);
    char path[128];
    snprintf(path, sizeof path, "%s/c.db", dir);
    nf_side *side = nf_side_start(path, &err);
    ck_assert_ptr_null(side);
    ck_assert_int_eq(err.code, NF_EOK);   /* not applicable, not a failure */
    ck_assert_msg(strstr(err.text, "not empty") != NULL, "%s", err.text);
    nf_db_close(db);
}
END_TEST

/* Another program writes a story after the last chunk: the copy would miss
 * it, so none is made, and the writer indexes everything in place. */
START_TEST(test_side_not_copied_when_changed)
{
    nf_error err;
    char path[128];
    nf_db *db;
    nf_side *side = start_bulk("d.db", path, sizeof path, &db);
    load_stories(db, 0, 5);
    long long upto = last_sentence(db);
    nf_db *other = open_db("d.db");
    load_stories(other, 5, 6);
    nf_db_close(other);
    nf_side_finish(side, upto);
    ck_assert_int_eq(nf_side_copy(side, &err), 0);
    ck_assert_msg(strstr(err.text, "another program") != NULL, "%s", err.text);
    nf_side_free(side);
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM sentences_fts_idx"), 0);
    ok(nf_db_index_sentences(db, NULL, &err), &err);
    ok(nf_db_restore_indexes(db, NULL, &err), &err);
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM sentences_fts WHERE sentences_fts"
                                " MATCH 'rescuers'"), 6);
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM sentences_fts_docsize"), 18);
    nf_db_close(db);
}
END_TEST

/* Stopped before its end (a fault, a kill of the writer): nothing is
 * copied, the database's index stays empty, and the thread ends at once. */
START_TEST(test_side_stopped)
{
    nf_error err;
    char path[128];
    nf_db *db;
    nf_side *side = start_bulk("e.db", path, sizeof path, &db);
    load_stories(db, 0, 20);
    nf_side_committed(side, last_sentence(db), false);
    nf_side_free(side);
    side = nf_side_start(path, &err);   /* sentences now: not again */
    ck_assert_ptr_null(side);
    nf_side_free(NULL);
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM sentences_fts_idx"), 0);
    ck_assert_int_eq(sql_int(db, "SELECT indexed_upto FROM fts_state"), 0);
    nf_db_close(db);
}
END_TEST

Suite *side_suite(void)
{
    Suite *s = suite_create("side");
    TCase *tc = tcase_create("side");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_side_same_as_in_place);
    tcase_add_test(tc, test_side_needs_empty_index);
    tcase_add_test(tc, test_side_not_copied_when_changed);
    tcase_add_test(tc, test_side_stopped);
    suite_add_tcase(s, tc);
    return s;
}
