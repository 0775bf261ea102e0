/* json_in.c — see json_in.h. Reads facts JSON with jansson; every value is
 * checked before it is copied into the facts' arena, and the first fault ends
 * the parse (the half-built facts are freed: nothing is partially accepted).
 * Error texts open with the field path ("quotes[4].start: ...") because a
 * person correcting extract's output needs to find the field, and jansson
 * knows no line numbers for values once parsed. */
#include "json_in.h"
#include "alloc.h"
#include "sha256.h"
#include "utf8.h"

#include <jansson.h>
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* An event id and the index of the event that has it: sorted by id so that
 * duplicates sit side by side and references are a binary search. */
typedef struct event_ref {
    int id;
    size_t idx;
} event_ref;

/* What the parse of one object needs at hand. */
typedef struct jin {
    const nf_gaz *gaz;
    nf_facts *f;
    const char *story;      /* NULL when not known: bounds and texts unchecked */
    size_t story_len;
    const char *file;       /* for err->file; NULL leaves it "" */
    long line;              /* JSON Lines line, 0 for a whole file */
    nf_error *err;
    event_ref *ids;         /* owned, freed by the caller of parse_events */
    size_t n_ids;
} jin;

/* Item paths: "countries[123].mentions[45]" and the like. Generous, so that
 * snprintf never truncates a path built from another. */
#define ITEM_LEN 96
#define SUBITEM_LEN 160

enum { F_REQUIRED = 1, F_NULLABLE = 2 };

static int fail(const jin *c, const char *item, const char *key, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Fill c->err with "ITEM.KEY: message" (or "ITEM: message") and return -1,
 * so that every check can end in `return fail(...)`. */
static int fail(const jin *c, const char *item, const char *key, const char *fmt, ...)
{
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (key)
        nf_error_set(c->err, NF_EINPUT, c->file, "%s.%s: %s", item, key, msg);
    else
        nf_error_set(c->err, NF_EINPUT, c->file, "%s: %s", item, msg);
    if (c->err && c->line > 0)
        c->err->line = (int)c->line;
    return -1;
}

/* jansson's own position: its line counts within buf, so a JSON Lines record
 * (always one line) adds the file's line. offset stays within buf. */
static void syntax_error(const jin *c, const json_error_t *jerr)
{
    nf_error_set(c->err, NF_EINPUT, c->file, "invalid JSON: %s", jerr->text);
    if (!c->err)
        return;
    if (jerr->line > 0)
        c->err->line = c->line > 0 ? (int)(c->line + jerr->line - 1) : jerr->line;
    else if (c->line > 0)
        c->err->line = (int)c->line;
    c->err->column = jerr->column > 0 ? jerr->column : 0;
    c->err->offset = jerr->position;
}

static const char *type_name(const json_t *v)
{
    switch (json_typeof(v)) {
    case JSON_OBJECT: return "an object";
    case JSON_ARRAY: return "an array";
    case JSON_STRING: return "a string";
    case JSON_INTEGER: return "an integer";
    case JSON_REAL: return "a real number";
    case JSON_TRUE: case JSON_FALSE: return "a boolean";
    default: return "null";
    }
}

/* ---- fields ------------------------------------------------------------ */

/* Copy a JSON string into the arena. Facts strings are C strings, so a NUL
 * (which JSON_ALLOW_NUL lets through for document.text) would cut them. */
static int copy_str(const jin *c, const json_t *v, const char *item, const char *key,
                    const char **out)
{
    const char *s = json_string_value(v);
    size_t n = json_string_length(v);
    if (memchr(s, '\0', n))
        return fail(c, item, key, "must not contain a NUL character");
    *out = nf_facts_strndup(c->f, s, n);
    return 0;
}

/* A string field that may be missing or null (→ NULL). */
static int opt_str(const jin *c, const json_t *obj, const char *item, const char *key,
                   const char **out)
{
    const json_t *v = json_object_get(obj, key);
    *out = NULL;
    if (!v || json_is_null(v))
        return 0;
    if (!json_is_string(v))
        return fail(c, item, key, "must be a string or null, not %s", type_name(v));
    return copy_str(c, v, item, key, out);
}

/* A string field that must be there and not be empty (a name). */
static int req_str(const jin *c, const json_t *obj, const char *item, const char *key,
                   const char **out)
{
    const json_t *v = json_object_get(obj, key);
    if (!v)
        return fail(c, item, key, "missing");
    if (!json_is_string(v))
        return fail(c, item, key, "must be a string, not %s", type_name(v));
    if (json_string_length(v) == 0)
        return fail(c, item, key, "must not be empty");
    return copy_str(c, v, item, key, out);
}

/* An integer field in [lo, hi]. *present is false when it is missing or
 * null and flags allow that. */
static int get_int(const jin *c, const json_t *obj, const char *item, const char *key,
                   int flags, json_int_t lo, json_int_t hi, json_int_t *out, bool *present)
{
    const json_t *v = json_object_get(obj, key);
    *present = false;
    *out = 0;
    if (!v && (flags & F_REQUIRED))
        return fail(c, item, key, "missing");
    if (!v || (json_is_null(v) && (flags & F_NULLABLE)))
        return 0;
    if (!json_is_integer(v))
        return fail(c, item, key, "must be an integer%s, not %s",
                    (flags & F_NULLABLE) ? " or null" : "", type_name(v));
    json_int_t n = json_integer_value(v);
    if (n < lo && lo == 0)
        return fail(c, item, key, "must not be negative (%lld)", (long long)n);
    if (n < lo)
        return fail(c, item, key, "must be at least %lld (%lld)", (long long)lo, (long long)n);
    if (n > hi)
        return fail(c, item, key, "must be at most %lld (%lld)", (long long)hi, (long long)n);
    *out = n;
    *present = true;
    return 0;
}

/* A boolean that may be missing (→ false). */
static int opt_bool(const jin *c, const json_t *obj, const char *item, const char *key,
                    bool *out)
{
    const json_t *v = json_object_get(obj, key);
    *out = false;
    if (!v)
        return 0;
    if (!json_is_boolean(v))
        return fail(c, item, key, "must be true or false, not %s", type_name(v));
    *out = json_is_true(v);
    return 0;
}

static bool all_upper(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < 'A' || s[i] > 'Z')
            return false;
    return true;
}

