/* cmd_db.c — the database commands: `load`, `query`, `search`. */
#include "alloc.h"
#include "cli.h"
#include "db.h"
#include "extract.h"
#include "input.h"
#include "json_in.h"
#include "search_side.h"
#include "sha256.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static const char load_help[] =
    "usage: newsfacts load [OPTIONS] [FILE|DIR|-]...\n"
    "\n"
    "Extracts the facts of each story and writes them into an SQLite database\n"
    "(created with the schema when new), each story in a transaction of its\n"
    "own (a savepoint): a story is in the database whole or not at all. From\n"
    "files, stories are committed in groups (at most 2,000 stories or 1 s of\n"
    "work; --commit-every); a kill or a full disk loses at most the last group,\n"
    "which the next run loads. From standard input each story is committed at\n"
    "once. Prints a line per story as it is committed; the search index is\n"
    "updated every 4,000 stories or so (--index-every) and at the end (with\n"
    "--jobs 2 into a new database: at the end, see below; a search meanwhile\n"
    "indexes what it needs itself).\n"
    "Once a load has brought as many stories as the database held (at once\n"
    "into a new one), the indexes by story, person and country wait for its\n"
    "end, where they are built with one sort each (about 2 s per 100,000\n"
    "stories), and the search index is merged once at its end rather than\n"
    "as it grows (about 2.7 s per 100,000 stories); meanwhile queries and\n"
    "searches are slower. With --jobs 2 or more, a load into a new database\n"
    "builds its search index on a thread of its own, in a temporary file\n"
    "(SQLite's temporary directory: $SQLITE_TMPDIR, $TMPDIR, /var/tmp or\n"
    "/tmp; up to a third of the database's size, deleted when done), and\n"
    "copies it in at the end. Not with --replace.\n"
    "\n"
    "Inputs: story text files; directories (recursed: *.txt, *.jsonl, *.json);\n"
    "'-' for standard input; JSON Lines of stories ({\"id\", \"title\", \"url\",\n"
    "\"published\", \"text\"} a line; *.jsonl or --jsonl); and facts JSON as\n"
    "`newsfacts extract` prints it (*.json, or lines of *.jsonl), possibly\n"
    "corrected by hand: extract, correct, load. Facts JSON needs the story:\n"
    "document.text (extract --text) or a readable document.source.\n"
    "\n"
    "A story is keyed by the sha256 of its text: loading it again changes\n"
    "nothing ('present'); --replace re-extracts it in place.\n"
    "\n"
    "options:\n"
    "  --db PATH         the database (default newsfacts.db); a DB Browser for\n"
    "                    SQLite project file PATH-without-.db + .sqbpro is\n"
    "                    written beside it, with a tab per saved query\n"
    "  --replace         re-extract stories already in the database\n"
    "  --jsonl           read every input as JSON Lines\n"
    "  --max-bytes SIZE  refuse stories larger than SIZE (default 8M)\n"
    "  --commit-every N  commit at most N stories at once (default 2000; and\n"
    "                    at least every second); 1 = a commit per story\n"
    "  --index-every N   bring the search index up to date after every N\n"
    "                    sentences (default 100000, about 4,000 stories) and\n"
    "                    at the end; smaller: searchable sooner, slower load\n"
    "  -j, --jobs N      extract on N threads (default 1), the one that writes\n"
    "                    among them; stories are committed in input order, so\n"
    "                    the database is the same whatever N\n"
    "  -q, --quiet       no line per story, only the summary\n"
    "  --no-progress     no progress line, even on a terminal\n"
    "  -h, --help        this help\n"
    "\n"
    "On a terminal a progress line (stories done of total, stories/s, time\n"
    "left) is shown on stderr. Exit status: 0 all loaded, 1 any input refused\n"
    "or a database fault (named on stderr; the other stories still load, or,\n"
    "for a database fault such as a full disk, the run stops with every story\n"
    "already written complete), 2 usage error.\n";

typedef struct load_pool load_pool;

typedef struct load_run {
    const nf_gaz *gaz;
    nf_db *db;
    const char *db_path;
    bool replace, quiet, progress, no_progress;
    long jobs;                 /* extraction threads; 1 = no threads at all */
    load_pool *pool;           /* with jobs > 1 */
    size_t total, done, fresh, present, replaced;
    size_t facts_written;
    size_t unindexed;          /* sentences written since the search index was brought up to date */
    size_t index_every;        /* --index-every: sentences between updates of the search index */
    size_t group_max;          /* stories a commit may hold; 1 = a commit per story */
    size_t group_cap;          /* the open group's: group_max, or less early on (SIDE_FIRST_GROUP) */
    long long stories_before;  /* in the database when the load began (its highest id) */
    bool deferred;             /* the indexes by story, person and country wait for the end */
    bool side_wanted;          /* a spare thread: build the search index beside (--jobs > 1) */
    nf_side *side;             /* the search index being built beside the database, or NULL */
    struct pending_story *pending;   /* written in the open group, not yet committed */
    size_t n_pending;
    struct timespec started, last_report, group_started;
} load_run;

/* A story of the open group: reported and counted once its group commits. */
typedef struct pending_story {
    char *source;
    nf_load_status st;
    nf_load_counts c;
} pending_story;

/* A group is committed when it holds GROUP_MAX_STORIES stories or has been
 * open GROUP_SECONDS: a kill loses at most that much work (those stories are
 * absent, whole, and the next run loads them), and another loader waits at
 * most that long for the write lock. A page written into at random (the
 * sha256 and person indexes) is written out once per group, so longer
 * groups cost less: 1 s instead of 0.25 s took 6 % off 200,000 stories. */
#define GROUP_MAX_STORIES 2000
#define GROUP_MAX_STORIES_LIMIT 100000   /* --commit-every at most */
#define GROUP_SECONDS 1.0

