/* input.c — see input.h. */
#include "input.h"
#include "alloc.h"
#include "utf8.h"

#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct walk {
    const nf_input_opts *opts;
    size_t max_bytes;
    nf_input_fn fn;
    void *ctx;
    nf_input_stats *st;
} walk;

void nf_error_print(const nf_error *e)
{
    if (e->file[0] && e->line > 0 && e->column > 0)
        fprintf(stderr, "newsfacts: %s:%d:%d: %s\n", e->file, e->line, e->column, e->text);
    else if (e->file[0] && e->line > 0)
        fprintf(stderr, "newsfacts: %s:%d: %s\n", e->file, e->line, e->text);
    else if (e->file[0])
        fprintf(stderr, "newsfacts: %s: %s\n", e->file, e->text);
    else
        fprintf(stderr, "newsfacts: %s\n", e->text);
}

static bool has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* Images, archives and executables: refused as not text. A story with a few
 * NUL or control bytes is still text (scrapers leave them). */
static const char *binary_kind(const char *s, size_t n)
{
    static const struct { const char *magic; size_t len; const char *what; } magics[] = {
        {"\x1f\x8b", 2, "gzip data"}, {"\x89PNG", 4, "a PNG image"},
        {"\xff\xd8\xff", 3, "a JPEG image"}, {"GIF8", 4, "a GIF image"},
        {"%PDF", 4, "a PDF document"}, {"PK\x03\x04", 4, "a zip archive"},
        {"BZh", 3, "bzip2 data"}, {"\x7f" "ELF", 4, "an executable"},
        {"\xfd" "7zXZ", 5, "xz data"}, {"\xff\xfe", 2, "UTF-16 text"},
        {"\xfe\xff", 2, "UTF-16 text"}, {"SQLite format 3", 15, "an SQLite database"},
    };
    for (size_t i = 0; i < sizeof magics / sizeof magics[0]; i++)
        if (n >= magics[i].len && memcmp(s, magics[i].magic, magics[i].len) == 0)
            return magics[i].what;
    size_t probe = n < 4096 ? n : 4096, odd = 0;
    for (size_t i = 0; i < probe; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            odd++;
    }
    return probe && odd * 10 > probe ? "binary data" : NULL;
}

static void report(walk *w, nf_error *e)
{
    nf_error_print(e);
    w->st->failed++;
}

static void fail(walk *w, const char *path, long line, const char *fmt, const char *arg)
{
    nf_error e;
    nf_error_set(&e, NF_EINPUT, path, fmt, arg);
    e.line = (int)line;
    report(w, &e);
}

static void deliver(walk *w, nf_input *in)
{
    nf_error e;
    nf_error_clear(&e);
    if (in->kind == NF_IN_STORY) {
        long long bad = utf8_first_invalid(in->data, in->len);
        const void *nul = memchr(in->data, 0, in->len);
        if (bad >= 0 || nul) {
            long long at = nul && (bad < 0 || (const char *)nul - in->data < bad)
                               ? (long long)((const char *)nul - in->data) : bad;
            fprintf(stderr, "newsfacts: warning: %s%s%.0ld: %s at byte %lld; processing it anyway\n",
                    in->path, in->line ? ":" : "", in->line,
                    nul && at == (long long)((const char *)nul - in->data) ? "NUL byte" : "invalid UTF-8",
                    at);
            w->st->warnings++;
        }
    }
    int rc = w->fn(w->ctx, in, &e);
    if (rc == 0) {
        w->st->handled++;
        return;
    }
    if (!e.file[0])
        snprintf(e.file, sizeof e.file, "%s", in->path);
    if (!e.line && in->line)
        e.line = (int)in->line;
    report(w, &e);
    if (rc == -2)
        w->st->stopped = true;
}