/* A country code the gazetteer knows, into out ("" when null and allowed). */
static int get_country(const jin *c, const json_t *obj, const char *item, const char *key,
                       int flags, char out[3])
{
    const json_t *v = json_object_get(obj, key);
    out[0] = '\0';
    if (!v && (flags & F_REQUIRED))
        return fail(c, item, key, "missing");
    if (!v || (json_is_null(v) && (flags & F_NULLABLE)))
        return 0;
    if (!json_is_string(v))
        return fail(c, item, key, "must be a string%s, not %s",
                    (flags & F_NULLABLE) ? " or null" : "", type_name(v));
    const char *s = json_string_value(v);
    if (json_string_length(v) != 2 || !all_upper(s, 2) || !gaz_country_name(c->gaz, s))
        return fail(c, item, key, "not an ISO 3166-1 alpha-2 code (\"%.32s\")", s);
    memcpy(out, s, 3);
    return 0;
}

/* ---- spans --------------------------------------------------------------- */

/* Does j[0..jn) say what the story slice s[0..n) says, as json_out.c writes a
 * slice? A valid slice is written as is; an invalid one with U+FFFD for each
 * bad byte and each NUL. Mirrors json_out.c's slice() exactly, so that the
 * JSON of a story with bad bytes still loads. */
static bool text_matches(const char *s, size_t n, const char *j, size_t jn)
{
    if (utf8_first_invalid(s, n) < 0)
        return n == jn && memcmp(s, j, n) == 0;
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = utf8_next(s, n, i, &cp);
        const char *want = s + i;
        size_t wn = k;
        if (cp == UTF8_BAD || cp == 0) {
            want = "\xEF\xBF\xBD";
            wn = 3;
        }
        if (jn - o < wn || memcmp(j + o, want, wn) != 0)
            return false;
        o += wn;
        i += k;
    }
    return o == jn;
}