/* The side thread (search_side.h) indexes a group once it is committed, so
 * a load that has one starts with short groups, each twice the last, up to
 * the longest (GROUP_MAX_STORIES, or --commit-every): the thread starts
 * early, and a load of 2,000 stories is not indexed only after its one
 * commit. */
#define SIDE_FIRST_GROUP 125

/* Sentences written between two updates of the search index during a load
 * (about 4,000 stories): search sees a long load progress, and each update
 * is one short transaction. Each update writes a new index segment that
 * FTS5 later merges; 100,000 rather than 50,000 took 5 % off a load of
 * 200,000 stories. The update follows the story that crosses the
 * count, never a clock, so that the index (down to its segments) is the same
 * whatever --jobs and the machine's speed. */
#define INDEX_EVERY_SENTENCES 100000

/* A load that has brought as many stories as the database held when it
 * began (at once, into a new database) defers the indexes by person and by
 * country to its end (nf_db_defer_indexes): building them then costs about
 * what the rows added, and keeping them in step would cost more with every
 * story. Never with --replace, whose deletes look people up in them. */
static int defer_indexes_if_bulk(load_run *run, nf_error *err)
{
    if (run->deferred || run->replace || (long long)run->fresh < run->stories_before)
        return 0;
    if (nf_db_defer_indexes(run->db, err) != 0)
        return -1;
    run->deferred = true;
    if (run->side_wanted) {   /* or, when it cannot be had, index in place */
        nf_error why;
        run->side = nf_side_start(run->db_path, &why);
        if (!run->side && why.code != NF_EOK && !run->quiet)
            nf_error_print(&why);
        if (run->side && run->group_cap > SIDE_FIRST_GROUP)
            run->group_cap = SIDE_FIRST_GROUP;
    }
    return 0;
}

/* After each commit: the search index, in place once a chunk's worth of
 * sentences is committed; or on the side thread, told of every commit so
 * that it indexes while the writer writes, and where the chunks end. */
static int index_committed(load_run *run, nf_error *err)
{
    bool chunk_ends = run->unindexed >= run->index_every;
    if (chunk_ends)
        run->unindexed = 0;
    if (!run->side)
        return chunk_ends ? nf_db_index_sentences(run->db, NULL, err) : 0;
    long long upto = 0;
    if (nf_db_last_sentence_id(run->db, &upto, err) != 0)
        return -1;
    nf_side_committed(run->side, upto, chunk_ends);
    return 0;
}

/* The search index built beside, copied into the database; or, if that
 * could not be done, the sentences indexed here. The background
 * checkpointer is woken before the copy (the side thread no longer reads,
 * so what the index builds wrote can be checkpointed meanwhile) and after
 * it (its 335 MB at 200,000 stories, checkpointed while the builds go on,
 * instead of by the next commit, in this thread: 0.6 s). */
static int take_side_index(load_run *run, nf_error *err)
{
    if (!run->side)
        return 0;
    nf_side_wait(run->side);
    nf_db_checkpoint_soon(run->db);
    int copied = nf_side_copy(run->side, err);
    nf_db_checkpoint_soon(run->db);
    nf_side_free(run->side);
    run->side = NULL;
    if (copied == 1)
        return 0;
    if (err->code && !run->quiet)
        nf_error_print(err);
    return nf_db_index_sentences(run->db, NULL, err);
}

/* Between two index builds: the search index built beside, once its
 * thread is done. The copy holds the write lock as the builds do, so it
 * comes between them, not beside; but taken as soon as it can be, its
 * checkpoint overlaps the builds left (at 200,000 stories the side thread
 * finished its merge about 1 s before the builds would end). */
static int take_side_index_if_done(void *vrun, nf_error *err)
{
    load_run *run = vrun;
    return run->side && nf_side_done(run->side) ? take_side_index(run, err) : 0;
}

/* At the end of a load (or the start of a --replace load after a killed
 * one): build the deferred indexes (meanwhile the side thread finishes the
 * search index), take the search index built beside, merge it, saying so
 * on the progress line. */
static int restore_indexes(load_run *run, nf_error *err)
{
    if (run->progress) {
        fputs("\r\033[Kloading: building the indexes by story, person and country, merging the"
              " search index...", stderr);
        fflush(stderr);
    }
    int rc = nf_db_build_deferred_indexes(run->db, NULL, take_side_index_if_done, run, err);
    if (rc == 0)
        rc = take_side_index(run, err);
    if (rc == 0)
        rc = nf_db_merge_search_index(run->db, err);
    if (run->progress)
        fputs("\r\033[K", stderr);
    if (rc == 0)
        run->deferred = false;
    return rc;
}

static double seconds_since(const struct timespec *t)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - t->tv_sec) + (double)(now.tv_nsec - t->tv_nsec) / 1e9;
}

static void show_progress(load_run *run, bool final)
{
    if (!run->progress || (!final && seconds_since(&run->last_report) < 0.25))
        return;
    clock_gettime(CLOCK_MONOTONIC, &run->last_report);
    double secs = seconds_since(&run->started);
    double rate = secs > 0 ? (double)run->done / secs : 0;
    double left = rate > 0 && run->total > run->done ? (double)(run->total - run->done) / rate : 0;
    fprintf(stderr, "\rloading: %zu/%zu stories, %.0f stories/s, %d:%02d left   %s",
            run->done, run->total, rate, (int)left / 60, (int)left % 60, final ? "\n" : "");
    fflush(stderr);
}

static size_t counts_total(const nf_load_counts *c)
{
    return c->countries + c->officials + c->casualties + c->arrests + c->quotes + c->amounts +
           c->events;
}

