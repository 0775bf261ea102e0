/* json_out.c — see json_out.h. */
#include "json_out.h"
#include "alloc.h"
#include "utf8.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* A JSON string of text[start, end): valid UTF-8 as is, otherwise with U+FFFD
 * for each bad byte so that one bad byte does not lose the whole story. */
static json_t *slice(const char *text, size_t len, size_t start, size_t end)
{
    if (start > end || end > len)
        return json_null();
    const char *s = text + start;
    size_t n = end - start;
    if (utf8_first_invalid(s, n) < 0)
        return json_stringn(s, n);
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
    json_t *j = json_stringn(buf, o);
    free(buf);
    return j;
}

static json_t *str_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

static void put_span(json_t *obj, const char *text, size_t len, nf_span sp)
{
    json_object_set_new(obj, "text", slice(text, len, sp.start, sp.end));
    json_object_set_new(obj, "start", json_integer((json_int_t)sp.start));
    json_object_set_new(obj, "end", json_integer((json_int_t)sp.end));
}

static json_t *mentions(const nf_span *m, size_t n, const char *text, size_t len)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < n; i++) {
        json_t *o = json_object();
        put_span(o, text, len, m[i]);
        json_array_append_new(arr, o);
    }
    return arr;
}

static json_t *document(const nf_facts *f, const char *text, size_t len, int flags)
{
    json_t *d = json_object();
    json_object_set_new(d, "sha256", json_string(f->doc.sha256));
    json_object_set_new(d, "source", str_or_null(f->doc.source));
    json_object_set_new(d, "title", str_or_null(f->doc.title));
    json_object_set_new(d, "url", str_or_null(f->doc.url));
    json_object_set_new(d, "published", str_or_null(f->doc.published));
    json_object_set_new(d, "bytes", json_integer((json_int_t)f->doc.bytes));
    if (flags & NF_JSON_WITH_TEXT)
        json_object_set_new(d, "text", slice(text, len, 0, len));
    return d;
}

static json_t *events(const nf_facts *f, const char *text, size_t len)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < f->n_events; i++) {
        const nf_event *e = &f->events[i];
        json_t *o = json_object();
        json_object_set_new(o, "id", json_integer(e->id));
        json_object_set_new(o, "type", str_or_null(e->type));
        json_object_set_new(o, "main", json_boolean(e->main));
        json_object_set_new(o, "location", str_or_null(e->location));
        json_object_set_new(o, "date", str_or_null(e->date));
        put_span(o, text, len, e->text);
        json_array_append_new(arr, o);
    }
    return arr;
}

static json_t *countries(const nf_facts *f, const char *text, size_t len)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < f->n_countries; i++) {
        const nf_country *c = &f->countries[i];
        json_t *o = json_object();
        json_object_set_new(o, "code", json_string(c->code));
        json_object_set_new(o, "name", str_or_null(c->name));
        json_object_set_new(o, "mentions", mentions(c->mentions, c->n_mentions, text, len));
        json_array_append_new(arr, o);
    }
    return arr;
}

static json_t *officials(const nf_facts *f, const char *text, size_t len)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < f->n_officials; i++) {
        const nf_official *p = &f->officials[i];
        json_t *o = json_object();
        json_object_set_new(o, "name", str_or_null(p->name));
        json_object_set_new(o, "title", str_or_null(p->title));
        json_object_set_new(o, "country", p->country[0] ? json_string(p->country) : json_null());
        json_object_set_new(o, "mentions", mentions(p->mentions, p->n_mentions, text, len));
        json_array_append_new(arr, o);
    }
    return arr;
}

static json_t *casualties(const nf_facts *f, const char *text, size_t len)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < f->n_casualties; i++) {
        const nf_casualty *c = &f->casualties[i];
        json_t *o = json_object();
        json_object_set_new(o, "event", c->event ? json_integer(c->event) : json_null());
        json_object_set_new(o, "category", json_string(nf_category_name(c->category)));
        json_object_set_new(o, "count", json_integer(c->count));
        json_object_set_new(o, "qualifier", json_string(nf_qualifier_name(c->qualifier)));
        json_object_set_new(o, "group", str_or_null(c->group));
        put_span(o, text, len, c->text);
        json_array_append_new(arr, o);
    }
    return arr;
}

static json_t *arrests(const nf_facts *f, const char *text, size_t len)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < f->n_arrests; i++) {
        const nf_arrest *a = &f->arrests[i];
        json_t *o = json_object();
        json_object_set_new(o, "event", a->event ? json_integer(a->event) : json_null());
        json_object_set_new(o, "count", a->count >= 0 ? json_integer(a->count) : json_null());
        json_object_set_new(o, "suspects", str_or_null(a->suspects));
        put_span(o, text, len, a->text);
        json_array_append_new(arr, o);
    }
    return arr;
}

static json_t *quotes(const nf_facts *f, const char *text, size_t len)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < f->n_quotes; i++) {
        const nf_quote *q = &f->quotes[i];
        json_t *o = json_object();
        json_object_set_new(o, "speaker", str_or_null(q->speaker));
        put_span(o, text, len, q->text);
        json_array_append_new(arr, o);
    }
    return arr;
}

static json_t *amounts(const nf_facts *f, const char *text, size_t len)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < f->n_amounts; i++) {
        const nf_amount *a = &f->amounts[i];
        json_t *o = json_object();
        double v = a->value;
        if (v == (double)(json_int_t)v && v < 9e15 && v > -9e15)
            json_object_set_new(o, "value", json_integer((json_int_t)v));
        else
            json_object_set_new(o, "value", json_real(v));
        json_object_set_new(o, "currency", json_string(a->currency));
        put_span(o, text, len, a->text);
        json_array_append_new(arr, o);
    }
    return arr;
}

char *nf_facts_to_json(const nf_facts *f, const char *text, size_t len, int flags)
{
    json_t *root = json_object();
    json_object_set_new(root, "document", document(f, text, len, flags));
    json_object_set_new(root, "events", events(f, text, len));
    json_object_set_new(root, "countries", countries(f, text, len));
    json_object_set_new(root, "officials", officials(f, text, len));
    json_object_set_new(root, "casualties", casualties(f, text, len));
    json_object_set_new(root, "arrests", arrests(f, text, len));
    json_object_set_new(root, "quotes", quotes(f, text, len));
    json_object_set_new(root, "amounts", amounts(f, text, len));
    size_t jflags = JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15) |
                    ((flags & NF_JSON_INDENT) ? JSON_INDENT(2) : JSON_COMPACT);
    char *out = json_dumps(root, jflags);
    json_decref(root);
    return out;
}