/* How many bytes of s[0..n) to quote in a message: at most 60, up to the
 * first line break, never cutting a UTF-8 sequence. */
static int excerpt_len(const char *s, size_t n)
{
    size_t k = n < 60 ? n : 60;
    const char *nl = memchr(s, '\n', k);
    if (nl)
        return (int)(nl - s);
    while (k < n && k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80)
        k--;
    return (int)k;
}

/* start <= end <= story length (when the story is known). */
static int check_bounds(const jin *c, const char *item, nf_span sp)
{
    if (sp.start > sp.end)
        return fail(c, item, NULL, "start %zu is after end %zu", sp.start, sp.end);
    if (c->story && sp.end > c->story_len)
        return fail(c, item, "end", "%zu is past the end of the story (%zu bytes)", sp.end,
                    c->story_len);
    return 0;
}

/* start, end and (optional) text of an item: the evidence for a fact. */
static int get_span(const jin *c, const json_t *obj, const char *item, nf_span *out)
{
    json_int_t start, end;
    bool has;
    if (get_int(c, obj, item, "start", F_REQUIRED, 0, LLONG_MAX, &start, &has) < 0 ||
        get_int(c, obj, item, "end", F_REQUIRED, 0, LLONG_MAX, &end, &has) < 0)
        return -1;
    /* size_t holds any json_int_t >= 0 on the 64-bit machines newsfacts runs on */
    out->start = (size_t)start;
    out->end = (size_t)end;
    if (check_bounds(c, item, *out) < 0)
        return -1;
    const json_t *t = json_object_get(obj, "text");
    if (t && !json_is_null(t) && !json_is_string(t))
        return fail(c, item, "text", "must be a string or null, not %s", type_name(t));
    if (!c->story || !json_is_string(t))
        return 0;
    const char *s = c->story + out->start;
    size_t n = out->end - out->start;
    if (!text_matches(s, n, json_string_value(t), json_string_length(t)))
        return fail(c, item, NULL, "text does not match the story at %zu..%zu (the story has \"%.*s%s\")",
                    out->start, out->end, excerpt_len(s, n), s,
                    (size_t)excerpt_len(s, n) < n ? "..." : "");
    return 0;
}

/* ---- the document ---------------------------------------------------------- */

static bool is_sha256_hex(const char *s, size_t n)
{
    if (n != 64)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
            return false;
    return true;
}

/* doc against the story: its sha256 (when not "") and its length (when
 * check_bytes). */
static int check_doc(const jin *c, const nf_docmeta *doc, bool check_bytes)
{
    char hex[65];
    sha256_hex(c->story, c->story_len, hex);
    if (doc->sha256[0] && strcmp(doc->sha256, hex) != 0)
        return fail(c, "document", "sha256", "%s is not the sha256 of the story (%s, %zu bytes)",
                    doc->sha256, hex, c->story_len);
    if (check_bytes && doc->bytes != c->story_len)
        return fail(c, "document", "bytes", "%zu but the story has %zu bytes", doc->bytes,
                    c->story_len);
    return 0;
}

static int get_sha256(const jin *c, const json_t *d, char out[65])
{
    const json_t *v = json_object_get(d, "sha256");
    out[0] = '\0';
    if (!v || json_is_null(v))
        return 0;
    if (!json_is_string(v) || !is_sha256_hex(json_string_value(v), json_string_length(v)))
        return fail(c, "document", "sha256", "must be 64 lowercase hexadecimal digits");
    memcpy(out, json_string_value(v), 65);
    return 0;
}

/* document: its fields into f->doc, and the story to check against (the
 * caller's, else document.text, which *doc_text receives, borrowed from d). */
