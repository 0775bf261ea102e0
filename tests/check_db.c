/* check_db.c — the SQLite layer: schema, loading, saved queries, search,
 * migrations, refusals and the DB Browser project file. Each test works on
 * a database file in its own temporary directory. */
#include "tests.h"
#include "db.h"
#include "sql_embed.h"

#include <dirent.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char STORY[] =
    "Boris Johnson has urged France to step up efforts to stem the flow of migrants "
    "crossing the Channel after a boat capsized off the French coast with the loss of "
    "31 lives.\n\n"
    "French interior minister Gerald Darmanin said the dead included five women and a "
    "girl.\n\n"
    "He said 34 people were believed to be on the boat. Authorities found 31 bodies and "
    "two survivors while one person was missing.\n\n"
    "Mr Darmanin said four suspected people traffickers had been arrested.\n\n"
    "President Emmanuel Macron vowed: \xE2\x80\x9C" "France will not let the Channel become "
    "a cemetery.\xE2\x80\x9D\n\n"
    "Britain has given \xC2\xA3" "54 million to help patrol the beaches.\n";

/* A second story: the same minister (with an accent), a German official. */
static const char STORY2[] =
    "G\xC3\xA9rald Darmanin, the French interior minister, met German interior "
    "minister Nancy Faeser in Berlin.\n\n"
    "Mr Darmanin said: \xE2\x80\x9CWe have to work together.\xE2\x80\x9D\n";

#define SHA1 "1111111111111111111111111111111111111111111111111111111111111111"
#define SHA2 "2222222222222222222222222222222222222222222222222222222222222222"

static char dir[64];
static char db_path[128];

static void rm_dir(const char *d)
{
    DIR *dp = opendir(d);
    struct dirent *e;
    char p[512];
    while (dp && (e = readdir(dp))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        snprintf(p, sizeof p, "%s/%s", d, e->d_name);
        chmod(p, 0600);
        unlink(p);
    }
    if (dp)
        closedir(dp);
    rmdir(d);
}

static void setup(void)
{
    snprintf(dir, sizeof dir, "/tmp/nf_check_db_XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(db_path, sizeof db_path, "%s/news.db", dir);
}

static void teardown(void)
{
    rm_dir(dir);
}

/* The span of the nth (0-based) occurrence of needle in text. */
static nf_span span_of(const char *text, const char *needle, int nth)
{
    const char *p = text;
    for (int i = 0; p && i <= nth; i++)
        p = strstr(i ? p + 1 : p, needle);
    ck_assert_msg(p != NULL, "\"%s\" not in story", needle);
    return (nf_span){(size_t)(p - text), (size_t)(p - text) + strlen(needle)};
}

/* Sentences: runs of text ending after ". " / ".\n" / ".\xE2\x80\x9D" or at a
 * blank line; enough for the stories above. */
static size_t split_sentences(const char *text, nf_span *out, size_t max)
{
    size_t n = 0, len = strlen(text), start = 0;
    for (size_t i = 0; i < len && n < max; i++) {
        bool end = false;
        size_t stop = i + 1;
        if (text[i] == '.' && (i + 1 == len || text[i + 1] == ' ' || text[i + 1] == '\n'))
            end = true;
        if (text[i] == '.' && strncmp(text + i + 1, "\xE2\x80\x9D", 3) == 0) {
            end = true;
            stop = i + 4;
        }
        if (end) {
            while (start < stop && (text[start] == ' ' || text[start] == '\n'))
                start++;
            out[n++] = (nf_span){start, stop};
            start = stop;
            i = stop - 1;
        }
    }
    return n;
}

typedef struct {
    nf_span sentences[32];
    nf_story story;
    nf_facts *facts;
} fixture;

static void story_init(fixture *fx, const char *text)
{
    fx->story.text = text;
    fx->story.len = strlen(text);
    fx->story.sentences = fx->sentences;
    fx->story.n_sentences = split_sentences(text, fx->sentences, 32);
    fx->facts = nf_facts_new();
}

static void add_casualty(fixture *fx, nf_category cat, long long count, nf_qualifier q,
                         const char *group, const char *text)
{
    nf_casualty *c = nf_facts_add_casualty(fx->facts);
    c->event = 1;
    c->category = cat;
    c->count = count;
    c->qualifier = q;
    c->group = nf_facts_strdup(fx->facts, group);
    c->text = span_of(fx->story.text, text, 0);
}

static nf_official *add_official(fixture *fx, const char *name, const char *title,
                                 const char *country)
{
    nf_official *o = nf_facts_add_official(fx->facts);
    o->name = nf_facts_strdup(fx->facts, name);
    o->title = nf_facts_strdup(fx->facts, title);
    snprintf(o->country, sizeof o->country, "%s", country);
    return o;
}

static void add_country(fixture *fx, const char *code, const char *name,
                        const char *const *mentions, size_t n)
{
    nf_country *c = nf_facts_add_country(fx->facts);
    snprintf(c->code, sizeof c->code, "%s", code);
    c->name = nf_facts_strdup(fx->facts, name);
    for (size_t i = 0; i < n; i++)
        nf_country_add_mention(fx->facts, c, span_of(fx->story.text, mentions[i], 0));
}

/* The facts of STORY, built by hand as the extractors would. */
static void channel_facts(fixture *fx)
{
    story_init(fx, STORY);
    nf_facts *f = fx->facts;
    const char *t = STORY;
    snprintf(f->doc.sha256, sizeof f->doc.sha256, "%s", SHA1);
    f->doc.source = nf_facts_strdup(f, "stories/channel.txt");
    f->doc.bytes = fx->story.len;

    nf_event *e = nf_facts_add_event(f);
    e->id = 1;
    e->type = nf_facts_strdup(f, "capsize");
    e->main = true;
    e->location = nf_facts_strdup(f, "off the French coast");
    e->text = span_of(t, "a boat capsized off the French coast", 0);

    add_country(fx, "FR", "France", (const char *const[]){"France", "French coast"}, 2);
    add_country(fx, "GB", "United Kingdom", (const char *const[]){"Britain"}, 1);

    nf_official *o = add_official(fx, "Gerald Darmanin", "Interior Minister", "FR");
    nf_official_add_mention(f, o, span_of(t, "Gerald Darmanin", 0));
    nf_official_add_mention(f, o, span_of(t, "Mr Darmanin", 0));
    o = add_official(fx, "Emmanuel Macron", "President", "FR");
    nf_official_add_mention(f, o, span_of(t, "Emmanuel Macron", 0));
    o = add_official(fx, "Boris Johnson", "Prime Minister", "GB");
    nf_official_add_mention(f, o, span_of(t, "Boris Johnson", 0));

    add_casualty(fx, NF_DEAD, 31, NF_EXACT, NULL, "the loss of 31 lives");
    add_casualty(fx, NF_DEAD, 5, NF_EXACT, "women", "five women");
    add_casualty(fx, NF_DEAD, 1, NF_EXACT, "girl", "a girl");
    add_casualty(fx, NF_ABOARD, 34, NF_APPROXIMATE, NULL, "34 people were believed");
    add_casualty(fx, NF_SURVIVORS, 2, NF_EXACT, NULL, "two survivors");
    add_casualty(fx, NF_MISSING, 1, NF_EXACT, NULL, "one person was missing");

    nf_arrest *a = nf_facts_add_arrest(f);
    a->event = 1;
    a->count = 4;
    a->suspects = nf_facts_strdup(f, "suspected people traffickers");
    a->text = span_of(t, "four suspected people traffickers had been arrested", 0);

    nf_quote *q = nf_facts_add_quote(f);
    q->speaker = nf_facts_strdup(f, "Emmanuel Macron");
    q->text = span_of(t, "France will not let the Channel become a cemetery.", 0);

    nf_amount *m = nf_facts_add_amount(f);
    m->value = 54000000;
    snprintf(m->currency, sizeof m->currency, "GBP");
    m->text = span_of(t, "\xC2\xA3" "54 million", 0);
}

static void berlin_facts(fixture *fx)
{
    story_init(fx, STORY2);
    nf_facts *f = fx->facts;
    snprintf(f->doc.sha256, sizeof f->doc.sha256, "%s", SHA2);
    f->doc.source = nf_facts_strdup(f, "stories/berlin.txt");
    add_country(fx, "FR", "France", (const char *const[]){"French"}, 1);
    add_country(fx, "DE", "Germany", (const char *const[]){"German", "Berlin"}, 2);
    nf_official *o = add_official(fx, "G\xC3\xA9rald Darmanin", "Interior Minister", "FR");
    nf_official_add_mention(f, o, span_of(STORY2, "G\xC3\xA9rald Darmanin", 0));
    nf_official_add_mention(f, o, span_of(STORY2, "Mr Darmanin", 0));
    o = add_official(fx, "Nancy Faeser", "Interior Minister", "DE");
    nf_official_add_mention(f, o, span_of(STORY2, "Nancy Faeser", 0));
    nf_quote *q = nf_facts_add_quote(f);
    q->speaker = nf_facts_strdup(f, "Darmanin");
    q->text = span_of(STORY2, "We have to work together.", 0);
}

static nf_db *open_ok(void)
{
    nf_error err;
    nf_db *db = nf_db_open(db_path, &err);
    ck_assert_msg(db != NULL, "open: %s", err.text);
    return db;
}

static void load_ok(nf_db *db, fixture *fx, bool replace, nf_load_status want,
                    nf_load_counts *counts)
{
    nf_error err;
    nf_load_status st = (nf_load_status)-1;
    ck_assert_msg(nf_db_load(db, &fx->story, fx->facts, replace, &st, counts, &err) == 0,
                  "load: %s", err.text);
    ck_assert_int_eq(st, want);
}

static long long sql_int(nf_db *db, const char *sql)
{
    nf_error err;
    long long v = -1;
    ck_assert_msg(nf_db_int(db, sql, &v, &err) == 0, "%s: %s", sql, err.text);
    return v;
}

/* Output of a saved query (caller frees); NULL on error. */
static char *run_query(nf_db *db, const char *name, const char *const *params, size_t n,
                       nf_format fmt, nf_error *err)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    int rc = nf_db_query(db, name, params, n, fmt, out, err);
    fclose(out);
    if (rc != 0) {
        free(buf);
        return NULL;
    }
    return buf;
}

