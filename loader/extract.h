/* extract.h — the extraction pipeline and what its stages share.
 *
 * nf_extract() turns a story into facts: tokens → sentences → mentions →
 * facts. The stages run in the order of the table in extract.c, each an
 * `int ex_NAME(ex_ctx *)`: countries (and the story's home country), quotation
 * spans (then indexed by token), people and officials, quotes, events,
 * casualties, arrests, amounts, and a last stage that writes the people and
 * quotes found into the facts. A stage reads what earlier stages left in the
 * ex_ctx and never what later ones make.
 * The ex_ctx owns its arrays; nf_extract frees them before it returns.
 */
#ifndef NF_EXTRACT_H
#define NF_EXTRACT_H

#include "gazetteer.h"
#include "newsfacts.h"
#include "token.h"

/* A country named in the story: tokens [tok, tok + ntok). */
typedef struct ex_cmention {
    size_t tok, ntok;
    char code[3];
    int kind;         /* GAZ_KIND_NAME, _ADJ, _PEOPLE */
} ex_cmention;

enum { GENDER_UNKNOWN = 0, GENDER_M = 1, GENDER_F = 2 };

/* A person or a speaking organisation the story names. */
typedef struct ex_person {
    char *name;          /* fullest form, honorific dropped */
    char *surname;       /* folded last name word: the key for later mentions */
    uint32_t surname_hash;   /* strmap_hash of surname, compared before it */
    char *title;         /* NULL when none is known */
    char country[3];     /* "" when none */
    int country_rank;    /* how the country was found: higher beats lower */
    int gender;
    bool official;       /* holds a public role (FACTS.md "officials") */
    bool org;            /* an organisation that speaks: "Downing Street" */
    bool intl;           /* serves an international body: country stays null */
    size_t first_tok;    /* token of the first mention */
    size_t last_ref;     /* token of the latest reference (name, pronoun, title), for coreference */
    nf_span *mentions;
    size_t n_mentions, cap_mentions;
    size_t *mention_toks;    /* first token of each mention, ascending (for coreference) */
    size_t n_mention_toks, cap_mention_toks;
} ex_person;

typedef struct ex_quote {
    size_t open_tok, close_tok;  /* the quotation marks; an unclosed quote ends at its
                                  * paragraph: close_tok is then the next paragraph's
                                  * first token (or n_toks), so spans never overlap */
    nf_span text;                /* inside the marks */
    long speaker;                /* index into people, -1 when none */
    bool scare;                  /* scare quote or title: not speech */
} ex_qspan;

typedef struct ex_ctx {
    const nf_doc *doc;
    const nf_gaz *gaz;
    nf_facts *facts;
    char home[3];                 /* the country the story is set in, "" if unknown */
    ex_cmention *cmentions;
    size_t n_cmentions, cap_cmentions;
    uint32_t *cmention_of_tok;    /* per token: 1 + index into cmentions, 0 when none
                                   * (built once the countries stage is done) */
    ex_person *people;
    size_t n_people, cap_people;
    ex_qspan *quotes;
    size_t n_quotes, cap_quotes;
    bool *in_quote;               /* per token: ex_in_quote (built once the quote spans
                                   * stage is done; NULL before) */
    int main_event;               /* nf_event id of the main event, 0 when none */
} ex_ctx;

typedef int (*ex_stage)(ex_ctx *ctx);

int ex_country(ex_ctx *ctx);
int ex_quote_spans(ex_ctx *ctx);  /* finds quotation spans (ctx->quotes), no speakers yet */
int ex_people(ex_ctx *ctx);
int ex_quote(ex_ctx *ctx);        /* attributes speakers, marks scare quotes */
int ex_event(ex_ctx *ctx);
int ex_casualty(ex_ctx *ctx);
int ex_arrest(ex_ctx *ctx);
int ex_amount(ex_ctx *ctx);
int ex_finish(ex_ctx *ctx);       /* officials and quotes → facts */

/* Build a doc (tokens, lexicon bits, sentences) for text. */
void nf_doc_build(nf_doc *doc, const nf_gaz *gaz, const char *text, size_t len);

/* Extract the facts of one story. meta may be NULL; its strings are copied.
 * Returns facts the caller frees with nf_facts_free. When sents is not NULL
 * it receives the sentence spans (the caller frees the array with free()). */
nf_facts *nf_extract(const nf_gaz *gaz, const char *text, size_t len, const nf_docmeta *meta,
                     nf_span **sents, size_t *n_sents);
/* The sentence spans of text, as nf_extract gives them. Caller frees. */
nf_span *nf_sentences(const nf_gaz *gaz, const char *text, size_t len, size_t *n);