static int parse_document(jin *c, const json_t *root, const json_t **doc_text)
{
    const json_t *d = json_object_get(root, "document");
    nf_docmeta *doc = &c->f->doc;
    *doc_text = NULL;
    if (!d)
        return fail(c, "document", NULL, "missing");
    if (!json_is_object(d))
        return fail(c, "document", NULL, "must be an object, not %s", type_name(d));
    json_int_t bytes;
    bool has_bytes;
    if (get_sha256(c, d, doc->sha256) < 0 ||
        opt_str(c, d, "document", "source", &doc->source) < 0 ||
        opt_str(c, d, "document", "title", &doc->title) < 0 ||
        opt_str(c, d, "document", "url", &doc->url) < 0 ||
        opt_str(c, d, "document", "published", &doc->published) < 0 ||
        get_int(c, d, "document", "bytes", F_NULLABLE, 0, LLONG_MAX, &bytes, &has_bytes) < 0)
        return -1;
    doc->bytes = (size_t)bytes;
    const json_t *t = json_object_get(d, "text");
    if (t && !json_is_null(t) && !json_is_string(t))
        return fail(c, "document", "text", "must be a string or null, not %s", type_name(t));
    if (json_is_string(t))
        *doc_text = t;
    if (!c->story && *doc_text) {
        c->story = json_string_value(t);
        c->story_len = json_string_length(t);
    }
    if (!c->story)
        return 0;
    if (check_doc(c, doc, has_bytes) < 0)
        return -1;
    /* the checks passed: fill what the JSON left out */
    sha256_hex(c->story, c->story_len, doc->sha256);
    doc->bytes = c->story_len;
    return 0;
}

/* ---- the arrays -------------------------------------------------------------- */

/* root[key] as an array; a missing one is empty (*out = NULL, which
 * json_array_foreach treats as empty). */
static int get_array(const jin *c, const json_t *obj, const char *item, const char *key,
                     json_t **out)
{
    json_t *v = json_object_get(obj, key);
    *out = NULL;
    if (!v)
        return 0;
    if (!json_is_array(v))
        return item ? fail(c, item, key, "must be an array, not %s", type_name(v))
                    : fail(c, key, NULL, "must be an array, not %s", type_name(v));
    *out = v;
    return 0;
}

/* Name array element i and check that it is an object. */
static int element(const jin *c, const json_t *v, const char *key, size_t i, char item[ITEM_LEN])
{
    snprintf(item, ITEM_LEN, "%s[%zu]", key, i);
    if (!json_is_object(v))
        return fail(c, item, NULL, "must be an object, not %s", type_name(v));
    return 0;
}

static int cmp_event_ref(const void *a, const void *b)
{
    const event_ref *x = a, *y = b;
    if (x->id != y->id)
        return x->id < y->id ? -1 : 1;
    return x->idx < y->idx ? -1 : x->idx > y->idx;
}

static int cmp_event_id(const void *a, const void *b)
{
    const event_ref *x = a, *y = b;
    return (x->id > y->id) - (x->id < y->id);
}

/* Sort the event ids for lookups and refuse a repeated one: casualties and
 * arrests refer to events by id, so an id must name one event. */
static int index_events(jin *c)
{
    c->n_ids = c->f->n_events;
    c->ids = xmalloc((c->n_ids ? c->n_ids : 1) * sizeof *c->ids);
    for (size_t i = 0; i < c->n_ids; i++)
        c->ids[i] = (event_ref){c->f->events[i].id, i};
    qsort(c->ids, c->n_ids, sizeof *c->ids, cmp_event_ref);
    for (size_t i = 1; i < c->n_ids; i++) {
        if (c->ids[i].id == c->ids[i - 1].id) {
            char item[ITEM_LEN];
            snprintf(item, sizeof item, "events[%zu]", c->ids[i].idx);
            return fail(c, item, "id", "duplicate id %d (also events[%zu])", c->ids[i].id,
                        c->ids[i - 1].idx);
        }
    }
    return 0;
}

