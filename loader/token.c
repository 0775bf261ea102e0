/* token.c — see token.h. */
#include "token.h"
#include "alloc.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

static bool is_dquote(uint32_t cp)
{
    return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x201E ||
           cp == 0x00AB || cp == 0x00BB || cp == 0x201F;
}

static bool is_apos(uint32_t cp)
{
    return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC;
}

static uint32_t peek(const char *s, size_t len, size_t i, size_t *k)
{
    uint32_t cp = 0;
    *k = i < len ? utf8_next(s, len, i, &cp) : 0;
    return cp;
}

static uint32_t fold_into(nf_doc *d, const char *s, size_t n)
{
    size_t need = n * 3 + 8;   /* folding can grow a code point; 3x is ample */
    while (d->fold_cap - d->fold_len < need) {
        d->fold_cap = d->fold_cap ? d->fold_cap * 2 : 4096;
        d->fold = xrealloc(d->fold, d->fold_cap);
    }
    uint32_t off = (uint32_t)d->fold_len;
    size_t k = utf8_fold(s, n, d->fold + off, d->fold_cap - off);
    d->fold_len += k + 1;
    return off;
}

static nf_tok *push(nf_doc *d, tok_kind kind, size_t start, size_t end, unsigned flags, uint32_t cp)
{
    nf_tok *t = VEC_PUSH(d->toks, d->n_toks, d->cap_toks);
    memset(t, 0, sizeof *t);
    t->start = (uint32_t)start;
    t->end = (uint32_t)end;
    t->kind = (uint8_t)kind;
    t->flags = (uint8_t)flags;
    t->cp = cp;
    return t;
}

/* An initialism: single letters each followed by a dot, two or more (U.S.,
 * a.m., U.N.). Returns its end, or 0 when s[i] does not start one. */
static size_t initialism_end(const char *s, size_t len, size_t i)
{
    size_t j = i, letters = 0;
    while (j + 1 < len && (unsigned char)s[j] < 0x80 && utf8_is_letter((unsigned char)s[j]) &&
           s[j + 1] == '.') {
        letters++;
        j += 2;
        if (j < len && (unsigned char)s[j] < 0x80 && utf8_is_letter((unsigned char)s[j]) &&
            (j + 1 >= len || s[j + 1] != '.'))
            return 0;   /* "U.Sa" is not an initialism */
    }
    return letters >= 2 ? j : 0;
}

/* Scan a word from i: letters, marks, inner apostrophes. Stops before a
 * possessive 's so that it becomes its own token. */
static size_t word_end(const char *s, size_t len, size_t i, bool *poss_next)
{
    size_t k;
    *poss_next = false;
    while (i < len) {
        uint32_t cp = peek(s, len, i, &k);
        if (utf8_is_letter(cp)) {
            i += k;
            continue;
        }
        if (is_apos(cp) && cp != 0x2018) {
            size_t k2, k3;
            uint32_t next = peek(s, len, i + k, &k2);
            if (!utf8_is_letter(next))
                break;
            uint32_t after = peek(s, len, i + k + k2, &k3);
            if ((next == 's' || next == 'S') && !utf8_is_letter(after)) {
                *poss_next = true;
                break;
            }
            i += k;
            continue;
        }
        break;
    }
    return i;
}

static size_t number_end(const char *s, size_t len, size_t i)
{
    while (i < len) {
        if (utf8_is_digit((unsigned char)s[i])) {
            i++;
        } else if ((s[i] == ',' || s[i] == '.') && i + 1 < len &&
                   utf8_is_digit((unsigned char)s[i + 1])) {
            i++;
        } else {
            break;
        }
    }
    return i;
}

static unsigned case_flags(const char *s, size_t start, size_t end)
{
    unsigned flags = 0;
    size_t letters = 0, upper = 0, k;
    for (size_t i = start; i < end; i += k) {
        uint32_t cp;
        k = utf8_next(s, end, i, &cp);
        if (utf8_is_upper(cp)) {
            upper++;
            if (letters == 0)
                flags |= TF_CAP;
        }
        if (utf8_is_letter(cp))
            letters++;
    }
    if (letters >= 2 && upper == letters)
        flags |= TF_UPPER;
    return flags;
}