/* The event a count at token tok belongs to: a recalled earlier incident
 * when tok sits in the sentence that recalls it, else ctx->main_event
 * (ex_event.c). */
int ex_event_for_token(const ex_ctx *ctx, size_t tok);
/* Is token i inside a quotation span (ctx->quotes)? Inline once the spans
 * are indexed: the later stages ask it of most tokens. */
bool ex_in_quote_search(const ex_ctx *ctx, size_t i);
static inline bool ex_in_quote(const ex_ctx *ctx, size_t i)
{
    if (!ctx->in_quote)
        return ex_in_quote_search(ctx, i);
    return i < ctx->doc->n_toks && ctx->in_quote[i];
}
/* The stage after the quote spans: fills ctx->in_quote from ctx->quotes,
 * which must not change after (later stages only set speakers). */
int ex_index_quotes(ex_ctx *ctx);
/* Helpers the stages share (extract.c). */
nf_span ex_tok_span(const ex_ctx *ctx, size_t from, size_t to);   /* tokens [from, to) */
/* The token that contains (or first follows) byte offset; n_toks when none. */
size_t ex_tok_at(const nf_doc *doc, size_t offset);
/* "since 2014", "since October 2023", "since the war began" at token k
 * (the word "since"), in a sentence ending at e: a tally over a period,
 * which FACTS.md calls a statistic; not "since Sunday", nor "since June
 * 2019, when ..." (one incident, dated). */
bool ex_since_period(const nf_doc *d, size_t k, size_t e);
/* A subdivision name (Odisha, Borno) standing alone at token i (ex_country.c). */
bool ex_subdivision_at(const ex_ctx *ctx, size_t i, size_t end, gaz_country_hit *hit);
/* The country mention covering token i, or NULL. Inline once the
 * countries stage has indexed its mentions: later stages ask it of most
 * tokens. */
const ex_cmention *ex_country_search(const ex_ctx *ctx, size_t i);
static inline const ex_cmention *ex_country_at(const ex_ctx *ctx, size_t i)
{
    if (!ctx->cmention_of_tok)
        return ex_country_search(ctx, i);
    uint32_t k = i < ctx->doc->n_toks ? ctx->cmention_of_tok[i] : 0;
    return k ? &ctx->cmentions[k - 1] : NULL;
}
/* People registry (people.c). */
long people_find_surname(const ex_ctx *ctx, const char *folded_surname);
/* people_find_surname of token i's folded form (by the hash it keeps). */
long people_surname_at(const ex_ctx *ctx, size_t i);
/* The latest person of two or more name words whose first name is token
 * i's word: "Sir Martin" after "Sir Martin Hale". -1 if none. */
long people_given_name_at(const ex_ctx *ctx, size_t i);
long people_add(ex_ctx *ctx, const char *name, size_t first_tok);
void people_add_mention(ex_ctx *ctx, long person, nf_span span);
/* Note that token tok refers to person (a pronoun or title the quote stage
 * resolved), so that later pronouns find the most recently referred person. */
void people_note_reference(ex_ctx *ctx, long person, size_t tok);
/* Give person a title found later ("The Prime Minister said" after "Boris
 * Hart"): marks them an official. */
void people_set_title(ex_ctx *ctx, long person, size_t from, size_t to);
/* Settle countries of officials that have none from their titles, then
 * record every later surname mention. Called once, before facts are written. */
void people_finalize(ex_ctx *ctx);
/* people_find_surname: the person whose folded last name is given, -1 if none.
 * people_add: register a person (or a speaking organisation) by full name;
 * returns the existing index when the surname is already known, so a later
 * fuller name upgrades the stored one. people_add_mention: record a mention.
 * people_resolve_pronoun: the closest person mentioned before token tok whose
 * gender fits (GENDER_UNKNOWN fits any), preferring the subject of the
 * previous sentence. people_resolve_title: the person who holds the title in
 * tokens [from, to) ("the minister", "The Prime Minister"); -1 when none. */
long people_resolve_pronoun(const ex_ctx *ctx, size_t tok, int gender);
long people_resolve_title(const ex_ctx *ctx, size_t from, size_t to);
/* Is token i a name particle (van, de, al, bin ...)? One list for every stage. */
bool people_is_particle(const nf_doc *doc, size_t i);
/* Is token i letters after a name, in capitals, that are no part of it
 * ("Alan Conrad KC", "Ciarán Mac Lochlainn TD")? */
bool people_is_postnominal(const nf_doc *doc, size_t i);
/* Parse a person's name at token i (honorific allowed): returns the end token
 * or i when there is none. Capitalised words only, with particles (van, de,
 * al-) and initials (K.); never a title, month, country or organisation. */
size_t people_name_at(const ex_ctx *ctx, size_t i, size_t end);

#endif