static char *query_ok(nf_db *db, const char *name, const char *const *params, size_t n,
                      nf_format fmt)
{
    nf_error err;
    char *s = run_query(db, name, params, n, fmt, &err);
    ck_assert_msg(s != NULL, "query %s: %s", name, err.text);
    return s;
}

/* Rows of every table a story writes to, as one comparable string. */
static void table_counts(nf_db *db, char *buf, size_t size)
{
    static const char *const tables[] = {
        "documents", "sentences", "events", "countries", "document_countries",
        "country_mentions", "people", "official_roles", "person_mentions", "casualties",
        "arrests", "quotes", "amounts", "sentences_fts_docsize"};
    size_t k = 0;
    for (size_t i = 0; i < sizeof tables / sizeof *tables; i++) {
        char sql[128];
        snprintf(sql, sizeof sql, "SELECT count(*) FROM %s", tables[i]);
        k += (size_t)snprintf(buf + k, size - k, "%s=%lld ", tables[i], sql_int(db, sql));
    }
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    ck_assert_ptr_nonnull(f);
    char *buf = malloc(1 << 20);
    *len = fread(buf, 1, (1 << 20) - 1, f);
    buf[*len] = '\0';
    fclose(f);
    return buf;
}

/* ---- tests ---------------------------------------------------------------- */

/* nf_db_open of db_path with stderr going to a file; what it printed there
 * (caller frees). */
static char *open_capturing_stderr(nf_db **db)
{
    char path[160];
    snprintf(path, sizeof path, "%s/stderr.txt", dir);
    fflush(stderr);
    int saved = dup(STDERR_FILENO);
    FILE *f = fopen(path, "w+");
    ck_assert(saved >= 0 && f != NULL);
    dup2(fileno(f), STDERR_FILENO);
    *db = open_ok();
    fflush(stderr);
    dup2(saved, STDERR_FILENO);
    close(saved);
    rewind(f);
    char *text = calloc(1, 4096);
    ck_assert_ptr_nonnull(text);
    size_t n = fread(text, 1, 4095, f);
    text[n] = '\0';
    fclose(f);
    return text;
}

/* A new database with the channel story (a) and the Berlin story (b). */
static nf_db *open_two_stories(fixture *a, fixture *b)
{
    channel_facts(a);
    berlin_facts(b);
    nf_db *db = open_ok();
    load_ok(db, a, false, NF_LOAD_NEW, NULL);
    load_ok(db, b, false, NF_LOAD_NEW, NULL);
    return db;
}

/* The tables whose rows carry evidence offsets and a sentence_id. */
static const char *const fact_tables[] = {
    "events", "country_mentions", "person_mentions", "casualties",
    "arrests", "quotes", "amounts"};
#define N_FACT_TABLES (sizeof fact_tables / sizeof *fact_tables)

/* Rows of table whose sentence_id is not the sentence of the same story
 * that holds the row's start offset. */
static long long misplaced_rows(nf_db *db, const char *table)
{
    char sql[320];
    snprintf(sql, sizeof sql, "SELECT count(*) FROM %s f LEFT JOIN sentences s"
             " ON s.id = f.sentence_id AND s.document_id = f.document_id"
             " AND s.start <= f.start AND f.start < s.\"end\" WHERE s.id IS NULL", table);
    return sql_int(db, sql);
}

/* Sum of every fact row's sentence_id, to see that a migration kept them. */
static long long sentence_id_sum(nf_db *db)
{
    long long sum = 0;
    for (size_t i = 0; i < N_FACT_TABLES; i++) {
        char sql[128];
        snprintf(sql, sizeof sql, "SELECT coalesce(sum(sentence_id), 0) FROM %s", fact_tables[i]);
        sum += sql_int(db, sql);
    }
    return sum;
}

START_TEST(test_load_and_casualties)
{
    fixture fx;
    nf_load_counts c;
    channel_facts(&fx);
    nf_db *db = NULL;
    char *said = open_capturing_stderr(&db);
    ck_assert_str_eq(said, "");    /* a new database is no upgrade */
    free(said);
    load_ok(db, &fx, false, NF_LOAD_NEW, &c);
    ck_assert_uint_eq(c.countries, 2);
    ck_assert_uint_eq(c.officials, 3);
    ck_assert_uint_eq(c.casualties, 6);
    ck_assert_uint_eq(c.arrests, 1);
    ck_assert_uint_eq(c.quotes, 1);
    ck_assert_uint_eq(c.amounts, 1);
    ck_assert_uint_eq(c.events, 1);
    ck_assert_uint_eq(c.mentions, 7);
    ck_assert_uint_eq(c.sentences, 7);

    char *csv = query_ok(db, "casualties", NULL, 0, NF_FMT_CSV);
    ck_assert_str_eq(csv,
        "source,event,event_type,location,dead,injured,missing,survivors,aboard\r\n"
        "stories/channel.txt,1,capsize,off the French coast,31,,1,2,34\r\n");
    free(csv);

    char *json = query_ok(db, "death_toll", NULL, 0, NF_FMT_JSON);
    ck_assert_ptr_nonnull(strstr(json, "\"dead\": 31"));
    ck_assert_ptr_nonnull(strstr(json, "\"evidence\": \"the loss of 31 lives\""));
    ck_assert_ptr_nonnull(strstr(json, "\"sentence\": \"Boris Johnson has urged France"));
    free(json);

    /* evidence text is story[start:end]; facts link to their sentence */
    ck_assert_int_eq(sql_int(db, "SELECT text = '\xC2\xA3" "54 million' AND value = 54000000.0"
                                 " AND currency = 'GBP' FROM amounts"), 1);
    ck_assert_int_eq(sql_int(db, "SELECT s.idx FROM casualties c JOIN sentences s"
                                 " ON s.id = c.sentence_id WHERE c.category = 'aboard'"), 2);
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM casualties c JOIN sentences s"
                                 " ON s.id = c.sentence_id AND s.start <= c.start"
                                 " AND c.\"end\" <= s.\"end\""), 6);
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM quotes q JOIN people p"
                                 " ON p.id = q.person_id WHERE p.name = 'Emmanuel Macron'"), 1);
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM countries"), 249);
    ck_assert_int_eq(sql_int(db, "PRAGMA application_id"), NF_DB_APPLICATION_ID);
    ck_assert_int_eq(sql_int(db, "PRAGMA user_version"), nf_db_schema_version());
    ck_assert_int_eq(sql_int(db, "PRAGMA foreign_keys"), 1);
    nf_db_close(db);
    nf_facts_free(fx.facts);
}
END_TEST