static void print_story_line(const load_run *run, const char *source, nf_load_status st,
                             const nf_load_counts *c)
{
    if (run->quiet)
        return;
    if (run->progress)
        fputs("\r\033[K", stderr);
    if (st == NF_LOAD_PRESENT) {
        printf("present   %s (already in the database)\n", source);
        return;
    }
    printf("%-9s %s: %zu countries, %zu officials, %zu casualties, %zu arrests, %zu quotes, "
           "%zu amounts, %zu events\n", st == NF_LOAD_NEW ? "new" : "replaced", source,
           c->countries, c->officials, c->casualties, c->arrests, c->quotes, c->amounts,
           c->events);
}

static void drop_pending(load_run *run)
{
    for (size_t i = 0; i < run->n_pending; i++)
        free(run->pending[i].source);
    run->n_pending = 0;
}

/* The open group was rolled back by a database fault: its stories are not
 * in the database and are not counted (a rerun loads them); say so. */
static void lose_group(load_run *run, nf_error *err)
{
    size_t used = strlen(err->text);
    if (run->n_pending)
        snprintf(err->text + used, sizeof err->text - used,
                 " (the last %zu stories were not written)", run->n_pending);
    drop_pending(run);
}

/* Commit the open group, then count and report its stories (only now are
 * they in the database). Returns 0, or -1 with *err when the commit failed
 * and the group's stories were lost. */
static int commit_group(load_run *run, nf_error *err)
{
    if (nf_db_commit(run->db, err) != 0) {
        lose_group(run, err);
        return -1;
    }
    for (size_t i = 0; i < run->n_pending; i++) {
        const pending_story *p = &run->pending[i];
        run->done++;
        if (p->st == NF_LOAD_NEW)
            run->fresh++;
        else if (p->st == NF_LOAD_PRESENT)
            run->present++;
        else
            run->replaced++;
        run->facts_written += counts_total(&p->c);
        print_story_line(run, p->source, p->st, &p->c);
    }
    drop_pending(run);
    show_progress(run, false);
    if (run->group_cap < run->group_max)
        run->group_cap = run->group_cap * 2 < run->group_max ? run->group_cap * 2 : run->group_max;
    return index_committed(run, err);
}

/* Write one story and its facts into the open group (opening one if need
 * be), committing the group when it is full or old enough. A database fault
 * stops the run (-2): no later story could be written either, and every
 * story committed before is whole. */
static int store(load_run *run, const char *source, const char *text, size_t len,
                 const nf_facts *facts, const nf_span *sents, size_t n_sents, nf_error *err)
{
    nf_story story = {text, len, sents, n_sents};
    nf_load_status st;
    nf_load_counts c;
    memset(&c, 0, sizeof c);
    if (!nf_db_in_group(run->db)) {
        if (defer_indexes_if_bulk(run, err) != 0 || nf_db_begin(run->db, err) != 0)
            return -2;
        clock_gettime(CLOCK_MONOTONIC, &run->group_started);
    }
    if (nf_db_load(run->db, &story, facts, run->replace, &st, &c, err) < 0) {
        if (err->code != NF_EDB)
            return -1;
        lose_group(run, err);   /* rolled back with the story */
        return -2;
    }
    pending_story *p = &run->pending[run->n_pending++];
    p->source = xstrdup(source);
    p->st = st;
    p->c = c;
    run->unindexed += c.sentences;
    if (run->n_pending >= run->group_cap || run->unindexed >= run->index_every ||
        seconds_since(&run->group_started) >= GROUP_SECONDS)
        return commit_group(run, err) == 0 ? 0 : -2;
    return 0;
}

/* What extraction gives the writer: the facts of one input, the story text
 * they point into and its sentences. The text is borrowed (the input's data)
 * unless own_text. */
typedef struct prepared {
    nf_facts *facts;
    const char *text;
    size_t len;
    bool own_text;
    nf_span *sents;
    size_t n_sents;
    char where[640];    /* the name of the input in the per-story line */
} prepared;

static void prepared_free(prepared *p)
{
    nf_facts_free(p->facts);
    if (p->own_text)
        free((char *)p->text);
    free(p->sents);
    memset(p, 0, sizeof *p);
}

static void prepare_story(const nf_gaz *gaz, const nf_input *in, prepared *p)
{
    p->facts = nf_extract(gaz, in->data, in->len, &in->meta, &p->sents, &p->n_sents);
    p->text = in->data;
    p->len = in->len;
    if (in->line)
        snprintf(p->where, sizeof p->where, "%s:%ld", in->path, in->line);
    else
        snprintf(p->where, sizeof p->where, "%s", in->meta.source ? in->meta.source : in->path);
}

/* Facts JSON needs its story: document.text, or the file document.source. */
static char *story_of_facts(const nf_facts *f, size_t *len, nf_error *err)
{
    if (!f->doc.source) {
        nf_error_set(err, NF_EINPUT, NULL, "facts JSON has neither document.text nor "
                     "document.source: cannot find the story (use extract --text)");
        return NULL;
    }
    FILE *fp = fopen(f->doc.source, "rb");
    if (!fp) {
        nf_error_set(err, NF_EINPUT, NULL, "document.source %s cannot be read and there is "
                     "no document.text (use extract --text)", f->doc.source);
        return NULL;
    }
    /* only a regular file: /dev/zero or a FIFO would never end (reliability #5) */
    struct stat sb;
    if (fstat(fileno(fp), &sb) != 0 || !S_ISREG(sb.st_mode)) {
        fclose(fp);
        nf_error_set(err, NF_EINPUT, NULL, "document.source %s is not a regular file and there "
                     "is no document.text (use extract --text)", f->doc.source);
        return NULL;
    }
    size_t cap = 65536, n = 0, got;
    char *buf = malloc(cap);
    while (buf && (got = fread(buf + n, 1, cap - n, fp)) > 0) {
        n += got;
        if (n == cap) {
            char *grown = realloc(buf, cap *= 2);
            if (!grown) {
                free(buf);
                buf = NULL;
            }
            buf = grown;
        }
    }
    fclose(fp);
    if (!buf) {
        nf_error_set(err, NF_EINPUT, NULL, "out of memory reading %s", f->doc.source);
        return NULL;
    }
    *len = n;
    return buf;
}