void tok_split(nf_doc *d, const char *s, size_t len)
{
    memset(d, 0, sizeof *d);
    d->text = s;
    d->len = len;
    fold_into(d, "", 0);   /* offset 0 is the empty string */
    unsigned pending = 0;
    unsigned newlines = 0;
    size_t i = 0, k;
    while (i < len) {
        uint32_t cp = peek(s, len, i, &k);
        if (utf8_is_space(cp) || cp == 0) {
            pending |= TF_SPACE;
            if (cp == '\n' || cp == 0x2029) {
                newlines++;
                pending |= TF_NL;
                if (newlines >= 2)
                    pending |= TF_PARA;
            }
            i += k;
            continue;
        }
        size_t start = i;
        unsigned flags = pending;
        pending = 0;
        newlines = 0;
        if (utf8_is_letter(cp)) {
            size_t end = initialism_end(s, len, i);
            bool poss = false;
            if (end) {
                flags |= TF_ABBR;
            } else {
                end = word_end(s, len, i, &poss);
            }
            nf_tok *t = push(d, TK_WORD, start, end, flags | case_flags(s, start, end), cp);
            t->fold = fold_into(d, s + start, end - start);
            i = end;
            if (poss) {
                size_t a;
                peek(s, len, i, &a);
                t = push(d, TK_POSS, i, i + a + 1, 0, '\'');
                t->fold = fold_into(d, "'s", 2);
                i += a + 1;
            }
            continue;
        }
        if (utf8_is_digit(cp)) {
            size_t end = number_end(s, len, i);
            nf_tok *t = push(d, TK_NUM, start, end, flags, cp);
            t->fold = fold_into(d, s + start, end - start);
            i = end;
            continue;
        }
        if (is_dquote(cp) || is_apos(cp) || cp == '`') {
            nf_tok *t = push(d, TK_QUOTE, start, i + k, flags, cp);
            /* "victims’ families": after a word's final s, ’ may be possessive */
            if (cp != 0x2018 && !(flags & TF_SPACE) && d->n_toks >= 2) {
                const nf_tok *prev = &d->toks[d->n_toks - 2];
                if (prev->kind == TK_WORD && (s[prev->end - 1] == 's' || s[prev->end - 1] == 'S'))
                    t->flags |= TF_AMBIG;
            }
            i += k;
            continue;
        }
        push(d, TK_PUNCT, start, i + k, flags, cp);
        i += k;
    }
}

void doc_free(nf_doc *d)
{
    if (!d)
        return;
    free(d->toks);
    free(d->fold);
    free(d->sents);
    d->toks = NULL;
    d->fold = NULL;
    d->sents = NULL;
    d->n_toks = d->n_sents = 0;
}

/* tok_is and tok_in run on most tokens against word lists of dozens of
 * words; comparing the first byte inline spares a strcmp call for nearly
 * every word that differs (a third of extraction time went to strcmp). */
bool tok_is_punct(const nf_doc *d, size_t i, uint32_t cp)
{
    return i < d->n_toks && d->toks[i].kind == TK_PUNCT && d->toks[i].cp == cp;
}

bool tok_is_dash(const nf_doc *d, size_t i)
{
    if (i >= d->n_toks || d->toks[i].kind != TK_PUNCT)
        return false;
    uint32_t cp = d->toks[i].cp;
    return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212;
}

bool tok_is_break(const nf_doc *d, size_t i)
{
    const nf_tok *t = &d->toks[i];
    if (t->kind == TK_QUOTE)
        return true;
    if (t->kind != TK_PUNCT)
        return false;
    return !(tok_is_dash(d, i) && tok_touch(d, i) && i + 1 < d->n_toks && tok_touch(d, i + 1));
}

bool tok_touch(const nf_doc *d, size_t i)
{
    return i > 0 && i < d->n_toks && !(d->toks[i].flags & TF_SPACE);
}

size_t tok_len(const nf_doc *d, size_t i)
{
    return d->toks[i].end - d->toks[i].start;
}