START_TEST(test_reload_present)
{
    fixture fx;
    nf_load_counts c;
    char before[1024], after[1024];
    channel_facts(&fx);
    nf_db *db = open_ok();
    load_ok(db, &fx, false, NF_LOAD_NEW, NULL);
    table_counts(db, before, sizeof before);
    load_ok(db, &fx, false, NF_LOAD_PRESENT, &c);
    ck_assert_uint_eq(c.casualties + c.sentences + c.countries, 0);
    table_counts(db, after, sizeof after);
    ck_assert_str_eq(before, after);
    nf_db_close(db);
    /* and across connections */
    db = open_ok();
    load_ok(db, &fx, false, NF_LOAD_PRESENT, NULL);
    table_counts(db, after, sizeof after);
    ck_assert_str_eq(before, after);
    nf_db_close(db);
    nf_facts_free(fx.facts);
}
END_TEST

START_TEST(test_replace)
{
    fixture fx;
    nf_error err;
    char before[1024], after[1024];
    channel_facts(&fx);
    nf_db *db = open_ok();
    load_ok(db, &fx, false, NF_LOAD_NEW, NULL);
    size_t indexed = 0;
    ck_assert_msg(nf_db_index_sentences(db, &indexed, &err) == 0, "%s", err.text);
    ck_assert_int_eq(sql_int(db, "PRAGMA temp_store"), 2);   /* back to MEMORY for the savepoints */
    ck_assert_int_eq((long long)indexed, sql_int(db, "SELECT count(*) FROM sentences"));
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM sentences_fts"
                                 " WHERE sentences_fts MATCH 'capsized'"), 1);
    long long doc_id = sql_int(db, "SELECT id FROM documents");
    table_counts(db, before, sizeof before);

    fx.facts->casualties[0].count = 27;          /* a corrected figure */
    fx.facts->quotes[0].speaker = nf_facts_strdup(fx.facts, "Mr Macron");
    load_ok(db, &fx, true, NF_LOAD_REPLACED, NULL);
    table_counts(db, after, sizeof after);
    ck_assert_str_eq(before, after);
    ck_assert_int_eq(sql_int(db, "SELECT id FROM documents"), doc_id);
    char *csv = query_ok(db, "casualties", NULL, 0, NF_FMT_CSV);
    ck_assert_ptr_nonnull(strstr(csv, "off the French coast,27,,1,2,34\r\n"));
    free(csv);
    /* "Mr Macron" resolves to the story's official */
    ck_assert_int_eq(sql_int(db, "SELECT p.name = 'Emmanuel Macron' FROM quotes q"
                                 " JOIN people p ON p.id = q.person_id"), 1);
    /* the full-text index followed the replace, with no call to index: the
     * new sentences reuse the ids of the old, already indexed ones */
    ck_assert_msg(nf_db_exec(db, "INSERT INTO sentences_fts(sentences_fts)"
                                 " VALUES ('integrity-check')", &err) == 0, "%s", err.text);
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM sentences_fts"
                                 " WHERE sentences_fts MATCH 'capsized'"), 1);
    nf_db_close(db);
    nf_facts_free(fx.facts);
}
END_TEST

START_TEST(test_same_person_two_stories)
{
    fixture a, b;
    nf_db *db = open_two_stories(&a, &b);
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM people"
                                 " WHERE name_key = 'gerald darmanin'"), 1);
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM official_roles r JOIN people p"
                                 " ON p.id = r.person_id WHERE p.name_key = 'gerald darmanin'"), 2);
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM people"), 4);
    /* the bare surname "Darmanin" as speaker links to him */
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM quotes q JOIN people p"
                                 " ON p.id = q.person_id WHERE p.name_key = 'gerald darmanin'"), 1);
    char *csv = query_ok(db, "officials", NULL, 0, NF_FMT_CSV);
    ck_assert_ptr_nonnull(strstr(csv, "\r\nGerald Darmanin,Interior Minister,FR,2,1\r\n"));
    free(csv);
    csv = query_ok(db, "country_pairs", NULL, 0, NF_FMT_CSV);
    ck_assert_ptr_nonnull(strstr(csv, "\r\nDE,Germany,FR,France,1\r\n"));
    ck_assert_ptr_nonnull(strstr(csv, "\r\nFR,France,GB,United Kingdom,1\r\n"));
    free(csv);
    nf_db_close(db);
    nf_facts_free(a.facts);
    nf_facts_free(b.facts);
}
END_TEST

/* The search index's segments (FTS5 keeps each segment's leaves in its
 * _idx table) and one of its settings (absent: FTS5's default). */
#define FTS_SEGMENTS "SELECT count(DISTINCT segid) FROM sentences_fts_idx"
#define FTS_SETTING(k) "SELECT coalesce((SELECT v FROM sentences_fts_config WHERE k = '" k "'), -1)"

/* The indexes a bulk load defers (name IN DEFERRABLE). */
#define DEFERRABLE "('person_mentions_person', 'quotes_person', 'official_roles_person'," \
                   " 'country_mentions_code', 'doc_countries_code', 'official_roles_country'," \
                   " 'country_mentions_doc', 'person_mentions_doc', 'casualties_doc'," \
                   " 'casualties_event', 'arrests_doc', 'arrests_event', 'quotes_doc', 'amounts_doc')"

/* schema/006: a bulk load drops the indexes by person and by country and
 * builds them again as they were; queries give the same rows without them;
 * a load after a killed one finds them listed and builds them. */
/* nf_db_build_deferred_indexes' between: counts its calls, checks that
 * each comes after one more index is built and with no transaction open,
 * and stops the builds at the call numbered stop_at (0: never). */
typedef struct between_log {
    nf_db *db;
    int calls, stop_at;
    long long built_seen[16];
} between_log;

static int between_builds(void *ctx, nf_error *err)
{
    between_log *b = ctx;
    ck_assert(!nf_db_in_group(b->db));
    ck_assert_int_lt(b->calls, 16);
    b->built_seen[b->calls] = sql_int(b->db, "SELECT count(*) FROM sqlite_schema WHERE name IN "
                                             DEFERRABLE);
    if (++b->calls == b->stop_at) {
        nf_error_set(err, NF_EDB, "test", "stopped after %d", b->calls);
        return -1;
    }
    return 0;
}

