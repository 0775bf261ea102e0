/* sentence.c — see sentence.h. */
#include "sentence.h"
#include "alloc.h"
#include "lexicon.h"

#include <string.h>

WORDS(abbreviations,
    "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "rev", "prof", "gov",
    "sen", "rep", "supt", "insp", "cr", "no", "jr", "sr", "inc", "ltd", "co", "corp", "vs",
    "etc", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "mt", "ft", "approx",
    "cmdr", "adm", "maj", "det", "hon", "messrs", "fig", "vol", "ave", "rd", "brig", "cpl",
    "pte", "sr", "fr", "ald", "coun", "cllr", "ga", "calif", "fla", "tenn", "mass", "penn", "wash", "ariz", "colo",
    "conn", "ill", "ind", "kan", "ky", "la", "md", "mich", "minn", "miss", "mo", "mont", "neb",
    "nev", "okla", "ore", "pa", "tex", "va", "wis", "wyo", "al", "ala", "ark", "del", "const",
    "engr", "atty", "adv", "rs", "comr", "smt", "shri", "comm");
/* Abbreviations only when capitalised, as styles before a name ("Arc.
 * Obinna Ezeani", "Barr. Ada Eze"): "an arc." ends a sentence. And
 * Canadian provinces as Canadian Press datelines write them ("LONDON,
 * Ont. —"; not "Man.", which ends "the Isle of Man."). */
WORDS(cap_abbreviations, "barr", "arc", "pharm", "surv", "adj", "snr", "ont", "que", "alta",
      "sask", "nfld");

static bool is_terminal(const nf_doc *d, size_t i)
{
    const nf_tok *t = &d->toks[i];
    return t->kind == TK_PUNCT && (t->cp == '.' || t->cp == '!' || t->cp == '?' || t->cp == 0x2026);
}

static bool is_closer(const nf_doc *d, size_t i)
{
    const nf_tok *t = &d->toks[i];
    if (t->kind == TK_QUOTE)
        return t->cp != 0x201C && t->cp != 0x2018 && t->cp != 0x201E;
    return t->kind == TK_PUNCT && (t->cp == ')' || t->cp == ']');
}

/* Could token i open a sentence? */
static bool opener(const nf_doc *d, size_t i)
{
    const nf_tok *t = &d->toks[i];
    if (t->kind == TK_NUM || t->kind == TK_QUOTE)
        return true;
    if (t->kind == TK_WORD)
        return (t->flags & TF_CAP) != 0;
    return t->cp == '(' || t->cp == '[' || t->cp == '-' || t->cp == 0x2022 || t->cp == 0x2014 ||
           t->cp == 0x2013;
}

/* A period after an abbreviation or an initial does not end a sentence,
 * unless a line break follows. */
static bool abbreviation_dot(const nf_doc *d, size_t dot)
{
    if (dot == 0 || !tok_touch(d, dot))
        return false;
    const nf_tok *w = &d->toks[dot - 1];
    if (w->kind != TK_WORD)
        return false;
    if (tok_len(d, dot - 1) == 1 && (w->flags & TF_CAP))
        return true;   /* an initial: K. Venkat Rao */
    return tok_in(d, dot - 1, abbreviations) ||
           ((w->flags & TF_CAP) && tok_in(d, dot - 1, cap_abbreviations));
}

/* A line of its own that is a place and a date, as South Asian and British
 * papers set their datelines: "Kathmandu, January 14", "NEW DELHI, Monday". */
static bool dated_place(const nf_doc *d, const nf_sent *s)
{
    size_t i = s->tok_start;
    while (i < s->tok_end && i < s->tok_start + 3u && d->toks[i].kind == TK_WORD &&
           (d->toks[i].flags & TF_CAP) && !(d->toks[i].lx & (LX_MONTH | LX_WEEKDAY)))
        i++;
    return i > s->tok_start && i + 1 < s->tok_end && s->tok_end <= i + 6u &&
           tok_is_punct(d, i, ',') && (d->toks[i + 1].lx & (LX_MONTH | LX_WEEKDAY));
}

/* "PUTRAJAYA: Malaysia and Chile signed ...", "MINGORA: The death toll":
 * an uppercase place and a colon open the story's first paragraph, as the
 * Malaysian and Pakistani press set datelines. The colon's token, or 0. */