/* Read facts JSON (possibly corrected by hand) and check it against its
 * story. Returns 0, or -1 with err filled and nothing held in p. */
static int prepare_facts(const nf_gaz *gaz, const nf_input *in, prepared *p, nf_error *err)
{
    char *text = NULL;
    size_t len = 0;
    nf_facts *f = nf_facts_from_json(gaz, in->data, in->len, in->path, in->line,
                                     &text, &len, err);
    if (!f)
        return -1;
    if (!text) {
        /* the story comes from document.source: parse again against it so
         * that every item's text is checked too */
        if (!(text = story_of_facts(f, &len, err)))
            goto fail;
        nf_facts_free(f);
        f = nf_facts_from_json_story(gaz, in->data, in->len, in->path, in->line, text, len,
                                     NULL, NULL, err);
        if (!f)
            goto fail;
    }
    if (nf_facts_check_story(f, text, len, err) < 0)
        goto fail;
    sha256_hex(text, len, f->doc.sha256);
    f->doc.bytes = len;
    p->facts = f;
    p->text = text;
    p->len = len;
    p->own_text = true;
    p->sents = nf_sentences(gaz, text, len, &p->n_sents);
    snprintf(p->where, sizeof p->where, "%s%s%.0ld", in->path, in->line ? ":" : "", in->line);
    return 0;
fail:
    free(text);
    nf_facts_free(f);
    return -1;
}

static int prepare(const nf_gaz *gaz, const nf_input *in, prepared *p, nf_error *err)
{
    memset(p, 0, sizeof *p);
    if (in->kind == NF_IN_FACTS)
        return prepare_facts(gaz, in, p, err);
    prepare_story(gaz, in, p);
    return 0;
}

static int store_prepared(load_run *run, const prepared *p, nf_error *err)
{
    return store(run, p->where, p->text, p->len, p->facts, p->sents, p->n_sents, err);
}

static int load_one(void *vrun, const nf_input *in, nf_error *err)
{
    load_run *run = vrun;
    prepared p;
    int rc = prepare(run->gaz, in, &p, err);
    if (rc == 0)
        rc = store_prepared(run, &p, err);
    prepared_free(&p);
    if (rc < 0 && run->progress)
        fputs("\r\033[K", stderr);
    return rc;
}

/* ---- --jobs N: N extraction threads, one writer ------------------------------
 *
 * The walker (this thread) copies each input into the next slot of a ring
 * and returns at once; N - 1 worker threads take slots in input order and
 * extract; this thread, between inputs, writes the finished slots at the
 * head of the ring, strictly in input order, so that the per-story lines,
 * the ids and the database are exactly those of --jobs 1. When the slot at
 * the head is not finished, this thread extracts the next one itself
 * rather than wait: it is the N-th extractor. (N workers besides it made
 * --jobs 2 slower on two cores, 7.8 s against 7.4 s for 20,000 stories:
 * the writer is the bottleneck, and a second worker took its core.) The
 * ring bounds what is in flight (slots and bytes), so memory stays flat
 * however many stories there are. Only this thread touches the database
 * and stdout.
 *
 * The ring is long so that the worker can run ahead of the writer while it
 * has a core, and the writer has finished slots to write when the search
 * index's thread takes that core: with 4 slots a job the writer found the
 * head unfinished and extracted 5,000 of 20,000 stories itself, with 32
 * about 2,500, and --jobs 2 took 3.6-3.9 s instead of 3.9-4.2 s (43 s
 * instead of 47 s for 200,000 stories), for 1 MB more memory. The walker is
 * the writer, so while the writer commits a group nothing new is queued
 * and the worker runs dry once the ring is full of finished slots: with 64
 * slots (--jobs 2) at 200,000 stories the worker found the ring empty 1,678
 * times and the writer extracted 36,089 stories itself; with 512, 209 times
 * and 24,720, the machine's idle time in the load fell from 8.0-9.6 s to
 * 5.2-6.5 s and the load took 34.7-36.1 s instead of 35.3-39.6 s (paired
 * runs), for 4 MB more memory. The ring has at least POOL_MIN_SLOTS slots
 * whatever --jobs, so memory does not grow with it below 16 jobs. */

#define POOL_SLOTS_PER_JOB 32
#define POOL_MIN_SLOTS 512
#define POOL_MAX_BYTES ((size_t)32 << 20)   /* story bytes in flight, beyond one */

typedef struct load_job {
    nf_input in;               /* with copies of path, data and meta */
    int rc;                    /* prepare's result */
    nf_error err;
    prepared out;
    bool done;
} load_job;

struct load_pool {
    pthread_mutex_t mu;
    pthread_cond_t work, finished;
    pthread_t *threads;
    size_t n_threads;
    load_job *slots;
    size_t cap;
    size_t head, taken, tail; /* sequence numbers: written < taken <= queued */
    size_t bytes;             /* input bytes in flight */
    bool quit;
    const nf_gaz *gaz;
    bool fault, fault_reported;   /* a database fault: nothing more is written */
    nf_error fault_err;
    size_t refused;           /* inputs that failed after the walker let them go */
};

static void job_clear(load_job *j)
{
    free((char *)j->in.path);
    free((char *)j->in.data);
    free((char *)j->in.meta.source);
    free((char *)j->in.meta.title);
    free((char *)j->in.meta.url);
    free((char *)j->in.meta.published);
    prepared_free(&j->out);
    memset(j, 0, sizeof *j);
}

static char *dup_or_null(const char *s)
{
    return s ? xstrdup(s) : NULL;
}

/* Extract the next slot nobody has taken (called with the lock held, which
 * is released while extracting). */