START_TEST(test_deferred_indexes)
{
    fixture a, b, c;
    nf_error err;
    long long n = -1;
    size_t built = 0;
    nf_db *db = open_two_stories(&a, &b);
    ck_assert_msg(nf_db_exec(db, "CREATE TABLE idx_before AS SELECT name, sql FROM sqlite_schema"
                                 " WHERE type = 'index' AND name IN " DEFERRABLE, &err) == 0,
                  "%s", err.text);
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM idx_before"), 14);
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM idx_before WHERE sql ="
                                 " 'CREATE INDEX official_roles_person  ON official_roles(person_id)'"), 1);
    ck_assert_int_eq(nf_db_indexes_deferred(db, &n, &err), 0);
    ck_assert_int_eq(n, 0);
    char *officials = query_ok(db, "officials", NULL, 0, NF_FMT_CSV);

    ck_assert_msg(nf_db_index_sentences(db, NULL, &err) == 0, "%s", err.text);
    ck_assert_int_eq(sql_int(db, FTS_SEGMENTS), 1);
    ck_assert_msg(nf_db_defer_indexes(db, &err) == 0, "%s", err.text);
    ck_assert_msg(nf_db_defer_indexes(db, &err) == 0, "%s", err.text);   /* twice: no-op */
    ck_assert_int_eq(nf_db_indexes_deferred(db, &n, &err), 0);
    ck_assert_int_eq(n, 14);
    ck_assert_int_eq(sql_int(db, "PRAGMA foreign_keys"), 0);   /* a bulk load writes without */
    ck_assert_int_eq(sql_int(db, "PRAGMA cache_size"), -24576);
    ck_assert_int_eq(nf_db_load(db, &a.story, a.facts, true, NULL, NULL, &err), -1);
    ck_assert_int_eq(err.code, NF_EUSAGE);                   /* and never replaces */
    ck_assert_int_eq(sql_int(db, FTS_SETTING("automerge")), 0);
    ck_assert_int_eq(sql_int(db, FTS_SETTING("crisismerge")), 256);
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM sqlite_schema WHERE name IN " DEFERRABLE), 0);
    char *without = query_ok(db, "officials", NULL, 0, NF_FMT_CSV);
    ck_assert_str_eq(without, officials);
    free(without);
    /* the load goes on without them: the same official in a third story */
    berlin_facts(&c);
    memset(c.facts->doc.sha256, '3', 64);
    load_ok(db, &c, false, NF_LOAD_NEW, NULL);
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM official_roles r JOIN people p"
                                 " ON p.id = r.person_id WHERE p.name_key = 'gerald darmanin'"), 3);
    without = query_ok(db, "quotes", NULL, 0, NF_FMT_CSV);
    /* the third story's sentences make a segment of their own, not merged */
    ck_assert_msg(nf_db_index_sentences(db, NULL, &err) == 0, "%s", err.text);
    ck_assert_int_eq(sql_int(db, FTS_SEGMENTS), 2);
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
    nf_db_close(db);

    db = open_ok();                  /* as after a kill: still listed */
    ck_assert_int_eq(nf_db_indexes_deferred(db, &n, &err), 0);
    ck_assert_int_eq(n, 14);
    ck_assert_int_eq(sql_int(db, "PRAGMA foreign_keys"), 1);
    /* a restore killed after building the indexes, before the merge: the
     * indexes built, still listed, the search index in two segments */
    between_log log = {.db = db, .stop_at = 3};
    ck_assert_int_eq(nf_db_build_deferred_indexes(db, &built, between_builds, &log, &err), -1);
    ck_assert_str_eq(err.text, "stopped after 3");
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM sqlite_schema WHERE name IN " DEFERRABLE), 3);
    log = (between_log){.db = db};   /* the rest, and between each two of them */
    ck_assert_msg(nf_db_build_deferred_indexes(db, &built, between_builds, &log, &err) == 0, "%s",
                  err.text);
    ck_assert_uint_eq(built, 14);
    ck_assert_int_eq(log.calls, 13);   /* not after the last */
    for (int i = 0; i < 13; i++)       /* the first three were built by the first call */
        ck_assert_int_eq(log.built_seen[i], i < 3 ? 3 : i + 1);
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM sqlite_schema WHERE name IN " DEFERRABLE), 14);
    ck_assert_int_eq(nf_db_indexes_deferred(db, &n, &err), 0);
    ck_assert_int_eq(n, 14);
    ck_assert_int_eq(sql_int(db, FTS_SEGMENTS), 2);
    /* one of them dropped meanwhile (by hand, or by another load) */
    ck_assert_msg(nf_db_exec(db, "DROP INDEX quotes_person", &err) == 0, "%s", err.text);
    ck_assert_msg(nf_db_restore_indexes(db, &built, &err) == 0, "%s", err.text);
    ck_assert_uint_eq(built, 14);
    ck_assert_int_eq(sql_int(db, "PRAGMA temp_store"), 2);   /* back to MEMORY */
    ck_assert_int_eq(sql_int(db, "PRAGMA cache_size"), -32768);
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM idx_before b JOIN sqlite_schema s"
                                 " ON s.name = b.name AND s.sql = b.sql AND s.type = 'index'"), 14);
    ck_assert_int_eq(nf_db_indexes_deferred(db, &n, &err), 0);
    ck_assert_int_eq(n, 0);
    ck_assert_int_eq(sql_int(db, FTS_SEGMENTS), 1);   /* merged, and merging again */
    ck_assert_int_eq(sql_int(db, FTS_SETTING("automerge")), 4);
    ck_assert_int_eq(sql_int(db, FTS_SETTING("crisismerge")), 16);
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM sentences_fts WHERE sentences_fts"
                                 " MATCH 'Darmanin'"),
                     sql_int(db, "SELECT count(*) FROM sentences WHERE text LIKE '%Darmanin%'"));
    ck_assert_msg(nf_db_restore_indexes(db, &built, &err) == 0, "%s", err.text);
    ck_assert_uint_eq(built, 0);
    char *with = query_ok(db, "quotes", NULL, 0, NF_FMT_CSV);
    ck_assert_str_eq(with, without);
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM official_roles INDEXED BY official_roles_person"
                                 " WHERE person_id > 0"), 7);
    ck_assert_int_eq(nf_db_last_story_id(db, &n, &err), 0);
    ck_assert_int_eq(n, 3);
    free(officials);
    free(without);
    free(with);
    nf_db_close(db);
    nf_facts_free(a.facts);
    nf_facts_free(b.facts);
    nf_facts_free(c.facts);
}
END_TEST

/* Every load checkpoints in a thread of its own: the stories are there,
 * and closing stops the thread and leaves no WAL behind. */
START_TEST(test_background_checkpoints)
{
    fixture a, b;
    nf_error err;
    channel_facts(&a);
    berlin_facts(&b);
    nf_db *db = open_ok();
    ck_assert_int_eq(sql_int(db, "PRAGMA wal_autocheckpoint"), 10000);
    nf_db_checkpoint_in_background(db);
    nf_db_checkpoint_in_background(db);   /* a no-op */
    /* the commit hook is ours now (SQLite reports 0 for a hook not its own) */
    ck_assert_int_eq(sql_int(db, "PRAGMA wal_autocheckpoint"), 0);
    ck_assert_int_eq(nf_db_begin(db, &err), 0);
    load_ok(db, &a, false, NF_LOAD_NEW, NULL);
    ck_assert_int_eq(nf_db_commit(db, &err), 0);
    load_ok(db, &b, false, NF_LOAD_NEW, NULL);
    nf_db_close(db);
    char wal[200];
    snprintf(wal, sizeof wal, "%s-wal", db_path);
    ck_assert_int_eq(access(wal, F_OK), -1);
    db = open_ok();
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM documents"), 2);
    ck_assert_int_eq(sql_int(db, "PRAGMA wal_autocheckpoint"), 10000);
    nf_db_close(db);
    nf_facts_free(a.facts);
    nf_facts_free(b.facts);
}
END_TEST