static int parse_events(jin *c, const json_t *root)
{
    json_t *arr, *v;
    size_t i;
    if (get_array(c, root, NULL, "events", &arr) < 0)
        return -1;
    json_array_foreach(arr, i, v) {
        char item[ITEM_LEN];
        nf_event e = {0};
        json_int_t id;
        bool has;
        if (element(c, v, "events", i, item) < 0 ||
            get_int(c, v, item, "id", F_REQUIRED, 1, INT_MAX, &id, &has) < 0 ||
            opt_str(c, v, item, "type", &e.type) < 0 ||
            opt_bool(c, v, item, "main", &e.main) < 0 ||
            opt_str(c, v, item, "location", &e.location) < 0 ||
            opt_str(c, v, item, "date", &e.date) < 0 ||
            get_span(c, v, item, &e.text) < 0)
            return -1;
        e.id = (int)id;
        *nf_facts_add_event(c->f) = e;
    }
    return index_events(c);
}

/* "event": null/missing (→ 0) or the id of a listed event. */
static int get_event_ref(const jin *c, const json_t *obj, const char *item, int *out)
{
    json_int_t id;
    bool has;
    *out = 0;
    if (get_int(c, obj, item, "event", F_NULLABLE, LLONG_MIN, LLONG_MAX, &id, &has) < 0)
        return -1;
    if (!has)
        return 0;
    event_ref key = {(int)id, 0};
    bool found = id >= 1 && id <= INT_MAX && c->n_ids &&
                 bsearch(&key, c->ids, c->n_ids, sizeof *c->ids, cmp_event_id) != NULL;
    if (!found)
        return fail(c, item, "event", "no event with id %lld", (long long)id);
    *out = (int)id;
    return 0;
}

/* Mentions of a country or an official: add() appends one to owner. */
typedef void (*add_mention_fn)(nf_facts *f, void *owner, nf_span s);

static void add_country_mention(nf_facts *f, void *owner, nf_span s)
{
    nf_country_add_mention(f, owner, s);
}

static void add_official_mention(nf_facts *f, void *owner, nf_span s)
{
    nf_official_add_mention(f, owner, s);
}

static int parse_mentions(const jin *c, const json_t *obj, const char *item, void *owner,
                          add_mention_fn add)
{
    json_t *arr, *v;
    size_t i;
    if (get_array(c, obj, item, "mentions", &arr) < 0)
        return -1;
    json_array_foreach(arr, i, v) {
        char sub[SUBITEM_LEN];
        nf_span sp;
        snprintf(sub, sizeof sub, "%s.mentions[%zu]", item, i);
        if (!json_is_object(v))
            return fail(c, sub, NULL, "must be an object, not %s", type_name(v));
        if (get_span(c, v, sub, &sp) < 0)
            return -1;
        add(c->f, owner, sp);
    }
    return 0;
}

/* A country listed twice would be two rows for one (document, code) pair. */
static int country_seen(const jin *c, const char *code, const char *item)
{
    for (size_t k = 0; k < c->f->n_countries; k++)
        if (strcmp(c->f->countries[k].code, code) == 0)
            return fail(c, item, "code", "%s is listed twice (also countries[%zu])", code, k);
    return 0;
}

static int parse_countries(jin *c, const json_t *root)
{
    json_t *arr, *v;
    size_t i;
    if (get_array(c, root, NULL, "countries", &arr) < 0)
        return -1;
    json_array_foreach(arr, i, v) {
        char item[ITEM_LEN], code[3];
        const char *name;
        if (element(c, v, "countries", i, item) < 0 ||
            get_country(c, v, item, "code", F_REQUIRED, code) < 0 ||
            country_seen(c, code, item) < 0 ||
            opt_str(c, v, item, "name", &name) < 0)
            return -1;
        /* the pointer is good until the next add: no country is added before
         * its mentions are done */
        nf_country *k = nf_facts_add_country(c->f);
        memcpy(k->code, code, 3);
        k->name = name;
        if (parse_mentions(c, v, item, k, add_country_mention) < 0)
            return -1;
    }
    return 0;
}

