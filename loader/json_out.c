/* json_out.c — see json_out.h.
 *
 * The JSON is written straight into one growing buffer. It used to be built
 * as a jansson tree and printed with json_dumps, which cost an allocation per
 * value and about a fifth of extraction time. The output is still byte for
 * byte what jansson 2.14's json_dumps gave with JSON_PRESERVE_ORDER |
 * JSON_REAL_PRECISION(15) and JSON_INDENT(2) or JSON_COMPACT: the same
 * layout, escapes and number forms, and a member is still left out where
 * jansson refused its value (a string that is not valid UTF-8, a real that
 * is not finite). tests/check_jsonw.c keeps the tree version and compares.
 */
#include "json_out.h"
#include "alloc.h"
#include "utf8.h"

#include <assert.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Deepest nesting the facts need: root, array, object, mentions, mention. */
#define JW_MAX_DEPTH 8

/* The writer: the text so far, and for each open container whether it has a
 * member yet (that decides the comma and the "{}" / "[]" of empty ones). */
typedef struct jw {
    char *buf;
    size_t len, cap;
    bool pretty;
    int depth;
    bool filled[JW_MAX_DEPTH];
} jw;

/* Where a member began, so that a value jansson would refuse can be undone. */
typedef struct jw_mark {
    size_t len;
    bool filled;
} jw_mark;

/* Grow the buffer for n more bytes (and the final NUL). */
static void jw_grow(jw *w, size_t n)
{
    size_t cap = w->cap ? w->cap : 1024;
    while (w->len + n + 1 > cap)
        cap *= 2;
    w->buf = xrealloc(w->buf, cap);
    w->cap = cap;
}

/* Make room for n more bytes (and the final NUL). */
static inline void jw_reserve(jw *w, size_t n)
{
    if (w->len + n + 1 > w->cap)
        jw_grow(w, n);
}

static inline void jw_put(jw *w, const char *s, size_t n)
{
    jw_reserve(w, n);
    memcpy(w->buf + w->len, s, n);
    w->len += n;
}

static inline void jw_putc(jw *w, char c)
{
    jw_reserve(w, 1);
    w->buf[w->len++] = c;
}

/* jansson's dump_indent with JSON_INDENT(2): a newline and two spaces per
 * level. Compact output has no white space at all. */
static void jw_indent(jw *w, int level)
{
    if (!w->pretty)
        return;
    size_t n = 1 + 2 * (size_t)level;
    jw_reserve(w, n);
    w->buf[w->len] = '\n';
    memset(w->buf + w->len + 1, ' ', n - 1);
    w->len += n;
}

static void jw_open(jw *w, char c)
{
    assert(w->depth < JW_MAX_DEPTH);
    jw_putc(w, c);
    w->filled[w->depth++] = false;
}

/* An empty container closes on the same line, as jansson's "{}" and "[]". */
static void jw_close(jw *w, char c)
{
    w->depth--;
    if (w->filled[w->depth])
        jw_indent(w, w->depth);
    jw_putc(w, c);
}

/* What goes before a member or an element: a comma after the first, then
 * the indentation of the container's members. */
static inline void jw_sep(jw *w)
{
    bool *filled = &w->filled[w->depth - 1];
    if (*filled)
        jw_putc(w, ',');
    *filled = true;
    jw_indent(w, w->depth);
}

static jw_mark jw_mark_here(const jw *w)
{
    return (jw_mark){w->len, w->filled[w->depth - 1]};
}

static void jw_undo(jw *w, jw_mark m)
{
    w->len = m.len;
    w->filled[w->depth - 1] = m.filled;
}

/* A member's key as written, quotes and colon included, in a fixed array:
 * jw_key copies all of it at once (two moves, where a C string's key took
 * calls to strlen and memcpy for each of the 50,000 keys of 300 stories).
 * The keys are ASCII literals that need no escaping; one too long for the
 * array is a compile error (the initializer would not fit). */
typedef struct jw_keyname {
    char text[16];   /* "key": and zero bytes */
    size_t len;      /* of "key": */
} jw_keyname;

#define JW_KEY(lit) ((jw_keyname){"\"" lit "\":", sizeof lit + 2})

static inline void jw_key(jw *w, jw_keyname key)
{
    jw_sep(w);
    jw_reserve(w, sizeof key.text + 1);
    memcpy(w->buf + w->len, key.text, sizeof key.text);
    w->len += key.len;
    if (w->pretty)
        w->buf[w->len++] = ' ';
}

/* ---- values ------------------------------------------------------------- */

/* Length of the UTF-8 sequence at p by jansson's rules (utf8_check_first and
 * utf8_check_full: no overlongs, no surrogates, nothing past U+10FFFF), or 0
 * when it is not valid. p[0] >= 0x80. */