START_TEST(test_query_params)
{
    fixture a, b;
    nf_error err;
    nf_db *db = open_two_stories(&a, &b);

    const char *fr[] = {"country=fr"};
    char *csv = query_ok(db, "officials_by_country", fr, 1, NF_FMT_CSV);
    ck_assert_str_eq(csv, "country,country_name,name,titles,stories,quotes\r\n"
                          "FR,France,Gerald Darmanin,Interior Minister,2,1\r\n"
                          "FR,France,Emmanuel Macron,President,1,1\r\n");
    free(csv);
    csv = query_ok(db, "officials_by_country", NULL, 0, NF_FMT_CSV);  /* all */
    ck_assert_ptr_nonnull(strstr(csv, "DE,Germany,Nancy Faeser"));
    ck_assert_ptr_nonnull(strstr(csv, "GB,United Kingdom,Boris Johnson"));
    free(csv);
    const char *de[] = {":country=DE"};
    csv = query_ok(db, "stories_mentioning", de, 1, NF_FMT_CSV);
    ck_assert_ptr_nonnull(strstr(csv, "\r\nDE,Germany,stories/berlin.txt,,,2," SHA2 "\r\n"));
    ck_assert_ptr_null(strstr(csv, "channel"));
    free(csv);
    const char *src[] = {"source=stories/berlin.txt"};
    csv = query_ok(db, "story_facts", src, 1, NF_FMT_CSV);
    ck_assert_ptr_nonnull(strstr(csv, ",quote,Gerald Darmanin,We have to work together.,"));
    ck_assert_ptr_null(strstr(csv, "channel"));
    free(csv);
    const char *sha[] = {"sha256=1111"};
    csv = query_ok(db, "story_facts", sha, 1, NF_FMT_CSV);
    ck_assert_ptr_nonnull(strstr(csv, ",casualty,dead 31 exact,the loss of 31 lives,"));
    ck_assert_ptr_null(strstr(csv, "berlin"));
    free(csv);

    const char *bad[] = {"contry=FR"};
    ck_assert_ptr_null(run_query(db, "officials_by_country", bad, 1, NF_FMT_CSV, &err));
    ck_assert_int_eq(err.code, NF_EUSAGE);
    ck_assert_ptr_nonnull(strstr(err.text, ":contry"));
    ck_assert_ptr_null(run_query(db, "no_such_query", NULL, 0, NF_FMT_CSV, &err));
    ck_assert_int_eq(err.code, NF_EUSAGE);
    ck_assert_str_eq(err.text, "unknown query \"no_such_query\"");
    nf_db_close(db);
    nf_facts_free(a.facts);
    nf_facts_free(b.facts);
}
END_TEST

START_TEST(test_every_query_every_format)
{
    fixture a, b;
    nf_db *db = open_two_stories(&a, &b);
    ck_assert_uint_ge(nf_sql_n_queries, 11);
    for (size_t i = 0; i < nf_sql_n_queries; i++)
        for (int fmt = NF_FMT_TABLE; fmt <= NF_FMT_JSON; fmt++) {
            char *s = query_ok(db, nf_sql_queries[i].name, NULL, 0, (nf_format)fmt);
            ck_assert_msg(strlen(s) > 0, "%s printed nothing", nf_sql_queries[i].name);
            if (fmt == NF_FMT_JSON)
                ck_assert_msg(s[0] == '[' && strstr(s, "{\""), "%s: %s", nf_sql_queries[i].name, s);
            free(s);
        }
    char *t = query_ok(db, "countries", NULL, 0, NF_FMT_TABLE);
    ck_assert_str_eq(t,
        "code  name            stories  mentions\n"
        "----  --------------  -------  --------\n"
        "FR    France                2         3\n"
        "DE    Germany               1         2\n"
        "GB    United Kingdom        1         1\n"
        "(3 rows)\n");
    free(t);
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM saved_queries"), (long long)nf_sql_n_queries);
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'view'"),
                     (long long)nf_sql_n_queries);
    nf_db_close(db);
    nf_facts_free(a.facts);
    nf_facts_free(b.facts);
}
END_TEST

START_TEST(test_csv_json_quoting)
{
    fixture fx;
    channel_facts(&fx);
    nf_db *db = open_ok();
    load_ok(db, &fx, false, NF_LOAD_NEW, NULL);
    nf_error err;
    ck_assert(nf_db_exec(db, "UPDATE documents SET source = 'a,\"b\"' || char(10) || 'c'", &err) == 0);
    char *csv = query_ok(db, "arrests", NULL, 0, NF_FMT_CSV);
    ck_assert_ptr_nonnull(strstr(csv, "\r\n\"a,\"\"b\"\"\nc\",1,capsize,4,"));
    free(csv);
    char *json = query_ok(db, "arrests", NULL, 0, NF_FMT_JSON);
    ck_assert_ptr_nonnull(strstr(json, "\"source\": \"a,\\\"b\\\"\\nc\", \"event\": 1"));
    free(json);
    nf_db_close(db);
    nf_facts_free(fx.facts);
}
END_TEST

/* What nf_db_search prints for terms, as CSV (caller frees). */
static char *search_csv(nf_db *db, const char *terms)
{
    nf_error err;
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    ck_assert_msg(nf_db_search(db, terms, NF_FMT_CSV, out, &err) == 0, "%s", err.text);
    fclose(out);
    return buf;
}

/* The channel story, loaded into a new database and not yet searchable. */
static nf_db *open_channel(fixture *fx)
{
    channel_facts(fx);
    nf_db *db = open_ok();
    load_ok(db, fx, false, NF_LOAD_NEW, NULL);
    return db;
}

START_TEST(test_search)
{
    fixture fx;
    nf_db *db = open_channel(&fx);
    /* not indexed yet (load indexes in bulk); search brings the index up to date */
    ck_assert_int_eq(sql_int(db, "SELECT indexed_upto FROM fts_state"), 0);
    char *a = search_csv(db, "cemetery");
    ck_assert_int_eq(sql_int(db, "SELECT indexed_upto FROM fts_state"),
                     sql_int(db, "SELECT max(id) FROM sentences"));
    char *b = search_csv(db, "people-traffickers");
    ck_assert_ptr_nonnull(strstr(a, "stories/channel.txt,5,President Emmanuel Macron vowed"));
    ck_assert_ptr_nonnull(strstr(b, "stories/channel.txt,4,Mr Darmanin said four"));
    free(a);
    free(b);
    nf_db_close(db);
    nf_facts_free(fx.facts);
}
END_TEST

/* A search whose statement cannot be prepared for a moment (FTS5 reads its
 * settings then, and a load changing the schema meanwhile fails that read)
 * prepares it again: here the settings are wrong for 100 ms. */
static void *fix_fts_version_later(void *arg)
{
    nf_error err;
    usleep(100 * 1000);
    ck_assert_msg(nf_db_exec(arg, "UPDATE sentences_fts_config SET v = 4 WHERE k = 'version'",
                             &err) == 0, "%s", err.text);
    return NULL;
}

START_TEST(test_search_prepares_again)
{
    fixture fx;
    nf_error err;
    nf_db *db = open_channel(&fx);
    ck_assert_msg(nf_db_index_sentences(db, NULL, &err) == 0, "%s", err.text);
    nf_db *other = open_ok();
    ck_assert_msg(nf_db_exec(other, "UPDATE sentences_fts_config SET v = 0 WHERE k = 'version'",
                             &err) == 0, "%s", err.text);
    nf_db_close(db);
    db = open_ok();   /* a connection that has not read the search index yet */
    pthread_t fixer;
    ck_assert_int_eq(pthread_create(&fixer, NULL, fix_fts_version_later, other), 0);
    char *a = search_csv(db, "cemetery");
    pthread_join(fixer, NULL);
    ck_assert_ptr_nonnull(strstr(a, "stories/channel.txt,5,President Emmanuel Macron vowed"));
    free(a);
    nf_db_close(other);
    nf_db_close(db);
    nf_facts_free(fx.facts);
}
END_TEST

/* A search catches up in parts of 100,000 sentence ids, each a transaction
 * of its own (a load building its index beside the database may have left
 * millions), and gets on where the ids skip a whole part. */
START_TEST(test_search_catches_up_in_parts)
{
    fixture fx;
    nf_error err;
    nf_db *db = open_channel(&fx);
    ck_assert_msg(nf_db_exec(db, "INSERT INTO sentences(id, document_id, idx, start, \"end\", text)"
                                 " VALUES (250000, 1, 99, 0, 5, 'Farflung sentence')", &err) == 0,
                  "%s", err.text);
    char *buf = search_csv(db, "farflung");
    ck_assert_int_eq(sql_int(db, "SELECT indexed_upto FROM fts_state"), 250000);
    ck_assert_int_eq(sql_int(db, "SELECT count(DISTINCT segid) FROM sentences_fts_idx"), 2);
    ck_assert_ptr_nonnull(strstr(buf, "Farflung sentence"));
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM sentences_fts WHERE sentences_fts"
                                 " MATCH 'cemetery'"), 1);
    free(buf);
    nf_db_close(db);
    nf_facts_free(fx.facts);
}
END_TEST