static void pool_extract_next(load_pool *pl)
{
    load_job *j = &pl->slots[pl->taken++ % pl->cap];
    pthread_mutex_unlock(&pl->mu);
    nf_error_clear(&j->err);
    j->rc = prepare(pl->gaz, &j->in, &j->out, &j->err);
    pthread_mutex_lock(&pl->mu);
    j->done = true;
    pthread_cond_broadcast(&pl->finished);
}

static void *pool_worker(void *arg)
{
    load_pool *pl = arg;
    pthread_mutex_lock(&pl->mu);
    for (;;) {
        while (!pl->quit && pl->taken == pl->tail)
            pthread_cond_wait(&pl->work, &pl->mu);
        if (pl->taken == pl->tail)
            break;   /* quit, and nothing left */
        pool_extract_next(pl);
    }
    pthread_mutex_unlock(&pl->mu);
    return NULL;
}

/* jobs - 1 worker threads: the writer is the jobs-th extractor. */
static load_pool *pool_new(const nf_gaz *gaz, long jobs)
{
    load_pool *pl = xcalloc(1, sizeof *pl);
    pl->gaz = gaz;
    pl->cap = (size_t)jobs * POOL_SLOTS_PER_JOB;
    if (pl->cap < POOL_MIN_SLOTS)
        pl->cap = POOL_MIN_SLOTS;
    pl->slots = xcalloc(pl->cap, sizeof *pl->slots);
    pl->threads = xcalloc((size_t)jobs, sizeof *pl->threads);
    pthread_mutex_init(&pl->mu, NULL);
    pthread_cond_init(&pl->work, NULL);
    pthread_cond_init(&pl->finished, NULL);
    for (long i = 0; i < jobs - 1; i++) {
        if (pthread_create(&pl->threads[pl->n_threads], NULL, pool_worker, pl) != 0)
            break;
        pl->n_threads++;
    }
    return pl;
}

/* Report a failed input the way the walker does (input.c: report). */
static void report_failure(load_run *run, const load_job *j, nf_error *e)
{
    if (!e->file[0])
        snprintf(e->file, sizeof e->file, "%s", j->in.path);
    if (!e->line && j->in.line)
        e->line = (int)j->in.line;
    if (run->progress)
        fputs("\r\033[K", stderr);
    nf_error_print(e);
}

/* Write the slot at the head (called with the lock held, the slot done). */
static void pool_write_head(load_run *run)
{
    load_pool *pl = run->pool;
    load_job *j = &pl->slots[pl->head % pl->cap];
    pthread_mutex_unlock(&pl->mu);
    if (!pl->fault) {
        if (j->rc == 0) {
            nf_error err;
            nf_error_clear(&err);
            int rc = store_prepared(run, &j->out, &err);
            if (rc == -2) {
                pl->fault = true;
                pl->fault_err = err;
            } else if (rc < 0) {
                report_failure(run, j, &err);
                pl->refused++;
            }
        } else {
            report_failure(run, j, &j->err);
            pl->refused++;
        }
    }
    size_t len = j->in.len;
    job_clear(j);
    pthread_mutex_lock(&pl->mu);
    pl->bytes -= len;
    pl->head++;
}

/* Write every finished slot at the head; with wait, first wait until the
 * head slot is finished (there must be one in flight). */
static void pool_drain(load_run *run, bool wait)
{
    load_pool *pl = run->pool;
    pthread_mutex_lock(&pl->mu);
    while (wait && !pl->slots[pl->head % pl->cap].done) {
        if (pl->taken < pl->tail)
            pool_extract_next(pl);   /* rather than wait for the workers */
        else
            pthread_cond_wait(&pl->finished, &pl->mu);
    }
    while (pl->head < pl->tail && pl->slots[pl->head % pl->cap].done)
        pool_write_head(run);
    pthread_mutex_unlock(&pl->mu);
}

static size_t pool_in_flight(load_pool *pl)
{
    pthread_mutex_lock(&pl->mu);
    size_t n = pl->tail - pl->head;
    pthread_mutex_unlock(&pl->mu);
    return n;
}

/* The walker's callback with --jobs N: queue the input, write what is done.
 * A database fault is handed to the walker (-2) at the next input, which
 * stops the walk. */
static int load_one_queued(void *vrun, const nf_input *in, nf_error *err)
{
    load_run *run = vrun;
    load_pool *pl = run->pool;
    pool_drain(run, false);
    for (;;) {
        pthread_mutex_lock(&pl->mu);
        size_t n = pl->tail - pl->head;
        bool full = n == pl->cap || (n > 0 && pl->bytes + in->len > POOL_MAX_BYTES);
        pthread_mutex_unlock(&pl->mu);
        if (!full || pl->fault)
            break;
        pool_drain(run, true);
    }
    if (pl->fault) {
        *err = pl->fault_err;
        pl->fault_reported = true;
        if (run->progress)
            fputs("\r\033[K", stderr);
        return -2;
    }
    load_job *j = &pl->slots[pl->tail % pl->cap];   /* free: head <= tail < head + cap */
    j->in.kind = in->kind;
    j->in.path = xstrdup(in->path);
    j->in.line = in->line;
    char *data = xmalloc(in->len + 1);
    memcpy(data, in->data, in->len);
    data[in->len] = '\0';
    j->in.data = data;
    j->in.len = in->len;
    j->in.meta.source = dup_or_null(in->meta.source);
    j->in.meta.title = dup_or_null(in->meta.title);
    j->in.meta.url = dup_or_null(in->meta.url);
    j->in.meta.published = dup_or_null(in->meta.published);
    pthread_mutex_lock(&pl->mu);
    pl->bytes += in->len;
    pl->tail++;
    pthread_cond_signal(&pl->work);
    pthread_mutex_unlock(&pl->mu);
    return 0;
}

/* Write everything still in flight, stop the threads. Returns the inputs
 * that failed after the walker let them go; a database fault the walker did
 * not see is reported here and sets *stopped. */
