/* ex_quote.c — quotations: where they are and who said them.
 *
 * ex_quote_spans (before the people stage) finds every span inside
 * quotation marks and stores it in ctx->quotes, sorted, never overlapping.
 * Double marks (“ ” " „ « ») and single marks (‘ ’ ' `) are read in two
 * separate passes so that a stray apostrophe cannot hide a real quotation;
 * a span nested inside another is dropped (the outer one is the quote).
 * Every mark closes at the end of its paragraph: an unbalanced mark costs at
 * most one paragraph and the scan stays linear.
 *
 * ex_quote (after the people stage) decides for each span whether it is
 * speech or a scare quote / name, and who the speaker is: the attribution
 * after the quote (“...,” he said), before it (X said: “...”), a speech verb
 * elsewhere in the sentence (X said the deaths were “...”), and when there is
 * none the last speaker (a quoted paragraph continues the previous one).
 * Speakers the registry does not know yet — witnesses, relatives and
 * organisations — are added to it here, never as officials.
 */
#include "extract.h"
#include "alloc.h"
#include "lexicon.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

#define NONE SIZE_MAX

/* ---- marks ------------------------------------------------------------------ */

enum { FAM_NONE, FAM_DOUBLE, FAM_SINGLE };

static int mark_family(uint32_t cp)
{
    switch (cp) {
    case '"': case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0xAB: case 0xBB:
        return FAM_DOUBLE;
    case '\'': case '`': case 0x2018: case 0x2019:
        return FAM_SINGLE;
    default:
        return FAM_NONE;
    }
}

static bool is_terminal_punct(const nf_doc *d, size_t i)
{
    const nf_tok *t = &d->toks[i];
    return t->kind == TK_PUNCT && (t->cp == '.' || t->cp == '!' || t->cp == '?' || t->cp == 0x2026);
}

/* Does a paragraph start at token i? A blank line always starts one; a
 * single line break does when the line before ended like a paragraph (with
 * closing punctuation or a quote mark), so hard-wrapped lines do not. */
static bool para_break(const nf_doc *d, size_t i)
{
    if (i == 0 || i >= d->n_toks)
        return true;
    const nf_tok *t = &d->toks[i];
    if (t->flags & TF_PARA)
        return true;
    if (!(t->flags & TF_NL))
        return false;
    return is_terminal_punct(d, i - 1) || d->toks[i - 1].kind == TK_QUOTE ||
           tok_is_punct(d, i - 1, ':');
}

/* Could the mark at i open a quotation, judging by what is before it:
 * start of text, white space, a bracket, a dash, a colon or another mark. */
static bool opens_here(const nf_doc *d, size_t i)
{
    if (i == 0 || (d->toks[i].flags & (TF_SPACE | TF_NL)))
        return true;
    const nf_tok *p = &d->toks[i - 1];
    if (p->kind == TK_QUOTE)
        return true;
    return p->kind == TK_PUNCT && (p->cp == '(' || p->cp == '[' || p->cp == ':' || p->cp == '/' ||
                                   tok_is_dash(d, i - 1));
}

/* ...and by what follows it: a word or number touching the mark. */
static bool leads_text(const nf_doc *d, size_t i)
{
    if (i + 1 >= d->n_toks || (d->toks[i + 1].flags & TF_SPACE))
        return false;
    return true;
}

/* A ’ or ' after a word-final s closes a quotation unless a word follows,
 * which makes it a plural possessive ("the victims’ families"). A speech
 * verb or pronoun after it is an attribution, not a possessed noun. */
static bool ambiguous_closes(const nf_doc *d, size_t i)
{
    size_t j = i + 1;
    if (j >= d->n_toks || para_break(d, j))
        return true;
    const nf_tok *t = &d->toks[j];
    if (t->kind != TK_WORD && t->kind != TK_NUM)
        return true;
    return (t->lx & (LX_SPEECH | LX_PRON_M | LX_PRON_F | LX_PRON_PL)) != 0;
}

typedef struct raw_span {
    size_t open, close;   /* close: the closing mark, or the paragraph's end */
    int family;
    bool closed;
} raw_span;

typedef struct span_list {
    raw_span *v;
    size_t n, cap;
} span_list;

static void add_raw(span_list *l, size_t open, size_t close, int family, bool closed)
{
    if (close <= open + 1)
        return;   /* empty: “” */
    raw_span *r = VEC_PUSH(l->v, l->n, l->cap);
    r->open = open;
    r->close = close;
    r->family = family;
    r->closed = closed;
}

/* An unclosed single mark is only a quotation when it opens a paragraph or
 * follows a colon (the paragraph-continuation style of British papers);
 * elsewhere it is far more often an apostrophe (’90s, rock ’n’ roll). */
static bool keep_unclosed_single(const nf_doc *d, size_t open)
{
    return para_break(d, open) || (open > 0 && tok_is_punct(d, open - 1, ':'));
}

static void scan_double(const nf_doc *d, span_list *out)
{
    size_t open = NONE;
    for (size_t i = 0; i < d->n_toks; i++) {
        if (open != NONE && para_break(d, i)) {
            add_raw(out, open, i, FAM_DOUBLE, false);
            open = NONE;
        }
        const nf_tok *t = &d->toks[i];
        if (t->kind != TK_QUOTE || mark_family(t->cp) != FAM_DOUBLE)
            continue;
        switch (t->cp) {
        case 0x201C: case 0x201E: case 0x201F: case 0xAB:
            if (t->cp == 0x201C && open != NONE && d->toks[open].cp == 0x201E) {
                add_raw(out, open, i, FAM_DOUBLE, true);   /* German „...“ */
                open = NONE;
                break;
            }
            open = i;   /* an earlier unclosed opener in the paragraph was stray */
            break;
        case 0x201D: case 0xBB:
            if (open != NONE) {
                add_raw(out, open, i, FAM_DOUBLE, true);
                open = NONE;
            }
            break;
        default:   /* " toggles */
            if (open != NONE) {
                add_raw(out, open, i, FAM_DOUBLE, true);
                open = NONE;
            } else if (opens_here(d, i) && leads_text(d, i)) {
                open = i;
            }
        }
    }
    if (open != NONE)
        add_raw(out, open, d->n_toks, FAM_DOUBLE, false);
}

static void end_single(const nf_doc *d, span_list *out, size_t open, size_t at)
{
    if (keep_unclosed_single(d, open))
        add_raw(out, open, at, FAM_SINGLE, false);
}

static void scan_single(const nf_doc *d, span_list *out)
{
    size_t open = NONE;
    for (size_t i = 0; i < d->n_toks; i++) {
        if (open != NONE && para_break(d, i)) {
            end_single(d, out, open, i);
            open = NONE;
        }
        const nf_tok *t = &d->toks[i];
        if (t->kind != TK_QUOTE || mark_family(t->cp) != FAM_SINGLE)
            continue;
        bool touches_prev = i > 0 && !(t->flags & (TF_SPACE | TF_NL));
        bool closes = open != NONE && touches_prev && t->cp != 0x2018 && t->cp != '`' &&
                      (!(t->flags & TF_AMBIG) || ambiguous_closes(d, i));
        if (closes) {
            add_raw(out, open, i, FAM_SINGLE, true);
            open = NONE;
        } else if ((t->cp == 0x2018 || t->cp == '`' || t->cp == '\'') && opens_here(d, i) &&
                   leads_text(d, i) && (open == NONE || t->cp != '\'')) {
            open = i;
        }
    }
    if (open != NONE)
        end_single(d, out, open, d->n_toks);
}

/* Merge the two passes in text order. A span inside another is a nested
 * quotation and is dropped; when two cross, the double marks win (a single
 * mark is the one that may have been an apostrophe). */
static void merge_spans(ex_ctx *ctx, const span_list *a, const span_list *b)
{
    size_t i = 0, j = 0;
    raw_span last = {NONE, 0, FAM_NONE, false};
    bool have = false;
    while (i < a->n || j < b->n) {
        const raw_span *r;
        if (j >= b->n || (i < a->n && a->v[i].open <= b->v[j].open))
            r = &a->v[i++];
        else
            r = &b->v[j++];
        if (have && r->open < last.close) {
            if (r->close <= last.close)
                continue;   /* nested */
            if (!(last.family == FAM_SINGLE && r->family == FAM_DOUBLE))
                continue;   /* crossing: keep the earlier */
            ctx->n_quotes--;   /* replace the single span */
            have = ctx->n_quotes > 0;
            if (have) {
                const ex_qspan *q = &ctx->quotes[ctx->n_quotes - 1];
                last.close = q->close_tok;
                last.family = FAM_DOUBLE;
                if (r->open < last.close)
                    continue;
            }
        }
        ex_qspan *q = VEC_PUSH(ctx->quotes, ctx->n_quotes, ctx->cap_quotes);
        memset(q, 0, sizeof *q);
        q->open_tok = r->open;
        q->close_tok = r->close;
        q->text = ex_tok_span(ctx, r->open + 1, r->close);
        q->speaker = -1;
        last = *r;
        have = true;
    }
}

int ex_quote_spans(ex_ctx *ctx)
{
    span_list dbl = {NULL, 0, 0}, sgl = {NULL, 0, 0};
    scan_double(ctx->doc, &dbl);
    scan_single(ctx->doc, &sgl);
    merge_spans(ctx, &dbl, &sgl);
    free(dbl.v);
    free(sgl.v);
    return 0;
}

/* ---- words ------------------------------------------------------------------ */

