/* newsfacts.h — the public face of newsfacts: the facts of one story and the
 * few entry points that make, print and store them.
 *
 * Ownership: an nf_facts owns every string and array reachable from it (they
 * live in its arena); nf_facts_free() releases all of it. Spans are byte
 * offsets into the story exactly as read, start inclusive, end exclusive.
 * Nothing here includes sqlite3.h or jansson.h.
 */
#ifndef NEWSFACTS_H
#define NEWSFACTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define NF_VERSION "0.1.0"

/* An error a user can act on: where (file, line, column or byte offset) and what. */
typedef struct nf_error {
    int code;            /* 0 = no error; otherwise one of NF_E* */
    char file[512];      /* the input at fault, "" when none */
    int line, column;    /* 1-based, 0 when unknown */
    long long offset;    /* byte offset, -1 when unknown */
    char text[512];      /* the message */
} nf_error;

enum { NF_EOK = 0, NF_EINPUT = 1, NF_EDB = 2, NF_EUSAGE = 3, NF_ELIMIT = 4 };

void nf_error_clear(nf_error *e);
/* Fill e (if not NULL) with code, file and a printf-style message. */
void nf_error_set(nf_error *e, int code, const char *file, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

typedef struct nf_span { size_t start, end; } nf_span;

typedef enum {
    NF_DEAD, NF_INJURED, NF_MISSING, NF_SURVIVORS, NF_ABOARD, NF_N_CATEGORIES
} nf_category;

typedef enum {
    NF_EXACT, NF_AT_LEAST, NF_MORE_THAN, NF_UP_TO, NF_APPROXIMATE, NF_N_QUALIFIERS
} nf_qualifier;

const char *nf_category_name(nf_category c);
int nf_category_parse(const char *s, nf_category *out);     /* 0 ok, -1 unknown */
const char *nf_qualifier_name(nf_qualifier q);
int nf_qualifier_parse(const char *s, nf_qualifier *out);   /* 0 ok, -1 unknown */

typedef struct nf_event {
    int id;               /* 1-based, referenced by casualties and arrests */
    const char *type;     /* capsize, shipwreck, bombing, shooting, ... */
    bool main;
    const char *location; /* NULL when not known */
    const char *date;     /* NULL when not known */
    nf_span text;
} nf_event;

typedef struct nf_country {
    char code[3];         /* ISO 3166-1 alpha-2 */
    const char *name;
    nf_span *mentions;
    size_t n_mentions;
} nf_country;

typedef struct nf_official {
    const char *name;     /* fullest form the story gives */
    const char *title;    /* NULL when the story gives none */
    char country[3];      /* "" when none / international body */
    nf_span *mentions;
    size_t n_mentions;
} nf_official;

typedef struct nf_casualty {
    int event;            /* nf_event.id, 0 when none */
    nf_category category;
    long long count;
    nf_qualifier qualifier;
    const char *group;    /* NULL when the count is not a breakdown */
    nf_span text;
} nf_casualty;

typedef struct nf_arrest {
    int event;            /* 0 when none */
    long long count;      /* -1 when the story gives no number */
    const char *suspects; /* NULL when not described */
    nf_span text;
} nf_arrest;

typedef struct nf_quote {
    const char *speaker;  /* NULL when nobody is named */
    nf_span text;
} nf_quote;

typedef struct nf_amount {
    double value;
    char currency[4];     /* ISO 4217 */
    nf_span text;
} nf_amount;

typedef struct nf_docmeta {
    char sha256[65];
    const char *source;   /* path, or the id/url of a JSON Lines record */
    const char *title, *url, *published;   /* NULL when not given */
    size_t bytes;
} nf_docmeta;

typedef struct nf_arena nf_arena;

typedef struct nf_facts {
    nf_docmeta doc;
    nf_event *events;       size_t n_events;
    nf_country *countries;  size_t n_countries;
    nf_official *officials; size_t n_officials;
    nf_casualty *casualties; size_t n_casualties;
    nf_arrest *arrests;     size_t n_arrests;
    nf_quote *quotes;       size_t n_quotes;
    nf_amount *amounts;     size_t n_amounts;
    nf_arena *arena;        /* owns all strings above */
} nf_facts;

/* A story as the loader sees it: its bytes and its sentences (borrowed). */
typedef struct nf_story {
    const char *text;
    size_t len;
    const nf_span *sentences;
    size_t n_sentences;
} nf_story;

nf_facts *nf_facts_new(void);
void nf_facts_free(nf_facts *f);
/* Copy a string into the facts' arena; the result lives as long as f. */
const char *nf_facts_strdup(nf_facts *f, const char *s);
const char *nf_facts_strndup(nf_facts *f, const char *s, size_t n);
/* Append a zeroed element and return it (arrays grow; earlier pointers into
 * the same array may move). */
nf_event *nf_facts_add_event(nf_facts *f);
nf_country *nf_facts_add_country(nf_facts *f);
nf_official *nf_facts_add_official(nf_facts *f);
nf_casualty *nf_facts_add_casualty(nf_facts *f);
nf_arrest *nf_facts_add_arrest(nf_facts *f);
nf_quote *nf_facts_add_quote(nf_facts *f);
nf_amount *nf_facts_add_amount(nf_facts *f);
/* Append a mention span to a country or an official. */
void nf_country_add_mention(nf_facts *f, nf_country *c, nf_span s);
void nf_official_add_mention(nf_facts *f, nf_official *o, nf_span s);

#endif