/* A group: a story whose facts do not fit is rolled back alone, the others
 * commit together; nothing of a group is there before nf_db_commit. */
START_TEST(test_group_commit)
{
    fixture a, b, bad;
    nf_error err;
    channel_facts(&a);
    berlin_facts(&b);
    channel_facts(&bad);
    snprintf(bad.facts->doc.sha256, sizeof bad.facts->doc.sha256, "%s",
             "3333333333333333333333333333333333333333333333333333333333333333");
    bad.facts->amounts[0].text.end = bad.story.len + 5;
    nf_db *db = open_ok();
    ck_assert_msg(nf_db_begin(db, &err) == 0, "%s", err.text);
    ck_assert(nf_db_in_group(db));
    load_ok(db, &a, false, NF_LOAD_NEW, NULL);
    ck_assert_int_eq(nf_db_load(db, &bad.story, bad.facts, false, NULL, NULL, &err), -1);
    ck_assert_int_eq(err.code, NF_EINPUT);
    ck_assert(nf_db_in_group(db));                    /* the group goes on */
    load_ok(db, &b, false, NF_LOAD_NEW, NULL);
    nf_db *other = open_ok();                          /* another connection sees nothing yet */
    ck_assert_int_eq(sql_int(other, "SELECT count(*) FROM documents"), 0);
    ck_assert_msg(nf_db_commit(db, &err) == 0, "%s", err.text);
    ck_assert(!nf_db_in_group(db));
    ck_assert_int_eq(sql_int(other, "SELECT count(*) FROM documents"), 2);
    ck_assert_int_eq(sql_int(other, "SELECT count(*) FROM documents WHERE sha256 LIKE '3333%'"), 0);
    ck_assert_int_eq(sql_int(other, "SELECT count(*) FROM amounts"), 1);
    /* a group left open at close is not loaded */
    ck_assert_msg(nf_db_begin(db, &err) == 0, "%s", err.text);
    ck_assert_int_eq(nf_db_load(db, &a.story, a.facts, true, NULL, NULL, &err), 0);
    ck_assert_int_eq(nf_db_exec(db, "DELETE FROM documents", &err), 0);
    nf_db_close(db);
    ck_assert_int_eq(sql_int(other, "SELECT count(*) FROM documents"), 2);
    nf_db_close(other);
    nf_facts_free(a.facts);
    nf_facts_free(b.facts);
    nf_facts_free(bad.facts);
}
END_TEST

START_TEST(test_bad_input_rolls_back)
{
    fixture fx;
    nf_error err;
    channel_facts(&fx);
    nf_db *db = open_ok();
    fx.facts->amounts[0].text.end = fx.story.len + 5;       /* outside the story */
    ck_assert_int_eq(nf_db_load(db, &fx.story, fx.facts, false, NULL, NULL, &err), -1);
    ck_assert_int_eq(err.code, NF_EINPUT);
    ck_assert_ptr_nonnull(strstr(err.text, "amount 1"));
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM documents"), 0);
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM sentences"), 0);
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM people"), 0);
    fx.facts->amounts[0].text = span_of(STORY, "\xC2\xA3" "54 million", 0);
    fx.facts->casualties[0].event = 9;                      /* no such event */
    ck_assert_int_eq(nf_db_load(db, &fx.story, fx.facts, false, NULL, NULL, &err), -1);
    ck_assert_ptr_nonnull(strstr(err.text, "event 9"));
    fx.facts->casualties[0].event = 1;
    snprintf(fx.facts->officials[0].country, 3, "ZZ");     /* not a country */
    ck_assert_int_eq(nf_db_load(db, &fx.story, fx.facts, false, NULL, NULL, &err), -1);
    ck_assert_int_eq(err.code, NF_EINPUT);
    ck_assert_msg(strstr(err.text, "official 1: country \"ZZ\" is not in the countries table"),
                  "%s", err.text);
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM documents"), 0);
    snprintf(fx.facts->officials[0].country, 3, "FR");
    load_ok(db, &fx, false, NF_LOAD_NEW, NULL);             /* still usable */
    nf_db_close(db);
    nf_facts_free(fx.facts);
}
END_TEST

START_TEST(test_constraints)
{
    nf_error err;
    nf_db *db = open_ok();
    ck_assert_int_eq(nf_db_exec(db, "INSERT INTO country_mentions(document_id, code, start, \"end\","
                                    " text) VALUES (999, 'FR', 0, 1, 'x')", &err), -1);
    ck_assert_ptr_nonnull(strstr(err.text, "FOREIGN KEY"));
    ck_assert(nf_db_exec(db, "INSERT INTO documents(sha256, source, bytes, text) VALUES"
                             " ('" SHA1 "', 's', 1, 'x')", &err) == 0);
    ck_assert_int_eq(nf_db_exec(db, "INSERT INTO casualties(document_id, category, count,"
                                    " qualifier, start, \"end\", text) VALUES"
                                    " (1, 'wounded', 3, 'exact', 0, 1, 'x')", &err), -1);
    ck_assert_ptr_nonnull(strstr(err.text, "CHECK"));
    ck_assert_int_eq(nf_db_exec(db, "INSERT INTO casualties(document_id, category, count,"
                                    " qualifier, start, \"end\", text) VALUES"
                                    " (1, 'dead', 'many', 'exact', 0, 1, 'x')", &err), -1);
    ck_assert_int_eq(nf_db_exec(db, "INSERT INTO casualties(document_id, category, count,"
                                    " qualifier, start, \"end\", text) VALUES"
                                    " (1, 'dead', 3, 'roughly', 0, 1, 'x')", &err), -1);
    ck_assert_int_eq(nf_db_exec(db, "INSERT INTO official_roles(person_id, document_id)"
                                    " VALUES (42, 1)", &err), -1);
    ck_assert_ptr_nonnull(strstr(err.text, "FOREIGN KEY"));
    ck_assert(nf_db_exec(db, "DELETE FROM documents", &err) == 0);
    nf_db_close(db);
}
END_TEST

START_TEST(test_newer_version_refused)
{
    nf_error err;
    nf_db *db = open_ok();
    ck_assert(nf_db_exec(db, "PRAGMA user_version = 99", &err) == 0);
    nf_db_close(db);
    ck_assert_ptr_null(nf_db_open(db_path, &err));
    ck_assert_int_eq(err.code, NF_EDB);
    ck_assert_msg(strstr(err.text, "newer") && strstr(err.text, "99"), "%s", err.text);
}
END_TEST

/* sentence_id is no foreign key (004): the loader alone keeps it right, so
 * every fact row of two stories is checked against its sentence. */
START_TEST(test_sentence_ids)
{
    fixture a, b;
    nf_db *db = open_two_stories(&a, &b);
    long long rows = 0;
    for (size_t i = 0; i < N_FACT_TABLES; i++) {
        char sql[128];
        snprintf(sql, sizeof sql, "SELECT count(*) FROM %s", fact_tables[i]);
        rows += sql_int(db, sql);
        ck_assert_msg(misplaced_rows(db, fact_tables[i]) == 0, "%s", fact_tables[i]);
    }
    ck_assert_int_gt(rows, 20);
    /* a story's facts still go with it */
    nf_error err;
    ck_assert_msg(nf_db_exec(db, "DELETE FROM documents WHERE sha256 = '" SHA2 "'", &err) == 0,
                  "%s", err.text);
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM person_mentions m LEFT JOIN sentences s"
                                 " ON s.id = m.sentence_id WHERE s.id IS NULL"), 0);
    ck_assert_int_eq(sql_int(db, "SELECT count(DISTINCT document_id) FROM quotes"), 1);
    ck_assert_int_eq(nf_db_exec(db, "UPDATE amounts SET sentence_id = 'x'", &err), -1);
    nf_db_close(db);
    nf_facts_free(a.facts);
    nf_facts_free(b.facts);
}
END_TEST