static size_t pool_finish(load_run *run, bool *stopped)
{
    load_pool *pl = run->pool;
    while (pool_in_flight(pl) > 0)
        pool_drain(run, true);
    pthread_mutex_lock(&pl->mu);
    pl->quit = true;
    pthread_cond_broadcast(&pl->work);
    pthread_mutex_unlock(&pl->mu);
    for (size_t i = 0; i < pl->n_threads; i++)
        pthread_join(pl->threads[i], NULL);
    size_t failed = pl->refused;
    if (pl->fault && !pl->fault_reported) {
        if (run->progress)
            fputs("\r\033[K", stderr);
        nf_error_print(&pl->fault_err);
        failed++;
        *stopped = true;
    }
    pthread_mutex_destroy(&pl->mu);
    pthread_cond_destroy(&pl->work);
    pthread_cond_destroy(&pl->finished);
    free(pl->threads);
    free(pl->slots);
    free(pl);
    run->pool = NULL;
    return failed;
}

static void *read_gazetteer(void *gaz)
{
    *(nf_gaz **)gaz = cli_gazetteer();
    return NULL;
}

/* The gazetteer and run->db, or NULL with both closed and the error said.
 * The gazetteer is read on a thread of its own while the database opens
 * (each took 12-18 ms, most of a one-story load; since both come from a
 * snapshot the build makes, a few ms). Without the gazetteer nothing is
 * loaded, and a database this call made is removed again. */
static nf_gaz *open_with_gazetteer(load_run *run, nf_error *err)
{
    nf_gaz *gaz = NULL;
    pthread_t reader;
    bool threaded = pthread_create(&reader, NULL, read_gazetteer, &gaz) == 0;
    if (!threaded)
        gaz = cli_gazetteer();
    struct stat before;
    bool existed = stat(run->db_path, &before) == 0;
    nf_error_clear(err);
    run->db = gaz || threaded ? nf_db_open(run->db_path, err) : NULL;
    if (threaded)
        pthread_join(reader, NULL);
    if (gaz && run->db) {
        run->gaz = gaz;
        return gaz;
    }
    if (!run->db && err->code != NF_EOK)
        nf_error_print(err);
    if (run->db) {
        nf_db_close(run->db);
        run->db = NULL;
        if (!existed)
            nf_db_remove_files(run->db_path);
    }
    gaz_free(gaz);
    return NULL;
}

/* Stories are committed in groups only when every input is a file or a
 * directory: from a pipe or a terminal the next story may be minutes away,
 * and a group would hold the write lock (and its stories) that long. */
static bool streams_only_files(char **args, size_t n)
{
    struct stat sb;
    for (size_t i = 0; i < n; i++)
        if (strcmp(args[i], "-") == 0 || stat(args[i], &sb) != 0 ||
            !(S_ISREG(sb.st_mode) || S_ISDIR(sb.st_mode)))
            return false;
    return true;
}

/* "news.db" → "news.sqbpro"; "news" → "news.sqbpro". Caller frees. */
static char *sqbpro_path(const char *db)
{
    size_t n = strlen(db);
    const char *slash = strrchr(db, '/');
    const char *dot = strrchr(db, '.');
    if (dot && (!slash || dot > slash) && dot != db)
        n = (size_t)(dot - db);
    char *p = malloc(n + 8);
    if (p)
        snprintf(p, n + 8, "%.*s.sqbpro", (int)n, db);
    return p;
}

/* Print a fault of the load's closing steps below the progress line. */
static void print_fault(const load_run *run, const nf_error *err)
{
    if (run->progress)
        fputs("\r\033[K", stderr);
    nf_error_print(err);
}

static int parse_load_args(int argc, char **argv, load_run *run, nf_input_opts *opts,
                           char **args, int *n)
{
    bool bad = false;
    const char *v;
    for (int i = 1; i < argc && !bad; i++) {
        if (cli_is(argv[i], "-h") || cli_is(argv[i], "--help")) {
            fputs(load_help, stdout);
            return 0;
        } else if (cli_opt_value(argc, argv, &i, "--db", &v, &bad)) {
            run->db_path = v;
        } else if (cli_is(argv[i], "--replace")) {
            run->replace = true;
        } else if (cli_is(argv[i], "--jsonl")) {
            opts->jsonl = true;
        } else if (cli_is(argv[i], "-q") || cli_is(argv[i], "--quiet")) {
            run->quiet = true;
        } else if (cli_is(argv[i], "--no-progress")) {
            run->no_progress = true;
        } else if (cli_opt_value(argc, argv, &i, "--jobs", &v, &bad) ||
                   cli_opt_value(argc, argv, &i, "-j", &v, &bad)) {
            char *end;
            if (!bad && ((run->jobs = strtol(v, &end, 10)) < 1 || run->jobs > 256 || *end))
                return cli_usage_error("load", "bad --jobs '%s' (a number of threads, 1 to 256)", v);
        } else if (cli_opt_value(argc, argv, &i, "--commit-every", &v, &bad)) {
            char *end;
            long k = bad ? 0 : strtol(v, &end, 10);
            if (!bad && (k < 1 || k > GROUP_MAX_STORIES_LIMIT || *end))
                return cli_usage_error("load", "bad --commit-every '%s' (a number of stories, 1 to 100000)",
                                       v);
            run->group_max = (size_t)k;
        } else if (cli_opt_value(argc, argv, &i, "--index-every", &v, &bad)) {
            char *end;
            long long k = bad ? 0 : strtoll(v, &end, 10);
            if (!bad && (k < 1 || *end))
                return cli_usage_error("load", "bad --index-every '%s' (a number of sentences, 1 or more)", v);
            run->index_every = (size_t)k;
        } else if (cli_opt_value(argc, argv, &i, "--max-bytes", &v, &bad)) {
            if (!bad && !(opts->max_bytes = cli_parse_size(v)))
                return cli_usage_error("load", "bad size '%s' (try 8M)", v);
        } else if (argv[i][0] == '-' && argv[i][1]) {
            return cli_usage_error("load", "unknown option '%s'", argv[i]);
        } else {
            args[(*n)++] = argv[i];
        }
    }
    return bad ? EXIT_USAGE : -1;
}