static size_t utf8_seq(const unsigned char *p, size_t left)
{
    unsigned char u = p[0];
    size_t count;
    uint32_t v;
    if (u >= 0xC2 && u <= 0xDF) {
        count = 2;
        v = u & 0x1F;
    } else if (u >= 0xE0 && u <= 0xEF) {
        count = 3;
        v = u & 0x0F;
    } else if (u >= 0xF0 && u <= 0xF4) {
        count = 4;
        v = u & 0x07;
    } else {
        return 0;
    }
    if (count > left)
        return 0;
    for (size_t i = 1; i < count; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (p[i] & 0x3F);
    }
    if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) ||
        (count == 3 && v < 0x800) || (count == 4 && v < 0x10000))
        return 0;
    return count;
}

/* jansson's escape of one byte below 0x20, '"' or '\\'. */
static void jw_escape(jw *w, unsigned char c)
{
    static const char hex[] = "0123456789ABCDEF";
    char e[6] = {'\\', 0, '0', '0', 0, 0};
    switch (c) {
    case '"': e[1] = '"'; break;
    case '\\': e[1] = '\\'; break;
    case '\b': e[1] = 'b'; break;
    case '\f': e[1] = 'f'; break;
    case '\n': e[1] = 'n'; break;
    case '\r': e[1] = 'r'; break;
    case '\t': e[1] = 't'; break;
    default:
        e[1] = 'u';
        e[4] = hex[c >> 4];
        e[5] = hex[c & 15];
        jw_put(w, e, 6);
        return;
    }
    jw_put(w, e, 2);
}

/* A JSON string of s[0..n) as jansson prints it: '/' and non-ASCII as they
 * are. Returns false (having written part of it) when s is not valid UTF-8,
 * where jansson's json_stringn would have refused it. Plain runs are copied
 * whole, and skipped eight bytes at a time, since almost every byte needs
 * no escape. */
static bool jw_string(jw *w, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t run = 0, i = 0;
    jw_reserve(w, n + 2);   /* the usual case: nothing to escape */
    w->buf[w->len++] = '"';
    while (i < n) {
        while (i + 8 <= n && !utf8_json_special8(u + i))
            i += 8;
        if (i >= n)
            break;
        unsigned char c = u[i];
        if (c >= 0x80) {
            size_t k = utf8_seq(u + i, n - i);
            if (k == 0)
                return false;
            i += k;
        } else if (c < 0x20 || c == '"' || c == '\\') {
            jw_put(w, s + run, i - run);
            jw_escape(w, c);
            run = ++i;
        } else {
            i++;
        }
    }
    jw_put(w, s + run, n - run);
    jw_putc(w, '"');
    return true;
}

/* "%lld" without the printf machinery: integers are most of the values. */
static void jw_int(jw *w, long long v)
{
    char tmp[24];
    char *p = tmp + sizeof tmp;
    unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        *--p = '-';
    jw_put(w, p, (size_t)(tmp + sizeof tmp - p));
}

/* jansson's jsonp_dtostr with precision 15: "%.15g", ".0" appended when there
 * is neither '.' nor 'e', and the exponent's '+' and leading zeros dropped
 * ("1e-07" becomes "1e-7"). newsfacts never calls setlocale, so the decimal
 * point is always '.'. v is finite. */
static void jw_real(jw *w, double v)
{
    char buf[100];
    int r = snprintf(buf, sizeof buf - 3, "%.15g", v);
    size_t n = r > 0 ? (size_t)r : 0;
    if (!strchr(buf, '.') && !strchr(buf, 'e')) {
        memcpy(buf + n, ".0", 3);
        n += 2;
    }
    char *start = strchr(buf, 'e');
    if (start) {
        start++;
        char *end = start + 1;
        if (*start == '-')
            start++;
        while (*end == '0')
            end++;
        if (end != start) {
            memmove(start, end, n - (size_t)(end - buf) + 1);
            n -= (size_t)(end - start);
        }
    }
    jw_put(w, buf, n);
}

/* ---- members ------------------------------------------------------------ */

static void field_null(jw *w, jw_keyname key)
{
    jw_key(w, key);
    jw_put(w, "null", 4);
}

static void field_int(jw *w, jw_keyname key, long long v)
{
    jw_key(w, key);
    jw_int(w, v);
}

static void field_bool(jw *w, jw_keyname key, bool v)
{
    jw_key(w, key);
    jw_put(w, v ? "true" : "false", v ? 4 : 5);
}

/* key: s[0..n), or no member at all when s is not valid UTF-8 (jansson's
 * json_object_set_new ignored the NULL that json_stringn gave). */
static void field_bytes(jw *w, jw_keyname key, const char *s, size_t n)
{
    jw_mark m = jw_mark_here(w);
    jw_key(w, key);
    if (!jw_string(w, s, n))
        jw_undo(w, m);
}

