/* facts.c — the nf_facts container: arrays of facts and the arena that owns
 * their strings (see newsfacts.h). */
#include "newsfacts.h"
#include "alloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Strings are bump-allocated in chunks so that freeing a story's facts is a
 * handful of free() calls, not one per string. */
typedef struct chunk {
    struct chunk *next;
    size_t used, size;
    char data[];
} chunk;

struct nf_arena {
    chunk *head;
    /* capacities of the fact arrays, kept here to keep nf_facts plain */
    size_t cap_events, cap_countries, cap_officials, cap_casualties,
           cap_arrests, cap_quotes, cap_amounts;
    /* mention arrays are owned per country/official: tracked for free() */
    void **owned;
    size_t n_owned, cap_owned;
};

void nf_error_clear(nf_error *e)
{
    if (!e)
        return;
    memset(e, 0, sizeof *e);
    e->offset = -1;
}

void nf_error_set(nf_error *e, int code, const char *file, const char *fmt, ...)
{
    if (!e)
        return;
    nf_error_clear(e);
    e->code = code;
    if (file)
        snprintf(e->file, sizeof e->file, "%s", file);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->text, sizeof e->text, fmt, ap);
    va_end(ap);
}

static const char *const category_names[NF_N_CATEGORIES] = {
    "dead", "injured", "missing", "survivors", "aboard"
};
static const char *const qualifier_names[NF_N_QUALIFIERS] = {
    "exact", "at_least", "more_than", "up_to", "approximate"
};

const char *nf_category_name(nf_category c)
{
    return (unsigned)c < NF_N_CATEGORIES ? category_names[c] : "?";
}

const char *nf_qualifier_name(nf_qualifier q)
{
    return (unsigned)q < NF_N_QUALIFIERS ? qualifier_names[q] : "?";
}

static int parse_name(const char *const *names, int n, const char *s)
{
    for (int i = 0; s && i < n; i++)
        if (strcmp(names[i], s) == 0)
            return i;
    return -1;
}

int nf_category_parse(const char *s, nf_category *out)
{
    int i = parse_name(category_names, NF_N_CATEGORIES, s);
    if (i < 0)
        return -1;
    *out = (nf_category)i;
    return 0;
}

int nf_qualifier_parse(const char *s, nf_qualifier *out)
{
    int i = parse_name(qualifier_names, NF_N_QUALIFIERS, s);
    if (i < 0)
        return -1;
    *out = (nf_qualifier)i;
    return 0;
}

nf_facts *nf_facts_new(void)
{
    nf_facts *f = xcalloc(1, sizeof *f);
    f->arena = xcalloc(1, sizeof *f->arena);
    return f;
}

void nf_facts_free(nf_facts *f)
{
    if (!f)
        return;
    nf_arena *a = f->arena;
    for (chunk *c = a->head, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    for (size_t i = 0; i < a->n_owned; i++)
        free(a->owned[i]);
    free(a->owned);
    free(a);
    free(f->events);
    free(f->countries);
    free(f->officials);
    free(f->casualties);
    free(f->arrests);
    free(f->quotes);
    free(f->amounts);
    free(f);
}

const char *nf_facts_strndup(nf_facts *f, const char *s, size_t n)
{
    nf_arena *a = f->arena;
    if (!a->head || a->head->size - a->head->used < n + 1) {
        size_t size = n + 1 > 4096 ? n + 1 : 4096;
        chunk *c = xmalloc(sizeof *c + size);
        c->next = a->head;
        c->used = 0;
        c->size = size;
        a->head = c;
    }
    char *d = a->head->data + a->head->used;
    memcpy(d, s, n);
    d[n] = '\0';
    a->head->used += n + 1;
    return d;
}

const char *nf_facts_strdup(nf_facts *f, const char *s)
{
    return s ? nf_facts_strndup(f, s, strlen(s)) : NULL;
}

#define ADD_FACT(type, name, arr, count, cap)               \
    type *nf_facts_add_##name(nf_facts *f)                  \
    {                                                       \
        type *x = VEC_PUSH(f->arr, f->count, f->arena->cap); \
        memset(x, 0, sizeof *x);                            \
        return x;                                           \
    }

ADD_FACT(nf_event, event, events, n_events, cap_events)
ADD_FACT(nf_country, country, countries, n_countries, cap_countries)
ADD_FACT(nf_official, official, officials, n_officials, cap_officials)
ADD_FACT(nf_casualty, casualty, casualties, n_casualties, cap_casualties)
ADD_FACT(nf_arrest, arrest, arrests, n_arrests, cap_arrests)
ADD_FACT(nf_quote, quote, quotes, n_quotes, cap_quotes)
ADD_FACT(nf_amount, amount, amounts, n_amounts, cap_amounts)

/* Mention arrays grow by powers of two: a count that is a power of two (or
 * zero) means the array is full. Their old storage is swapped in the owned
 * list so that nf_facts_free releases exactly the live arrays. */
static nf_span *add_span(nf_arena *a, nf_span *arr, size_t *n, nf_span s)
{
    if (*n == 0 || (*n & (*n - 1)) == 0) {
        size_t cap = *n ? *n * 2 : 2;
        nf_span *grown = xrealloc(arr, cap * sizeof *grown);
        if (arr != grown) {
            size_t i = 0;
            while (arr && i < a->n_owned && a->owned[i] != arr)
                i++;
            if (arr && i < a->n_owned)
                a->owned[i] = grown;
            else
                *(void **)VEC_PUSH(a->owned, a->n_owned, a->cap_owned) = grown;
        }
        arr = grown;
    }
    arr[(*n)++] = s;
    return arr;
}

void nf_country_add_mention(nf_facts *f, nf_country *c, nf_span s)
{
    c->mentions = add_span(f->arena, c->mentions, &c->n_mentions, s);
}

void nf_official_add_mention(nf_facts *f, nf_official *o, nf_span s)
{
    o->mentions = add_span(f->arena, o->mentions, &o->n_mentions, s);
}