/* One JSON Lines record: a story object, or facts when loading. */
static void jsonl_record(walk *w, const char *path, long line, const char *buf, size_t n)
{
    json_error_t jerr;
    json_t *obj = json_loadb(buf, n, 0, &jerr);
    if (!obj || !json_is_object(obj)) {
        nf_error e;
        nf_error_set(&e, NF_EINPUT, path, "not a JSON object: %s",
                     obj ? "a JSON value of another type" : jerr.text);
        e.line = (int)line;
        e.column = obj ? 1 : jerr.column;
        json_decref(obj);
        report(w, &e);
        return;
    }
    nf_input in;
    memset(&in, 0, sizeof in);
    in.path = path;
    in.line = line;
    if (w->opts->facts && json_object_get(obj, "document")) {
        in.kind = NF_IN_FACTS;
        in.data = buf;
        in.len = n;
        deliver(w, &in);
        json_decref(obj);
        return;
    }
    json_t *text = json_object_get(obj, "text");
    if (!json_is_string(text)) {
        fail(w, path, line, "%s", "a story record needs a \"text\" string "
             "(fields: id, title, url, published, text)");
        json_decref(obj);
        return;
    }
    char source[600];
    const char *id = json_string_value(json_object_get(obj, "id"));
    json_int_t num_id = json_integer_value(json_object_get(obj, "id"));
    const char *url = json_string_value(json_object_get(obj, "url"));
    if (id)
        snprintf(source, sizeof source, "%s", id);
    else if (json_is_integer(json_object_get(obj, "id")))
        snprintf(source, sizeof source, "%lld", (long long)num_id);
    else if (url)
        snprintf(source, sizeof source, "%s", url);
    else
        snprintf(source, sizeof source, "%s:%ld", path, line);
    in.kind = NF_IN_STORY;
    in.data = json_string_value(text);
    in.len = json_string_length(text);
    in.meta.source = source;
    in.meta.title = json_string_value(json_object_get(obj, "title"));
    in.meta.url = url;
    in.meta.published = json_string_value(json_object_get(obj, "published"));
    if (in.len > w->max_bytes)
        fail(w, path, line, "%s", "story is over the size limit (--max-bytes); skipped");
    else
        deliver(w, &in);
    json_decref(obj);
}

/* Read one line of fp into *buf (without its newline), keeping at most limit
 * bytes: the rest of a longer line is read and dropped, so a line of any
 * length (a 200 MB record, a file without newlines) costs bounded memory.
 * Returns the line's full length, or -1 at end of file. *too_long is set
 * when bytes were dropped. */
static long long read_line(FILE *fp, char **buf, size_t *cap, size_t limit, bool *too_long)
{
    size_t n = 0;
    long long total = 0;
    int c;
    *too_long = false;
    while ((c = getc_unlocked(fp)) != EOF) {
        if (c == '\n')
            break;
        total++;
        if (n >= limit) {
            *too_long = true;
            continue;
        }
        if (n + 1 >= *cap) {
            *cap = *cap ? *cap * 2 : 4096;
            *buf = xrealloc(*buf, *cap);
        }
        (*buf)[n++] = (char)c;
    }
    if (c == EOF && total == 0 && !n)
        return -1;
    if (!*buf) {
        *cap = 1;
        *buf = xmalloc(1);
    }
    (*buf)[n] = '\0';
    return total;
}

static void walk_jsonl(walk *w, FILE *fp, const char *path)
{
    char *buf = NULL;
    size_t cap = 0;
    long line = 0;
    long long got;
    bool too_long;
    /* a story of max_bytes may double when escaped as a JSON string */
    size_t limit = w->max_bytes * 2 + 4096;
    while (!w->st->stopped && (got = read_line(fp, &buf, &cap, limit, &too_long)) >= 0) {
        line++;
        if (too_long) {
            char what[48];
            snprintf(what, sizeof what, "%lld bytes", got);
            fail(w, path, line, "line is over the size limit (%s; see --max-bytes); skipped", what);
            continue;
        }
        size_t n = (size_t)got;
        while (n > 0 && buf[n - 1] == '\r')
            n--;
        size_t lead = strspn(buf, " \t");
        if (n <= lead)
            continue;
        jsonl_record(w, path, line, buf, n);
    }
    if (ferror(fp))
        fail(w, path, line, "read error: %s", strerror(errno));
    free(buf);
}

/* Read all of fp, refusing more than limit bytes. Returns NULL on refusal
 * with *why set. The caller frees the buffer. */
