/* input.c — see input.h. */
#include "input.h"
#include "alloc.h"
#include "utf8.h"

#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stdint.h>
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

/* Hand one input to the callback. valid: the story is known to be UTF-8
 * without NUL bytes (a JSON string), so there is nothing to warn about. */
static void deliver(walk *w, nf_input *in, bool valid)
{
    nf_error e;
    nf_error_clear(&e);
    if (in->kind == NF_IN_STORY && !valid) {
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

/* ---- JSON Lines records without a JSON tree -------------------------------
 *
 * Nearly every record is one flat object of strings and numbers, and parsing
 * it into a jansson tree cost about an eighth of extraction time. The scanner
 * below reads such a record in two passes: the first checks the whole line by
 * jansson's rules (json_loadb with no flags) without writing anything and
 * notes where the members we use are; the second decodes those strings in
 * place. Anything it does not take on (a syntax error, nested values,
 * escaped keys, a number that overflows) leaves the line untouched and makes
 * it answer "ask jansson", so that every error is still worded and placed by
 * jansson, exactly as before. It must never accept a line jansson refuses:
 * tests/check_input.c compares the two on valid, broken and mutated lines. */

enum { JV_NONE, JV_STRING, JV_INT, JV_OTHER };

/* One member's value: its type and, for a string, the bytes between its
 * quotes (esc: whether any is a backslash). */
typedef struct jl_val {
    int type;
    size_t start, len;
    bool esc;
    long long num;
} jl_val;

static bool jl_ws(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Length of the UTF-8 sequence at p by jansson's rules (utf8_check_first and
 * utf8_check_full: no overlongs, no surrogates, nothing past U+10FFFF), or 0
 * when it is not valid. p[0] >= 0x80. */
static size_t jl_utf8_seq(const unsigned char *p, size_t left)
{
    unsigned char u = p[0];
    if (u >= 0xC2 && u <= 0xDF)
        return left >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
    if (u >= 0xE0 && u <= 0xEF) {
        if (left < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
            return 0;
        if ((u == 0xE0 && p[1] < 0xA0) || (u == 0xED && p[1] > 0x9F))
            return 0;   /* overlong; a surrogate */
        return 3;
    }
    if (u >= 0xF0 && u <= 0xF4) {
        if (left < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80)
            return 0;
        if ((u == 0xF0 && p[1] < 0x90) || (u == 0xF4 && p[1] > 0x8F))
            return 0;   /* overlong; past U+10FFFF */
        return 4;
    }
    return 0;
}

/* The value of the 4 hex digits at p, or -1. */
static long jl_hex4(const unsigned char *p)
{
    long v = 0;
    for (int i = 0; i < 4; i++) {
        unsigned char c = p[i];
        int d = c >= '0' && c <= '9' ? c - '0'
              : c >= 'a' && c <= 'f' ? c - 'a' + 10
              : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

/* Check the string whose opening quote is at s[*pos - 1]: escapes (a \u
 * surrogate only as a whole pair, never \u0000), no control bytes, valid
 * UTF-8. Leaves *pos after the closing quote. False for anything jansson
 * would refuse (or that is not a string). */
static bool jl_string(const unsigned char *s, size_t n, size_t *pos, bool *esc)
{
    size_t i = *pos;
    *esc = false;
    for (;;) {
        while (i + 8 <= n && !utf8_json_special8(s + i))
            i += 8;
        if (i >= n)
            return false;
        unsigned char c = s[i];
        if (c == '"') {
            *pos = i + 1;
            return true;
        }
        if (c < 0x20)
            return false;
        if (c >= 0x80) {
            size_t k = jl_utf8_seq(s + i, n - i);
            if (!k)
                return false;
            i += k;
        } else if (c == '\\') {
            *esc = true;
            if (i + 1 >= n)
                return false;
            c = s[i + 1];
            if (c == 'u') {
                long v = i + 6 <= n ? jl_hex4(s + i + 2) : -1;
                if (v <= 0 || (v >= 0xDC00 && v <= 0xDFFF))
                    return false;
                i += 6;
                if (v >= 0xD800 && v <= 0xDBFF) {
                    long v2 = i + 6 <= n && s[i] == '\\' && s[i + 1] == 'u' ? jl_hex4(s + i + 2) : -1;
                    if (v2 < 0xDC00 || v2 > 0xDFFF)
                        return false;
                    i += 6;
                }
            } else if (c == '"' || c == '\\' || c == '/' || c == 'b' || c == 'f' || c == 'n' ||
                       c == 'r' || c == 't') {
                i += 2;
            } else {
                return false;
            }
        } else {
            i++;
        }
    }
}

/* A number by JSON's grammar; integers keep their value, reals are only
 * checked (jansson refuses one that overflows). */
static bool jl_number(const unsigned char *s, size_t n, size_t *pos, jl_val *v)
{
    size_t i = *pos, start = i;
    bool real = false;
    if (i < n && s[i] == '-')
        i++;
    if (i < n && s[i] == '0') {
        i++;
    } else if (i < n && s[i] >= '1' && s[i] <= '9') {
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++;
    } else {
        return false;
    }
    if (i < n && s[i] == '.') {
        real = true;
        size_t d = ++i;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++;
        if (i == d)
            return false;
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        real = true;
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            i++;
        size_t d = i;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++;
        if (i == d)
            return false;
    }
    char tok[64];
    if (i - start >= sizeof tok)
        return false;   /* rare: let jansson judge it */
    memcpy(tok, s + start, i - start);
    tok[i - start] = '\0';
    errno = 0;
    if (real) {
        double d = strtod(tok, NULL);
        if ((d == HUGE_VAL || d == -HUGE_VAL) && errno == ERANGE)
            return false;
        v->type = JV_OTHER;
    } else {
        v->num = strtoll(tok, NULL, 10);
        if (errno == ERANGE)
            return false;
        v->type = JV_INT;
    }
    *pos = i;
    return true;
}

/* Decode the string of v in place, NUL-terminate it (over its closing quote
 * at the latest) and return it; *len gets its length. The scan has checked
 * every escape, so none is looked at twice. */
static const char *jl_decode(char *line, const jl_val *v, size_t *len)
{
    char *s = line + v->start;
    size_t n = v->len;
    if (!v->esc) {
        s[n] = '\0';
        if (len)
            *len = n;
        return s;
    }
    size_t r = 0, o = 0;
    while (r < n) {
        const char *bs = memchr(s + r, '\\', n - r);
        size_t run = bs ? (size_t)(bs - (s + r)) : n - r;
        memmove(s + o, s + r, run);
        o += run;
        r += run;
        if (!bs)
            break;
        char c = s[r + 1];
        r += 2;
        switch (c) {
        case 'b': s[o++] = '\b'; break;
        case 'f': s[o++] = '\f'; break;
        case 'n': s[o++] = '\n'; break;
        case 'r': s[o++] = '\r'; break;
        case 't': s[o++] = '\t'; break;
        case 'u': {
            unsigned long cp = (unsigned long)jl_hex4((const unsigned char *)s + r);
            r += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                unsigned long lo = (unsigned long)jl_hex4((const unsigned char *)s + r + 2);
                r += 6;
                cp = ((cp - 0xD800) << 10) + (lo - 0xDC00) + 0x10000;
            }
            if (cp < 0x80) {
                s[o++] = (char)cp;
            } else if (cp < 0x800) {
                s[o++] = (char)(0xC0 | (cp >> 6));
                s[o++] = (char)(0x80 | (cp & 0x3F));
            } else if (cp < 0x10000) {
                s[o++] = (char)(0xE0 | (cp >> 12));
                s[o++] = (char)(0x80 | ((cp >> 6) & 0x3F));
                s[o++] = (char)(0x80 | (cp & 0x3F));
            } else {
                s[o++] = (char)(0xF0 | (cp >> 18));
                s[o++] = (char)(0x80 | ((cp >> 12) & 0x3F));
                s[o++] = (char)(0x80 | ((cp >> 6) & 0x3F));
                s[o++] = (char)(0x80 | (cp & 0x3F));
            }
            break;
        }
        default: s[o++] = c; break;   /* '"', '\\', '/' */
        }
    }
    s[o] = '\0';
    if (len)
        *len = o;
    return s;
}

static const char *jl_string_value(char *line, const jl_val *v)
{
    return v->type == JV_STRING ? jl_decode(line, v, NULL) : NULL;
}

int nf_jsonl_scan(char *line, size_t n, bool facts, nf_jsonl_story *out)
{
    static const char *const keys[] = {"text", "id", "title", "url", "published", "document"};
    enum { K_TEXT, K_ID, K_TITLE, K_URL, K_PUBLISHED, K_DOCUMENT, K_N };
    const unsigned char *s = (const unsigned char *)line;
    jl_val vals[K_N];
    memset(vals, 0, sizeof vals);
    memset(out, 0, sizeof *out);
    size_t i = 0;
    while (i < n && jl_ws(s[i]))
        i++;
    if (i >= n || s[i] != '{')
        return 0;
    i++;
    while (i < n && jl_ws(s[i]))
        i++;
    if (i < n && s[i] == '}') {
        i++;
    } else {
        for (;;) {
            /* the key: plain (no escape), so that it compares as its bytes */
            if (i >= n || s[i] != '"')
                return 0;
            size_t kstart = ++i;
            bool esc;
            if (!jl_string(s, n, &i, &esc) || esc)
                return 0;
            size_t klen = i - 1 - kstart;
            int key = K_N;
            for (int k = 0; k < K_N; k++)
                if (strlen(keys[k]) == klen && memcmp(s + kstart, keys[k], klen) == 0)
                    key = k;
            while (i < n && jl_ws(s[i]))
                i++;
            if (i >= n || s[i] != ':')
                return 0;
            i++;
            while (i < n && jl_ws(s[i]))
                i++;
            /* the value: a later member of the same name replaces an earlier
             * one, as json_object_set does */
            jl_val v = {JV_OTHER, 0, 0, false, 0};
            if (i >= n)
                return 0;
            if (s[i] == '"') {
                v.type = JV_STRING;
                v.start = ++i;
                if (!jl_string(s, n, &i, &v.esc))
                    return 0;
                v.len = i - 1 - v.start;
            } else if (s[i] == '-' || (s[i] >= '0' && s[i] <= '9')) {
                if (!jl_number(s, n, &i, &v))
                    return 0;
            } else if (n - i >= 4 && memcmp(s + i, "null", 4) == 0) {
                i += 4;
            } else if (n - i >= 4 && memcmp(s + i, "true", 4) == 0) {
                i += 4;
            } else if (n - i >= 5 && memcmp(s + i, "false", 5) == 0) {
                i += 5;
            } else {
                return 0;   /* nested objects and arrays, and errors */
            }
            if (key < K_N)
                vals[key] = v;
            while (i < n && jl_ws(s[i]))
                i++;
            if (i < n && s[i] == ',') {
                i++;
                while (i < n && jl_ws(s[i]))
                    i++;
                continue;
            }
            if (i < n && s[i] == '}') {
                i++;
                break;
            }
            return 0;
        }
    }
    while (i < n && jl_ws(s[i]))
        i++;
    if (i != n)
        return 0;   /* more after the object */
    /* the line is good: decode what is used (nothing, for facts) */
    out->has_document = vals[K_DOCUMENT].type != JV_NONE;
    if (facts && out->has_document)
        return 1;
    if (vals[K_TEXT].type == JV_STRING)
        out->text = jl_decode(line, &vals[K_TEXT], &out->text_len);
    out->id = jl_string_value(line, &vals[K_ID]);
    out->id_is_int = vals[K_ID].type == JV_INT;
    out->id_int = vals[K_ID].num;
    out->title = jl_string_value(line, &vals[K_TITLE]);
    out->url = jl_string_value(line, &vals[K_URL]);
    out->published = jl_string_value(line, &vals[K_PUBLISHED]);
    return 1;
}

/* The same fields from a jansson tree, for the lines the scanner leaves to
 * jansson. The strings are borrowed from obj. */
static void story_fields(json_t *obj, nf_jsonl_story *out)
{
    json_t *text = json_object_get(obj, "text"), *id = json_object_get(obj, "id");
    memset(out, 0, sizeof *out);
    out->has_document = json_object_get(obj, "document") != NULL;
    out->text = json_string_value(text);
    out->text_len = json_string_length(text);
    out->id = json_string_value(id);
    out->id_is_int = json_is_integer(id);
    out->id_int = (long long)json_integer_value(id);
    out->title = json_string_value(json_object_get(obj, "title"));
    out->url = json_string_value(json_object_get(obj, "url"));
    out->published = json_string_value(json_object_get(obj, "published"));
}

/* One JSON Lines record: a story object, or facts when loading. The line is
 * buf[0..n), writable (the scanner decodes strings in place). */
static void jsonl_record(walk *w, const char *path, long line, char *buf, size_t n)
{
    nf_jsonl_story rec;
    json_t *obj = NULL;
    if (!nf_jsonl_scan(buf, n, w->opts->facts, &rec)) {
        json_error_t jerr;
        obj = json_loadb(buf, n, 0, &jerr);
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
        story_fields(obj, &rec);
    }
    nf_input in;
    memset(&in, 0, sizeof in);
    in.path = path;
    in.line = line;
    if (w->opts->facts && rec.has_document) {
        in.kind = NF_IN_FACTS;
        in.data = buf;
        in.len = n;
        deliver(w, &in, false);
        json_decref(obj);
        return;
    }
    if (!rec.text) {
        fail(w, path, line, "%s", "a story record needs a \"text\" string "
             "(fields: id, title, url, published, text)");
        json_decref(obj);
        return;
    }
    char source[600];
    if (rec.id)
        snprintf(source, sizeof source, "%s", rec.id);
    else if (rec.id_is_int)
        snprintf(source, sizeof source, "%lld", rec.id_int);
    else if (rec.url)
        snprintf(source, sizeof source, "%s", rec.url);
    else
        snprintf(source, sizeof source, "%s:%ld", path, line);
    in.kind = NF_IN_STORY;
    in.data = rec.text;
    in.len = rec.text_len;
    in.meta.source = source;
    in.meta.title = rec.title;
    in.meta.url = rec.url;
    in.meta.published = rec.published;
    /* JSON strings are valid UTF-8 without NUL (jansson's rules and the
     * scanner's are those of utf8_first_invalid): nothing to warn about */
    if (in.len > w->max_bytes)
        fail(w, path, line, "%s", "story is over the size limit (--max-bytes); skipped");
    else
        deliver(w, &in, true);
    json_decref(obj);
}

/* The file a JSON Lines walk reads, a chunk at a time (stdio's getc per
 * byte cost more than the scan of the line). */
#define LR_CHUNK ((size_t)1 << 16)

typedef struct line_reader {
    FILE *fp;
    char *chunk;
    size_t pos, end;
    bool eof;
} line_reader;

/* Read one line into *buf (without its newline), keeping at most limit
 * bytes: the rest of a longer line is read and dropped, so a line of any
 * length (a 200 MB record, a file without newlines) costs bounded memory.
 * Returns the line's full length, or -1 at end of file. *too_long is set
 * when bytes were dropped. */
static long long read_line(line_reader *r, char **buf, size_t *cap, size_t limit, bool *too_long)
{
    size_t n = 0;
    long long total = 0;
    bool newline = false;
    *too_long = false;
    while (!newline) {
        if (r->pos == r->end) {
            if (r->eof)
                break;
            r->pos = 0;
            r->end = fread(r->chunk, 1, LR_CHUNK, r->fp);
            if (r->end == 0) {
                r->eof = true;
                break;
            }
        }
        const char *p = r->chunk + r->pos;
        size_t avail = r->end - r->pos;
        const char *nl = memchr(p, '\n', avail);
        size_t take = nl ? (size_t)(nl - p) : avail;
        size_t keep = n >= limit ? 0 : take < limit - n ? take : limit - n;
        if (keep < take)
            *too_long = true;
        if (n + keep + 1 > *cap) {
            size_t c = *cap ? *cap : 4096;
            while (n + keep + 1 > c)
                c *= 2;
            *buf = xrealloc(*buf, c);
            *cap = c;
        }
        memcpy(*buf + n, p, keep);
        n += keep;
        total += (long long)take;
        r->pos += take + (nl != NULL);
        newline = nl != NULL;
    }
    if (!newline && total == 0)
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
    line_reader r = {fp, xmalloc(LR_CHUNK), 0, 0, false};
    /* a story of max_bytes may double when escaped as a JSON string */
    size_t limit = w->max_bytes * 2 + 4096;
    while (!w->st->stopped && (got = read_line(&r, &buf, &cap, limit, &too_long)) >= 0) {
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
    free(r.chunk);
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
        deliver(w, &in, false);
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
