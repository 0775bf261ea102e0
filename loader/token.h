/* token.h — the tokenizer: story bytes → tokens with byte offsets.
 *
 * A token never copies the story: it is [start, end) into doc->text plus a
 * folded form (lowercase, accents stripped) kept in doc->fold. Words keep
 * inner apostrophes (don’t, O'Brien, d’Ivoire) and initialisms with their
 * dots (U.S., a.m.); a possessive ’s is a token of its own; hyphens and
 * dashes are punctuation tokens with no space around them, so "thirty-one"
 * is three tokens the number parser reads together. The nf_doc owns its
 * token, fold and sentence arrays; doc_free() releases them, never the text.
 */
#ifndef NF_TOKEN_H
#define NF_TOKEN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef enum { TK_WORD, TK_NUM, TK_PUNCT, TK_QUOTE, TK_POSS } tok_kind;

enum {
    TF_SPACE = 1,   /* white space before the token */
    TF_NL = 2,      /* a line break before it */
    TF_PARA = 4,    /* a blank line (or more) before it */
    TF_CAP = 8,     /* starts with an uppercase letter */
    TF_UPPER = 16,  /* two or more letters, all uppercase */
    TF_ABBR = 32,   /* an initialism with inner dots: U.S., a.m. */
    TF_AMBIG = 64   /* ’ or ' after a word's final s: a closing quote or a plural possessive */
};

typedef struct nf_tok {
    uint32_t start, end;  /* bytes into the story */
    uint32_t cp;          /* first code point (punctuation and quotes) */
    uint32_t fold;        /* offset of the folded form in doc->fold */
    uint32_t sent;        /* sentence index, set by sent_split */
    uint64_t lx;          /* lexicon classes, set by gaz_tag */
    uint8_t kind, flags;
} nf_tok;

typedef struct nf_sent {
    uint32_t tok_start, tok_end;  /* [tok_start, tok_end) */
    uint32_t start, end;          /* bytes */
    uint32_t para;                /* paragraph number, from 0 */
    uint8_t flags;
} nf_sent;

enum {
    SF_HEADING = 1,   /* a line with no closing punctuation: headline, byline, timestamp */
    SF_DATELINE = 2   /* opens with a dateline: "ROME (AP) —", "ATHENS, March 14 -" */
};

typedef struct nf_doc {
    const char *text;     /* borrowed */
    size_t len;
    nf_tok *toks;
    size_t n_toks, cap_toks;
    char *fold;
    size_t fold_len, fold_cap;
    nf_sent *sents;
    size_t n_sents, cap_sents;
} nf_doc;

/* Split text into doc->toks. The doc borrows text, which must outlive it. */
void tok_split(nf_doc *doc, const char *text, size_t len);
void doc_free(nf_doc *doc);   /* frees the arrays, not the doc or the text */

static inline const char *tok_fold(const nf_doc *d, size_t i)
{
    return d->fold + d->toks[i].fold;
}

/* Is token i the folded word w? Inline: the extractors ask it of nearly
 * every token, and most answers are decided by the first byte. */
static inline bool tok_is(const nf_doc *d, size_t i, const char *w)
{
    if (i >= d->n_toks)
        return false;
    const char *f = tok_fold(d, i);
    return f[0] == w[0] && strcmp(f, w) == 0;
}

/* True when token i is one of the words in the NULL-terminated list. */
static inline bool tok_in(const nf_doc *d, size_t i, const char *const *words)
{
    if (i >= d->n_toks)
        return false;
    const char *f = tok_fold(d, i);
    if (!f[0])
        return false;   /* punctuation folds to "" and is in no word list */
    for (; *words; words++)
        if (f[0] == (*words)[0] && strcmp(f, *words) == 0)
            return true;
    return false;
}
bool tok_is_punct(const nf_doc *d, size_t i, uint32_t cp);
bool tok_is_dash(const nf_doc *d, size_t i);   /* - – — and friends */
/* Punctuation or a quotation mark that breaks a phrase; a hyphen inside a
 * word ("car-ramming", "34-year-old") joins and does not break. */
bool tok_is_break(const nf_doc *d, size_t i);
/* Two tokens touch when no white space separates them. */
bool tok_touch(const nf_doc *d, size_t i);     /* token i touches token i-1 */
size_t tok_len(const nf_doc *d, size_t i);

#endif