size_t sent_colon_dateline(const nf_doc *d, const nf_sent *s)
{
    size_t i = s->tok_start;
    while (i < s->tok_end && i < s->tok_start + 3u && d->toks[i].kind == TK_WORD &&
           (d->toks[i].flags & TF_UPPER) && tok_len(d, i) > 2 && !(d->toks[i].lx & LX_STOP))
        i++;   /* not "UPDATE:", "BREAKING:" */
    if (i == s->tok_start || i + 1 >= s->tok_end || !tok_is_punct(d, i, ':') || !tok_touch(d, i))
        return 0;
    return i;
}

static void mark_line_flags(nf_doc *d, nf_sent *s)
{
    const nf_tok *first = &d->toks[s->tok_start];
    size_t last = s->tok_end - 1;
    bool line_start = s->tok_start == 0 || (first->flags & TF_NL);
    bool line_end = s->tok_end == d->n_toks || (d->toks[s->tok_end].flags & TF_NL);
    size_t l = last;
    while (l > s->tok_start && is_closer(d, l))
        l--;
    bool closed = is_terminal(d, l) || tok_is_punct(d, l, ':') ||
                  (d->toks[l].flags & TF_ABBR);
    if (line_start && line_end && !closed)
        s->flags |= SF_HEADING;
    if (line_start && line_end && dated_place(d, s))
        s->flags |= SF_DATELINE;
    if (line_start && !(s->flags & SF_HEADING) && sent_colon_dateline(d, s) != 0)
        s->flags |= SF_DATELINE;
    /* A dateline: an uppercase place name, then within a dozen tokens a dash. */
    if (line_start && (first->flags & TF_UPPER) && first->kind == TK_WORD) {
        for (size_t i = s->tok_start + 1; i < s->tok_end && i < s->tok_start + 14u; i++) {
            if (tok_is_dash(d, i) && (d->toks[i].flags & TF_SPACE)) {
                s->flags |= SF_DATELINE;
                break;
            }
        }
    }
}

static void close_sentence(nf_doc *d, size_t from, size_t to, uint32_t para)
{
    if (to <= from)
        return;
    nf_sent *s = VEC_PUSH(d->sents, d->n_sents, d->cap_sents);
    memset(s, 0, sizeof *s);
    s->tok_start = (uint32_t)from;
    s->tok_end = (uint32_t)to;
    s->start = d->toks[from].start;
    s->end = d->toks[to - 1].end;
    s->para = para;
    for (size_t i = from; i < to; i++)
        d->toks[i].sent = (uint32_t)(d->n_sents - 1);
    mark_line_flags(d, s);
}

/* Does a line break before token i end the sentence? Not when the line
 * continues a sentence in lowercase (hard-wrapped text). */
static bool line_break_ends(const nf_doc *d, size_t i)
{
    const nf_tok *t = &d->toks[i];
    if (t->flags & TF_PARA)
        return true;
    if (t->kind == TK_WORD && !(t->flags & TF_CAP)) {
        size_t p = i - 1;
        return is_terminal(d, p) || is_closer(d, p) || tok_is_punct(d, p, ':');
    }
    return true;
}

void sent_split(nf_doc *d)
{
    size_t start = 0;
    uint32_t para = 0;
    for (size_t i = 0; i < d->n_toks; i++) {
        if (i > start && (d->toks[i].flags & TF_NL) && line_break_ends(d, i)) {
            close_sentence(d, start, i, para);
            start = i;
        }
        if (d->toks[i].flags & TF_PARA)
            para++;
        bool abbr_word = (d->toks[i].flags & TF_ABBR) != 0;
        if (!is_terminal(d, i) && !abbr_word)
            continue;
        size_t j = i + 1;
        while (j < d->n_toks && is_closer(d, j) && tok_touch(d, j))
            j++;
        if (j >= d->n_toks)
            continue;
        const nf_tok *next = &d->toks[j];
        if (!(next->flags & TF_SPACE) || (next->flags & TF_NL) || !opener(d, j))
            continue;
        /* "U.S. officials" goes on; "at 2.15 a.m. The nurses" and "a.m.
         * Twenty-nine of them" do not */
        if (abbr_word && !(next->lx & (LX_STOP | LX_NUMWORD)))
            continue;
        if (!abbr_word && d->toks[i].cp == '.' && j == i + 1 && abbreviation_dot(d, i))
            continue;
        close_sentence(d, start, j, para);
        start = j;
    }
    close_sentence(d, start, d->n_toks, para);
}

size_t sent_at(const nf_doc *d, size_t offset)
{
    size_t lo = 0, hi = d->n_sents;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->sents[mid].end <= offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < d->n_sents && d->sents[lo].start <= offset ? lo : d->n_sents;
}