WORDS(determiners, "the", "a", "an");
WORDS(possessive_dets,
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those", "this");
WORDS(spokes_words,
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials",
    "source", "sources", "representative");
/* Words between a subject and its speech verb: "Mr X also said", "has said". */
WORDS(aux_words,
    "also", "later", "then", "previously", "earlier", "has", "had", "have", "again", "further",
    "repeatedly", "separately", "reportedly", "publicly", "recently", "once", "subsequently",
    "quickly", "simply");
/* Verbs of naming: right before a quotation they mark a name, not speech. */
WORDS(naming_words,
    "called", "dubbed", "nicknamed", "branded", "labelled", "labeled", "titled", "entitled",
    "named", "codenamed", "termed", "word", "term", "phrase", "slogan", "hashtag", "motto",
    "banner", "headline",
    /* titles of works: the HSE guidance "Managing public safety ..." */
    "guidance", "campaign", "documentary", "film", "book", "album", "song");
/* Verbs that characterise with an object between verb and quotation:
 * "It called the shooting “...”". */
/* Words after which a clause, and so a subject, starts: "an operation that
 * Lena Vogt, Germany's interior minister, said had...". */
WORDS(clause_openers,
    "that", "and", "but", "while", "as", "when", "because", "where", "whom", "who");
WORDS(characterising, "called", "termed", "branded", "labelled", "labeled");
/* Verbs that give the subject's words without a speech verb: judging
 * ("condemned the attack as “cowardly and barbaric”"), feeling ("expressed
 * its “deep sorrow”") and directing ("ordered local governments to “draw
 * lessons”"). Their one-word quotes are more often a term the story marks
 * ("accused Greek authorities of illegal “pushbacks”"), so they need two
 * words. */
WORDS(judging,
    "condemned", "denounced", "decried", "accused", "dismissed", "hailed", "praised", "slammed",
    "expressed", "ordered", "blamed", "urged", "vowed", "pledged", "branded", "labelled",
    "labeled", "welcomed", "described", "rejected");
/* Places that speak for a government (metonymy). */
static const char *const seat_pairs[][2] = {
    {"white", "house"}, {"downing", "street"}, {"number", "10"}, {"no", "10"},
    {"kremlin", NULL}, {"elysee", NULL}, {"pentagon", NULL}, {"whitehall", NULL},
    {"malacanang", NULL}, {"zhongnanhai", NULL}, {"quirinale", NULL}, {NULL, NULL}
};

/* Words for what a person is, written before the name: "Student", "Teacher". */
static const uint64_t role_bits = LX_KIN | LX_PERSON_N | LX_TITLE_MOD | LX_TITLE | LX_RANK;

static bool is_word(const nf_doc *d, size_t i)
{
    return i < d->n_toks && d->toks[i].kind == TK_WORD;
}

static bool is_cap_word(const nf_doc *d, size_t i)
{
    return is_word(d, i) && (d->toks[i].flags & (TF_CAP | TF_UPPER)) && !(d->toks[i].lx & LX_STOP);
}

static bool is_participle(const nf_doc *d, size_t i)
{
    const char *f = tok_fold(d, i);
    if (strcmp(f, "according") == 0)
        return false;
    size_t n = strlen(f);
    return n > 4 && strcmp(f + n - 3, "ing") == 0;
}

static size_t sent_first(const nf_doc *d, size_t i)
{
    return d->sents[d->toks[i].sent].tok_start;
}

static size_t sent_last(const nf_doc *d, size_t i)
{
    return d->sents[d->toks[i].sent].tok_end;
}

/* speech_verb for a word of the LX_SPEECH class. */
static bool speech_verb_here(const ex_ctx *ctx, size_t i)
{
    const nf_doc *d = ctx->doc;
    if (tok_is(d, i, "according"))
        return tok_is(d, i + 1, "to");
    if ((d->toks[i].flags & TF_CAP) && !(d->sents[d->toks[i].sent].flags & SF_HEADING))
        return false;
    if (i > 0 && tok_in(d, i - 1, possessive_dets))
        return false;
    if (i > 0 && d->toks[i - 1].kind == TK_POSS)
        return false;   /* "the mayor's comments": a noun */
    return !ex_in_quote(ctx, i);
}

/* Is token i a speech verb (not a noun: "the claims", "his posts")? The
 * class test is inline: the quote readers ask it of most tokens. */
static inline bool speech_verb(const ex_ctx *ctx, size_t i)
{
    const nf_doc *d = ctx->doc;
    return is_word(d, i) && (d->toks[i].lx & LX_SPEECH) && speech_verb_here(ctx, i);
}

static bool is_sep(const nf_doc *d, size_t i)
{
    return tok_is_punct(d, i, ',') || (tok_is_dash(d, i) && (d->toks[i].flags & TF_SPACE));
}

/* "in a video posted on Facebook", "a letter written to": the speech verb
 * at k describes a thing, the verb of the sentence comes earlier. */
static bool reduced_relative(const nf_doc *d, size_t k)
{
    return k >= 2 && is_word(d, k - 1) && !(d->toks[k - 1].flags & (TF_CAP | TF_UPPER)) &&
           !(d->toks[k - 1].lx & (role_bits | LX_ORG | LX_PRON_M | LX_PRON_F | LX_PRON_PL)) &&
           (tok_is(d, k - 2, "a") || tok_is(d, k - 2, "an"));
}

/* ---- noun phrases that name a speaker --------------------------------------- */

/* Can token k be part of a speaker's noun phrase ("the federal prosecutor’s
 * office", "Abidjan police chief Colonel Ali Traoré", "Mr. K. Rao")? */
/* Is the word at k the second part or more of a hyphened compound? */
static bool hyphened_before(const nf_doc *d, size_t k)
{
    return k >= 1 && tok_is_dash(d, k - 1) && tok_touch(d, k - 1) && tok_touch(d, k);
}

/* A capitalised word or a title at k. */
static bool titled_or_named(const nf_doc *d, size_t k)
{
    return k < d->n_toks && d->toks[k].kind == TK_WORD &&
           ((d->toks[k].flags & (TF_CAP | TF_UPPER)) || (d->toks[k].lx & (LX_TITLE | LX_RANK)));
}

static bool np_token(const ex_ctx *ctx, size_t k)
{
    const nf_doc *d = ctx->doc;
    const nf_tok *t = &d->toks[k];
    if (t->kind == TK_POSS)
        return true;
    if (t->kind == TK_QUOTE && (t->cp == '\'' || t->cp == 0x2019) && k > 0 && tok_touch(d, k) &&
        is_cap_word(d, k - 1) && tok_str_ends(tok_fold(d, k - 1), "s") && is_cap_word(d, k + 1))
        return true;   /* "the Antwerp Port Employers' Federation" */
    if (t->kind == TK_PUNCT) {
        if (t->cp == '.' && tok_touch(d, k) && k > 0 && is_word(d, k - 1) &&
            ((d->toks[k - 1].lx & (LX_HONORIFIC | LX_RANK)) ||
             ((d->toks[k - 1].lx & LX_TITLE) && tok_len(d, k - 1) <= 4 &&
              (d->toks[k - 1].flags & TF_CAP)) ||
             (tok_len(d, k - 1) == 1 && (d->toks[k - 1].flags & TF_CAP))))
            return true;   /* Mr. / K. / Gov. */
        return tok_is_dash(d, k) && tok_touch(d, k) && tok_touch(d, k + 1);
    }
    if (t->kind == TK_NUM)   /* "No 10", "Number 10": the seat of a government */
        return k > 0 && tok_in(d, k - 1, (const char *const[]){"no", "number", NULL}) &&
               (d->toks[k - 1].flags & TF_CAP) && tok_is(d, k, "10");
    if (t->kind != TK_WORD)
        return false;
    if (t->lx & (LX_SPEECH | LX_PRON_M | LX_PRON_F | LX_PRON_PL))
        return false;
    if (tok_in(d, k, (const char *const[]){"source", "sources", NULL}))
        return true;   /* "a Home Office source said" */
    if (tok_in(d, k, (const char *const[]){"no", "number", NULL}) && (t->flags & TF_CAP) &&
        tok_is(d, k + 1, "10"))
        return true;
    if (t->lx & LX_STOP)
        return false;
    if (t->flags & (TF_CAP | TF_UPPER))
        return true;
    if (k >= 2 && hyphened_before(d, k) && is_cap_word(d, k - 2))
        return true;   /* "Kim Min-seok": a Korean given name's second syllable */
    /* "German centre-right MEP Markus Vollrath": a two-word hyphened
     * modifier of a title or a name (not of "the Estonian ride-hailing
     * company", and not an age: "34-year-old Kofi Mensah" is read apart) */
    if (k >= 2 && hyphened_before(d, k) && is_word(d, k - 2) && !hyphened_before(d, k - 2) &&
        titled_or_named(d, k + 1))
        return true;   /* "right" */
    if (k + 3 < d->n_toks && hyphened_before(d, k + 2) && is_word(d, k + 2) &&
        !hyphened_before(d, k) && titled_or_named(d, k + 3))
        return true;   /* "centre" */
    return (t->lx & (LX_TITLE | LX_TITLE_MOD | LX_ORG | LX_KIN | LX_RANK)) != 0;
}



/* The start of the noun phrase that ends just before token `end`, or `end`
 * when there is none. Stops at `floor`, at a determiner (included) and at a
 * line break; "and" and commas join the words of one name ("Foreign,
 * Commonwealth and Development Office", "Mines and Energy Minister"). */
static bool body_by_last_word(const ex_ctx *ctx, size_t noun, size_t before);

static size_t np_left(const ex_ctx *ctx, size_t end, size_t floor)
{
    const nf_doc *d = ctx->doc;
    size_t b = end;
    bool seen_and = false;
    if (end >= floor + 2 && is_word(d, end - 1) && !(d->toks[end - 1].flags & TF_CAP) &&
        tok_is(d, end - 2, "the") && !np_token(ctx, end - 1) &&
        !(d->toks[end - 1].lx & LX_STOP) && body_by_last_word(ctx, end - 1, end - 2))
        return end - 2;   /* "the park said" after "Golden Harbour Fantasy Park" */
    if (end > floor && is_word(d, end - 1) &&
        ((d->toks[end - 1].lx & (LX_PRON_M | LX_PRON_F | LX_PRON_PL)) || tok_is(d, end - 1, "it")))
        return end - 1;
    while (b > floor && end - b < 14) {
        size_t k = b - 1;
        if (b < end && (d->toks[b].flags & TF_NL))
            break;
        if (np_token(ctx, k)) {
            b = k;
            continue;
        }
        bool between = b < end && k > floor && (np_token(ctx, k - 1) || tok_is_punct(d, k - 1, ','));
        if (between && people_is_particle(d, k) &&
            (is_cap_word(d, b) || (tok_is_dash(d, b) && tok_touch(d, b) && is_cap_word(d, b + 1)))) {
            b = k;   /* "van Veen", "al-Masri" */
            continue;
        }
        if (between && (tok_is(d, k, "and") || tok_is(d, k, "&")) && is_cap_word(d, b) &&
            is_cap_word(d, k - 1)) {
            seen_and = true;
            b = k;
            continue;
        }
        if (between && tok_in(d, k, (const char *const[]){"of", "for", NULL}) && is_cap_word(d, b) &&
            is_cap_word(d, k - 1)) {
            b = k;   /* "Ministry of Health", "Minister for Energy", "Royal College of Nursing" */
            continue;
        }
        if (seen_and && tok_is_punct(d, k, ',') && k > floor && is_cap_word(d, k - 1) &&
            is_cap_word(d, b)) {
            b = k;
            continue;
        }
        if (b < end && tok_in(d, k, determiners))
            b = k;
        break;
    }
    /* never start on glue */
    while (b < end && (tok_is_punct(d, b, ',') || tok_is(d, b, "and")))
        b++;
    return b;
}

/* The end of the noun phrase starting at token b ("said Paulo Reis, head
 * of...", "according to the coast guard"), or b when there is none. */
static size_t np_right(const ex_ctx *ctx, size_t b, size_t limit)
{
    const nf_doc *d = ctx->doc;
    size_t e = b;
    if (e < limit && tok_in(d, e, determiners))
        e++;
    if (e < limit && (d->toks[e].lx & (LX_PRON_M | LX_PRON_F | LX_PRON_PL)) && e == b)
        return e + 1;
    size_t start = e;
    while (e < limit && e - b < 14) {
        if (e > b && (d->toks[e].flags & TF_NL))
            break;
        if (np_token(ctx, e)) {
            e++;
            continue;
        }
        if (e > start && people_is_particle(d, e) && is_cap_word(d, e + 1)) {
            e++;
            continue;
        }
        if (e == start && is_word(d, e) && !(d->toks[e].lx & LX_STOP) && is_cap_word(d, e + 1) &&
            people_name_at(ctx, e + 1, limit) > e + 2) {
            e++;   /* "said economist Lukas Brunner": an occupation, then the name */
            continue;
        }
        if (people_is_particle(d, e) && tok_is_dash(d, e + 1) && tok_touch(d, e + 1) &&
            tok_touch(d, e + 2) && is_cap_word(d, e + 2)) {
            e += 2;   /* "al-Masri said" */
            continue;
        }
        if (e > start && (tok_is(d, e, "and") || tok_is(d, e, "&") ||
                          tok_in(d, e, (const char *const[]){"of", "for", NULL})) &&
            is_cap_word(d, e + 1) && is_cap_word(d, e - 1)) {
            e++;
            continue;
        }
        if (e > start && tok_is(d, e, "in") && tok_is(d, e + 1, "charge") &&
            (d->toks[e + 1].flags & TF_CAP) && is_cap_word(d, e - 1) && is_cap_word(d, e + 2)) {
            e += 2;   /* "said Special Agent in Charge Marcus D. Whitfield" */
            continue;
        }
        const ex_cmention *m = e > start && tok_is(d, e, "in") ? ex_country_at(ctx, e + 1) : NULL;
        if (m && m->tok == e + 1 && m->tok + m->ntok < limit && is_cap_word(d, m->tok + m->ntok)) {
            e = m->tok + m->ntok;   /* "said UNICEF Representative in Mozambique Dr Sofia Andrade" */
            continue;
        }
        break;
    }
    return e == start ? b : e;
}

/* ---- the registry: finding and adding speakers ------------------------------ */

static void fold_text(const char *s, size_t n, char *out, size_t cap)
{
    utf8_fold(s, n, out, cap);
}

/* Does the folded full name end with the folded short name, word-aligned? */
static bool name_ends_with(const char *full, const char *tail)
{
    size_t nf = strlen(full), nt = strlen(tail);
    if (nt > nf)
        return false;
    if (strcmp(full + nf - nt, tail) != 0)
        return false;
    return nt == nf || full[nf - nt - 1] == ' ';
}

static long add_org(ex_ctx *ctx, size_t from, size_t to)
{
    const nf_doc *d = ctx->doc;
    if (from >= to)
        return -1;
    char *name = xstrndup(d->text + d->toks[from].start, d->toks[to - 1].end - d->toks[from].start);
    size_t before = ctx->n_people;
    long id = people_add(ctx, name, from);
    free(name);
    if (id >= 0 && (size_t)id >= before)
        ctx->people[id].org = true;   /* a known person of that name stays a person */
    return id;
}

/* The fullest name the story gives for a surname first met alone: the
 * latest "First Last" before token `before` whose last word is it. */
static size_t full_name_before(const ex_ctx *ctx, size_t before, const char *surname, size_t *from)
{
    const nf_doc *d = ctx->doc;
    size_t floor = before > 4000 ? before - 4000 : 0;
    for (size_t k = before; k-- > floor + 1;) {
        if (!is_word(d, k) || !tok_is(d, k, surname))
            continue;
        size_t b = k;
        while (b > floor && (is_cap_word(d, b - 1) || (tok_is_punct(d, b - 1, '.') && tok_touch(d, b - 1)) ||
                             people_is_particle(d, b - 1)) && k - b < 5)
            b--;
        while (b < k && !(is_cap_word(d, b) && people_name_at(ctx, b, k + 1) == k + 1))
            b++;
        if (b < k) {
            *from = b;
            return k + 1;
        }
    }
    return 0;
}

/* The person named by tokens [b, e) (a name, honorific allowed): the known
 * one, or a new entry in the registry (never an official). A single word
 * nobody in the story bears is taken as an organisation ("AFAD said"). */
static long person_named(ex_ctx *ctx, size_t b, size_t e, bool org_hint)
{
    const nf_doc *d = ctx->doc;
    int gender = GENDER_UNKNOWN;
    size_t nb = b;
    if (d->toks[nb].lx & LX_HONORIFIC) {
        if (tok_in(d, nb, (const char *const[]){"mr", "sir", "lord", NULL}))
            gender = GENDER_M;
        else if (tok_in(d, nb, (const char *const[]){"mrs", "ms", "miss", "dame", "lady", NULL}))
            gender = GENDER_F;
        nb++;
        if (nb < e && tok_is_punct(d, nb, '.'))
            nb++;
    }
    if (nb >= e)
        return -1;
    /* a knight or dame is "Sir Martin" once named in full, not "Mr Hale" */
    if (nb + 1 == e && nb > b && tok_in(d, b, (const char *const[]){"sir", "dame", NULL})) {
        long id = people_given_name_at(ctx, nb);
        if (id >= 0) {
            people_add_mention(ctx, id, ex_tok_span(ctx, b, e));
            return id;
        }
    }
    size_t words = 0;
    for (size_t k = nb; k < e; k++)
        if (is_word(d, k) && ((d->toks[k].flags & TF_CAP) || !people_is_particle(d, k)))
            words++;   /* "Das said": a capitalised particle ends a name as a surname */
    const char *surname = tok_fold(d, e - 1);
    long id = people_find_surname(ctx, surname);
    char full[256], mine[256];
    fold_text(d->text + d->toks[nb].start, d->toks[e - 1].end - d->toks[nb].start, mine, sizeof mine);
    if (id >= 0) {
        fold_text(ctx->people[id].name, strlen(ctx->people[id].name), full, sizeof full);
        if (words <= 1 || name_ends_with(full, mine) || name_ends_with(mine, full)) {
            people_add_mention(ctx, id, ex_tok_span(ctx, b, e));
            if (gender && !ctx->people[id].gender)
                ctx->people[id].gender = gender;
            return id;
        }
    }
    if (words <= 1 && nb + 1 == e) {
        /* "Li said" after "Li Wenjun", "Mr Faizal" after "Faizal Ibrahim":
         * a family name written first, or a given name used alone */
        long given = people_given_name_at(ctx, nb);
        if (given >= 0) {
            people_add_mention(ctx, given, ex_tok_span(ctx, b, e));
            return given;
        }
    }
    if (words <= 1) {
        size_t from;
        size_t to = full_name_before(ctx, b, surname, &from);
        if (to) {
            nb = from;
            e = to;
        } else if (org_hint || (d->toks[nb].flags & TF_UPPER)) {
            return add_org(ctx, nb, e);   /* "AFAD said", "Malacañang, the palace, said" */
        }
    }
    char *name = xstrndup(d->text + d->toks[nb].start, d->toks[e - 1].end - d->toks[nb].start);
    id = people_add(ctx, name, nb);
    free(name);
    if (id < 0)
        return -1;
    if (gender && !ctx->people[id].gender)
        ctx->people[id].gender = gender;
    people_add_mention(ctx, id, ex_tok_span(ctx, b, e));
    return id;
}

/* The first of the capitalised words that run up to token k on its line
 * (countries among them when countries is set), "and" joining the word
 * before k to those before: "Delta Nile Spinning and Weaving Co.". */
static size_t name_run_start(const ex_ctx *ctx, size_t k, size_t floor, bool countries)
{
    const nf_doc *d = ctx->doc;
    size_t b = k;
    while (b > floor && k - b < 7 && !(d->toks[b].flags & TF_NL)) {
        bool country = ex_country_at(ctx, b - 1) != NULL;
        if (countries ? is_cap_word(d, b - 1) || country : is_cap_word(d, b - 1) && !country)
            b--;
        else if (b > floor + 1 && b + 1 == k &&
                 tok_in(d, b - 1, (const char *const[]){"and", "&", NULL}) &&
                 is_cap_word(d, b - 2) && is_cap_word(d, b))
            b -= 2;   /* one word after "and": "Ford and General Motors Co." are two */
        else
            break;
    }
    return b;
}

/* A body named by its possessor and plain words before its head word at b:
 * "Tajikistan's border service", "the city's fire department". The start
 * of the possessor, or b. */
static size_t possessor_before(const ex_ctx *ctx, size_t b)
{
    const nf_doc *d = ctx->doc;
    size_t floor = sent_first(d, b), k = b;
    while (k > floor && b - k < 2 && is_word(d, k - 1) && !(d->toks[k - 1].lx & LX_STOP) &&
           !(d->toks[k - 1].flags & (TF_CAP | TF_UPPER)))
        k--;
    if (k < floor + 2 || d->toks[k - 1].kind != TK_POSS)
        return b;
    const ex_cmention *m = ex_country_at(ctx, k - 2);
    if (m)
        return m->tok;
    return is_cap_word(d, k - 2) ? k - 2 : b;
}

/* The organisation a bare "the embassy" / "the ministry" refers to: the
 * latest earlier mention of that noun with a proper modifier ("The US
 * embassy in Ankara"), with "in/of/for" + capitalised words after it. */
static long org_by_head(ex_ctx *ctx, size_t head, size_t before)
{
    const nf_doc *d = ctx->doc;
    const char *h = tok_fold(d, head);
    size_t floor = before > 4000 ? before - 4000 : 0;
    for (size_t k = before; k-- > floor;) {
        if (!is_word(d, k) || !tok_is(d, k, h) || ex_in_quote(ctx, k))
            continue;
        size_t b = name_run_start(ctx, k, floor, true);
        if (b == k)
            b = possessor_before(ctx, k);   /* "China's embassy in Accra" */
        size_t e = k + 1;
        for (int hop = 0; hop < 2; hop++) {
            if (!tok_in(d, e, (const char *const[]){"in", "of", "for", NULL}) || !is_cap_word(d, e + 1))
                break;
            size_t c = e + 1;
            while (c < d->n_toks && c - e < 5 && (is_cap_word(d, c) || ex_country_at(ctx, c)))
                c++;
            e = c;
        }
        if (b == k && e == k + 1 && !(d->toks[k].flags & TF_CAP))
            continue;   /* another bare mention */
        return add_org(ctx, b, e);
    }
    return -1;
}

/* "No 10" and "Number 10" are Downing Street by another name: one speaker. */
static long downing_street(ex_ctx *ctx, size_t from, size_t to)
{
    size_t before = ctx->n_people;
    long id = people_add(ctx, "Downing Street", from);
    if (id >= 0 && (size_t)id >= before)
        ctx->people[id].org = true;
    people_add_mention(ctx, id, ex_tok_span(ctx, from, to));
    return id;
}

/* Nouns by which a story refers back to a firm it has named. */
WORDS(company_nouns,
    "company", "firm", "operator", "airline", "carrier", "owner", "owners", "manufacturer",
    "retailer", "developer", "contractor");
/* Last words of a firm's name ("Aleson Shipping Lines", "Acme Ltd"). */
WORDS(firm_words,
    "ltd", "inc", "plc", "co", "corp", "corporation", "company", "group", "holdings", "lines",
    "airlines", "airways", "shipping", "motors", "industries", "enterprises", "logistics",
    "holidays", "transport", "llc", "gmbh", "ag", "sa", "limited", "incorporated",
    "appliances", "apparels", "construction", "builders", "developers", "mining");

/* Nouns by which a story refers back to a group it has named. */
WORDS(group_nouns,
    "group", "organisation", "organization", "charity", "network", "movement", "coalition",
    "alliance", "association", "foundation", "ngo", "federation", "union");
/* Last words of a group's name ("Sudan Doctors Network", "Human Rights
 * Watch"); not "forces" or "council", which name armies and governments. */
WORDS(body_words,
    "network", "organisation", "organization", "foundation", "movement", "alliance",
    "coalition", "union", "association", "front", "group", "society", "federation", "watch",
    "initiative", "trust", "campaign");

static bool acronym_expansion(const ex_ctx *ctx, size_t a, size_t *xb, size_t *xe);

/* The first token of the sentence n sentences before the one of token i. */
static size_t sentences_back(const nf_doc *d, size_t i, int n)
{
    size_t f = sent_first(d, i);
    for (; n > 0 && f > 0; n--)
        f = sent_first(d, f - 1);
    return f;
}

/* "The RSF denied it. ... the group said": a body by the initials it was
 * given, "the Rapid Support Forces (RSF)", in this sentence or the one
 * before. -1 when none. */
static long initials_before(ex_ctx *ctx, size_t before)
{
    const nf_doc *d = ctx->doc;
    size_t floor = sentences_back(d, before, 1);
    for (size_t k = before; k-- > floor;) {
        size_t xb, xe;
        if ((d->toks[k].flags & TF_UPPER) && tok_len(d, k) <= 6 && !ex_in_quote(ctx, k) &&
            !ex_country_at(ctx, k) && acronym_expansion(ctx, k, &xb, &xe))
            return add_org(ctx, xb, xe);
    }
    return -1;
}

/* A capitalised word that can be part of a body's name. */
static bool body_name_word(const nf_doc *d, size_t k)
{
    return d->toks[k].kind == TK_WORD && (d->toks[k].flags & (TF_CAP | TF_UPPER)) &&
           !(d->toks[k].lx & LX_STOP);
}

/* "The company said", "the group said": the latest body named between
 * tokens floor and before by a capitalised name of two or more words that
 * ends in one of last_words. */
static long named_body_before(ex_ctx *ctx, size_t before, word_list *last_words, size_t floor)
{
    const nf_doc *d = ctx->doc;
    for (size_t k = before; k-- > floor;) {
        if (k + 2 < before && tok_is(d, k, "a") && tok_in(d, k + 1, group_nouns) &&
            tok_is(d, k + 2, "of"))
            return -1;   /* "a group of about 50 protesters": the group is that one */
        /* "The charity Utopia 56, which ...": the name after its noun */
        if (last_words == body_words && tok_in(d, k, group_nouns) &&
            !(d->toks[k].flags & (TF_CAP | TF_UPPER)) && k + 1 < before &&
            body_name_word(d, k + 1) && !ex_in_quote(ctx, k)) {
            size_t e = k + 1;
            while (e < before && (body_name_word(d, e) || (d->toks[e].kind == TK_NUM && e > k + 1)))
                e++;
            return add_org(ctx, k + 1, e);
        }
        if (!tok_in(d, k, last_words) || !(d->toks[k].flags & (TF_CAP | TF_UPPER)) ||
            ex_in_quote(ctx, k))
            continue;
        size_t b = name_run_start(ctx, k, floor, true);   /* "Sudan Doctors Network" */
        if (b == k || (b == sent_first(d, k) && b + 1 == k))
            continue;   /* one word, or a sentence's first word: no name */
        return add_org(ctx, b, k + 1);
    }
    return -1;
}

/* "The park said" after "Golden Harbour Fantasy Park": is there, in this
 * sentence or the ten before, a body named by two or more capitalised
 * words, the last of them the plain noun at `noun`? (org_by_head then
 * finds it.) */
static bool body_by_last_word(const ex_ctx *ctx, size_t noun, size_t before)
{
    const nf_doc *d = ctx->doc;
    const char *w = tok_fold(d, noun);
    size_t floor = sentences_back(d, before, 10);
    for (size_t k = before; k-- > floor;) {
        if (!tok_is(d, k, w) || !(d->toks[k].flags & TF_CAP) || ex_in_quote(ctx, k))
            continue;
        size_t b = name_run_start(ctx, k, floor, true);
        if (b < k && !(b == sent_first(d, k) && b + 1 == k))
            return true;
    }
    return false;
}

static bool seat_at(const nf_doc *d, size_t b, size_t e)
{
    for (size_t k = 0; seat_pairs[k][0]; k++) {
        if (!tok_is(d, b, seat_pairs[k][0]) || !(d->toks[b].flags & (TF_CAP | TF_UPPER)))
            continue;
        size_t n = seat_pairs[k][1] ? 2 : 1;
        if (b + n == e && (n == 1 || tok_is(d, b + 1, seat_pairs[k][1])))
            return true;
    }
    return false;
}

typedef enum { NP_NONE, NP_PRONOUN, NP_NAME, NP_TITLE, NP_ORG, NP_GENERIC } np_kind;

/* "Ana Beltrán of the Guardia Civil said": the noun phrase np_left found
 * at b is the body a person is "of"; where that person's name starts, or
 * NONE. */
static size_t name_before_of(const ex_ctx *ctx, size_t b, size_t floor)
{
    const nf_doc *d = ctx->doc;
    if (b < floor + 2 || !tok_is(d, b - 1, "of"))
        return NONE;
    for (size_t s = b - 2 >= floor + 5 ? b - 6 : floor; s < b - 1; s++)
        if (people_name_at(ctx, s, b - 1) == b - 1)
            return s;
    return NONE;
}

/* "Jennifer Malcolm of the Hamilton police major crime unit told": a body
 * whose lowercase words np_left does not take; the person is the speaker.
 * Sets *name to where the name starts and *of to the "of". */
static bool name_before_long_of(const ex_ctx *ctx, size_t end, size_t floor, size_t *name,
                                size_t *of)
{
    const nf_doc *d = ctx->doc;
    size_t k = end;
    while (k > floor && end - k < 8 && is_word(d, k - 1) && !tok_is(d, k - 1, "of") &&
           !(d->toks[k - 1].lx & LX_SPEECH) &&
           (!(d->toks[k - 1].lx & LX_STOP) || tok_is(d, k - 1, "the")))
        k--;
    if (k == end || k < floor + 2 || !tok_is(d, k - 1, "of") || is_cap_word(d, end - 1))
        return false;
    size_t n = name_before_of(ctx, k, floor);
    if (n == NONE)
        return false;
    *name = n;
    *of = k - 1;
    return true;
}

/* "Superintendent Gareth Vaughan-Thomas of North Wales Police said", "said
 * Senior Sergeant Craig Munro of Canterbury Police": the phrase [b, end)
 * took the body in; the person a title names before its "of" speaks. Sets
 * *name and *of as name_before_long_of. */
static bool name_before_inner_of(const ex_ctx *ctx, size_t b, size_t end, size_t *name,
                                 size_t *of)
{
    const nf_doc *d = ctx->doc;
    for (size_t k = b + 1; k + 1 < end; k++) {
        if (!tok_is(d, k, "of") || !is_cap_word(d, k + 1))
            continue;
        /* two words at least, after a title or a role: not "the Royal College of Nursing" */
        for (size_t n = b; n + 1 < k; n++)
            if (people_name_at(ctx, n, k) == k && !(d->toks[n].lx & LX_ORG) &&
                (n == 0 || d->toks[n - 1].sent != d->toks[n].sent ||
                 (d->toks[n - 1].lx & (LX_TITLE | LX_RANK | LX_HONORIFIC)) ||
                 (is_word(d, n - 1) && !(d->toks[n - 1].flags & TF_CAP) &&
                  !tok_in(d, n - 1, determiners)))) {   /* "Area manager Dafydd Roberts" */
                *name = n;
                *of = k;
                return true;
            }
        return false;
    }
    return false;
}

/* A US politician's party and state after the name: "R-Texas", "D-Calif.". */
static bool party_tag(const nf_doc *d, size_t b, size_t e)
{
    if (e < b + 3 || e > b + 4 || tok_len(d, b) != 1 || !(d->toks[b].flags & (TF_CAP | TF_UPPER)) ||
        !strchr("RDI", d->text[d->toks[b].start]))
        return false;
    return tok_is_dash(d, b + 1) && tok_touch(d, b + 1) && is_cap_word(d, b + 2) &&
           (e == b + 3 || tok_is_punct(d, b + 3, '.'));
}

/* Where the story spells out the acronym at token a: "The Enforcement
 * Directorate (ED)" gives [*xb, *xe) = "Enforcement Directorate". */
static bool acronym_expansion(const ex_ctx *ctx, size_t a, size_t *xb, size_t *xe)
{
    const nf_doc *d = ctx->doc;
    size_t n = tok_len(d, a);
    if (!(d->toks[a].flags & TF_UPPER) || n < 2)
        return false;
    for (size_t k = 1; k + 2 < d->n_toks; k++) {
        if (!tok_is_punct(d, k, '(') || !tok_is_punct(d, k + 2, ')') || k + 1 == a ||
            tok_len(d, k + 1) != n ||
            memcmp(d->text + d->toks[k + 1].start, d->text + d->toks[a].start, n) != 0)
            continue;
        size_t b = np_left(ctx, k, sent_first(d, k));
        while (b < k && tok_in(d, b, determiners))
            b++;
        if (b < k && is_cap_word(d, b)) {
            *xb = b;
            *xe = k;
            return true;
        }
    }
    return false;
}

static bool has_bits(const nf_doc *d, size_t b, size_t e, uint64_t bits)
{
    for (size_t k = b; k < e; k++)
        if (is_word(d, k) && (d->toks[k].lx & bits))
            return true;
    return false;
}

/* The end of the words of an NP that are its head, "spokesman" dropped. */
static size_t org_end(const nf_doc *d, size_t b, size_t e)
{
    if (e - b >= 2 && tok_in(d, e - 1, spokes_words))
        e--;
    return e;
}

/* Where a person's name starts inside [b, e) when it runs to e, else e. */
static size_t name_start(const ex_ctx *ctx, size_t b, size_t e)
{
    const nf_doc *d = ctx->doc;
    for (size_t k = b; k < e; k++) {
        if ((d->toks[k].lx & role_bits) && !(d->toks[k].lx & LX_HONORIFIC) && k + 1 < e)
            continue;   /* "Student Jo Bloggs": a role, not a first name */
        if (!is_word(d, k) || !(d->toks[k].flags & (TF_CAP | TF_UPPER)))
            continue;
        if (people_name_at(ctx, k, e) == e)
            return k;
    }
    return e;
}

/* Capitalised words and then a country's name, with no title among them:
 * a government agency ("Global Affairs Canada", "Sport England"). */
static bool agency_named_for_country(const ex_ctx *ctx, size_t b, size_t e)
{
    const nf_doc *d = ctx->doc;
    const ex_cmention *m = ex_country_at(ctx, e - 1);
    if (!m || m->kind != GAZ_KIND_NAME || m->tok + m->ntok != e || m->tok <= b)
        return false;
    for (size_t k = b; k < m->tok; k++)
        if (!is_cap_word(d, k) || (d->toks[k].lx & (LX_TITLE | LX_HONORIFIC | LX_STOP)))
            return false;
    return true;
}

/* The end of [b, e) without letters after a name: "Judge Alan Conrad KC",
 * "Ciarán Mac Lochlainn TD"; but "the Labour MP" keeps its MP. */
static size_t strip_postnominals(const ex_ctx *ctx, size_t b, size_t e)
{
    while (e > b + 2 && people_is_postnominal(ctx->doc, e - 1) && name_start(ctx, b, e - 1) < e - 1)
        e--;
    return e;
}

static np_kind classify(const ex_ctx *ctx, size_t b, size_t e)
{
    const nf_doc *d = ctx->doc;
    e = strip_postnominals(ctx, b, e);
    if (b >= e)
        return NP_NONE;
    size_t c = b;
    if (tok_in(d, c, determiners))
        c++;
    if (c >= e)
        return NP_NONE;
    if (e - c == 1 && (d->toks[c].lx & (LX_PRON_M | LX_PRON_F | LX_PRON_PL)))
        return NP_PRONOUN;
    if (e - b == 1 && tok_is(d, b, "it"))
        return NP_PRONOUN;
    size_t oe = org_end(d, c, e);
    if (seat_at(d, c, e) || seat_at(d, c, oe))
        return NP_ORG;   /* "Downing Street", "a No 10 spokesman" */
    size_t xb, xe;
    if (oe == c + 1 && acronym_expansion(ctx, c, &xb, &xe))
        return NP_ORG;   /* "the ED" after "The Enforcement Directorate (ED)" */
    /* "the BTB said", and without "the" one the lexicon knows or of four
     * letters or more, not after a comma ("UNICEF said", "EFCC said"; "the
     * Agency, NEMA, said" is the Agency): a body by its initials; "the MP
     * said", "PM:" are titles */
    bool bare_body = c == b && e == c + 1 &&
                     ((d->toks[c].lx & (LX_INTL | LX_ORG)) || tok_len(d, c) >= 4) &&
                     !(c > 0 && is_sep(d, c - 1));
    if (oe == c + 1 && ((c == b + 1 && tok_is(d, b, "the")) || bare_body) &&
        (d->toks[c].flags & TF_UPPER) && tok_len(d, c) >= 2 && tok_len(d, c) <= 7 &&
        !ex_country_at(ctx, c) && !(d->toks[c].lx & (LX_TITLE | LX_RANK | LX_HONORIFIC)) &&
        !people_is_postnominal(d, c))
        return NP_ORG;
    /* "Kakamega County Executive Committee Member for Health Dr Bernard
     * Wafula": a long office, then the honorific and name of its holder */
    for (size_t k = c + 1; k + 1 < e; k++)
        if ((d->toks[k].lx & LX_HONORIFIC) && (d->toks[k].flags & TF_CAP) &&
            people_name_at(ctx, k, e) == e)
            return NP_NAME;
    /* "the Commissioner of Police" holds an office; "the Police" is one */
    size_t of = c;
    while (of < e && !tok_in(d, of, (const char *const[]){"of", "for", NULL}))
        of++;
    bool title_of = of < e && of > c && has_bits(d, c, of, LX_TITLE);
    if (!title_of && is_word(d, oe - 1) && (d->toks[oe - 1].lx & LX_ORG))
        return NP_ORG;
    for (size_t k = c + 1; k + 1 < e; k++) {
        if (!tok_in(d, k, (const char *const[]){"of", "for", NULL}))
            continue;
        if (d->toks[k - 1].lx & LX_TITLE) {
            size_t o = c + 2 < e && d->toks[c + 1].kind == TK_POSS ? c + 2 : c;
            if (is_cap_word(d, o) && (d->toks[o].lx & LX_ORG) && k == o + 2)
                return NP_ORG;   /* "(India's) Directorate General of Shipping" */
            break;           /* "Minister for Energy Jo Bloggs" */
        }
        if (is_cap_word(d, k - 1))
            return NP_ORG;   /* "Ministry of Health", "Royal College of Nursing" */
    }
    if (agency_named_for_country(ctx, c, e))
        return NP_ORG;   /* "Global Affairs Canada", "Transport Canada" */
    size_t ns = name_start(ctx, c, e);
    if (ns < e && !(ns > c + 1 && tok_in(d, ns - 1, (const char *const[]){"for", "of", "in", NULL}) &&
                    has_bits(d, c, ns - 1, LX_TITLE)))
        return NP_NAME;   /* but "the MP for Liverpool Riverside" names a seat */
    /* and "the SHO", "the DM": a rank by its initials */
    if (has_bits(d, c, e, LX_TITLE) || (is_word(d, e - 1) && (d->toks[e - 1].lx & LX_RANK)))
        return NP_TITLE;
    if (c == b + 1 && e == c + 1 && tok_is(d, b, "the") && is_word(d, c) &&
        !(d->toks[c].flags & TF_CAP) && !(d->toks[c].lx & (LX_PERSON_N | LX_KIN)) &&
        body_by_last_word(ctx, c, b))
        return NP_ORG;   /* "the park said" after "Golden Harbour Fantasy Park" */
    return NP_GENERIC;
}

static long speaker_of_np(ex_ctx *ctx, size_t b, size_t e, bool org_hint, int depth);

/* Two or more capitalised words and nothing else: the name of a body that
 * the lexicon does not know ("Natural Resources Wales"). */
static bool proper_body(const nf_doc *d, size_t b, size_t e)
{
    if (e < b + 2)
        return false;
    for (size_t k = b; k < e; k++)
        if (!is_word(d, k) || !(d->toks[k].flags & (TF_CAP | TF_UPPER)) || (d->toks[k].lx & LX_STOP))
            return false;
    return true;
}

/* "It said" / "It called...": the organisation that spoke in the sentences
 * just before. */
static long resolve_it(ex_ctx *ctx, size_t tok, int depth)
{
    const nf_doc *d = ctx->doc;
    if (depth > 0)
        return -1;
    size_t floor = tok > 200 ? tok - 200 : 0;
    uint32_t s0 = d->toks[tok].sent;
    for (size_t k = tok; k-- > floor;) {
        if (d->toks[k].sent + 3 < s0)
            break;
        if (!speech_verb(ctx, k) || tok_is(d, k, "according"))
            continue;
        size_t e = k;
        while (e > floor && tok_in(d, e - 1, aux_words))
            e--;
        size_t b = np_left(ctx, e, sent_first(d, k));
        np_kind kind = classify(ctx, b, e);
        if (kind == NP_GENERIC && proper_body(d, b, e))
            return add_org(ctx, b, e);   /* "Natural Resources Wales said" */
        if (kind != NP_ORG)
            continue;
        return speaker_of_np(ctx, b, e, true, depth + 1);
    }
    return -1;
}

/* "A woman who escaped ... told AP that .... “...,” she said": the
 * sentence before the pronoun's opens with an unnamed person of its gender
 * ("A woman", "An elderly man", "One survivor"), so the pronoun is that
 * person, whom the story does not name. */
static bool anonymous_antecedent(const ex_ctx *ctx, size_t tok, int g)
{
    WORDS(fem, "woman", "girl", "mother", "grandmother", "widow", "wife", "daughter", "sister");
    WORDS(masc, "man", "boy", "father", "grandfather", "widower", "husband", "son", "brother");
    const nf_doc *d = ctx->doc;
    size_t s0 = sent_first(d, tok);
    if (s0 == 0)
        return false;
    /* the pronoun must be the quote's attribution, in its own sentence */
    for (size_t k = s0; k < tok; k++)
        if (is_word(d, k) && !ex_in_quote(ctx, k))
            return false;
    size_t ps = sent_first(d, s0 - 1);
    if (d->sents[d->toks[ps].sent].para + 1 < d->sents[d->toks[s0].sent].para)
        return false;
    if (!(tok_is(d, ps, "a") || tok_is(d, ps, "an") || tok_is(d, ps, "one")))
        return false;
    for (size_t k = ps + 1; k < ps + 4 && k < s0; k++) {
        if (!is_word(d, k) || is_cap_word(d, k))
            return false;
        if (tok_in(d, k, g == GENDER_F ? fem : masc) ||
            tok_in(d, k, (const char *const[]){"survivor", "witness", "neighbour", "neighbor",
                                               "relative", NULL}) ||
            ((d->toks[k].lx & LX_PERSON_N) && !tok_in(d, k, g == GENDER_F ? masc : fem) &&
             !tok_str_ends(tok_fold(d, k), "s")))
            return true;   /* "A worker at the site, who asked not to be named, ..." */
    }
    return false;
}

static long resolve_pronoun_at(ex_ctx *ctx, size_t tok, int depth)
{
    const nf_doc *d = ctx->doc;
    if (tok_is(d, tok, "it"))
        return resolve_it(ctx, tok, depth);
    int g = (d->toks[tok].lx & LX_PRON_M) ? GENDER_M : (d->toks[tok].lx & LX_PRON_F) ? GENDER_F : -1;
    if (g < 0)
        return -1;   /* they, we: a group */
    if (anonymous_antecedent(ctx, tok, g))
        return -1;
    long p = people_resolve_pronoun(ctx, tok, g);
    if (p >= 0 && ctx->people[p].org)
        return -1;   /* "she said" is never "Washington" */
    if (p >= 0) {
        if (!ctx->people[p].gender)
            ctx->people[p].gender = g;
        people_note_reference(ctx, p, tok);
    }
    return p;
}

/* "The Prime Minister said": whoever holds the title; a capitalised title
 * nobody holds yet goes to the person just mentioned, who gets it. */
static long resolve_title_np(ex_ctx *ctx, size_t b, size_t e)
{
    const nf_doc *d = ctx->doc;
    if (tok_in(d, b, (const char *const[]){"a", "an", NULL}))
        return -1;   /* "a police officer said": anonymous */
    /* the role alone: "Britain’s health secretary" → "health secretary" */
    size_t from = b;
    for (size_t k = b; k < e; k++)
        if (d->toks[k].kind == TK_POSS || ex_country_at(ctx, k))
            from = k + 1;
    while (from < e && !(d->toks[from].lx & (LX_TITLE | LX_TITLE_MOD | LX_RANK)))
        from++;
    if (from >= e)
        return -1;
    if (from > b && tok_is(d, b, "the") && from == b + 1)
        from = b;
    long p = people_resolve_title(ctx, from, e);
    if (p >= 0) {
        people_note_reference(ctx, p, b);
        return p;
    }
    bool capital = false;
    for (size_t k = b; k < e; k++)
        if (is_word(d, k) && (d->toks[k].lx & LX_TITLE) && (d->toks[k].flags & (TF_CAP | TF_UPPER)))
            capital = true;
    if (capital) {
        p = people_resolve_pronoun(ctx, b, GENDER_UNKNOWN);
        if (p >= 0 && !ctx->people[p].title) {
            people_set_title(ctx, p, b, e);
            people_note_reference(ctx, p, b);
            return p;
        }
    }
    /* "the president said", "Toronto's mayor said" with nobody named who
     * holds it: the office speaks, by its title */
    bool definite = tok_is(d, b, "the");
    for (size_t k = b; k < e; k++)
        definite |= d->toks[k].kind == TK_POSS;
    if (!definite || (d->toks[e - 1].lx & LX_TITLE) == 0 || tok_in(d, e - 1, spokes_words))
        return -1;   /* a spokesperson or an official speaks for someone else */
    return add_org(ctx, tok_is(d, b, "the") ? b + 1 : b, e);
}

/* The registry entry for the speaker named by the noun phrase [b, e), or -1
 * (a group, an anonymous source, nobody). */
static long speaker_of_np(ex_ctx *ctx, size_t b, size_t e, bool org_hint, int depth)
{
    const nf_doc *d = ctx->doc;
    e = strip_postnominals(ctx, b, e);
    size_t nb, of;   /* "said Senior Sergeant Craig Munro of Canterbury Police" */
    if (name_before_inner_of(ctx, b, e, &nb, &of)) {
        b = nb;
        e = of;
    }
    np_kind kind = classify(ctx, b, e);
    size_t c = b < e && tok_in(d, b, determiners) ? b + 1 : b;
    switch (kind) {
    case NP_PRONOUN:
        return resolve_pronoun_at(ctx, c, depth);
    case NP_ORG: {
        size_t oe = org_end(d, c, e);
        if (seat_at(d, c, e) || seat_at(d, c, oe)) {
            if (oe == c + 2 && tok_is(d, c + 1, "10"))
                return downing_street(ctx, c, oe);
            return add_org(ctx, c, oe);
        }
        bool proper = false;
        for (size_t k = c; k < oe; k++)
            if (d->toks[k].flags & (TF_CAP | TF_UPPER))
                proper = true;
        if (!proper && c > b && oe == c + 1 && tok_is(d, b, "the")) {
            long o = org_by_head(ctx, oe - 1, b);
            if (o < 0 && tok_in(d, c, company_nouns))
                o = named_body_before(ctx, b, firm_words, b > 4000 ? b - 4000 : 0);
            if (o < 0 && tok_in(d, c, group_nouns))
                o = initials_before(ctx, b);
            if (o < 0 && tok_in(d, c, group_nouns))   /* this sentence and the two before */
                o = named_body_before(ctx, b, body_words, sentences_back(d, b, 2));
            if (o >= 0)
                return o;
        }
        if (!proper && tok_in(d, b, (const char *const[]){"a", "an", NULL}))
            return -1;
        if (!proper && c == b)
            c = possessor_before(ctx, c);   /* "Tajikistan's border service" */
        size_t xb, xe;
        if (oe == c + 1 && acronym_expansion(ctx, c, &xb, &xe))
            return add_org(ctx, xb, xe);
        return add_org(ctx, c, oe);
    }
    case NP_NAME: {
        size_t k = name_start(ctx, c, e);
        long p = person_named(ctx, k, e, org_hint);
        if (p >= 0)
            people_note_reference(ctx, p, k);
        return p;
    }
    case NP_TITLE: {
        bool spokes = c == b + 1 && e == c + 1 && tok_in(d, c, spokes_words) &&
                      !tok_in(d, c, (const char *const[]){"official", "officials", "source", "sources", NULL});
        if (spokes && tok_in(d, b, (const char *const[]){"a", "an", NULL}))
            return resolve_it(ctx, b, depth);   /* "A spokeswoman said" for the body just named */
        long p = resolve_title_np(ctx, b, e);
        if (p < 0 && spokes && tok_is(d, b, "the"))
            p = resolve_it(ctx, b, depth);   /* "the spokesperson said": nobody named holds it */
        return p;
    }
    default:
        return -1;
    }
}

/* ---- attribution -------------------------------------------------------------- */

typedef struct attrib {
    bool found;      /* a speech construction was found */
    long speaker;
} attrib;

static bool looks_org_segment(const nf_doc *d, size_t b, size_t e)
{
    if (b >= e)
        return false;
    if (tok_is(d, b, "which"))
        return true;
    return tok_in(d, b, determiners) && is_word(d, e - 1) && (d->toks[e - 1].lx & LX_ORG);
}

/* The subject of a sentence whose second verb is a speech verb: "Gov.
 * Jo Bloggs ordered flags lowered and said ...", "Prime Minister X, in a
 * message, urged calm and said: ...". The noun phrase opening the sentence
 * (or the clause after a leading "On Sunday,"), when it names someone and
 * a verb follows it. */
static long clause_subject(ex_ctx *ctx, size_t floor, size_t and_tok)
{
    const nf_doc *d = ctx->doc;
    for (int pass = 0; pass < 2; pass++) {
        size_t b = floor;
        if (pass == 1) {
            while (b < and_tok && b < floor + 8 && !tok_is_punct(d, b, ','))
                b++;
            if (b >= and_tok || !tok_is_punct(d, b, ','))
                return -1;
            b++;
        }
        size_t e = np_right(ctx, b, and_tok);
        if (e == b || e >= and_tok)
            continue;
        np_kind kind = classify(ctx, b, e);
        if (kind != NP_NAME && kind != NP_TITLE && kind != NP_ORG)
            continue;
        size_t v = e, ab = NONE, ae = NONE;
        if (is_sep(d, v)) {   /* an appositive or aside: ", in a message," */
            v++;
            ab = v;
            while (v < and_tok && !is_sep(d, v))
                v++;
            if (v >= and_tok)
                continue;
            ae = v;
            v++;
        }
        while (v < and_tok && tok_in(d, v, aux_words))
            v++;
        if (v >= and_tok || !is_word(d, v) || (d->toks[v].flags & TF_CAP) || (d->toks[v].lx & LX_STOP))
            continue;
        /* "The UN's spokesman, Stephane Dujarric, condemned ... and said":
         * the name in the appositive, not whoever else holds the title */
        if (kind == NP_TITLE && ab != NONE && ae > ab && np_right(ctx, ab, ae) == ae &&
            classify(ctx, ab, ae) == NP_NAME)
            return speaker_of_np(ctx, ab, ae, false, 0);
        return speaker_of_np(ctx, b, e, false, 0);
    }
    return -1;
}

/* Where a country or city name that ends at token e and takes in token b
 * starts ("New Delhi": np_left stops at "New"), or NONE. */
static size_t place_start(const ex_ctx *ctx, size_t b, size_t e)
{
    for (size_t s = b >= 2 ? b - 2 : 0; s <= b; s++) {
        gaz_country_hit hit;
        const ex_cmention *m = ex_country_at(ctx, s);
        if (m && m->tok == s && m->ntok == e - s && m->kind == GAZ_KIND_NAME)
            return s;
        if (!m && gaz_city_at(ctx->gaz, ctx->doc, s, e, &hit) && hit.ntok == e - s)
            return s;
    }
    return NONE;
}

/* "X, who signed ... with her counterpart, Y, said": when the words before
 * the verb close a relative clause, the comma that opens it ("..., who"),
 * so that the subject is X and not a name inside the clause; NONE when
 * there is none. sep is the separator just before the verb. */
static size_t relative_before(const nf_doc *d, size_t sep, size_t floor)
{
    if (sep <= floor || !tok_is_punct(d, sep, ','))
        return NONE;
    for (size_t k = sep; k > floor + 1 && k + 40 > sep; k--) {
        if (d->toks[k - 1].kind == TK_QUOTE || is_terminal_punct(d, k - 1))
            return NONE;
        if (tok_is_punct(d, k - 1, ',') && k < sep &&
            (tok_is(d, k, "who") || tok_is(d, k, "whose")))
            return k - 1;
    }
    return NONE;
}

/* The subject of the speech verb at v: the noun phrase before it, looking
 * past appositives set off by commas or dashes ("Malacañang, the presidential
 * palace, said"; "the presiding judge, Anna Maria Conti, said"; "Student
 * Moussa Diarra, 24, who escaped..., said"). A name wins over a title. */
/* Does the phrase ending at b open with "a doctor at", "an official in":
 * someone unnamed, and where they are ("a doctor at Dilling's main
 * hospital told Al Jazeera")? */
static bool unnamed_at_place(const nf_doc *d, size_t b, size_t floor)
{
    /* "A survivor interviewed by protection partners in Saint-Marc said" */
    for (size_t m = b; m >= floor + 3 && b - m < 9; m--) {
        if (tok_in(d, m - 1, (const char *const[]){"at", "in", "from", "by", NULL})) {
            for (size_t p = m - 1; p >= floor + 2 && m - p < 5; p--)
                if (is_word(d, p - 1) && (d->toks[p - 1].lx & (LX_PERSON_N | LX_KIN)) &&
                    tok_in(d, p - 2, (const char *const[]){"a", "an", "one", NULL}))
                    return true;
        }
        if (d->toks[m - 1].kind != TK_WORD && d->toks[m - 1].kind != TK_POSS &&
            !(tok_is_dash(d, m - 1) && tok_touch(d, m - 1)))
            return false;
    }
    return false;
}

/* "... heard from Dr Simon Fairweather, a geologist at the University of
 * Portsmouth, who said": the name the relative "who" at w refers to, past
 * one appositive; -1 when none is named. */
static long who_antecedent(ex_ctx *ctx, size_t w, size_t floor)
{
    const nf_doc *d = ctx->doc;
    size_t seg_end = w - 1;   /* the comma before "who" */
    for (int hop = 0; hop < 2 && seg_end > floor && tok_is_punct(d, seg_end, ','); hop++) {
        size_t b = np_left(ctx, seg_end, floor);
        if (b < seg_end && classify(ctx, b, seg_end) == NP_NAME)
            return speaker_of_np(ctx, b, seg_end, false, 0);
        size_t k = seg_end;   /* back to the appositive's comma, before it the name */
        while (k > floor + 1 && seg_end - k < 14 && !tok_is_punct(d, k - 1, ','))
            k--;
        if (k <= floor + 1 || !tok_is_punct(d, k - 1, ','))
            break;
        seg_end = k - 1;
    }
    return -1;
}

/* "The AfCFTA secretariat in Accra, Ghana, said": the country set off by
 * commas after "in/at City" places the city, as the city places the
 * subject. Returns where the subject ends without it, after the city, so
 * that the subject is read as in "The UN office in Geneva said"; only when
 * "X in City" opens the clause, not in an appositive ("Maria Santos, a
 * teacher in Cebu, Philippines, said" is Maria Santos). */
static size_t before_country_of_place(const ex_ctx *ctx, size_t end, size_t floor)
{
    const nf_doc *d = ctx->doc;
    if (end < floor + 6 || !tok_is_punct(d, end - 1, ','))
        return end;
    const ex_cmention *m = ex_country_at(ctx, end - 2);
    if (!m || m->tok + m->ntok != end - 1 || m->tok < floor + 4 || !tok_is_punct(d, m->tok - 1, ','))
        return end;
    size_t city_end = m->tok - 1, in = NONE;
    for (size_t k = city_end; k-- > floor + 1 && city_end - k <= 3 && is_cap_word(d, k);)
        if (tok_in(d, k - 1, (const char *const[]){"in", "at", NULL})) {
            in = k - 1;
            break;
        }
    for (size_t k = floor; in != NONE && k < in; k++)
        if (is_sep(d, k))
            return end;
    return in != NONE && in > floor ? city_end : end;
}

static attrib subject_before(ex_ctx *ctx, size_t v, size_t floor)
{
    const nf_doc *d = ctx->doc;
    attrib a = {true, -1};
    if (v > floor + 2 && tok_is(d, v - 1, "who") && tok_is_punct(d, v - 2, ',')) {
        long p = who_antecedent(ctx, v - 1, floor);
        if (p >= 0) {
            a.speaker = p;
            return a;
        }
    }
    size_t end = v;
    for (int n = 0; n < 4 && end > floor; n++) {
        /* "Mr X also said", "Mr X on Sunday said" */
        if (tok_in(d, end - 1, aux_words) || (d->toks[end - 1].lx & LX_WEEKDAY))
            end--;
        else if (end - 1 > floor && (d->toks[end - 1].lx & LX_WEEKDAY) == 0 &&
                 tok_in(d, end - 1, (const char *const[]){"on", "late", "early", NULL}) &&
                 (d->toks[end].lx & LX_WEEKDAY))
            end--;
        else
            break;
    }
    /* "The Israel Defense Forces (IDF) said", "the National Taxi Council
     * (Santaco) condemned", "Rep. Dwight Tollefson (R-Minn.) said": a short
     * bracket that opens with a capital, or holds a number */
    if (end >= floor + 4 && tok_is_punct(d, end - 1, ')')) {
        size_t o = end - 2;
        while (o > floor + 1 && end - o < 8 && !tok_is_punct(d, o, '(') &&
               d->toks[o].kind != TK_QUOTE && !tok_is_punct(d, o, ','))
            o--;
        if (tok_is_punct(d, o, '(') && o + 1 < end - 1 &&
            ((d->toks[o + 1].flags & (TF_UPPER | TF_CAP)) ||
             (d->toks[o + 1].kind == TK_NUM && o + 2 == end - 1)))
            end = o;   /* and an age: "Sipho Mahlangu (54) said" */
    }
    if (end <= floor)
        return a;
    end = before_country_of_place(ctx, end, floor);
    /* "X told the chamber ... but said", "X arrived and said": the first verb's subject */
    if ((tok_is(d, end - 1, "and") || tok_is(d, end - 1, "but")) && end - 1 > floor) {
        long p = clause_subject(ctx, floor, end - 1);
        if (p >= 0) {
            a.speaker = p;
            return a;
        }
    }
    if (!is_sep(d, end - 1)) {
        size_t b = np_left(ctx, end, floor);
        /* "The Prime Minister's Office in New Delhi said": the place says
         * where the subject is */
        size_t p = b < end ? place_start(ctx, b, end) : NONE;
        /* "The UN office in Geneva said": a body, people or an office in a
         * city the gazetteer does not list: the city is no speaker */
        if (p == NONE && end == b + 1 && b >= floor + 2 && tok_is(d, b - 1, "in") &&
            is_cap_word(d, b) && np_left(ctx, b - 1, floor) < b - 1) {
            np_kind k = classify(ctx, np_left(ctx, b - 1, floor), b - 1);
            if (k == NP_ORG || k == NP_GENERIC || k == NP_TITLE)
                p = b;   /* and "Officials in Geneva", "the mayor in Bern" */
        }
        if (p != NONE && p > floor + 1 && tok_in(d, p - 1, (const char *const[]){"in", "at", NULL}) &&
            np_left(ctx, p - 1, floor) < p - 1) {
            end = p - 1;
            b = np_left(ctx, end, floor);
        }
        /* "a doctor at Dilling's main hospital told Al Jazeera": someone
         * unnamed, where they work */
        if (unnamed_at_place(d, b, floor)) {
            a.speaker = -1;
            return a;
        }
        size_t nb = name_before_of(ctx, b, floor);
        if (nb != NONE) {
            end = b - 1;
            b = nb;
        } else if (name_before_long_of(ctx, end, floor, &nb, &end)) {
            b = nb;
        }
        /* "The office of the prime minister expressed": the office speaks */
        if (b >= floor + 2 && b + 1 < end && tok_is(d, b, "the") && tok_is(d, b - 1, "of") &&
            is_word(d, b - 2) && (d->toks[b - 2].lx & LX_ORG) && !(d->toks[b - 2].flags & TF_CAP) &&
            classify(ctx, b, end) == NP_TITLE) {
            a.speaker = add_org(ctx, b - 2, end);
            return a;
        }
        a.speaker = speaker_of_np(ctx, b, end, false, 0);
        return a;
    }
    bool org_hint = false;
    size_t seg_end = end - 1;
    size_t best_b = NONE, best_e = NONE;
    /* "Aiko Shimada, who met her counterpart, Tran Minh Quang, said"; but
     * "A resident, who gave his name as Chinedu, said" is Chinedu */
    size_t rel = relative_before(d, seg_end, floor);
    if (rel != NONE && np_left(ctx, rel, floor) < rel &&
        classify(ctx, np_left(ctx, rel, floor), rel) == NP_NAME)
        seg_end = rel;
    for (int hop = 0; hop < 5; hop++) {
        size_t k = seg_end;
        while (k > floor && !is_sep(d, k - 1) && seg_end - k < 60)
            k--;
        size_t seg_b = k;
        while (seg_b < seg_end && d->toks[seg_b].kind == TK_QUOTE)
            seg_b++;   /* “...,” Helena Voss, a spokeswoman, told ... */
        if (party_tag(d, seg_b, seg_end) && seg_b > floor && is_sep(d, seg_b - 1)) {
            seg_end = seg_b - 1;   /* "Sen. Carla Nunley, R-Texas, said" */
            continue;
        }
        size_t b = np_left(ctx, seg_end, seg_b);
        size_t np_end = seg_end, nb = name_before_of(ctx, b, seg_b);
        if (nb != NONE) {
            np_end = b - 1;   /* "Lt Col Ana Beltrán of the Guardia Civil, who ..., said" */
            b = nb;
        }
        np_kind kind = classify(ctx, b, np_end);
        bool fills = b == seg_b || (b > seg_b && tok_in(d, b - 1, clause_openers));
        if (!fills && (((seg_b <= floor || !is_sep(d, seg_b - 1)) && b - seg_b <= 6) ||
                       b - seg_b <= 3)) {
            /* the sentence's subject with a premodifier: "Former ... winger NAME";
             * an appositive with one: "The jet skier, British backpacker Tom
             * Haddon, 26, said" */
            fills = true;
            for (size_t w = seg_b; w < b; w++)
                if ((d->toks[w].lx & LX_STOP) || d->toks[w].kind != TK_WORD)
                    fills = false;
        }
        if (!fills && b - seg_b >= 3 && b - seg_b <= 5 && d->toks[seg_b].kind == TK_NUM) {
            /* an appositive with an age: "One survivor, 34-year-old Kofi Mensah," */
            fills = true;
            for (size_t w = seg_b + 1; w < b; w++)
                if (!tok_is_dash(d, w) && !tok_in(d, w, (const char *const[]){"year", "years", "old", NULL}))
                    fills = false;
        }
        if (kind == NP_NAME && fills) {
            best_b = b;
            best_e = np_end;
            break;
        }
        if (b == seg_b && (kind == NP_ORG || kind == NP_PRONOUN) && best_b == NONE) {
            best_b = b;
            best_e = np_end;
            break;
        }
        if (b == seg_b && kind == NP_TITLE && best_b == NONE) {
            best_b = b;   /* keep looking for a name before it */
            best_e = np_end;
        }
        if (looks_org_segment(d, seg_b, seg_end))
            org_hint = true;
        if (seg_b <= floor || !is_sep(d, seg_b - 1)) {
            /* the clause's first phrase, after its appositives: "Tajikistan's
             * border service, part of the State Committee ..., said" */
            if (best_b == NONE && b < np_end && hop > 0) {
                best_b = b;
                best_e = np_end;
                org_hint = true;
            }
            break;
        }
        seg_end = seg_b - 1;
    }
    if (best_b != NONE)
        a.speaker = speaker_of_np(ctx, best_b, best_e, org_hint, 0);
    return a;
}

/* The speaker after a speech verb: "said Paulo Reis", "according to X". */
static attrib subject_after(ex_ctx *ctx, size_t v)
{
    const nf_doc *d = ctx->doc;
    attrib a = {true, -1};
    size_t b = v + 1;
    if (tok_is(d, v, "according"))
        b++;
    /* "..., a survivor told PREMIUM TIMES": whom one tells is no speaker */
    if (tok_in(d, v, (const char *const[]){"told", "tells", "telling", "tell", NULL}))
        return a;
    size_t limit = sent_last(d, v);
    size_t e = np_right(ctx, b, limit);
    np_kind kind = e > b ? classify(ctx, b, e) : NP_NONE;
    if (e > b && e + 1 < limit && is_sep(d, e) && (kind == NP_TITLE || kind == NP_GENERIC)) {
        /* "said the UN Coordinator, Mariana Lopes.", "said the church's
         * pastor, the Rev. Alvin Carter." */
        size_t nb = e + 1;
        if (tok_is(d, nb, "the") && nb + 1 < limit && (d->toks[nb + 1].lx & LX_HONORIFIC))
            nb++;
        size_t ne = people_name_at(ctx, nb, limit);
        if (ne > nb + 1 && (ne >= limit || is_sep(d, ne) || is_terminal_punct(d, ne))) {
            a.speaker = speaker_of_np(ctx, nb, ne, false, 0);
            return a;
        }
    }
    if (e > b)
        a.speaker = speaker_of_np(ctx, b, e, false, 0);
    return a;
}

/* Words that may follow "X said" when it attributes the quote just before
 * ("..., the embassy said in a post", "Mr Santos told reporters"). */
static bool attribution_tail(const nf_doc *d, size_t i, size_t end)
{
    if (i >= end)
        return true;
    if (d->toks[i].kind == TK_PUNCT || d->toks[i].kind == TK_QUOTE)
        return true;
    WORDS(tails,
        "in", "on", "at", "to", "from", "during", "after", "before", "when", "while", "as",
        "outside", "reporters", "journalists", "told", "later", "yesterday", "today", "tonight",
        "last", "this", "earlier", "adding", "via", "through", "by");
    return tok_in(d, i, tails) || (d->toks[i].lx & (LX_WEEKDAY | LX_PRON_M | LX_PRON_F)) != 0;
}

/* The attribution right after a quote: “...,” X said / said X / according to X. */
static attrib after_quote(ex_ctx *ctx, const ex_qspan *q)
{
    const nf_doc *d = ctx->doc;
    attrib none = {false, -1};
    size_t j = q->close_tok + 1;
    if (q->close_tok >= d->n_toks || j >= d->n_toks || para_break(d, j))
        return none;
    bool ends_sentence = q->close_tok > q->open_tok + 1 && is_terminal_punct(d, q->close_tok - 1);
    if (tok_is_punct(d, j, ',') || (tok_is_dash(d, j) && (d->toks[j].flags & TF_SPACE)))
        j++;
    if (j >= d->n_toks || para_break(d, j) || d->toks[j].kind == TK_QUOTE)
        return none;
    size_t end = sent_last(d, j);
    if (speech_verb(ctx, j) && !is_participle(d, j)) {
        if (ends_sentence && !tok_is(d, j, "according"))
            return none;
        return subject_after(ctx, j);
    }
    size_t e = np_right(ctx, j, end);
    if (e == j)
        return none;
    size_t v = e;
    while (v < end && v - e < 2 && tok_in(d, v, aux_words))
        v++;
    /* "..., Wang was quoted by CCTV as saying." */
    if (v + 1 < end && tok_in(d, v, (const char *const[]){"was", "is", "were", NULL}) &&
        tok_is(d, v + 1, "quoted")) {
        v++;
        for (size_t k = v + 1; k + 1 < end && k < v + 10; k++)
            if (tok_is(d, k, "as") && tok_is(d, k + 1, "saying")) {
                attrib a = {true, speaker_of_np(ctx, j, e, false, 0)};
                return a;
            }
    }
    if (v >= end || !speech_verb(ctx, v) || is_participle(d, v) || tok_is(d, v, "according"))
        return none;
    if (ends_sentence && !attribution_tail(d, v + 1, end))
        return none;
    attrib a = {true, speaker_of_np(ctx, j, e, false, 0)};
    return a;
}

/* The speaker of the speech verb at k, whichever side the subject is on. */
static attrib verb_subject(ex_ctx *ctx, size_t k, size_t floor)
{
    const nf_doc *d = ctx->doc;
    if (tok_is(d, k, "according"))
        return subject_after(ctx, k);
    bool inverted = k > 0 && (d->toks[k - 1].kind == TK_QUOTE ||
                              (tok_is_punct(d, k - 1, ',') && k > 1 && d->toks[k - 2].kind == TK_QUOTE));
    if (inverted)
        return subject_after(ctx, k);
    attrib a = subject_before(ctx, k, floor);
    if (a.speaker < 0 && is_cap_word(d, k + 1))
        return subject_after(ctx, k);
    return a;
}

/* "Ruiz gave a blunt verdict: “...”", "Her colleague Jo Bloggs, a nurse,
 * is blunter: “...”": a sentence with no speech verb that introduces a
 * quotation with a colon is the words of its subject, when the subject
 * names someone ("The figures were stark:" names nobody). */
static attrib colon_subject(ex_ctx *ctx, size_t floor, size_t colon)
{
    const nf_doc *d = ctx->doc;
    attrib none = {false, -1};
    for (size_t k = floor; k < colon; k++)
        if (d->toks[k].kind == TK_QUOTE)
            return none;
    size_t b = floor;
    if (tok_in(d, b, possessive_dets)) {
        /* "Her colleague NAME": past the determiner and the role words */
        size_t k = b + 1;
        while (k < colon && k < b + 4 && is_word(d, k) && !(d->toks[k].flags & (TF_CAP | TF_UPPER)) &&
               !(d->toks[k].lx & LX_STOP))
            k++;
        if (k > b + 1 && is_cap_word(d, k))
            b = k;
    }
    long p = clause_subject(ctx, b, colon);
    if (p < 0)
        return none;
    attrib a = {true, p};
    return a;
}

/* Words and numbers in [b, e). */
static size_t words_in(const nf_doc *d, size_t b, size_t e)
{
    size_t n = 0;
    for (size_t k = b; k < e; k++)
        if (d->toks[k].kind == TK_WORD || d->toks[k].kind == TK_NUM)
            n++;
    return n;
}

/* Does the verb at inner belong to the speech verb at v: inside its "that"
 * clause ("said that", "said in a statement that"), in a clause it reports
 * without "that", unbroken ("said the road had been promised funding"), or
 * a second verb of its subject ("The IDF said ... and accused the group of
 * ...")? Not across a "but", "while" or semicolon. */
static bool reports_clause(const nf_doc *d, size_t v, size_t inner)
{
    size_t t = v + 1;
    while (t < inner && t < v + 6 && !tok_is(d, t, "that"))
        t++;
    bool unbroken = inner < v + 12;
    for (size_t k = v + 1; k < inner && unbroken; k++)
        unbroken = d->toks[k].kind == TK_WORD && !tok_is(d, k, "and");
    if (!(t < inner && tok_is(d, t, "that")) && !(inner > v + 1 && tok_is(d, inner - 1, "and")) &&
        !unbroken)
        return false;
    for (size_t k = v + 1; k < inner; k++)
        if (tok_in(d, k, (const char *const[]){"but", "while", "whereas", NULL}) ||
            tok_is_punct(d, k, ';'))
            return false;
    return true;
}

/* A speech verb earlier in the quote's sentence: "X said: “...”", "X said
 * the deaths were “...”", "According to X, ... “...”", "Prime Minister De
 * Vries: “...”". */
static attrib before_quote(ex_ctx *ctx, const ex_qspan *q)
{
    const nf_doc *d = ctx->doc;
    attrib none = {false, -1}, inner = none;
    size_t inner_verb = 0;
    size_t open = q->open_tok;
    size_t floor = sent_first(d, open);
    if (open > 80 && floor < open - 80)
        floor = open - 80;
    if (open > floor && tok_is_punct(d, open - 1, ':')) {
        size_t b = np_left(ctx, open - 1, floor);
        np_kind kind = classify(ctx, b, open - 1);
        if (b == floor && (kind == NP_NAME || kind == NP_TITLE || kind == NP_ORG)) {
            attrib a = {true, speaker_of_np(ctx, b, open - 1, false, 0)};
            return a;
        }
    }
    for (size_t k = open; k-- > floor;) {
        if (d->toks[k].kind == TK_QUOTE)
            continue;
        bool charac = k + 1 < open && !ex_in_quote(ctx, k) &&
                      (tok_in(d, k, characterising) ||
                       (tok_in(d, k, judging) && words_in(d, open + 1, q->close_tok) >= 2));
        if (!charac && !speech_verb(ctx, k))
            continue;
        if (tok_is(d, k, "according"))
            return subject_after(ctx, k);
        if (is_participle(d, k) && k > floor && is_sep(d, k - 1))
            continue;   /* ", adding that": the main verb comes earlier */
        if (reduced_relative(d, k))
            continue;
        attrib a = subject_before(ctx, k, floor);
        if (!inner.found) {
            if (a.speaker >= 0)
                return a;
            inner = a;
            inner_verb = k;
            continue;
        }
        /* "X said that its troops had responded “proportionately”": with
         * no speaker of its own, the inner verb is reported by the outer,
         * when the outer's "that" clause holds it ("said on Monday ..., but
         * a witness said “...”" does not) */
        if (a.speaker >= 0 && reports_clause(d, k, inner_verb))
            return a;
        break;
    }
    if (inner.found)
        return inner;
    if (open > floor + 2 && tok_is_punct(d, open - 1, ':'))
        return colon_subject(ctx, floor, open - 1);
    return none;
}

/* A speech verb later in the sentence: “...” and will fail, the leader said. */
static attrib later_in_sentence(ex_ctx *ctx, const ex_qspan *q)
{
    const nf_doc *d = ctx->doc;
    attrib none = {false, -1};
    if (q->close_tok >= d->n_toks)
        return none;
    size_t end = sent_last(d, q->close_tok);
    if (end > q->close_tok + 40)
        end = q->close_tok + 40;
    for (size_t k = q->close_tok + 1; k < end; k++) {
        if (d->toks[k].kind == TK_QUOTE || para_break(d, k))
            break;
        if (!speech_verb(ctx, k) || is_participle(d, k))
            continue;
        if (tok_is(d, k, "according"))
            return subject_after(ctx, k);
        attrib a = subject_before(ctx, k, q->close_tok + 1);
        if (a.speaker < 0 && is_cap_word(d, k + 1))
            return subject_after(ctx, k);
        return a;
    }
    return none;
}

/* ---- scare quotes --------------------------------------------------------- */

static bool has_clause_punct(const nf_doc *d, size_t b, size_t e)
{
    for (size_t k = b; k < e; k++)
        if (is_terminal_punct(d, k) || tok_is_punct(d, k, ',') || tok_is_punct(d, k, ';') ||
            tok_is_punct(d, k, ':'))
            return true;
    return false;
}

/* A name in quotation marks: "so-called", "dubbed", "known as" right before. */
static bool named_by_prefix(const nf_doc *d, size_t open)
{
    if (open == 0)
        return false;
    size_t p = open - 1;
    if (tok_in(d, p, naming_words))
        return true;
    if (!tok_is(d, p, "as") || p == 0)
        return false;
    const char *const *named = (const char *const[]){"known", "billed", "referred", "styled", NULL};
    /* "known as", and with an adverb between: "known locally as" */
    return tok_in(d, p - 1, named) ||
           (p > 1 && tok_in(d, p - 2, named) && is_word(d, p - 1) &&
            tok_str_ends(tok_fold(d, p - 1), "ly"));
}

/* A title of a work or a name in Title Case: “Rotterdam Declaration on
 * Offshore Infrastructure Security”, “Caravan of Light”. */
static bool title_case_name(const nf_doc *d, size_t b, size_t e)
{
    if (e - b > 14)
        return false;
    size_t caps = 0;
    for (size_t k = b; k < e; k++) {
        const nf_tok *t = &d->toks[k];
        if (t->kind == TK_QUOTE)
            return false;
        if (tok_is_punct(d, k, ':') && k > b && k + 1 < e && is_cap_word(d, k + 1))
            continue;   /* a subtitle: “Sudan: Famine Review Committee Findings” */
        if (has_clause_punct(d, k, k + 1))
            return false;
        if (t->kind != TK_WORD)
            continue;
        if ((t->flags & TF_UPPER) && !(t->flags & TF_ABBR) && tok_len(d, k) > 3)
            return false;   /* shouting capitals: a headline quote */
        if (t->flags & (TF_CAP | TF_UPPER))
            caps++;
        else if (!(t->lx & LX_STOP))
            return false;
    }
    return caps >= 2 && is_word(d, b) && (d->toks[b].flags & TF_CAP);
}

/* Does the quotation start its sentence (or follow a dateline / bullet)? */
static bool starts_sentence(const nf_doc *d, size_t open)
{
    size_t s = sent_first(d, open);
    for (size_t k = s; k < open; k++)
        if (d->toks[k].kind == TK_WORD || d->toks[k].kind == TK_NUM)
            return d->sents[d->toks[open].sent].flags & SF_HEADING;
    return true;
}

/* "warnings from inspectors that conditions were “unsafe”": a noun of
 * saying with "that" before the quote makes its words someone's speech. */
static bool reported_by_noun(const ex_ctx *ctx, size_t open)
{
    WORDS(saying_nouns,
        "warning", "warnings", "claim", "claims", "assurance", "assurances", "allegation",
        "allegations", "complaint", "complaints", "statement", "statements", "insistence");
    const nf_doc *d = ctx->doc;
    size_t floor = sent_first(d, open);
    for (size_t k = open; k-- > floor && open - k < 30;) {
        if (!tok_in(d, k, saying_nouns))
            continue;
        for (size_t j = k + 1; j < open && j < k + 8; j++)
            if (tok_is(d, j, "that"))
                return true;
    }
    return false;
}

/* ---- putting it together -------------------------------------------------------- */

/* The speaker of the last speech verb in the sentence before the quote's,
 * when it is in the same or the previous paragraph. */
static attrib previous_sentence(ex_ctx *ctx, size_t open)
{
    const nf_doc *d = ctx->doc;
    attrib none = {false, -1};
    size_t s = sent_first(d, open);
    if (s == 0)
        return none;
    size_t ps = sent_first(d, s - 1);
    size_t floor = s > 80 && ps < s - 80 ? s - 80 : ps;
    for (size_t k = s; k-- > floor;) {
        if (ex_in_quote(ctx, k))
            continue;
        if (!speech_verb(ctx, k) || is_participle(d, k) || reduced_relative(d, k))
            continue;
        return verb_subject(ctx, k, ps);
    }
    return none;
}

static bool folded_contains(const nf_doc *d, const ex_qspan *outer, const ex_qspan *inner)
{
    size_t ib = inner->open_tok + 1, ie = inner->close_tok;
    size_t ob = outer->open_tok + 1, oe = outer->close_tok;
    size_t n = 0;
    for (size_t k = ib; k < ie; k++)
        if (d->toks[k].kind == TK_WORD || d->toks[k].kind == TK_NUM)
            n++;
    if (n < 2 || ie - ib > 24)
        return false;
    for (size_t s = ob; s < oe; s++) {
        size_t i = ib, o = s;
        while (i < ie && o < oe) {
            if (d->toks[i].kind != TK_WORD && d->toks[i].kind != TK_NUM) {
                i++;
                continue;
            }
            if (d->toks[o].kind != TK_WORD && d->toks[o].kind != TK_NUM) {
                o++;
                continue;
            }
            if (!tok_same_fold(d, i, o))
                break;
            i++;
            o++;
        }
        while (i < ie && d->toks[i].kind != TK_WORD && d->toks[i].kind != TK_NUM)
            i++;
        if (i == ie)
            return true;
    }
    return false;
}

/* A headline repeating words of an attributed quote takes its speaker. */
static bool echo_speaker(const ex_ctx *ctx, size_t qi, const bool *own, long *speaker)
{
    const nf_doc *d = ctx->doc;
    size_t lo = qi > 32 ? qi - 32 : 0, hi = qi + 33 < ctx->n_quotes ? qi + 33 : ctx->n_quotes;
    for (size_t j = lo; j < hi; j++) {
        const ex_qspan *o = &ctx->quotes[j];
        /* a headline may echo a quote whose speaker came from the story's
         * flow (a continued paragraph) rather than its own attribution */
        bool head = d->sents[d->toks[ctx->quotes[qi].open_tok].sent].flags & SF_HEADING;
        if (j == qi || (!own[j] && !head) || o->scare || o->speaker < 0)
            continue;
        if (folded_contains(d, o, &ctx->quotes[qi])) {
            *speaker = o->speaker;
            return true;
        }
    }
    return false;
}

/* Is quote i the continuation of quote i-1 (an unclosed paragraph followed
 * by a paragraph that opens with a mark)? */
static bool continues(const ex_ctx *ctx, size_t i)
{
    if (i == 0)
        return false;
    const ex_qspan *p = &ctx->quotes[i - 1], *q = &ctx->quotes[i];
    const nf_doc *d = ctx->doc;
    if (p->close_tok >= d->n_toks || !para_break(d, p->close_tok))
        return false;
    return q->open_tok == p->close_tok;
}

/* What follows a name that introduces a person rather than a place: an age
 * (", 58,"), an appositive (", an Afghan woman"), or a verb in the past. */
static bool introduces_person(const nf_doc *d, size_t ne, size_t end)
{
    if (tok_is_punct(d, ne, ',') && ne + 1 < end)
        return d->toks[ne + 1].kind == TK_NUM || tok_in(d, ne + 1, (const char *const[]){"a", "an", NULL});
    if (!is_word(d, ne) || (d->toks[ne].flags & TF_CAP))
        return false;
    if (d->toks[ne].lx & (LX_SPEECH | LX_VERB_PAST))
        return true;
    /* "Lena Vogt has spent a decade...": an auxiliary and a verb */
    if (tok_in(d, ne, (const char *const[]){"has", "had", NULL}) && is_word(d, ne + 1) &&
        ne + 1 < end && !(d->toks[ne + 1].flags & (TF_CAP | TF_UPPER)) &&
        !(d->toks[ne + 1].lx & LX_STOP))
        return true;
    const char *f = tok_fold(d, ne);
    size_t n = strlen(f);
    return n > 3 && strcmp(f + n - 2, "ed") == 0;
}

/* Register the witnesses and relatives a story introduces as the subject of
 * a sentence ("Ayşe Kaya, 58, sat...", "The couple’s daughter, Claire
 * Clarke, 41, flew...") so that a later "she said" can find them. */
static void register_subjects(ex_ctx *ctx)
{
    const nf_doc *d = ctx->doc;
    for (size_t s = 0; s < d->n_sents; s++) {
        const nf_sent *st = &d->sents[s];
        if (st->flags & SF_HEADING)
            continue;
        size_t i = st->tok_start, end = st->tok_end;
        /* "At the riverbank, Rahima Begum, 35, waited ...": past a leading
         * phrase of place or time */
        if (i < end && tok_in(d, i, (const char *const[]){"at", "in", "on", "outside", "near",
                                                          "inside", "by", NULL})) {
            size_t k = i + 1;
            while (k < end && k - i < 7 && !tok_is_punct(d, k, ',') && is_word(d, k))
                k++;
            if (k < end && tok_is_punct(d, k, ',') && k + 1 < end && is_cap_word(d, k + 1))
                i = k + 1;
        }
        if (i < end && tok_in(d, i, determiners)) {
            /* "The couple’s daughter, NAME," */
            size_t k = i + 1;
            while (k < end && k - i < 6 && !tok_is_punct(d, k, ','))
                k++;
            if (k < end && k > i + 1 && is_word(d, k - 1) && (d->toks[k - 1].lx & LX_KIN))
                i = k + 1;
            else
                continue;
        }
        while (i < end && is_word(d, i) && (d->toks[i].lx & role_bits) && !(d->toks[i].lx & LX_HONORIFIC))
            i++;
        if (i >= end || ex_in_quote(ctx, i) || !is_cap_word(d, i))
            continue;
        size_t ne = people_name_at(ctx, i, end);
        if (ne <= i + 1 || ne >= end)
            continue;
        if (!introduces_person(d, ne, end))
            continue;
        if (people_surname_at(ctx, ne - 1) >= 0) {
            people_add_mention(ctx, people_surname_at(ctx, ne - 1), ex_tok_span(ctx, i, ne));
            continue;
        }
        person_named(ctx, i, ne, false);
    }
}

/* Later mentions by surname ("Mr Dupont insisted") are references for
 * pronouns: note them in text order, up to token `upto`, as the reader
 * meets them (people_finalize records them as mentions afterwards). */
static void note_surnames(ex_ctx *ctx, size_t *cursor, size_t upto)
{
    const nf_doc *d = ctx->doc;
    size_t stop = upto < d->n_toks ? upto : d->n_toks;
    if (*cursor >= stop)
        return;
    /* is_cap_word needs a capitalised word: walk those */
    for (size_t c = tok_caps_from(d, *cursor); c < d->n_caps && d->caps[c] < stop; c++) {
        size_t i = d->caps[c];
        if (!is_cap_word(d, i) || ex_country_at(ctx, i))
            continue;
        long p = people_surname_at(ctx, i);
        if (p >= 0 && !ctx->people[p].org)
            people_note_reference(ctx, p, i);
    }
    *cursor = stop;
}

/* Speech verbs in sentences without quotations ("the minister said the
 * case showed...") refer to someone too. Resolving them in text order lets
 * a later "she said" find the person last spoken of. */
static void track_reported_speech(ex_ctx *ctx, size_t *next_sent, size_t *cursor, size_t upto)
{
    const nf_doc *d = ctx->doc;
    for (; *next_sent < d->n_sents && d->sents[*next_sent].tok_end <= upto; (*next_sent)++) {
        const nf_sent *s = &d->sents[*next_sent];
        note_surnames(ctx, cursor, s->tok_start);
        if (s->flags & SF_HEADING)
            continue;
        bool quoted = false;
        for (size_t k = s->tok_start; k < s->tok_end && !quoted; k++)
            quoted = d->toks[k].kind == TK_QUOTE;
        if (quoted)
            continue;
        size_t end = s->tok_end < s->tok_start + 60 ? s->tok_end : s->tok_start + 60;
        for (size_t k = s->tok_start; k < end; k++) {
            if (speech_verb(ctx, k) && !is_participle(d, k)) {
                verb_subject(ctx, k, s->tok_start);
                break;
            }
        }
    }
}

/* Decide scare / speech and the speaker of quote qi; *own says whether
 * the quote carries its own attribution. */
static void attribute(ex_ctx *ctx, size_t qi, long last_speaker, uint32_t last_para, bool *own)
{
    const nf_doc *d = ctx->doc;
    ex_qspan *q = &ctx->quotes[qi];
    size_t b = q->open_tok + 1, e = q->close_tok;
    bool heading = d->sents[d->toks[q->open_tok].sent].flags & SF_HEADING;
    bool initial = starts_sentence(d, q->open_tok);
    *own = false;
    if (named_by_prefix(d, q->open_tok)) {
        q->scare = true;
        return;
    }
    if (!heading && !initial && !(q->open_tok > 0 && tok_is_punct(d, q->open_tok - 1, ':')) &&
        title_case_name(d, b, e)) {
        q->scare = true;
        return;
    }
    attrib a = after_quote(ctx, q);
    if (!a.found)
        a = before_quote(ctx, q);
    if (!a.found)
        a = later_in_sentence(ctx, q);
    if (a.found) {
        *own = true;
        q->speaker = a.speaker;
        return;
    }
    if (!initial && !heading) {
        /* a few words inside a sentence nobody is said to have spoken */
        size_t te = e;
        while (te > b && d->toks[te - 1].kind == TK_PUNCT)
            te--;
        /* but what a crowd chants or shouts is words someone said:
         * "chanting “We want justice”" */
        WORDS(crowd_verbs, "chanting", "chanted", "shouting", "shouted", "crying", "cried",
              "screaming", "screamed", "yelling", "yelled");
        if (words_in(d, b, te) <= 4 && !has_clause_punct(d, b, te) &&
            !reported_by_noun(ctx, q->open_tok) && !tok_in(d, q->open_tok - 1, crowd_verbs)) {
            q->scare = true;
            return;
        }
        return;   /* words reported without a speaker */
    }
    if (continues(ctx, qi)) {
        q->speaker = ctx->quotes[qi - 1].speaker;
        return;
    }
    if (heading) 
        return;   /* a headline: the echo pass may find its speaker */
    a = previous_sentence(ctx, q->open_tok);
    if (a.found)
        q->speaker = a.speaker;
    else if (d->sents[d->toks[q->open_tok].sent].para <= last_para + 2)
        q->speaker = last_speaker;   /* the conversation goes on */
}

/* A headline's few lowercase words in quotation marks after a preposition
 * or an article, which no quote of the body echoes: "clash over 'return
 * hubs'", "suspect killed in 'cross-firing'", "sold through 'missing
 * trader' firms" are scare quotes, not someone's words. */
static bool headline_scare(const ex_ctx *ctx, const ex_qspan *q)
{
    const nf_doc *d = ctx->doc;
    size_t b = q->open_tok + 1, e = q->close_tok;
    if (!(q->open_tok > 0 && b < e && is_word(d, b) && !(d->toks[b].flags & (TF_CAP | TF_UPPER)) &&
          words_in(d, b, e) <= 3 && !has_clause_punct(d, b, e) &&
          is_word(d, q->open_tok - 1) && (d->toks[q->open_tok - 1].lx & LX_STOP) &&
          d->toks[q->open_tok - 1].sent == d->toks[q->open_tok].sent))
        return false;
    /* "despite 'unsafe' warnings" over inspectors' "unsafe and unsanitary" */
    for (size_t j = 0; j < ctx->n_quotes; j++) {
        const ex_qspan *o = &ctx->quotes[j];
        for (size_t k = o->open_tok + 1; o != q && k < o->close_tok; k++)
            if (tok_same_fold(d, k, b))
                return false;
    }
    return true;
}

int ex_quote(ex_ctx *ctx)
{
    if (ctx->n_quotes == 0)
        return 0;
    register_subjects(ctx);
    bool *own = xcalloc(ctx->n_quotes, sizeof *own);
    long last = -1;
    uint32_t last_para = 0;
    size_t next_sent = 0, cursor = 0;
    for (size_t i = 0; i < ctx->n_quotes; i++) {
        size_t s0 = sent_first(ctx->doc, ctx->quotes[i].open_tok);
        track_reported_speech(ctx, &next_sent, &cursor, s0);
        note_surnames(ctx, &cursor, s0);
        attribute(ctx, i, last, last_para, &own[i]);
        if (!ctx->quotes[i].scare && ctx->quotes[i].speaker >= 0) {
            last = ctx->quotes[i].speaker;
            last_para = ctx->doc->sents[ctx->doc->toks[ctx->quotes[i].open_tok].sent].para;
        }
    }
    /* a chain of continued paragraphs shares the speaker its parts name */
    for (size_t i = ctx->n_quotes; i-- > 1;) {
        if (continues(ctx, i) && own[i] && !own[i - 1] && ctx->quotes[i].speaker >= 0) {
            ctx->quotes[i - 1].speaker = ctx->quotes[i].speaker;
            own[i - 1] = true;
        }
    }
    for (size_t i = 0; i < ctx->n_quotes; i++) {
        ex_qspan *q = &ctx->quotes[i];
        long sp;
        bool heading = ctx->doc->sents[ctx->doc->toks[q->open_tok].sent].flags & SF_HEADING;
        if ((!own[i] || (heading && q->speaker < 0)) && !q->scare && echo_speaker(ctx, i, own, &sp))
            q->speaker = sp;   /* "‘...’, say victims": the body names who */
        else if (heading && !own[i] && q->speaker < 0 && headline_scare(ctx, q))
            q->scare = true;
    }
    free(own);
    return 0;
}