static int parse_officials(jin *c, const json_t *root)
{
    json_t *arr, *v;
    size_t i;
    if (get_array(c, root, NULL, "officials", &arr) < 0)
        return -1;
    json_array_foreach(arr, i, v) {
        char item[ITEM_LEN], country[3];
        const char *name = NULL, *title = NULL;
        if (element(c, v, "officials", i, item) < 0 ||
            req_str(c, v, item, "name", &name) < 0 ||
            opt_str(c, v, item, "title", &title) < 0 ||
            get_country(c, v, item, "country", F_NULLABLE, country) < 0)
            return -1;
        nf_official *o = nf_facts_add_official(c->f);
        o->name = name;
        o->title = title;
        memcpy(o->country, country, 3);
        if (parse_mentions(c, v, item, o, add_official_mention) < 0)
            return -1;
    }
    return 0;
}

/* "dead, injured, missing, survivors, aboard": the names a message lists. */
static void list_names(char *out, size_t cap, const char *(*name)(int), int n)
{
    size_t o = 0;
    out[0] = '\0';
    for (int i = 0; i < n && o < cap; i++)
        o += (size_t)snprintf(out + o, cap - o, "%s%s", i ? ", " : "", name(i));
}

static const char *category_name(int i)
{
    return nf_category_name((nf_category)i);
}

static const char *qualifier_name(int i)
{
    return nf_qualifier_name((nf_qualifier)i);
}

static int get_category(const jin *c, const json_t *obj, const char *item, nf_category *out)
{
    const json_t *v = json_object_get(obj, "category");
    char names[128];
    if (!v)
        return fail(c, item, "category", "missing");
    if (!json_is_string(v))
        return fail(c, item, "category", "must be a string, not %s", type_name(v));
    if (nf_category_parse(json_string_value(v), out) == 0)
        return 0;
    list_names(names, sizeof names, category_name, NF_N_CATEGORIES);
    return fail(c, item, "category", "unknown category \"%.40s\" (expected %s)",
                json_string_value(v), names);
}

/* qualifier: missing means exact (what a plain number says). */
static int get_qualifier(const jin *c, const json_t *obj, const char *item, nf_qualifier *out)
{
    const json_t *v = json_object_get(obj, "qualifier");
    char names[128];
    *out = NF_EXACT;
    if (!v)
        return 0;
    if (!json_is_string(v))
        return fail(c, item, "qualifier", "must be a string, not %s", type_name(v));
    if (nf_qualifier_parse(json_string_value(v), out) == 0)
        return 0;
    list_names(names, sizeof names, qualifier_name, NF_N_QUALIFIERS);
    return fail(c, item, "qualifier", "unknown qualifier \"%.40s\" (expected %s)",
                json_string_value(v), names);
}

static int parse_casualties(jin *c, const json_t *root)
{
    json_t *arr, *v;
    size_t i;
    if (get_array(c, root, NULL, "casualties", &arr) < 0)
        return -1;
    json_array_foreach(arr, i, v) {
        char item[ITEM_LEN];
        nf_casualty x = {0};
        json_int_t count;
        bool has;
        if (element(c, v, "casualties", i, item) < 0 ||
            get_event_ref(c, v, item, &x.event) < 0 ||
            get_category(c, v, item, &x.category) < 0 ||
            get_int(c, v, item, "count", F_REQUIRED, 0, LLONG_MAX, &count, &has) < 0 ||
            get_qualifier(c, v, item, &x.qualifier) < 0 ||
            opt_str(c, v, item, "group", &x.group) < 0 ||
            get_span(c, v, item, &x.text) < 0)
            return -1;
        x.count = count;
        *nf_facts_add_casualty(c->f) = x;
    }
    return 0;
}

