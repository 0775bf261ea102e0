/* gazetteer.h — what newsfacts knows before it reads a story: the lexicon's
 * word classes, countries (iso-codes names plus the aliases and demonyms of
 * country_forms.c) and currencies (iso-codes ISO 4217).
 *
 * gaz_new() reads iso_3166-1.json, iso_3166-2.json and iso_4217.json from
 * the iso-codes package (directory NEWSFACTS_ISO_CODES, else
 * /usr/share/iso-codes/json). Parsing them is most of newsfacts' start-up
 * (14 of 17 ms), so the build parses them once (tools/gaz_snapshot.c) and
 * embeds the finished gazetteer in the binary; gaz_new reads that snapshot
 * instead whenever it was made from the same directory and the three files
 * there have the size and modification time they had then, and parses the
 * JSON otherwise (iso-codes upgraded, another directory, no snapshot).
 * The caller owns the nf_gaz and frees it with gaz_free(). A built
 * gazetteer is read-only and may be shared between threads.
 */
#ifndef NF_GAZETTEER_H
#define NF_GAZETTEER_H

#include "newsfacts.h"
#include "token.h"

#include <stdio.h>

typedef struct nf_gaz nf_gaz;

#define GAZ_DEFAULT_ISO_DIR "/usr/share/iso-codes/json"

nf_gaz *gaz_new(const char *iso_dir, nf_error *err);
/* gaz_new without the snapshot: always parses the JSON. */
nf_gaz *gaz_parse(const char *iso_dir, nf_error *err);
/* gaz_new's reading of a snapshot (bytes[0..n)) made from iso_dir; NULL
 * when it is damaged or no longer fits the files there. */
nf_gaz *gaz_from_snapshot(const unsigned char *bytes, size_t n, const char *iso_dir);
/* Write g as a snapshot that gaz_from_snapshot reads back; false (errno
 * set) when its iso-codes files cannot be read or fp cannot be written. */
bool gaz_write_snapshot(const nf_gaz *g, FILE *fp);
/* Was g read from a snapshot (not parsed)? */
bool gaz_is_snapshot(const nf_gaz *g);
void gaz_free(nf_gaz *g);

/* Stamp lexicon class bits (lexicon.h) on every word token of doc, and the
 * marks the look-ups below read: call it before them, with the same g. */
void gaz_tag(const nf_gaz *g, nf_doc *doc);

enum { GAZ_KIND_NAME = 1, GAZ_KIND_ADJ = 2, GAZ_KIND_PEOPLE = 3, GAZ_KIND_SUBDIV = 4,
       GAZ_KIND_AMBIGUOUS = 5, GAZ_KIND_CITY = 6 };

typedef struct gaz_country_hit {
    char code[3];
    int kind;       /* GAZ_KIND_* */
    size_t ntok;    /* tokens the match covers */
} gaz_country_hit;

/* The marks gaz_tag leaves in nf_tok.gaz: the word may open a country form,
 * a subdivision or a city name (_START), or is one whole (_KEY). Most words
 * open none, and the look-ups below answer those inline. */
enum {
    GAZ_MARK_FORM_START = 1, GAZ_MARK_FORM_KEY = 2,
    GAZ_MARK_SUBDIV_START = 4, GAZ_MARK_SUBDIV_KEY = 8,
    GAZ_MARK_CITY_START = 16, GAZ_MARK_CITY_KEY = 32
};
/* The look-ups themselves, which the inline functions below call once the
 * token's marks allow a match. */
bool gaz_country_match(const nf_gaz *g, const nf_doc *doc, size_t i, size_t end,
                       gaz_country_hit *hit);
bool gaz_subdivision_match(const nf_gaz *g, const nf_doc *doc, size_t i, size_t end,
                           gaz_country_hit *hit);
bool gaz_city_match(const nf_gaz *g, const nf_doc *doc, size_t i, size_t end,
                    gaz_country_hit *hit);

/* The longest country form starting at token i and ending before token end. */
static inline bool gaz_country_at(const nf_gaz *g, const nf_doc *doc, size_t i, size_t end,
                                  gaz_country_hit *hit)
{
    return i < end && (doc->toks[i].gaz & GAZ_MARK_FORM_START) &&
           gaz_country_match(g, doc, i, end, hit);
}

/* The longest subdivision name (iso 3166-2: Odisha, Borno) at token i; its
 * code is the country's. Not a country mention: a clue to where a story is. */
static inline bool gaz_subdivision_at(const nf_gaz *g, const nf_doc *doc, size_t i, size_t end,
                                      gaz_country_hit *hit)
{
    return i < end && (doc->toks[i].gaz & GAZ_MARK_SUBDIV_START) &&
           gaz_subdivision_match(g, doc, i, end, hit);
}

/* The longest city name (capitals and filing cities) at token i; its code
 * is the country's. Like a subdivision, a clue to where a story is set. */
static inline bool gaz_city_at(const nf_gaz *g, const nf_doc *doc, size_t i, size_t end,
                               gaz_country_hit *hit)
{
    return i < end && (doc->toks[i].gaz & GAZ_MARK_CITY_START) &&
           gaz_city_match(g, doc, i, end, hit);
}
/* The short English name of a country ("Bolivia", not "Bolivia,
 * Plurinational State of"), or NULL for an unknown code. Borrowed. */
const char *gaz_country_name(const nf_gaz *g, const char *code);
/* The country a demonym-led phrase belongs to: "Philippine" → PH. Same as
 * gaz_country_at for one token; convenience for callers with a string. */
bool gaz_country_lookup(const nf_gaz *g, const char *folded, gaz_country_hit *hit);

/* Is code3 an ISO 4217 code (USD, EUR)? */
bool gaz_is_currency(const nf_gaz *g, const char *code3);
/* The currency a country uses (AU → AUD), or NULL. Borrowed. */
const char *gaz_country_currency(const nf_gaz *g, const char *cc);
/* The one country whose currency code3 is (BDT → BD), or NULL when none is,
 * or several are (EUR). Borrowed. */
const char *gaz_currency_country(const nf_gaz *g, const char *code3);
/* The currency for a currency word ("pesos", "rupees", "dollars"), chosen as
 * the currency of that name used by country cc when there is one, else the
 * word's usual currency. NULL when the word names no currency. Borrowed. */
const char *gaz_currency_for_word(const nf_gaz *g, const char *folded_word, const char *cc);

#endif