/* json_string(s): no member when s is NULL. */
static void field_str(jw *w, jw_keyname key, const char *s)
{
    if (s)
        field_bytes(w, key, s, strlen(s));
}

static void field_str_or_null(jw *w, jw_keyname key, const char *s)
{
    if (s)
        field_bytes(w, key, s, strlen(s));
    else
        field_null(w, key);
}

/* key: text[start, end), valid UTF-8 as is, otherwise with U+FFFD for each
 * bad byte (and each NUL) so that one bad byte does not lose the whole story;
 * null when the span lies outside the text. */
static void field_slice(jw *w, jw_keyname key, const char *text, size_t len,
                        size_t start, size_t end)
{
    if (start > end || end > len) {
        field_null(w, key);
        return;
    }
    const char *s = text + start;
    size_t n = end - start;
    /* valid UTF-8 by jansson's rules is valid by utf8_first_invalid's too
     * (utf8proc's), and the other way round: one pass decides */
    jw_mark m = jw_mark_here(w);
    jw_key(w, key);
    if (jw_string(w, s, n))
        return;
    jw_undo(w, m);
    char *buf = xmalloc(n * 3 + 1);
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = utf8_next(s, n, i, &cp);
        if (cp == UTF8_BAD || cp == 0) {
            memcpy(buf + o, "\xEF\xBF\xBD", 3);
            o += 3;
        } else {
            memcpy(buf + o, s + i, k);
            o += k;
        }
        i += k;
    }
    field_bytes(w, key, buf, o);
    free(buf);
}

static void put_span(jw *w, const char *text, size_t len, nf_span sp)
{
    field_slice(w, JW_KEY("text"), text, len, sp.start, sp.end);
    field_int(w, JW_KEY("start"), (long long)sp.start);
    field_int(w, JW_KEY("end"), (long long)sp.end);
}

/* ---- the facts ---------------------------------------------------------- */

static void mentions(jw *w, const nf_span *m, size_t n, const char *text, size_t len)
{
    jw_key(w, JW_KEY("mentions"));
    jw_open(w, '[');
    for (size_t i = 0; i < n; i++) {
        jw_sep(w);
        jw_open(w, '{');
        put_span(w, text, len, m[i]);
        jw_close(w, '}');
    }
    jw_close(w, ']');
}

static void document(jw *w, const nf_facts *f, const char *text, size_t len, int flags)
{
    jw_key(w, JW_KEY("document"));
    jw_open(w, '{');
    field_str(w, JW_KEY("sha256"), f->doc.sha256);
    field_str_or_null(w, JW_KEY("source"), f->doc.source);
    field_str_or_null(w, JW_KEY("title"), f->doc.title);
    field_str_or_null(w, JW_KEY("url"), f->doc.url);
    field_str_or_null(w, JW_KEY("published"), f->doc.published);
    field_int(w, JW_KEY("bytes"), (long long)f->doc.bytes);
    if (flags & NF_JSON_WITH_TEXT)
        field_slice(w, JW_KEY("text"), text, len, 0, len);
    jw_close(w, '}');
}

static void event(jw *w, const nf_event *e, const char *text, size_t len)
{
    field_int(w, JW_KEY("id"), e->id);
    field_str_or_null(w, JW_KEY("type"), e->type);
    field_bool(w, JW_KEY("main"), e->main);
    field_str_or_null(w, JW_KEY("location"), e->location);
    field_str_or_null(w, JW_KEY("date"), e->date);
    put_span(w, text, len, e->text);
}

static void country(jw *w, const nf_country *c, const char *text, size_t len)
{
    field_str(w, JW_KEY("code"), c->code);
    field_str_or_null(w, JW_KEY("name"), c->name);
    mentions(w, c->mentions, c->n_mentions, text, len);
}

static void official(jw *w, const nf_official *p, const char *text, size_t len)
{
    field_str_or_null(w, JW_KEY("name"), p->name);
    field_str_or_null(w, JW_KEY("title"), p->title);
    field_str_or_null(w, JW_KEY("country"), p->country[0] ? p->country : NULL);
    mentions(w, p->mentions, p->n_mentions, text, len);
}

/* event 0 means none and prints as null. */
static void field_event(jw *w, int event_id)
{
    if (event_id)
        field_int(w, JW_KEY("event"), event_id);
    else
        field_null(w, JW_KEY("event"));
}

static void casualty(jw *w, const nf_casualty *c, const char *text, size_t len)
{
    field_event(w, c->event);
    field_str(w, JW_KEY("category"), nf_category_name(c->category));
    field_int(w, JW_KEY("count"), c->count);
    field_str(w, JW_KEY("qualifier"), nf_qualifier_name(c->qualifier));
    field_str_or_null(w, JW_KEY("group"), c->group);
    put_span(w, text, len, c->text);
}