/* A database of schema 1 with stories in it becomes the current schema:
 * the rows stay, the search index stays whole (002), casualties keep their
 * rows and ids under the new CHECKs (003), facts keep their sentence ids
 * (004). */
START_TEST(test_real_migrations)
{
    nf_error err;
    fixture a, b;
    channel_facts(&a);
    berlin_facts(&b);
    nf_db_migration v1[] = {{1, nf_sql_schema[0].text}};
    nf_db *db = nf_db_open_with(db_path, v1, 1, &err);
    ck_assert_msg(db != NULL, "%s", err.text);
    load_ok(db, &a, false, NF_LOAD_NEW, NULL);        /* indexed by 001's trigger */
    char before[1024], after[1024];
    table_counts(db, before, sizeof before);
    long long cas_ids = sql_int(db, "SELECT sum(id * count) FROM casualties");
    long long sentence_ids = sentence_id_sum(db);
    ck_assert_int_gt(sentence_ids, 0);
    long long roles = sql_int(db, "SELECT sum(id * person_id) FROM official_roles");
    ck_assert_int_gt(roles, 0);
    nf_db_close(db);

    char *said = open_capturing_stderr(&db);    /* the user is told why it pauses */
    char want[96];
    snprintf(want, sizeof want, "upgrading the database from schema 1 to %d, once",
             nf_db_schema_version());
    ck_assert_msg(strstr(said, want) != NULL, "%s", said);
    free(said);
    ck_assert_int_eq(sql_int(db, "PRAGMA user_version"), nf_db_schema_version());
    ck_assert_int_ge(nf_db_schema_version(), 5);
    table_counts(db, after, sizeof after);
    ck_assert_str_eq(before, after);
    ck_assert_int_eq(sql_int(db, "SELECT sum(id * count) FROM casualties"), cas_ids);
    /* 004: the same sentence ids, without foreign keys or indexes behind them */
    ck_assert_int_eq(sentence_id_sum(db), sentence_ids);
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM sqlite_master m,"
                                 " pragma_foreign_key_list(m.name) k"
                                 " WHERE m.type = 'table' AND k.\"table\" = 'sentences'"), 0);
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM sqlite_master"
                                 " WHERE type = 'index' AND name LIKE '%\\_sentence' ESCAPE '\\'"), 0);
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                                 " AND name IN ('quotes_person', 'casualties_event', 'amounts_doc')"), 3);
    /* 006: official_roles unique by story first, its rows and ids kept; FTS5
     * holds 8 MiB before it writes a segment; nothing deferred */
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM pragma_index_list('official_roles') l,"
                                 " pragma_index_info(l.name) i WHERE l.\"unique\" AND i.seqno = 0"
                                 " AND i.name = 'document_id'"), 1);
    ck_assert_int_eq(sql_int(db, "SELECT sum(id * person_id) FROM official_roles"), roles);
    ck_assert_int_eq(sql_int(db, "SELECT v FROM sentences_fts_config WHERE k = 'hashsize'"), 8388608);
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM deferred_indexes"), 0);
    ck_assert_int_eq(sql_int(db, "SELECT indexed_upto FROM fts_state"),
                     sql_int(db, "SELECT max(id) FROM sentences"));
    ck_assert_msg(nf_db_exec(db, "INSERT INTO sentences_fts(sentences_fts)"
                                 " VALUES ('integrity-check')", &err) == 0, "%s", err.text);
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM sentences_fts"
                                 " WHERE sentences_fts MATCH 'capsized'"), 1);
    /* the new CHECKs still refuse what the old ones did */
    ck_assert_int_eq(nf_db_exec(db, "UPDATE casualties SET category = 'wounded'", &err), -1);
    ck_assert_int_eq(nf_db_exec(db, "UPDATE casualties SET qualifier = 'some'", &err), -1);
    /* a new story after the migration is indexed in bulk, then found */
    load_ok(db, &b, false, NF_LOAD_NEW, NULL);
    size_t indexed = 0;
    ck_assert_msg(nf_db_index_sentences(db, &indexed, &err) == 0, "%s", err.text);
    ck_assert_int_eq((long long)indexed, sql_int(db, "SELECT count(*) FROM sentences s"
                                                     " JOIN documents d ON d.id = s.document_id"
                                                     " WHERE d.sha256 = '" SHA2 "'"));
    ck_assert_msg(nf_db_exec(db, "INSERT INTO sentences_fts(sentences_fts)"
                                 " VALUES ('integrity-check')", &err) == 0, "%s", err.text);
    nf_db_close(db);
    nf_facts_free(a.facts);
    nf_facts_free(b.facts);
}
END_TEST

/* A new database is made by the build's script of the migrations' end
 * state (nf_db_open), not by the six migrations (nf_db_open_with): the
 * same schema, statement for statement, and the same rows in every table,
 * FTS5's included. */
START_TEST(test_new_database_as_migrated)
{
    nf_error err;
    nf_db_migration all[16];
    ck_assert_uint_le(nf_sql_n_schema, 16);
    for (size_t i = 0; i < nf_sql_n_schema; i++)
        all[i] = (nf_db_migration){atoi(nf_sql_schema[i].name), nf_sql_schema[i].text};
    char migrated[160];
    snprintf(migrated, sizeof migrated, "%s/migrated.db", dir);
    nf_db *m = nf_db_open_with(migrated, all, nf_sql_n_schema, &err);
    ck_assert_msg(m != NULL, "%s", err.text);
    /* the tables the migrations rebuild leave gaps in sqlite_schema's rowids */
    ck_assert_int_gt(sql_int(m, "SELECT max(rowid) FROM sqlite_schema"),
                     sql_int(m, "SELECT count(*) FROM sqlite_schema"));
    char *want = nf_db_schema_script(m, &err);
    ck_assert_msg(want != NULL, "%s", err.text);
    nf_db_close(m);

    nf_db *db = open_ok();
    ck_assert_int_eq(sql_int(db, "SELECT max(rowid) FROM sqlite_schema"),
                     sql_int(db, "SELECT count(*) FROM sqlite_schema"));
    ck_assert_int_eq(sql_int(db, "PRAGMA user_version"), nf_db_schema_version());
    ck_assert_int_eq(sql_int(db, "PRAGMA application_id"), NF_DB_APPLICATION_ID);
    char attach[200];
    snprintf(attach, sizeof attach, "ATTACH '%s' AS other", migrated);
    ck_assert_msg(nf_db_exec(db, attach, &err) == 0, "%s", err.text);
    ck_assert_int_gt(sql_int(db, "SELECT count(*) FROM sqlite_schema"), 50);
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM (SELECT type, name, tbl_name, sql FROM"
                                 " main.sqlite_schema EXCEPT SELECT type, name, tbl_name, sql"
                                 " FROM other.sqlite_schema)"), 0);
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM main.sqlite_schema"),
                     sql_int(db, "SELECT count(*) FROM other.sqlite_schema"));
    /* every statement and every row: the script each database would give */
    char *got = nf_db_schema_script(db, &err);
    ck_assert_msg(got != NULL, "%s", err.text);
    ck_assert_str_eq(got, want);
    ck_assert_ptr_nonnull(strstr(got, "CREATE VIRTUAL TABLE sentences_fts USING fts5("));
    ck_assert_ptr_nonnull(strstr(got, "INSERT OR REPLACE INTO \"fts_state\" VALUES(1,0);"));
    ck_assert_ptr_nonnull(strstr(got, "INSERT OR REPLACE INTO \"sentences_fts_config\""
                                      " VALUES('hashsize',8388608);"));
    ck_assert_ptr_null(strstr(got, "sqlite_autoindex"));
    ck_assert_ptr_null(strstr(got, "CREATE TABLE 'sentences_fts_data'"));
    free(got);
    free(want);
    nf_db_close(db);
}
END_TEST