static int parse_arrests(jin *c, const json_t *root)
{
    json_t *arr, *v;
    size_t i;
    if (get_array(c, root, NULL, "arrests", &arr) < 0)
        return -1;
    json_array_foreach(arr, i, v) {
        char item[ITEM_LEN];
        nf_arrest x = {0};
        json_int_t count;
        bool has;
        if (element(c, v, "arrests", i, item) < 0 ||
            get_event_ref(c, v, item, &x.event) < 0 ||
            get_int(c, v, item, "count", F_NULLABLE, 0, LLONG_MAX, &count, &has) < 0 ||
            opt_str(c, v, item, "suspects", &x.suspects) < 0 ||
            get_span(c, v, item, &x.text) < 0)
            return -1;
        x.count = has ? count : -1;   /* -1: the story gives no number */
        *nf_facts_add_arrest(c->f) = x;
    }
    return 0;
}

static int parse_quotes(jin *c, const json_t *root)
{
    json_t *arr, *v;
    size_t i;
    if (get_array(c, root, NULL, "quotes", &arr) < 0)
        return -1;
    json_array_foreach(arr, i, v) {
        char item[ITEM_LEN];
        nf_quote x = {0};
        if (element(c, v, "quotes", i, item) < 0 ||
            opt_str(c, v, item, "speaker", &x.speaker) < 0 ||
            get_span(c, v, item, &x.text) < 0)
            return -1;
        *nf_facts_add_quote(c->f) = x;
    }
    return 0;
}

static int get_value(const jin *c, const json_t *obj, const char *item, double *out)
{
    const json_t *v = json_object_get(obj, "value");
    if (!v)
        return fail(c, item, "value", "missing");
    if (!json_is_number(v))
        return fail(c, item, "value", "must be a number, not %s", type_name(v));
    *out = json_number_value(v);
    if (*out < 0)
        return fail(c, item, "value", "must not be negative (%g)", *out);
    return 0;
}

static int get_currency(const jin *c, const json_t *obj, const char *item, char out[4])
{
    const json_t *v = json_object_get(obj, "currency");
    if (!v)
        return fail(c, item, "currency", "missing");
    if (!json_is_string(v))
        return fail(c, item, "currency", "must be a string, not %s", type_name(v));
    const char *s = json_string_value(v);
    if (json_string_length(v) != 3 || !all_upper(s, 3) || !gaz_is_currency(c->gaz, s))
        return fail(c, item, "currency", "not an ISO 4217 code (\"%.32s\")", s);
    memcpy(out, s, 4);
    return 0;
}

static int parse_amounts(jin *c, const json_t *root)
{
    json_t *arr, *v;
    size_t i;
    if (get_array(c, root, NULL, "amounts", &arr) < 0)
        return -1;
    json_array_foreach(arr, i, v) {
        char item[ITEM_LEN];
        nf_amount x = {0};
        if (element(c, v, "amounts", i, item) < 0 ||
            get_value(c, v, item, &x.value) < 0 ||
            get_currency(c, v, item, x.currency) < 0 ||
            get_span(c, v, item, &x.text) < 0)
            return -1;
        *nf_facts_add_amount(c->f) = x;
    }
    return 0;
}

/* ---- entry points ---------------------------------------------------------- */

/* Everything below the top level, in an order that lets later parts rely on
 * earlier ones: the document gives the story, events give the ids. */
static int parse_facts(jin *c, const json_t *root, const json_t **doc_text)
{
    if (!json_is_object(root))
        return fail(c, "top level", NULL, "must be an object, not %s", type_name(root));
    if (parse_document(c, root, doc_text) < 0 || parse_events(c, root) < 0 ||
        parse_countries(c, root) < 0 || parse_officials(c, root) < 0 ||
        parse_casualties(c, root) < 0 || parse_arrests(c, root) < 0 ||
        parse_quotes(c, root) < 0 || parse_amounts(c, root) < 0)
        return -1;
    return 0;
}

