/* check_jsonw.c — json_out.c writes the facts JSON itself; it must stay byte
 * for byte what the jansson tree it replaced printed. The tree version is kept
 * here (ref_facts_to_json, copied from json_out.c before the rewrite) and
 * both are compared in all four flag combinations: every corpus story, a
 * story of bad bytes, and hand-made facts with NULL strings, empty arrays,
 * reals, huge integers and strings jansson refuses. */
#include "tests.h"
#include "alloc.h"
#include "extract.h"
#include "json_out.h"
#include "utf8.h"

#include <dirent.h>
#include <jansson.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CORPUS "tests/fixtures/corpus"

/* ---- the reference: json_out.c as it was (jansson tree + json_dumps) ------ */

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
        /* range first: the old order cast NaN and 1e20 (undefined, INT64_MIN on x86) */
        if (v < 9e15 && v > -9e15 && v == (double)(json_int_t)v)
            json_object_set_new(o, "value", json_integer((json_int_t)v));
        else
            json_object_set_new(o, "value", json_real(v));
        json_object_set_new(o, "currency", json_string(a->currency));
        put_span(o, text, len, a->text);
        json_array_append_new(arr, o);
    }
    return arr;
}

static char *ref_facts_to_json(const nf_facts *f, const char *text, size_t len, int flags)
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

/* ---- comparison ------------------------------------------------------------ */

static const int flag_sets[] = {0, NF_JSON_INDENT, NF_JSON_WITH_TEXT,
                                NF_JSON_INDENT | NF_JSON_WITH_TEXT};

/* Both renderings of f in every flag set must be equal; on a difference the
 * message shows where, since the strings can be long. Returns the number of
 * bytes compared so callers can tell that something was printed. */
static size_t assert_same(const char *what, const nf_facts *f, const char *text, size_t len)
{
    size_t bytes = 0;
    for (size_t k = 0; k < sizeof flag_sets / sizeof flag_sets[0]; k++) {
        int flags = flag_sets[k];
        char *want = ref_facts_to_json(f, text, len, flags);
        char *got = nf_facts_to_json(f, text, len, flags);
        ck_assert_msg(want != NULL, "%s: reference gave NULL", what);
        ck_assert_msg(got != NULL, "%s: nf_facts_to_json gave NULL", what);
        size_t i = 0;
        while (want[i] && want[i] == got[i])
            i++;
        size_t from = i > 40 ? i - 40 : 0;
        ck_assert_msg(want[i] == got[i],
                      "%s (flags %d): differs at byte %zu:\nwant ...%.80s\ngot  ...%.80s", what,
                      flags, i, want + from, got + from);
        bytes += strlen(got);
        free(want);
        free(got);
    }
    return bytes;
}

/* ---- extracted facts ------------------------------------------------------- */

START_TEST(test_corpus)
{
    DIR *dp = opendir(CORPUS);
    ck_assert_msg(dp != NULL, "cannot open " CORPUS);
    size_t stories = 0;
    struct dirent *de;
    while ((de = readdir(dp)) != NULL) {
        size_t n = strlen(de->d_name);
        if (n < 5 || strcmp(de->d_name + n - 4, ".txt") != 0)
            continue;
        char path[512];
        snprintf(path, sizeof path, CORPUS "/%s", de->d_name);
        char *text = test_read_file(path, NULL);
        ck_assert_msg(text != NULL, "cannot read %s", path);
        nf_facts *f = test_extract(text);
        assert_same(path, f, text, strlen(text));
        nf_facts_free(f);
        /* with a document's metadata, as a JSON Lines record gives it */
        nf_docmeta meta = {.source = path, .title = "A \"title\" \\ / caf\xC3\xA9",
                           .url = "https://example.org/x?a=1&b=2",
                           .published = "2024-01-02"};
        f = nf_extract(test_gaz(), text, strlen(text), &meta, NULL, NULL);
        assert_same(path, f, text, strlen(text));
        nf_facts_free(f);
        free(text);
        stories++;
    }
    closedir(dp);
    ck_assert_uint_ge(stories, 10);
}
END_TEST

/* Bad UTF-8, NUL bytes, control characters, quotes and backslashes inside
 * quoted speech, run through the extractor (length given: the NULs stay). */
