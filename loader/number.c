/* number.c — see number.h. */
#include "number.h"
#include "lexicon.h"

#include <stdlib.h>
#include <string.h>

static const char *const units[] = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", NULL
};
static const char *const tens[] = {
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", NULL
};

static int word_index(const char *w, const char *const *list)
{
    for (int i = 0; list[i]; i++)
        if (list[i][0] == w[0] && tok_streq(w, list[i]))   /* inline: asked of every number word */
            return i;
    return -1;
}

/* Each word here is an LX_MULT word of lexicon.c too (the class that lets
 * a reader look past the number to it). */
double num_multiplier(const char *f)
{
    static const struct { const char *w; double v; } mult[] = {
        {"thousand", 1e3}, {"k", 1e3}, {"million", 1e6}, {"millions", 1e6}, {"m", 1e6},
        {"mn", 1e6}, {"mln", 1e6}, {"mil", 1e6}, {"billion", 1e9}, {"billions", 1e9},
        {"bn", 1e9}, {"bln", 1e9}, {"bil", 1e9}, {"b", 1e9}, {"trillion", 1e12}, {"tn", 1e12},
        {"tln", 1e12}, {"trn", 1e12}, {"lakh", 1e5}, {"lakhs", 1e5},
        {"crore", 1e7}, {"crores", 1e7}, {NULL, 0}
    };
    for (int i = 0; mult[i].w; i++)
        if (strcmp(f, mult[i].w) == 0)
            return mult[i].v;
    return 0;
}

static double digits_value(const char *s, bool *has_sep)
{
    char buf[64];
    size_t n = 0;
    bool integer = true;
    uint64_t whole = 0;
    *has_sep = false;
    for (; *s && n + 1 < sizeof buf; s++) {
        if (*s == ',') {
            *has_sep = true;
            continue;
        }
        integer = integer && *s >= '0' && *s <= '9';
        whole = whole * 10 + (uint64_t)(*s - '0');
        buf[n++] = *s;
    }
    if (integer && n <= 15)
        return (double)whole;   /* exact, as strtod would give it, and much cheaper */
    buf[n] = '\0';
    return strtod(buf, NULL);
}

/* A value below one hundred in words: "thirty-one", "twenty three", "seven".
 * Every word of units and tens is in the lexicon's LX_NUMWORD class, so a
 * token without that bit (nearly every token) is answered at once. */
static bool small_words(const nf_doc *d, size_t i, size_t end, double *v, size_t *n)
{
    if (i >= end || d->toks[i].kind != TK_WORD || !(d->toks[i].lx & LX_NUMWORD))
        return false;
    const char *w = tok_fold(d, i);
    int u = word_index(w, units);
    if (u >= 0) {
        *v = u;
        *n = 1;
        return true;
    }
    int t = word_index(w, tens);
    if (t < 0)
        return false;
    *v = 20 + 10 * t;
    *n = 1;
    size_t j = i + 1;
    if (j + 1 < end && tok_is_dash(d, j) && tok_touch(d, j) && tok_touch(d, j + 1))
        j++;
    else if (j < end && (d->toks[j].flags & TF_NL))
        return true;
    if (j < end && d->toks[j].kind == TK_WORD && (d->toks[j].lx & LX_NUMWORD)) {
        int u2 = word_index(tok_fold(d, j), units);
        if (u2 >= 1 && u2 <= 9) {
            *v += u2;
            *n = j + 1 - i;
        }
    }
    return true;
}

/* Words up to the millions: "one hundred and fifty", "two thousand". */
static bool word_number(const nf_doc *d, size_t i, size_t end, double *v, size_t *n)
{
    double total = 0, part;
    size_t j = i, k;
    bool any = false;
    if (i < end && (tok_is(d, i, "a") || tok_is(d, i, "an")) && i + 1 < end &&
        (tok_is(d, i + 1, "dozen") || tok_is(d, i + 1, "hundred") || tok_is(d, i + 1, "thousand"))) {
        part = 1;
        j = i + 1;
        goto scale;
    }
    while (small_words(d, j, end, &part, &k)) {
        j += k;
    scale:
        any = true;
        if (j < end && tok_is(d, j, "dozen")) {
            part *= 12;
            j++;
        }
        if (j < end && tok_is(d, j, "hundred")) {
            part *= 100;
            j++;
            if (j + 1 < end && tok_is(d, j, "and") && small_words(d, j + 1, end, v, &k)) {
                part += *v;
                j += 1 + k;
            }
        }
        if (j < end && tok_is(d, j, "thousand")) {
            total += part * 1000;
            j++;
            if (j + 1 < end && tok_is(d, j, "and") && small_words(d, j + 1, end, v, &k)) {
                total += *v;
                j += 1 + k;
            }
            continue;
        }
        total += part;
        break;
    }
    *v = total;
    *n = j - i;
    return any;
}

/* "Twenty-three (23)": a figure in brackets that repeats the words. */
static size_t bracketed_repeat(const nf_doc *d, size_t j, size_t end, double v)
{
    if (j + 2 < end && tok_is_punct(d, j, '(') && d->toks[j + 1].kind == TK_NUM &&
        tok_is_punct(d, j + 2, ')')) {
        bool sep;
        if (digits_value(tok_fold(d, j + 1), &sep) == v)
            return 3;
    }
    return 0;
}

bool num_parse(const nf_doc *d, size_t i, size_t end, bool with_mult, num_val *out)
{
    memset(out, 0, sizeof *out);
    if (i >= end)
        return false;
    size_t j = i;
    if (tok_is(d, i, "half") && i + 2 < end && tok_is(d, i + 1, "a") &&
        num_multiplier(tok_fold(d, i + 2)) >= 1e6) {
        out->value = 0.5 * num_multiplier(tok_fold(d, i + 2));
        out->ntok = 3;
        return true;
    }
    if (d->toks[i].kind == TK_NUM) {
        bool sep;
        const char *f = tok_fold(d, i);
        out->value = digits_value(f, &sep);
        out->digits = true;
        size_t len = strlen(f);
        out->year_like = !sep && len == 4 && !strchr(f, '.') && out->value >= 1800 &&
                         out->value <= 2099;
        j = i + 1;
    } else {
        double v;
        size_t n;
        if (!word_number(d, i, end, &v, &n))
            return false;
        out->value = v;
        j = i + n;
        j += bracketed_repeat(d, j, end, v);
    }
    /* the multiplier words are the lexicon's LX_MULT class */
    if (with_mult && j < end && d->toks[j].kind == TK_WORD && (d->toks[j].lx & LX_MULT)) {
        double m = num_multiplier(tok_fold(d, j));
        if (m > 0 && (m >= 1e5 || tok_touch(d, j) || strlen(tok_fold(d, j)) > 1)) {
            out->value *= m;
            out->year_like = false;
            j++;
        }
    }
    out->ntok = j - i;
    return true;
}