static void arrest(jw *w, const nf_arrest *a, const char *text, size_t len)
{
    field_event(w, a->event);
    if (a->count >= 0)
        field_int(w, JW_KEY("count"), a->count);
    else
        field_null(w, JW_KEY("count"));
    field_str_or_null(w, JW_KEY("suspects"), a->suspects);
    put_span(w, text, len, a->text);
}

static void quote(jw *w, const nf_quote *q, const char *text, size_t len)
{
    field_str_or_null(w, JW_KEY("speaker"), q->speaker);
    put_span(w, text, len, q->text);
}

/* Whole values below 9e15 print as integers, others as reals; jansson's
 * json_real refused NaN and infinities, so those leave "value" out. */
static void amount(jw *w, const nf_amount *a, const char *text, size_t len)
{
    double v = a->value;
    if (v < 9e15 && v > -9e15 && v == (double)(long long)v) {
        field_int(w, JW_KEY("value"), (long long)v);
    } else if (isfinite(v)) {
        jw_key(w, JW_KEY("value"));
        jw_real(w, v);
    }
    field_str(w, JW_KEY("currency"), a->currency);
    put_span(w, text, len, a->text);
}

/* One array of facts: each element an object that fn fills. The element
 * type differs per kind, hence the void pointers and the stride. */
typedef void (*fact_fn)(jw *w, const void *item, const char *text, size_t len);

static void fact_array(jw *w, jw_keyname key, const void *items, size_t n, size_t size,
                       fact_fn fn, const char *text, size_t len)
{
    jw_key(w, key);
    jw_open(w, '[');
    for (size_t i = 0; i < n; i++) {
        jw_sep(w);
        jw_open(w, '{');
        fn(w, (const char *)items + i * size, text, len);
        jw_close(w, '}');
    }
    jw_close(w, ']');
}

/* Adapters from the typed writers above to fact_fn. */
static void event_fn(jw *w, const void *p, const char *t, size_t n) { event(w, p, t, n); }
static void country_fn(jw *w, const void *p, const char *t, size_t n) { country(w, p, t, n); }
static void official_fn(jw *w, const void *p, const char *t, size_t n) { official(w, p, t, n); }
static void casualty_fn(jw *w, const void *p, const char *t, size_t n) { casualty(w, p, t, n); }
static void arrest_fn(jw *w, const void *p, const char *t, size_t n) { arrest(w, p, t, n); }
static void quote_fn(jw *w, const void *p, const char *t, size_t n) { quote(w, p, t, n); }
static void amount_fn(jw *w, const void *p, const char *t, size_t n) { amount(w, p, t, n); }

#define FACTS(w, key, arr, n, fn, text, len) \
    fact_array((w), (key), (arr), (n), sizeof *(arr), (fn), (text), (len))

void nf_facts_json_append(nf_jbuf *b, const nf_facts *f, const char *text, size_t len, int flags)
{
    jw w = {.buf = b->data, .len = b->len, .cap = b->cap, .pretty = (flags & NF_JSON_INDENT) != 0};
    /* Room for the usual story at once: the facts JSON is a few times the
     * size of the quoted text, plus the text itself when included. */
    jw_reserve(&w, 4096 + ((flags & NF_JSON_WITH_TEXT) ? len + len / 8 : 0));
    jw_open(&w, '{');
    document(&w, f, text, len, flags);
    FACTS(&w, JW_KEY("events"), f->events, f->n_events, event_fn, text, len);
    FACTS(&w, JW_KEY("countries"), f->countries, f->n_countries, country_fn, text, len);
    FACTS(&w, JW_KEY("officials"), f->officials, f->n_officials, official_fn, text, len);
    FACTS(&w, JW_KEY("casualties"), f->casualties, f->n_casualties, casualty_fn, text, len);
    FACTS(&w, JW_KEY("arrests"), f->arrests, f->n_arrests, arrest_fn, text, len);
    FACTS(&w, JW_KEY("quotes"), f->quotes, f->n_quotes, quote_fn, text, len);
    FACTS(&w, JW_KEY("amounts"), f->amounts, f->n_amounts, amount_fn, text, len);
    jw_close(&w, '}');
    if (flags & NF_JSON_NEWLINE)
        jw_putc(&w, '\n');
    w.buf[w.len] = '\0';
    b->data = w.buf;
    b->len = w.len;
    b->cap = w.cap;
}

char *nf_facts_to_json(const nf_facts *f, const char *text, size_t len, int flags)
{
    nf_jbuf b = {NULL, 0, 0};
    nf_facts_json_append(&b, f, text, len, flags);
    return b.data;
}