START_TEST(test_nasty_story)
{
    static const char text[] =
        "LONDON \x01(Reuters) - Prime Minister Keir Starmer said: \"We will \\not\\ "
        "give in \x1f to \x7f threats \xff\xfe and the caf\xE9 is \xC0\xAF closed.\"\n"
        "\"They said \x00 nothing\t\r\b\f at all,\" Starmer told reporters in Paris, "
        "France. \xED\xA0\x80 Three people died and 12 were injured; police arrested "
        "two men. The fund of $2.6 million \xF4\x90\x80\x80 was \"frozen\".\n"
        "\xE2\x80\x9CIt is over,\xE2\x80\x9D said Emmanuel Macron, the French president "
        "\xF0\x9F\x98\x80 / \xE2\x82\xAC 0.1 billion.\xE2\x80";
    size_t len = sizeof text - 1;
    nf_facts *f = nf_extract(test_gaz(), text, len, NULL, NULL, NULL);
    ck_assert_ptr_nonnull(f);
    assert_same("nasty story", f, text, len);
    /* and one quote per hard slice, whatever the extractor found */
    for (size_t s = 0; s < len; s += 7) {
        nf_quote *q = nf_facts_add_quote(f);
        q->text = (nf_span){s, s + 13 < len ? s + 13 : len};
    }
    assert_same("nasty story, every slice", f, text, len);
    nf_facts_free(f);
}
END_TEST

/* ---- hand-made facts ------------------------------------------------------- */

/* Nothing at all: every array empty ("[]" in both layouts), NULL metadata. */
START_TEST(test_empty)
{
    nf_facts *f = nf_facts_new();
    assert_same("empty", f, "", 0);
    char *got = nf_facts_to_json(f, "", 0, NF_JSON_INDENT);
    ck_assert_ptr_nonnull(strstr(got, "\"events\": [],"));
    free(got);
    nf_facts_free(f);
}
END_TEST

static void add_amount(nf_facts *f, double v, const char *cur, nf_span sp)
{
    nf_amount *a = nf_facts_add_amount(f);
    a->value = v;
    memcpy(a->currency, cur, strlen(cur) + 1);
    a->text = sp;
}

/* Every kind, NULL strings and empty mention lists, out-of-range spans, reals,
 * huge integers, and strings jansson refuses (the member is left out). */
START_TEST(test_all_fields)
{
    static const char text[] = "Two men died in France. \"Quote \\ here\" \x02\xC3\xA9\xC3";
    size_t len = sizeof text - 1;
    nf_facts *f = nf_facts_new();
    memcpy(f->doc.sha256, "abc123", 7);
    f->doc.bytes = len;
    f->doc.source = NULL;
    f->doc.title = nf_facts_strdup(f, "bad \xC3( utf8");   /* refused: no member */
    f->doc.url = nf_facts_strdup(f, "a/b\x01\x1f\x7f\"\\");

    nf_event *e = nf_facts_add_event(f);
    e->id = 1;
    e->main = true;
    e->text = (nf_span){0, 12};
    e = nf_facts_add_event(f);
    e->id = INT_MAX;
    e->type = nf_facts_strdup(f, "capsize");
    e->location = nf_facts_strdup(f, "Côte d'Ivoire");
    e->date = nf_facts_strdup(f, "\xED\xA0\x80");           /* surrogate: refused */
    e->text = (nf_span){12, 4};                              /* start > end: null */

    nf_country *c = nf_facts_add_country(f);
    memcpy(c->code, "FR", 3);
    c->name = nf_facts_strdup(f, "France");
    nf_country_add_mention(f, c, (nf_span){16, 22});
    nf_country_add_mention(f, c, (nf_span){16, len + 1});   /* past the end: null */
    c = nf_facts_add_country(f);
    memcpy(c->code, "XX", 3);                                /* no name, no mentions */

    nf_official *o = nf_facts_add_official(f);
    o->name = nf_facts_strdup(f, "Jean \"JJ\" Dupont");
    memcpy(o->country, "FR", 3);
    nf_official_add_mention(f, o, (nf_span){24, len});      /* ends in bad UTF-8 */
    o = nf_facts_add_official(f);                           /* all NULL, country "" */

    nf_casualty *k = nf_facts_add_casualty(f);
    k->category = NF_DEAD;
    k->count = LLONG_MAX;
    k->qualifier = NF_AT_LEAST;
    k->text = (nf_span){0, 12};
    k = nf_facts_add_casualty(f);
    k->event = 2;
    k->category = (nf_category)99;                          /* "?" */
    k->count = LLONG_MIN;
    k->qualifier = (nf_qualifier)-1;
    k->group = nf_facts_strdup(f, "children");
    k->text = (nf_span){SIZE_MAX, SIZE_MAX};                /* null */

    nf_arrest *a = nf_facts_add_arrest(f);
    a->count = -1;
    a->text = (nf_span){0, 0};                              /* "" */
    a = nf_facts_add_arrest(f);
    a->event = 1;
    a->count = 0;
    a->suspects = nf_facts_strdup(f, "two men");
    a->text = (nf_span){0, 3};

    nf_quote *q = nf_facts_add_quote(f);
    q->text = (nf_span){24, 39};
    q = nf_facts_add_quote(f);
    q->speaker = nf_facts_strdup(f, "Dupont");
    q->text = (nf_span){40, len};

    static const double values[] = {2.6, 0.1, 1e-7, 123456789.123, 0, -0.0, 42, -42,
                                    9e15, 8999999999999999.0, -9e15, 1e15, 1e16, 1e20,
                                    1e300, -1e-300, 5e-324, 1.5, 1e21, 123456789012345678.0,
                                    0.000123, 3.14159265358979, 1.0 / 3, -2.5e-5,
                                    NAN, INFINITY, -INFINITY, 1.7976931348623157e308};
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++)
        add_amount(f, values[i], i % 2 ? "EUR" : "USD", (nf_span){0, 3});
    add_amount(f, 1.0, "\xFF\xFE", (nf_span){0, 3});        /* currency refused */

    size_t bytes = assert_same("all fields", f, text, len);
    ck_assert_uint_gt(bytes, 1000);
    nf_facts_free(f);
}
END_TEST