static char *read_all(FILE *fp, size_t limit, size_t *len, const char **why)
{
    size_t cap = 65536, n = 0;
    char *buf = xmalloc(cap + 1);
    for (;;) {
        if (n == cap) {
            if (cap > limit) {
                free(buf);
                *why = "story is over the size limit of %s; skipped (see --max-bytes)";
                return NULL;
            }
            cap *= 2;
            buf = xrealloc(buf, cap + 1);
        }
        size_t got = fread(buf + n, 1, cap - n, fp);
        n += got;
        if (got == 0)
            break;
    }
    if (ferror(fp)) {
        free(buf);
        *why = "read error";
        return NULL;
    }
    if (n > limit) {
        free(buf);
        *why = "story is over the size limit of %s; skipped (see --max-bytes)";
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

static void walk_file(walk *w, const char *path, FILE *fp, const char *shown)
{
    bool jsonl = w->opts->jsonl || has_suffix(path, ".jsonl");
    if (jsonl) {
        walk_jsonl(w, fp, shown);
        return;
    }
    size_t len = 0;
    const char *why = NULL;
    char *data = read_all(fp, w->max_bytes, &len, &why);
    if (!data) {
        char limit[32];
        snprintf(limit, sizeof limit, "%zu bytes", w->max_bytes);
        fail(w, shown, 0, why, limit);
        return;
    }
    const char *bin = binary_kind(data, len);
    nf_input in;
    memset(&in, 0, sizeof in);
    in.path = shown;
    in.data = data;
    in.len = len;
    in.meta.source = shown;
    in.kind = w->opts->facts && has_suffix(path, ".json") ? NF_IN_FACTS : NF_IN_STORY;
    if (bin)
        fail(w, shown, 0, "not a text story (%s); skipped", bin);
    else if (len == 0)
        fail(w, shown, 0, "%s", "empty story; skipped");
    else
        deliver(w, &in);
    free(data);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool wanted(const walk *w, const char *name)
{
    return has_suffix(name, ".txt") || has_suffix(name, ".jsonl") ||
           (w->opts->facts && has_suffix(name, ".json") && !has_suffix(name, ".gold.json"));
}

static void collect(const char *dir, char ***list, size_t *n, size_t *cap, const walk *w)
{
    DIR *dp = opendir(dir);
    if (!dp)
        return;
    struct dirent *de;
    while ((de = readdir(dp))) {
        if (de->d_name[0] == '.')
            continue;
        size_t len = strlen(dir) + strlen(de->d_name) + 2;
        char *path = xmalloc(len);
        size_t dlen = strlen(dir);
        while (dlen > 1 && dir[dlen - 1] == '/')
            dlen--;   /* "stories/" names its files "stories/a.txt" */
        snprintf(path, len, "%.*s/%s", (int)dlen, dir, de->d_name);
        struct stat sb;
        if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode)) {
            collect(path, list, n, cap, w);
            free(path);
        } else if (wanted(w, de->d_name)) {
            *VEC_PUSH(*list, *n, *cap) = path;
        } else {
            free(path);
        }
    }
    closedir(dp);
}

static void walk_path(walk *w, const char *path);

static void walk_dir(walk *w, const char *path)
{
    char **list = NULL;
    size_t n = 0, cap = 0;
    collect(path, &list, &n, &cap, w);
    if (n == 0)
        fail(w, path, 0, "%s", "directory holds no stories (*.txt, *.jsonl)");
    if (n > 1)   /* list is NULL when empty: qsort(NULL, 0) is undefined */
        qsort(list, n, sizeof *list, cmp_str);
    for (size_t i = 0; i < n; i++) {
        if (!w->st->stopped)
            walk_path(w, list[i]);
        free(list[i]);
    }
    free(list);
}

static void walk_path(walk *w, const char *path)
{
    if (strcmp(path, "-") == 0) {
        walk_file(w, "-", stdin, "<stdin>");
        return;
    }
    struct stat sb;
    if (stat(path, &sb) != 0) {
        fail(w, path, 0, "cannot read: %s", strerror(errno));
        return;
    }
    if (S_ISDIR(sb.st_mode)) {
        walk_dir(w, path);
        return;
    }
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        fail(w, path, 0, "cannot open: %s", strerror(errno));
        return;
    }
    walk_file(w, path, fp, path);
    fclose(fp);
}

int nf_inputs_walk(char *const *args, size_t n, const nf_input_opts *opts,
                   nf_input_fn fn, void *ctx, nf_input_stats *st)
{
    walk w = {opts, opts->max_bytes ? opts->max_bytes : NF_DEFAULT_MAX_BYTES, fn, ctx, st};
    memset(st, 0, sizeof *st);
    for (size_t i = 0; i < n && !st->stopped; i++)
        walk_path(&w, args[i]);
    return st->failed || st->stopped ? 1 : 0;
}

static size_t count_lines(const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return 1;
    char buf[65536];
    size_t n, lines = 0;
    while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
        for (size_t i = 0; i < n; i++)
            lines += buf[i] == '\n';
    fclose(fp);
    return lines ? lines : 1;
}

size_t nf_inputs_count(char *const *args, size_t n, const nf_input_opts *opts)
{
    walk w = {opts, 0, NULL, NULL, NULL};
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        struct stat sb;
        if (strcmp(args[i], "-") == 0 || stat(args[i], &sb) != 0) {
            total++;
            continue;
        }
        if (!S_ISDIR(sb.st_mode)) {
            total += opts->jsonl || has_suffix(args[i], ".jsonl") ? count_lines(args[i]) : 1;
            continue;
        }
        char **list = NULL;
        size_t k = 0, cap = 0;
        collect(args[i], &list, &k, &cap, &w);
        for (size_t j = 0; j < k; j++) {
            total += opts->jsonl || has_suffix(list[j], ".jsonl") ? count_lines(list[j]) : 1;
            free(list[j]);
        }
        free(list);
    }
    return total;
}