nf_facts *nf_facts_from_json_story(const nf_gaz *gaz, const char *buf, size_t len,
                                   const char *path, long line, const char *text,
                                   size_t text_len, char **story_text, size_t *story_len,
                                   nf_error *err)
{
    jin c = {.gaz = gaz, .story = text, .story_len = text ? text_len : 0,
             .file = path, .line = line, .err = err};
    nf_facts *f = NULL;
    const json_t *doc_text = NULL;
    json_error_t jerr;
    bool ok = false;
    nf_error_clear(err);
    if (story_text)
        *story_text = NULL;
    if (story_len)
        *story_len = 0;
    /* JSON_ALLOW_NUL: document.text of a story with NUL bytes (json_out.c
     * writes them as \u0000); other strings refuse NUL in copy_str. */
    json_t *root = json_loadb(buf, len, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &jerr);
    if (!root) {
        syntax_error(&c, &jerr);
        goto done;
    }
    f = c.f = nf_facts_new();
    if (parse_facts(&c, root, &doc_text) < 0)
        goto done;
    if (doc_text && story_text) {
        size_t n = json_string_length(doc_text);
        *story_text = xmalloc(n + 1);
        memcpy(*story_text, json_string_value(doc_text), n);
        (*story_text)[n] = '\0';
        if (story_len)
            *story_len = n;
    }
    ok = true;
done:
    free(c.ids);
    json_decref(root);
    if (!ok) {
        nf_facts_free(f);
        f = NULL;
    }
    return f;
}

nf_facts *nf_facts_from_json(const nf_gaz *gaz, const char *buf, size_t len, const char *path,
                             long line, char **story_text, size_t *story_len, nf_error *err)
{
    return nf_facts_from_json_story(gaz, buf, len, path, line, NULL, 0, story_text, story_len,
                                    err);
}

static int check_mentions(const jin *c, const char *item, const nf_span *m, size_t n)
{
    for (size_t j = 0; j < n; j++) {
        char sub[SUBITEM_LEN];
        snprintf(sub, sizeof sub, "%s.mentions[%zu]", item, j);
        if (check_bounds(c, sub, m[j]) < 0)
            return -1;
    }
    return 0;
}

/* The fact spans (one per fact) of an array: arr[i].text for each i. The
 * arrays differ in type, so this walks a base pointer with a stride. */
static int check_spans(const jin *c, const char *key, const void *arr, size_t n,
                       size_t stride, size_t span_offset)
{
    for (size_t i = 0; i < n; i++) {
        char item[ITEM_LEN];
        nf_span sp;
        memcpy(&sp, (const char *)arr + i * stride + span_offset, sizeof sp);
        snprintf(item, sizeof item, "%s[%zu]", key, i);
        if (check_bounds(c, item, sp) < 0)
            return -1;
    }
    return 0;
}

#define CHECK_SPANS(c, key, arr, n, type) \
    check_spans((c), (key), (arr), (n), sizeof(type), offsetof(type, text))

int nf_facts_check_story(const nf_facts *f, const char *text, size_t len, nf_error *err)
{
    jin c = {.story = text ? text : "", .story_len = text ? len : 0, .err = err};
    nf_error_clear(err);
    if (check_doc(&c, &f->doc, f->doc.bytes != 0) < 0 ||
        CHECK_SPANS(&c, "events", f->events, f->n_events, nf_event) < 0 ||
        CHECK_SPANS(&c, "casualties", f->casualties, f->n_casualties, nf_casualty) < 0 ||
        CHECK_SPANS(&c, "arrests", f->arrests, f->n_arrests, nf_arrest) < 0 ||
        CHECK_SPANS(&c, "quotes", f->quotes, f->n_quotes, nf_quote) < 0 ||
        CHECK_SPANS(&c, "amounts", f->amounts, f->n_amounts, nf_amount) < 0)
        return -1;
    for (size_t i = 0; i < f->n_countries; i++) {
        char item[ITEM_LEN];
        snprintf(item, sizeof item, "countries[%zu]", i);
        if (check_mentions(&c, item, f->countries[i].mentions, f->countries[i].n_mentions) < 0)
            return -1;
    }
    for (size_t i = 0; i < f->n_officials; i++) {
        char item[ITEM_LEN];
        snprintf(item, sizeof item, "officials[%zu]", i);
        if (check_mentions(&c, item, f->officials[i].mentions, f->officials[i].n_mentions) < 0)
            return -1;
    }
    return 0;
}