START_TEST(test_migration)
{
    nf_error err;
    fixture fx;
    channel_facts(&fx);
    nf_db_migration v1[] = {{1, nf_sql_schema[0].text}};
    nf_db_migration v2[] = {{1, nf_sql_schema[0].text},
                            {2, "ALTER TABLE documents ADD COLUMN language TEXT;\n"
                                "UPDATE documents SET language = 'en';"}};
    ck_assert_int_eq(atoi(nf_sql_schema[0].name), 1);
    nf_db *db = nf_db_open_with(db_path, v1, 1, &err);
    ck_assert_msg(db != NULL, "%s", err.text);
    load_ok(db, &fx, false, NF_LOAD_NEW, NULL);
    nf_db_close(db);

    db = nf_db_open_with(db_path, v1, 1, &err);              /* same version: fine */
    ck_assert_msg(db != NULL, "%s", err.text);
    ck_assert_int_eq(sql_int(db, "PRAGMA user_version"), 1);
    nf_db_close(db);

    db = nf_db_open_with(db_path, v2, 2, &err);              /* 002 applies */
    ck_assert_msg(db != NULL, "%s", err.text);
    ck_assert_int_eq(sql_int(db, "PRAGMA user_version"), 2);
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM documents WHERE language = 'en'"), 1);
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'view'"),
                     (long long)nf_sql_n_queries);
    ck_assert_int_eq(sql_int(db, "PRAGMA foreign_keys"), 1);
    char *csv = query_ok(db, "casualties", NULL, 0, NF_FMT_CSV);
    ck_assert_ptr_nonnull(strstr(csv, ",31,,1,2,34\r\n"));
    free(csv);
    nf_db_close(db);

    ck_assert_ptr_null(nf_db_open_with(db_path, v1, 1, &err));  /* now newer */
    ck_assert_ptr_nonnull(strstr(err.text, "newer"));

    /* a failing migration leaves the version and data as they were */
    nf_db_migration v3[] = {v2[0], v2[1], {3, "ALTER TABLE nope ADD COLUMN x;"}};
    ck_assert_ptr_null(nf_db_open_with(db_path, v3, 3, &err));
    ck_assert_ptr_nonnull(strstr(err.text, "migration 3"));
    db = nf_db_open_with(db_path, v2, 2, &err);
    ck_assert_msg(db != NULL, "%s", err.text);
    ck_assert_int_eq(sql_int(db, "PRAGMA user_version"), 2);
    ck_assert_int_eq(sql_int(db, "SELECT count(*) FROM documents"), 1);
    nf_db_close(db);
    nf_facts_free(fx.facts);
}
END_TEST

START_TEST(test_bad_paths)
{
    nf_error err;
    char path[256];
    struct stat sb;

    snprintf(path, sizeof path, "%s/no/such/dir/news.db", dir);
    ck_assert_ptr_null(nf_db_open(path, &err));
    ck_assert_int_eq(err.code, NF_EDB);
    ck_assert_msg(strstr(err.text, "does not exist"), "%s", err.text);

    /* not a SQLite file: refused, bytes untouched, no journal files */
    snprintf(path, sizeof path, "%s/notes.txt", dir);
    FILE *f = fopen(path, "wb");
    for (int i = 0; i < 200; i++)
        fprintf(f, "line %d: this is not a database\n", i);
    fclose(f);
    size_t n1, n2;
    char *before = read_file(path, &n1);
    ck_assert_ptr_null(nf_db_open(path, &err));
    ck_assert_msg(strstr(err.text, "not a SQLite database"), "%s", err.text);
    char *after = read_file(path, &n2);
    ck_assert_uint_eq(n1, n2);
    ck_assert(memcmp(before, after, n1) == 0);
    char wal[300];
    snprintf(wal, sizeof wal, "%s-wal", path);
    ck_assert_int_ne(stat(wal, &sb), 0);
    free(before);
    free(after);

    /* a SQLite database of another application */
    nf_db *db = open_ok();
    ck_assert(nf_db_exec(db, "PRAGMA application_id = 42", &err) == 0);
    nf_db_close(db);
    ck_assert_ptr_null(nf_db_open(db_path, &err));
    ck_assert_msg(strstr(err.text, "another application"), "%s", err.text);

    /* read-only (root ignores file modes, so only as a user) */
    if (geteuid() != 0) {
        snprintf(path, sizeof path, "%s/ro.db", dir);
        nf_db_close(nf_db_open(path, &err));
        chmod(path, 0444);
        ck_assert_ptr_null(nf_db_open(path, &err));
        ck_assert_msg(strstr(err.text, "read-only"), "%s", err.text);
    }
}
END_TEST

START_TEST(test_sqbpro)
{
    nf_error err;
    char path[256];
    size_t len;
    nf_db_close(open_ok());
    snprintf(path, sizeof path, "%s/news.sqbpro", dir);
    ck_assert_msg(nf_db_write_sqbpro(db_path, path, &err) == 0, "%s", err.text);
    char *s = read_file(path, &len);
    const char head[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sqlb_project>";
    ck_assert_msg(strncmp(s, head, strlen(head)) == 0, "%.80s", s);
    char want[300];
    snprintf(want, sizeof want, "<db path=\"%s\"", db_path);
    ck_assert_msg(strstr(s, want) || strstr(s, "/news.db\""), "%s", want);
    for (size_t i = 0; i < nf_sql_n_queries; i++) {
        snprintf(want, sizeof want, "<sql name=\"%s\">", nf_sql_queries[i].name);
        ck_assert_msg(strstr(s, want), "no tab %s", want);
    }
    ck_assert_ptr_nonnull(strstr(s, "</sqlb_project>"));
    ck_assert_ptr_null(strstr(s, "<!--"));
    free(s);
}
END_TEST

START_TEST(test_queries_list)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    ck_assert_int_eq(nf_queries_list(out), 0);
    fclose(out);
    static const char *const names[] = {
        "casualties", "officials", "arrests", "quotes", "countries", "death_toll",
        "officials_by_country", "most_quoted", "story_facts", "stories_mentioning",
        "country_pairs"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        char want[64];
        snprintf(want, sizeof want, "%s ", names[i]);
        ck_assert_msg(strstr(buf, want), "%s missing from:\n%s", names[i], buf);
    }
    ck_assert_ptr_nonnull(strstr(buf, "Casualties per event"));
    free(buf);
}
END_TEST

Suite *db_suite(void)
{
    Suite *s = suite_create("db");
    TCase *tc = tcase_create("db");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, test_load_and_casualties);
    tcase_add_test(tc, test_reload_present);
    tcase_add_test(tc, test_replace);
    tcase_add_test(tc, test_same_person_two_stories);
    tcase_add_test(tc, test_deferred_indexes);
    tcase_add_test(tc, test_new_database_as_migrated);
    tcase_add_test(tc, test_background_checkpoints);
    tcase_add_test(tc, test_query_params);
    tcase_add_test(tc, test_every_query_every_format);
    tcase_add_test(tc, test_csv_json_quoting);
    tcase_add_test(tc, test_search);
    tcase_add_test(tc, test_search_catches_up_in_parts);
    tcase_add_test(tc, test_search_prepares_again);
    tcase_add_test(tc, test_bad_input_rolls_back);
    tcase_add_test(tc, test_constraints);
    tcase_add_test(tc, test_newer_version_refused);
    tcase_add_test(tc, test_group_commit);
    tcase_add_test(tc, test_real_migrations);
    tcase_add_test(tc, test_sentence_ids);
    tcase_add_test(tc, test_migration);
    tcase_add_test(tc, test_bad_paths);
    tcase_add_test(tc, test_sqbpro);
    tcase_add_test(tc, test_queries_list);
    suite_add_tcase(s, tc);
    return s;
}