int cmd_load(int argc, char **argv)
{
    load_run run;
    memset(&run, 0, sizeof run);
    run.db_path = "newsfacts.db";
    run.jobs = 1;
    run.index_every = INDEX_EVERY_SENTENCES;
    run.group_max = GROUP_MAX_STORIES;
    nf_input_opts opts = {.facts = true};
    char **args = calloc((size_t)argc + 1, sizeof *args);
    int n = 0, rc = parse_load_args(argc, argv, &run, &opts, args, &n);
    if (rc >= 0)
        goto out;
    if (n == 0 && isatty(STDIN_FILENO)) {
        rc = cli_usage_error("load", "%s", "no story given (a FILE, a DIR, or - for standard input)");
        goto out;
    }
    if (n == 0)
        args[n++] = (char *)"-";
    rc = EXIT_FAULT;
    nf_error err;
    nf_gaz *gaz = open_with_gazetteer(&run, &err);
    if (!gaz)
        goto out;
    long long deferred = 0;
    run.progress = isatty(STDERR_FILENO) && !run.no_progress;
    nf_db_checkpoint_in_background(run.db);
    if (nf_db_indexes_deferred(run.db, &deferred, &err) != 0 ||
        nf_db_last_story_id(run.db, &run.stories_before, &err) != 0 ||
        (deferred && run.replace && restore_indexes(&run, &err) != 0)) {
        nf_error_print(&err);
        nf_db_close(run.db);
        gaz_free(gaz);
        goto out;
    }
    run.deferred = deferred > 0 && !run.replace;   /* a killed load's: built at the end */
    if (!streams_only_files(args, (size_t)n))
        run.group_max = 1;
    run.group_cap = run.group_max;
    run.pending = xcalloc(run.group_max, sizeof *run.pending);
    if (run.progress)
        run.total = nf_inputs_count(args, (size_t)n, &opts);
    clock_gettime(CLOCK_MONOTONIC, &run.started);
    nf_input_stats st;
    int walk_rc;
    if (run.jobs > 1 && (run.pool = pool_new(gaz, run.jobs))->n_threads > 0) {
        run.side_wanted = true;
        walk_rc = nf_inputs_walk(args, (size_t)n, &opts, load_one_queued, &run, &st);
        size_t late = pool_finish(&run, &st.stopped);
        st.failed += late;
        if (late || st.stopped)
            walk_rc = 1;
    } else {
        if (run.pool)   /* no thread could start: load without */
            pool_finish(&run, &st.stopped);
        walk_rc = nf_inputs_walk(args, (size_t)n, &opts, load_one, &run, &st);
    }
    if (!st.stopped && commit_group(&run, &err) != 0) {
        print_fault(&run, &err);
        st.stopped = true;
        walk_rc = 1;
    }
    nf_db_checkpoint_soon(run.db);
    if (run.side && !st.stopped) {
        long long upto = 0;
        if (nf_db_last_sentence_id(run.db, &upto, &err) == 0) {
            nf_side_finish(run.side, upto);   /* meanwhile, the deferred indexes */
        } else {
            print_fault(&run, &err);
            st.stopped = true;
            walk_rc = 1;
        }
    }
    if (st.stopped) {   /* the next load or search indexes what is missing */
        nf_side_free(run.side);
        run.side = NULL;
    }
    if (!st.stopped && !run.side && nf_db_index_sentences(run.db, NULL, &err) != 0) {
        print_fault(&run, &err);
        st.stopped = true;
        walk_rc = 1;
    }
    /* After the last sentences are indexed, so that the search index ends
     * in one segment; even after a fault: if it cannot be done now, the
     * next load does it. */
    if (run.deferred && restore_indexes(&run, &err) != 0) {
        print_fault(&run, &err);
        fprintf(stderr, "newsfacts: %s: the next load builds the indexes by story, person and "
                "country and merges the search index\n", run.db_path);
        walk_rc = 1;
    }
    nf_side_free(run.side);   /* only if restore_indexes failed before taking it */
    drop_pending(&run);
    free(run.pending);
    show_progress(&run, true);
    char *pro = sqbpro_path(run.db_path);
    if (pro && nf_db_write_sqbpro(run.db_path, pro, &err) < 0)
        nf_error_print(&err);
    free(pro);
    nf_db_close(run.db);
    gaz_free(gaz);
    printf("%s: %zu new, %zu already present, %zu replaced, %zu refused; %zu facts written%s\n",
           run.db_path, run.fresh, run.present, run.replaced, st.failed, run.facts_written,
           st.stopped ? " (stopped by a database fault: rerun to load the rest)" : "");
    rc = walk_rc ? EXIT_FAULT : EXIT_OK;
out:
    free(args);
    return rc;
}

/* ---- query and search ------------------------------------------------------ */

static const char query_help[] =
    "usage: newsfacts query [--db PATH] [--format table|csv|json] [--param K=V]... NAME\n"
    "       newsfacts query --list\n"
    "\n"
    "Runs a saved query (queries/NAME.sql, also a view v_NAME in the database\n"
    "and a row of saved_queries) and prints the result: an aligned table on a\n"
    "terminal, or the chosen --format. Parameters of a query (:country) are\n"
    "given as --param country=FR; a parameter left out means all rows.\n"
    "\n"
    "options:\n"
    "  --db PATH         the database (default newsfacts.db)\n"
    "  --format FMT      table (default), csv or json\n"
    "  --param K=V       a named parameter of the query\n"
    "  --list            list the saved queries with what each answers\n"
    "  -h, --help        this help\n";