/* Every byte value as a one-byte span and as a metadata string, and every
 * pair of bytes from a set that starts, continues or breaks a sequence. */
START_TEST(test_every_byte)
{
    char text[256];
    for (int i = 0; i < 256; i++)
        text[i] = (char)i;
    nf_facts *f = nf_facts_new();
    for (size_t i = 0; i < 256; i++) {
        nf_quote *q = nf_facts_add_quote(f);
        q->text = (nf_span){i, i + 1};
        if (i > 0) {
            char s[2] = {(char)i, 0};
            q->speaker = nf_facts_strdup(f, s);
        }
    }
    assert_same("every byte", f, text, sizeof text);
    nf_facts_free(f);

    static const unsigned char set[] = {0x00, 0x22, 0x41, 0x5C, 0x7F, 0x80, 0xBF,
                                        0xC2, 0xDF, 0xE0, 0xED, 0xF0, 0xF4, 0xF5};
    enum { N = sizeof set };
    char pairs[N * N * 3];
    f = nf_facts_new();
    for (size_t i = 0; i < N; i++) {
        for (size_t j = 0; j < N; j++) {
            size_t at = (i * N + j) * 3;
            pairs[at] = (char)set[i];
            pairs[at + 1] = (char)set[j];
            pairs[at + 2] = (char)0xA0;
            nf_quote *q = nf_facts_add_quote(f);
            q->text = (nf_span){at, at + 3};
        }
    }
    assert_same("byte pairs", f, pairs, sizeof pairs);
    nf_facts_free(f);

    /* sequences at the edges of validity: overlong, surrogate, past U+10FFFF,
     * truncated, and the largest of each length; as metadata (jansson checks
     * them) and as spans (repaired with U+FFFD) */
    static const char *const seqs[] = {
        "\xC1\xBF", "\xC2\x80", "\xDF\xBF", "\xE0\x9F\xBF", "\xE0\xA0\x80",
        "\xED\x9F\xBF", "\xED\xA0\x80", "\xED\xBF\xBF", "\xEE\x80\x80",
        "\xEF\xBF\xBF", "\xF0\x8F\xBF\xBF", "\xF0\x90\x80\x80",
        "\xF4\x8F\xBF\xBF", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80",
        "\xF0\x90\x80", "\xE2\x82", "\xC3", "\x80", "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80z",
    };
    char all[256];
    size_t n = 0;
    f = nf_facts_new();
    for (size_t i = 0; i < sizeof seqs / sizeof seqs[0]; i++) {
        size_t k = strlen(seqs[i]);
        nf_quote *q = nf_facts_add_quote(f);
        q->speaker = nf_facts_strdup(f, seqs[i]);
        q->text = (nf_span){n, n + k};
        memcpy(all + n, seqs[i], k);
        n += k;
    }
    assert_same("edge sequences", f, all, n);
    nf_facts_free(f);
}
END_TEST

/* jw_string skips eight plain bytes at a time: a byte that needs a look (an
 * escape, a control byte, DEL, a UTF-8 sequence valid or not) at every
 * offset of a 40-byte span and of a metadata string, so that it falls at
 * every place in a word and in the tail. */
