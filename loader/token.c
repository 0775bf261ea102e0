/* token.c — see token.h. */
#include "token.h"
#include "alloc.h"
#include "strmap.h"
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

/* Make room for need more bytes in doc->fold. */
static void reserve_fold(nf_doc *d, size_t need)
{
    while (d->fold_cap - d->fold_len < need) {
        d->fold_cap = d->fold_cap ? d->fold_cap * 2 : 4096;
        d->fold = xrealloc(d->fold, d->fold_cap);
    }
}

/* Append the folded form of s[0..n) to doc->fold; returns its offset and
 * sets *hash to its strmap_hash (of the bytes before its NUL). Room for
 * eight bytes more stays after the NUL (strmap_get_hashed reads them). */
static uint32_t fold_into(nf_doc *d, const char *s, size_t n, uint32_t *hash)
{
    reserve_fold(d, n * 3 + 16);   /* folding can grow a code point: 3x, or more below */
    uint32_t off = (uint32_t)d->fold_len;
    char *out = d->fold + off;
    size_t j = 0;
    while (j < n && (unsigned char)s[j] - 1u < 0x7Fu) {   /* ASCII but NUL, as most words are */
        char c = s[j];
        out[j++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    size_t k = n;
    if (j == n) {
        out[n] = '\0';
        *hash = strmap_hash(out, n);
    } else {
        size_t cap = n * 3 + 8;
        k = utf8_fold(s, n, out, cap);
        if (k >= cap) {   /* a compatibility form longer than thrice its text (U+FDFA) */
            reserve_fold(d, k + 16);
            out = d->fold + off;
            k = utf8_fold(s, n, out, k + 8);
        }
        *hash = strmap_hash(out, strlen(out));
    }
    d->fold_len += k + 1;
    return off;
}

static void set_fold(nf_doc *d, nf_tok *t, const char *s, size_t n)
{
    t->fold = fold_into(d, s, n, &t->fold_hash);
    t->fold0 = d->fold[t->fold];
}

void word_list_index(word_list *list)
{
    uint64_t sig[WORD_SIG_WORDS] = {0};
    for (const char *const *w = list->words; *w; w++) {
        uint32_t h = strmap_hash(*w, strlen(*w));
        for (unsigned k = 0; k < 2; k++)
            sig[WORD_SIG_BIT(h, k) >> 6] |= UINT64_C(1) << (WORD_SIG_BIT(h, k) & 63);
    }
    for (size_t k = 0; k < WORD_SIG_WORDS; k++)
        atomic_store_explicit(&list->sig[k], sig[k], memory_order_relaxed);
    atomic_store_explicit(&list->ready, true, memory_order_release);
}

/* push and push_word are inline: they run once per token. */
static inline nf_tok *push(nf_doc *d, tok_kind kind, size_t start, size_t end, unsigned flags,
                           uint32_t cp)
{
    if (d->n_toks == d->cap_toks)
        d->toks = xgrow(d->toks, d->n_toks, &d->cap_toks, sizeof *d->toks);
    nf_tok *t = &d->toks[d->n_toks++];
    *t = (nf_tok){.start = (uint32_t)start, .end = (uint32_t)end, .cp = cp,
                  .kind = (uint8_t)kind, .flags = (uint8_t)flags};
    return t;
}

/* push for a word: a capitalised one is noted in doc->caps too. */
static inline nf_tok *push_word(nf_doc *d, size_t start, size_t end, unsigned flags, uint32_t cp)
{
    if (flags & TF_CAP) {
        if (d->n_caps == d->cap_caps)
            d->caps = xgrow(d->caps, d->n_caps, &d->cap_caps, sizeof *d->caps);
        d->caps[d->n_caps++] = (uint32_t)d->n_toks;
    }
    return push(d, TK_WORD, start, end, flags, cp);
}

/* An initialism: single letters each followed by a dot, two or more (U.S.,
 * a.m., U.N.). Returns its end, or 0 when s[i] does not start one. */
static size_t initialism_end(const char *s, size_t len, size_t i)
{
    size_t j = i, letters = 0;
    /* the dot first: it rules out nearly every word at once */
    while (j + 1 < len && s[j + 1] == '.' && (unsigned char)s[j] < 0x80 &&
           utf8_is_letter((unsigned char)s[j])) {
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
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80 && c != '\'') {   /* ASCII: a letter goes on, anything else ends */
            if ((c | 0x20) < 'a' || (c | 0x20) > 'z')
                break;
            i++;
            continue;
        }
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

#define BYTES(x) (UINT64_C(0x0101010101010101) * (x))

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && defined(__GNUC__)
/* 0x80 in each of the eight bytes of w that is an ASCII letter: (b | 0x20)
 * in 'a'..'z', computed for all eight at once (no byte carries into the
 * next: each sum stays below 0x100). */
static uint64_t letter_bytes(uint64_t w)
{
    uint64_t t = (w | BYTES(0x20)) & BYTES(0x7F);
    return (t + BYTES(0x80 - 'a')) & ~(t + BYTES(0x80 - 'z' - 1)) & ~w & BYTES(0x80);
}
#define SCAN_EIGHT 1
#endif

/* A word of ASCII letters only, as most are: read and folded (eight bytes
 * at a time where the byte order allows), hashed, and pushed with its case
 * flags (as case_flags gives them). Returns its end; 0, pushing nothing,
 * when the word goes on past a non-ASCII byte or an apostrophe: word_end and
 * fold_into must read it then. */
static size_t ascii_word(nf_doc *d, const char *s, size_t len, size_t i, unsigned flags)
{
    reserve_fold(d, len - i + 16);   /* the folded word, then eight zero bytes */
    char *out = d->fold + d->fold_len;
    size_t j = i;
    bool lower = false;   /* a lowercase letter seen: not all capitals */
    /* The hash of out's first `hashed` bytes, taken from the folded words
     * as they are made: reading them back from out just after writing them
     * byte-unaligned stalled the load on the stores (a fifth of tok_split). */
    uint64_t h = 0, eight;
    size_t hashed = 0;
#ifdef SCAN_EIGHT
    while (j + 8 <= len) {
        uint64_t w, folded;
        memcpy(&w, s + j, 8);
        folded = w | BYTES(0x20);
        memcpy(out + (j - i), &folded, 8);
        uint64_t letters = letter_bytes(w), lowers = letters & (w << 2);   /* bit 5 set */
        if (letters != BYTES(0x80)) {
            unsigned k = (unsigned)__builtin_ctzll(~letters & BYTES(0x80)) / 8;
            if (k) {   /* the word's last k letters, then zeros, as out ends */
                uint64_t first_k = ~UINT64_C(0) >> (64 - 8 * k);
                lower |= (lowers & first_k) != 0;
                h = strmap_hash_step(h, folded & first_k);
                hashed += 8;
            }
            j += k;
            goto end;
        }
        lower |= lowers != 0;
        h = strmap_hash_step(h, folded);
        hashed += 8;
        j += 8;
    }
#endif
    for (; j < len; j++) {
        unsigned char c = (unsigned char)s[j];
        if (c >= 'a' && c <= 'z')
            lower = true;
        else if (c >= 'A' && c <= 'Z')
            c += 32;
        else
            break;
        out[j - i] = (char)c;
    }
#ifdef SCAN_EIGHT
end:
#endif
    if (j < len && ((unsigned char)s[j] >= 0x80 || s[j] == '\''))
        return 0;
    size_t n = j - i;
    memset(out + n, 0, 8);   /* the NUL, and the padding strmap_hash reads as zeros */
    for (; hashed < n; hashed += 8) {   /* near the end of the text only */
        memcpy(&eight, out + hashed, 8);
        h = strmap_hash_step(h, eight);
    }
    flags |= (s[i] >= 'A' && s[i] <= 'Z' ? TF_CAP : 0) | (n >= 2 && !lower ? TF_UPPER : 0);
    nf_tok *t = push_word(d, i, j, flags, (unsigned char)s[i]);
    t->fold = (uint32_t)d->fold_len;
    t->fold_hash = strmap_hash_end(h, n);
    t->fold0 = out[0];
    d->fold_len += n + 1;
    return j;
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

/* The word at s[i] (cp, a letter), with flags from the white space before
 * it; a possessive 's after it is a token of its own. Returns its end. */
static size_t read_word(nf_doc *d, const char *s, size_t len, size_t i, unsigned flags,
                        uint32_t cp)
{
    size_t end = initialism_end(s, len, i);
    if (!end && (end = ascii_word(d, s, len, i, flags)))
        return end;
    bool poss = false;
    if (end)
        flags |= TF_ABBR;
    else
        end = word_end(s, len, i, &poss);
    nf_tok *t = push_word(d, i, end, flags | case_flags(s, i, end), cp);
    set_fold(d, t, s + i, end - i);
    if (poss) {
        size_t a;
        peek(s, len, end, &a);
        t = push(d, TK_POSS, end, end + a + 1, 0, '\'');
        set_fold(d, t, "'s", 2);
        end += a + 1;
    }
    return end;
}

void tok_split(nf_doc *d, const char *s, size_t len)
{
    memset(d, 0, sizeof *d);
    d->text = s;
    d->len = len;
    /* room for the usual story, so that the arrays seldom grow: about one
     * token in five bytes, and folded words no longer than the text */
    d->cap_toks = len / 4 + 16;
    d->toks = xmalloc(d->cap_toks * sizeof *d->toks);
    d->cap_caps = len / 16 + 16;   /* news prose: a capitalised word in 25 bytes or so */
    d->caps = xmalloc(d->cap_caps * sizeof *d->caps);
    d->fold_cap = 2 * len + 64;
    d->fold = xmalloc(d->fold_cap);
    uint32_t h;
    fold_into(d, "", 0, &h);   /* offset 0 is the empty string */
    unsigned pending = 0;
    unsigned newlines = 0;
    size_t i = 0, k;
    while (i < len) {
        uint32_t cp = peek(s, len, i, &k);
        /* letters, white space and the rest are apart: the most frequent
         * test comes first */
        if (utf8_is_letter(cp)) {
            i = read_word(d, s, len, i, pending, cp);
            pending = 0;
            newlines = 0;
            continue;
        }
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
        if (utf8_is_digit(cp)) {
            size_t end = number_end(s, len, i);
            nf_tok *t = push(d, TK_NUM, start, end, flags, cp);
            set_fold(d, t, s + start, end - start);
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
    free(d->caps);
    d->toks = NULL;
    d->fold = NULL;
    d->sents = NULL;
    d->caps = NULL;
    d->n_toks = d->n_sents = d->n_caps = 0;
}

/* A binary search without branches on the data (the compiler makes the
 * choice a conditional move): asked once or twice a sentence. */
size_t tok_caps_from(const nf_doc *d, size_t i)
{
    size_t n = d->n_caps;
    if (!n)
        return 0;
    const uint32_t *base = d->caps;
    while (n > 1) {
        size_t half = n / 2;
        base = base[half] < i ? base + half : base;
        n -= half;
    }
    return (size_t)(base - d->caps) + (*base < i);
}