static const char search_help[] =
    "usage: newsfacts search [--db PATH] [--format table|csv|json] TERMS...\n"
    "\n"
    "Full-text search of every sentence in the database (SQLite FTS5 syntax:\n"
    "words, \"a phrase\", OR, NOT, prefix*); prints the matching sentences with\n"
    "their story, best match first: the evidence behind the facts.\n";

static int parse_format(const char *v, nf_format *fmt)
{
    if (strcmp(v, "table") == 0)
        *fmt = NF_FMT_TABLE;
    else if (strcmp(v, "csv") == 0)
        *fmt = NF_FMT_CSV;
    else if (strcmp(v, "json") == 0)
        *fmt = NF_FMT_JSON;
    else
        return -1;
    return 0;
}

/* The database of a query or search must exist: opening would create it. */
static nf_db *open_existing(const char *path)
{
    if (access(path, F_OK) != 0) {
        fprintf(stderr, "newsfacts: %s: no such database (load stories first: newsfacts load "
                "--db %s STORIES)\n", path, path);
        return NULL;
    }
    nf_error err;
    nf_error_clear(&err);
    nf_db *db = nf_db_open(path, &err);
    long long deferred = 0;
    if (!db)
        nf_error_print(&err);
    else if (nf_db_indexes_deferred(db, &deferred, &err) == 0 && deferred > 0)
        fprintf(stderr, "newsfacts: %s: a load is running or was stopped before its end, where "
                "it builds %lld indexes (by story, person and country) and merges the search "
                "index (or the next load does), so queries may be slower; the rows are all "
                "there\n", path, deferred);
    return db;
}

int cmd_query(int argc, char **argv)
{
    const char *db_path = "newsfacts.db", *name = NULL, *v;
    nf_format fmt = NF_FMT_TABLE;
    const char **params = calloc((size_t)argc + 1, sizeof *params);
    size_t n_params = 0;
    bool bad = false, list = false;
    int rc = EXIT_USAGE;
    for (int i = 1; i < argc && !bad; i++) {
        if (cli_is(argv[i], "-h") || cli_is(argv[i], "--help")) {
            fputs(query_help, stdout);
            rc = EXIT_OK;
            goto out;
        } else if (cli_is(argv[i], "--list")) {
            list = true;
        } else if (cli_opt_value(argc, argv, &i, "--db", &v, &bad)) {
            db_path = v;
        } else if (cli_opt_value(argc, argv, &i, "--format", &v, &bad)) {
            if (!bad && parse_format(v, &fmt) < 0) {
                rc = cli_usage_error("query", "unknown format '%s' (table, csv or json)", v);
                goto out;
            }
        } else if (cli_opt_value(argc, argv, &i, "--param", &v, &bad)) {
            if (!bad && !strchr(v, '=')) {
                rc = cli_usage_error("query", "--param wants KEY=VALUE, not '%s'", v);
                goto out;
            }
            params[n_params++] = v;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            rc = cli_usage_error("query", "unknown option '%s'", argv[i]);
            goto out;
        } else if (!name) {
            name = argv[i];
        } else {
            rc = cli_usage_error("query", "one query at a time ('%s' is extra)", argv[i]);
            goto out;
        }
    }
    if (bad)
        goto out;
    if (list) {
        rc = nf_queries_list(stdout) < 0 ? EXIT_FAULT : EXIT_OK;
        goto out;
    }
    if (!name) {
        rc = cli_usage_error("query", "%s", "which query? (newsfacts query --list)");
        goto out;
    }
    rc = EXIT_FAULT;
    nf_db *db = open_existing(db_path);
    if (!db)
        goto out;
    nf_error err;
    nf_error_clear(&err);
    if (nf_db_query(db, name, params, n_params, fmt, stdout, &err) < 0) {
        nf_error_print(&err);
        rc = err.code == NF_EUSAGE ? EXIT_USAGE : EXIT_FAULT;
    } else {
        rc = EXIT_OK;
    }
    nf_db_close(db);
out:
    free(params);
    return rc;
}

int cmd_search(int argc, char **argv)
{
    const char *db_path = "newsfacts.db", *v;
    nf_format fmt = NF_FMT_TABLE;
    bool bad = false;
    char terms[4096] = "";
    size_t used = 0;
    for (int i = 1; i < argc && !bad; i++) {
        if (cli_is(argv[i], "-h") || cli_is(argv[i], "--help")) {
            fputs(search_help, stdout);
            return EXIT_OK;
        } else if (cli_opt_value(argc, argv, &i, "--db", &v, &bad)) {
            db_path = v;
        } else if (cli_opt_value(argc, argv, &i, "--format", &v, &bad)) {
            if (!bad && parse_format(v, &fmt) < 0)
                return cli_usage_error("search", "unknown format '%s' (table, csv or json)", v);
        } else if (argv[i][0] == '-' && argv[i][1] == '-') {
            return cli_usage_error("search", "unknown option '%s'", argv[i]);
        } else {
            int w = snprintf(terms + used, sizeof terms - used, "%s%s", used ? " " : "", argv[i]);
            if (w < 0 || (size_t)w >= sizeof terms - used)
                return cli_usage_error("search", "%s", "search terms too long");
            used += (size_t)w;
        }
    }
    if (bad)
        return EXIT_USAGE;
    if (!used)
        return cli_usage_error("search", "%s", "what to search for? (words, \"a phrase\", OR, NOT)");
    nf_db *db = open_existing(db_path);
    if (!db)
        return EXIT_FAULT;
    nf_error err;
    nf_error_clear(&err);
    int rc = EXIT_OK;
    if (nf_db_search(db, terms, fmt, stdout, &err) < 0) {
        nf_error_print(&err);
        rc = EXIT_FAULT;
    }
    nf_db_close(db);
    return rc;
}