START_TEST(test_special_byte_at_every_offset)
{
    static const char *const specials[] = {
        "\"", "\\", "\x01", "\x1f", "\x7f", "/", "\xC3\xA9", "\xE2\x80\x9C",
        "\xF0\x9F\x98\x80", "\xC3", "\xFF", "\xED\xA0\x80",
    };
    for (size_t k = 0; k < sizeof specials / sizeof specials[0]; k++) {
        size_t sl = strlen(specials[k]);
        for (size_t at = 0; at <= 40; at++) {
            char text[64];
            memset(text, 'a', sizeof text);
            memcpy(text + at, specials[k], sl);
            size_t len = at + sl + (at % 9);
            text[len] = '\0';
            nf_facts *f = nf_facts_new();
            f->doc.title = nf_facts_strdup(f, text);
            nf_quote *q = nf_facts_add_quote(f);
            q->text = (nf_span){0, len};
            q = nf_facts_add_quote(f);
            q->text = (nf_span){at % 8, len};
            char what[64];
            snprintf(what, sizeof what, "special %zu at %zu", k, at);
            assert_same(what, f, text, len);
            nf_facts_free(f);
        }
    }
    /* a NUL inside valid UTF-8 is escaped; inside invalid UTF-8 it is U+FFFD */
    nf_facts *f = nf_facts_new();
    nf_quote *q = nf_facts_add_quote(f);
    q->text = (nf_span){0, 20};
    assert_same("NUL in a valid span", f, "0123456789\0abcdefghi", 20);
    char *got = nf_facts_to_json(f, "0123456789\0abcdefghi", 20, 0);
    ck_assert_ptr_nonnull(strstr(got, "\"text\":\"0123456789\\u0000abcdefghi\""));
    free(got);
    assert_same("NUL in an invalid span", f, "0123456789\0abcdefgh\xff", 20);
    got = nf_facts_to_json(f, "0123456789\0abcdefgh\xff", 20, 0);
    ck_assert_ptr_nonnull(strstr(got, "\"text\":\"0123456789\xEF\xBF\xBD" "abcdefgh\xEF\xBF\xBD\""));
    free(got);
    nf_facts_free(f);
}
END_TEST

/* nf_facts_json_append: stories appended to one buffer are, byte for byte,
 * each story's nf_facts_to_json followed by a newline. */
START_TEST(test_append_many)
{
    static const char *const stories[] = {
        "Police in France said 12 people died and 3 were injured.",
        "",
        "\"We will not give in,\" Prime Minister Keir Starmer told reporters in London.",
    };
    for (size_t k = 0; k < sizeof flag_sets / sizeof flag_sets[0]; k++) {
        int flags = flag_sets[k];
        nf_jbuf b = {NULL, 0, 0};
        size_t want_len = 0;
        char *want = xstrdup("");
        for (int round = 0; round < 40; round++) {
            const char *text = stories[round % 3];
            nf_facts *f = nf_extract(test_gaz(), text, strlen(text), NULL, NULL, NULL);
            char *one = nf_facts_to_json(f, text, strlen(text), flags);
            size_t n = strlen(one);
            want = xrealloc(want, want_len + n + 2);
            memcpy(want + want_len, one, n);
            want[want_len + n] = '\n';
            want_len += n + 1;
            want[want_len] = '\0';
            free(one);
            nf_facts_json_append(&b, f, text, strlen(text), flags | NF_JSON_NEWLINE);
            nf_facts_free(f);
            ck_assert_uint_eq(b.len, want_len);
            ck_assert_uint_gt(b.cap, b.len);
            ck_assert_int_eq(b.data[b.len], '\0');
            ck_assert(memcmp(b.data, want, want_len) == 0);
            if (round == 20)
                b.len = want_len = 0;   /* a flushed buffer is reused */
        }
        free(want);
        free(b.data);
    }
}
END_TEST

Suite *jsonw_suite(void)
{
    Suite *s = suite_create("jsonw");
    TCase *tc = tcase_create("json_out");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_corpus);
    tcase_add_test(tc, test_nasty_story);
    tcase_add_test(tc, test_empty);
    tcase_add_test(tc, test_all_fields);
    tcase_add_test(tc, test_every_byte);
    tcase_add_test(tc, test_special_byte_at_every_offset);
    tcase_add_test(tc, test_append_many);
    suite_add_tcase(s, tc);
    return s;
}
