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

#include <stdatomic.h>
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
    uint32_t fold_hash;   /* strmap_hash of the folded form: word lists and the
                           * gazetteer's maps look words up by it */
    uint32_t lx;          /* lexicon classes (they fit in 32 bits), set by gaz_tag */
    uint8_t kind, flags;
    uint8_t gaz;          /* gazetteer.c's own marks, set by gaz_tag: which names
                           * (countries, subdivisions, cities) the word may open */
    char fold0;           /* the first byte of the folded form (0 for punctuation),
                           * which tok_is and tok_in compare before the form */
} nf_tok;   /* 32 bytes: most stages read every token of the story, some twice */

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
    uint32_t *caps;       /* the capitalised words (TK_WORD with TF_CAP), in order:
                           * stages that look for names walk these, not every token */
    size_t n_caps, cap_caps;
} nf_doc;

/* Split text into doc->toks (and doc->caps). The doc borrows text, which
 * must outlive it. */
void tok_split(nf_doc *doc, const char *text, size_t len);
void doc_free(nf_doc *doc);   /* frees the arrays, not the doc or the text */

static inline const char *tok_fold(const nf_doc *d, size_t i)
{
    return d->fold + d->toks[i].fold;
}

/* strcmp(a, b) == 0 for the short words of the extractors, inline: most
 * differ in their first bytes, sooner than a call to strcmp returns. */
static inline bool tok_streq(const char *a, const char *b)
{
    while (*a == *b) {
        if (!*a)
            return true;
        a++;
        b++;
    }
    return false;
}

/* Do tokens i and j read the same once folded ("Sanghar", "SANGHAR")? */
static inline bool tok_same_fold(const nf_doc *d, size_t i, size_t j)
{
    return d->toks[i].kind == d->toks[j].kind && d->toks[i].fold_hash == d->toks[j].fold_hash &&
           tok_streq(tok_fold(d, i), tok_fold(d, j));
}

/* Does the string s (a folded word) end with suffix: "sixties", "ties"? */
static inline bool tok_str_ends(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && memcmp(s + n - k, suffix, k) == 0;
}

/* Is token i the folded word w? Inline: the extractors ask it of nearly
 * every token, and most answers are decided by the first byte. */
static inline bool tok_is(const nf_doc *d, size_t i, const char *w)
{
    return i < d->n_toks && d->toks[i].fold0 == w[0] && tok_streq(tok_fold(d, i), w);
}

/* A list of folded words that tok_in asks about often. Declare one with
 * WORDS(name, "word", ...): name is then a word_list pointer. The first
 * tok_in on a list notes the hashes of its words in sig, a 512-bit Bloom
 * filter (two bits of each word's fold_hash: WORD_SIG_BIT), after which
 * most tokens that are not in the list are told so without reading it.
 * Computing sig twice gives the same bits, so threads that race to do it
 * are harmless; ready publishes them. */
#define WORD_SIG_WORDS 8
#define WORD_SIG_BIT(h, k) (((h) >> (9 * (k))) & 511)   /* k = 0, 1 */
typedef struct word_list {
    const char *const *words;   /* NULL-terminated */
    _Atomic uint64_t sig[WORD_SIG_WORDS];
    atomic_bool ready;          /* false until the first tok_in */
} word_list;

#define WORDS(name, ...)                                                        \
    static const char *const name##_words[] = {__VA_ARGS__, NULL};             \
    static word_list name##_list = {name##_words, {0}, false};                 \
    static word_list *const name = &name##_list

void word_list_index(word_list *list);   /* fills list->sig, sets ready */

static inline uint64_t word_sig_bit(word_list *list, unsigned bit)
{
    return atomic_load_explicit(&list->sig[bit >> 6], memory_order_relaxed) >> (bit & 63);
}

/* True when token i is one of the words in the NULL-terminated array. */
static inline bool tok_in_array(const nf_doc *d, size_t i, const char *const *words)
{
    if (i >= d->n_toks)
        return false;
    char f0 = d->toks[i].fold0;
    if (!f0)
        return false;   /* punctuation folds to "" and is in no word list */
    for (; *words; words++)
        if ((*words)[0] == f0 && tok_streq(tok_fold(d, i), *words))
            return true;
    return false;
}

/* True when token i is one of the words of list. */
static inline bool tok_in_list(const nf_doc *d, size_t i, word_list *list)
{
    if (i >= d->n_toks)
        return false;
    if (!atomic_load_explicit(&list->ready, memory_order_acquire))
        word_list_index(list);
    uint32_t h = d->toks[i].fold_hash;   /* both bits tested at once: one branch */
    return (word_sig_bit(list, WORD_SIG_BIT(h, 0)) & word_sig_bit(list, WORD_SIG_BIT(h, 1)) & 1) &&
           tok_in_array(d, i, list->words);
}

/* tok_in(doc, i, words): is token i one of words, a WORDS list (fast) or a
 * NULL-terminated array such as (const char *const[]){"from", "to", NULL}?
 * (Variadic only because the commas of such an array split macro arguments.) */
#define tok_in(d, i, ...)                                                       \
    _Generic((__VA_ARGS__), word_list *: tok_in_list, default: tok_in_array)(d, i, __VA_ARGS__)
/* The first of doc->caps at or after token i (n_caps when none). */
size_t tok_caps_from(const nf_doc *d, size_t i);

/* These small tests run on nearly every token: inline. */
static inline bool tok_is_punct(const nf_doc *d, size_t i, uint32_t cp)
{
    return i < d->n_toks && d->toks[i].kind == TK_PUNCT && d->toks[i].cp == cp;
}

/* - – — and friends */
static inline bool tok_is_dash(const nf_doc *d, size_t i)
{
    if (i >= d->n_toks || d->toks[i].kind != TK_PUNCT)
        return false;
    uint32_t cp = d->toks[i].cp;
    return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212;
}

/* Two tokens touch when no white space separates them: token i touches
 * token i-1. */
static inline bool tok_touch(const nf_doc *d, size_t i)
{
    return i > 0 && i < d->n_toks && !(d->toks[i].flags & TF_SPACE);
}

/* Punctuation or a quotation mark that breaks a phrase; a hyphen inside a
 * word ("car-ramming", "34-year-old") joins and does not break. */
static inline bool tok_is_break(const nf_doc *d, size_t i)
{
    const nf_tok *t = &d->toks[i];
    if (t->kind == TK_QUOTE)
        return true;
    if (t->kind != TK_PUNCT)
        return false;
    return !(tok_is_dash(d, i) && tok_touch(d, i) && i + 1 < d->n_toks && tok_touch(d, i + 1));
}

static inline size_t tok_len(const nf_doc *d, size_t i)
{
    return d->toks[i].end - d->toks[i].start;
}

#endif
