/* ex_arrest.c — people arrested, detained or taken into custody: arrests.
 *
 * Owns the arrests of the facts. A trigger ("arrested", "detained", "taken
 * into custody", "held by police", "in custody") is read with its voice: a
 * passive one counts its subject ("four suspected people traffickers had
 * been arrested"), an active one its object ("police have arrested five
 * men"). Each counted noun phrase of a coordination is a group of its own.
 * Candidates are collected first, then back-references ("The five men
 * arrested on Tuesday", "The suspects were detained"), pronouns and
 * headlines that repeat a body arrest are dropped, so one arrest told twice
 * is one fact. Charges, trials, warrants and rewards are not arrests.
 */
#include "extract.h"
#include "alloc.h"
#include "lexicon.h"
#include "number.h"

#include <stdlib.h>
#include <string.h>


enum { MAX_CANDS = 64, CLAUSE_BACK = 40, ADV_BACK = 8, MAX_GROUPS = 4, NP_MAX = 14 };

/* How much a candidate may be a repeat of an arrest told elsewhere. */
typedef enum {
    AR_NEW,        /* "four suspected people traffickers had been arrested" */
    AR_DEFINITE,   /* "The five men were detained": new unless the count was told */
    AR_BACKREF,    /* "The suspects were detained", "he was arrested": a repeat if any other */
    AR_WEAK        /* "remains in custody", "the men arrested on Tuesday" */
} ar_kind;

typedef struct ar_cand {
    long long count;          /* -1 when the story gives none */
    ar_kind kind;
    bool heading;             /* in a headline line */
    size_t sus_from, sus_to;  /* the suspects phrase, tokens */
    size_t from, to;          /* the evidence, tokens */
    size_t trig;
} ar_cand;

typedef struct ar_list {
    ar_cand c[MAX_CANDS];
    size_t n;
} ar_list;

/* A noun phrase read for its count. */
typedef struct np_info {
    long long count;   /* -1 when it gives none */
    bool definite;     /* the/his/their ...: may point back */
    bool pronoun;
    bool plural;
    bool subset;       /* "five of the 27": part of a group told before */
    bool name;         /* a bare capitalised phrase: "Langat", "Grace Mwangi" */
    size_t head;       /* the head noun, or (size_t)-1 */
    size_t end;        /* token after the head */
} np_info;

WORDS(w_aux, "was", "were", "been", "be", "being", "is", "are", "has", "have", "had", "'s");
WORDS(w_adv,
    "also", "later", "subsequently", "reportedly", "allegedly", "already", "separately",
    "then", "eventually", "briefly", "quickly", "immediately", "swiftly", "since", "initially", "first", "formally", "just", "now", "duly", "lawfully",
    "promptly", "recently", "finally");
WORDS(w_neg, "not", "never", "n't", "no", "nobody", "none", "without", "yet");
WORDS(w_modal,
    "will", "would", "could", "may", "might", "should", "must", "can", "cannot", "to",
    "if", "whether", "shall");
/* After these a phrase opens a new clause: the subject starts after them. */
WORDS(w_clause,
    "that", "when", "after", "while", "because", "where", "whereas", "although", "though",
    "before", "since", "once", "and", "but", "as", "so");
WORDS(w_vague,
    "several", "some", "many", "dozens", "scores", "hundreds", "thousands", "numerous",
    "multiple", "various", "few", "more", "other", "others");
WORDS(w_defdet, "the", "those", "these", "this", "that", "his", "her", "their", "its", "our");
WORDS(w_lead_prep,
    "in", "on", "at", "after", "before", "during", "following", "late", "early", "earlier",
    "later", "meanwhile", "separately", "overnight", "by", "within", "under", "near");
WORDS(w_plural_irr, "men", "women", "people", "children", "police", "youths", "others", "crew");
WORDS(w_ordinal,
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth");
WORDS(w_np_end,
    "who", "which", "that", "suspected", "accused", "believed", "thought", "wanted",
    "including", "aged", "said", "whom", "whose", "after", "for", "over", "in", "on", "at",
    "by", "from", "with", "during", "near", "and", "or", "as", "to", "into");
WORDS(w_participle, "suspected", "accused", "believed", "alleged", "wanted");
WORDS(w_part_obj, "of", "to", "in", "over", "by");
WORDS(w_held_by,
    "police", "officers", "authorities", "security", "troops", "soldiers", "detectives",
    "agents", "investigators", "gendarmes");


static bool is_comma(const nf_doc *d, size_t i)
{
    return d->toks[i].kind == TK_PUNCT && (tok_is_punct(d, i, ',') || tok_is_dash(d, i)) &&
           !(tok_touch(d, i) && i + 1 < d->n_toks && tok_touch(d, i + 1));
}

/* "34-year-old", "16-year-olds": an age written as one word. *n gets its
 * tokens, *plural whether it ends in "olds". */
static bool age_at(const nf_doc *d, size_t i, size_t end, size_t *n, bool *plural)
{
    num_val v;
    if (!num_parse(d, i, end, false, &v))
        return false;
    size_t j = i + v.ntok;
    if (j + 3 >= end)
        return false;
    if (!tok_is_dash(d, j) || !tok_touch(d, j) ||
        !(tok_is(d, j + 1, "year") || tok_is(d, j + 1, "month")) ||
        !tok_is_dash(d, j + 2) || !(tok_is(d, j + 3, "old") || tok_is(d, j + 3, "olds")))
        return false;
    *plural = tok_is(d, j + 3, "olds");
    *n = j + 4 - i;
    return true;
}

static bool plural_word(const nf_doc *d, size_t i)
{
    if (tok_in(d, i, w_plural_irr))
        return true;
    const char *f = tok_fold(d, i);
    size_t n = strlen(f);
    /* "businessmen", "gunmen", "tradespeople"; not "Yemen", "specimen" */
    if (n > 4 && (tok_str_ends(f, "people") ||
                  (tok_str_ends(f, "men") &&
                   !tok_in(d, i, (const char *const[]){"yemen", "specimen", "regimen", "abdomen",
                                                      "stamen", "acumen", NULL}))))
        return true;
    return n > 3 && f[n - 1] == 's' && f[n - 2] != 's' && f[n - 2] != 'u' && f[n - 2] != '\'';
}

/* Read the words after the count or determiner up to the head noun;
 * returns the token after the head (i when there is none). */
static size_t head_end(const nf_doc *d, size_t i, size_t end, size_t *head)
{
    size_t j = i;
    *head = (size_t)-1;
    if (end > i + NP_MAX)
        end = i + NP_MAX;   /* a noun phrase is short: keeps long runs linear */
    while (j < end) {
        const nf_tok *t = &d->toks[j];
        if (t->kind == TK_POSS) {
            j++;   /* "the boy's father": the head follows */
            continue;
        }
        size_t an;
        bool apl;
        if (age_at(d, j, end, &an, &apl)) {
            *head = j + an - 1;
            j += an;
            continue;
        }
        if (tok_in(d, j, w_participle) && !(j + 1 < end && tok_in(d, j + 1, w_part_obj))) {
            j++;   /* "four suspected people traffickers": an adjective here */
            continue;
        }
        if (j + 3 < end && tok_is_punct(d, j, '(') && tok_is_punct(d, j + 2, ')') &&
            (d->toks[j + 1].flags & TF_UPPER) && d->toks[j + 3].kind == TK_WORD &&
            !(d->toks[j + 3].flags & TF_CAP)) {
            j += 3;   /* "a senior Pakistan Cricket Board (PCB) official": an acronym */
            continue;
        }
        if (tok_is_break(d, j) || t->kind == TK_NUM || tok_in(d, j, w_np_end) ||
            (t->lx & (LX_WEEKDAY | LX_MONTH)) ||
            tok_in(d, j, w_aux) || (t->lx & (LX_ARREST | LX_SPEECH)) ||
            tok_in(d, j, w_adv) || tok_in(d, j, w_modal))
            break;
        if (t->kind != TK_WORD && !(tok_is_dash(d, j) && tok_touch(d, j)))
            break;
        if (t->kind == TK_WORD)
            *head = j;
        j++;
    }
    return *head == (size_t)-1 ? i : *head + 1;
}

/* "The three were arrested": after a number as the noun, the arrest itself
 * ("The eight were among 11 men arrested" counts the 11). */
static bool numbered_arrest(const nf_doc *d, size_t j)
{
    /* past an aside: "The five, among them Peter Onyango, were arrested" */
    if (j < d->n_toks && is_comma(d, j))
        for (size_t m = j + 1; m < d->n_toks && m < j + 30 && d->toks[m].sent == d->toks[j].sent;
             m++)
            if (is_comma(d, m)) {
                j = m + 1;
                break;
            }
    size_t k = j;
    while (k < d->n_toks && k < j + 4 && (tok_in(d, k, w_aux) || tok_in(d, k, w_adv)))
        k++;
    return k > j && k < d->n_toks && (d->toks[k].lx & LX_ARREST);
}

/* The count a noun phrase at i gives: "four suspected people traffickers"
 * = 4, "A 34-year-old man" = 1, "The driver" = 1 (a definite singular),
 * "several people" = -1. False when no noun phrase starts at i. */
static bool np_count(const nf_doc *d, size_t i, size_t end, np_info *np)
{
    memset(np, 0, sizeof *np);
    np->count = -1;
    if (i >= end || tok_is_break(d, i))
        return false;
    if (tok_is(d, i, "all") || tok_is(d, i, "only"))
        i++;
    if (i + 1 < end && (tok_is(d, i, "at") || tok_is(d, i, "more") || tok_is(d, i, "up")) &&
        (tok_is(d, i + 1, "least") || tok_is(d, i + 1, "than") || tok_is(d, i + 1, "to")))
        i += 2;
    if (i < end && (d->toks[i].lx & LX_QUAL) && i + 1 < end &&
        (d->toks[i + 1].kind == TK_NUM || (d->toks[i + 1].lx & LX_NUMWORD)))
        i++;
    if (i >= end)
        return false;
    bool her_obj = tok_is(d, i, "her") && (i + 1 >= end || d->toks[i + 1].kind != TK_WORD ||
                                            (d->toks[i + 1].lx & LX_STOP));
    if (tok_is(d, i, "he") || tok_is(d, i, "she") || tok_is(d, i, "him") || her_obj) {
        np->count = 1;
        np->pronoun = true;
        np->end = i + 1;
        return true;
    }
    if (tok_is(d, i, "they") || tok_is(d, i, "them")) {
        np->pronoun = np->plural = np->definite = true;
        np->end = i + 1;
        return true;
    }
    if (tok_is(d, i, "both")) {
        np->count = 2;
        size_t h;
        np->end = head_end(d, i + 1, end, &h);
        if (np->end == i + 1)
            np->end = i + 1;
        return true;
    }
    if (i + 1 < end && tok_is(d, i, "a") &&
        (tok_is(d, i + 1, "number") || tok_is(d, i + 1, "group") ||
         tok_is(d, i + 1, "handful") || tok_is(d, i + 1, "few") || tok_is(d, i + 1, "series"))) {
        size_t h;
        np->end = head_end(d, i + 1, end, &h);
        return true;
    }
    if (i + 2 < end && tok_is(d, i, "a") && tok_is(d, i + 1, "total") && tok_is(d, i + 2, "of"))
        i += 3;
    /* "a further three people", "another two men": the count is the number's */
    if (i + 1 < end && tok_is(d, i, "a") &&
        (tok_is(d, i + 1, "further") || tok_is(d, i + 1, "additional")))
        i++;
    if (i + 1 < end &&
        (tok_is(d, i, "another") || tok_is(d, i, "further") || tok_is(d, i, "additional")) &&
        (d->toks[i + 1].kind == TK_NUM || (d->toks[i + 1].lx & LX_NUMWORD)))
        i++;
    if (tok_in(d, i, w_vague)) {
        size_t h;
        np->end = head_end(d, i + 1, end, &h);
        if (np->end == i + 1)
            np->end = i + 1;
        return true;
    }
    size_t j = i;
    /* "Lizárraga's two alleged partners": a name's, as "his two" */
    size_t poss = j;
    while (poss < end && poss < j + 3 && d->toks[poss].kind == TK_WORD &&
           (d->toks[poss].flags & TF_CAP))
        poss++;
    if (poss > j && poss + 1 < end && d->toks[poss].kind == TK_POSS &&
        (d->toks[poss + 1].kind == TK_NUM || (d->toks[poss + 1].lx & LX_NUMWORD))) {
        np->definite = true;
        j = poss + 1;
    } else if (tok_in(d, j, w_defdet)) {
        np->definite = true;
        j++;
        /* "the other five", "the remaining two": a count of people not yet told of */
        if (j + 1 < end && (tok_is(d, j, "other") || tok_is(d, j, "remaining")) &&
            (d->toks[j + 1].kind == TK_NUM || (d->toks[j + 1].lx & LX_NUMWORD)))
            j++;
    }
    num_val v;
    size_t an;
    bool apl = false;
    /* "14:10 Lithuanian driver detained": a live blog's time, no count */
    if (j > 0 && d->toks[j].kind == TK_NUM && tok_touch(d, j) && tok_is_punct(d, j - 1, ':'))
        return false;
    if (j < end && !age_at(d, j, end, &an, &apl) && num_parse(d, j, end, false, &v) &&
        !v.year_like && v.value >= 1 && v.value < 100000 && v.value == (long long)v.value) {
        np->count = (long long)v.value;
        j += v.ntok;
        if (j + 1 < end && tok_is(d, j, "of")) {
            size_t h;   /* "four of his sons": the count is of the phrase after */
            np->subset = j + 2 < end && tok_in(d, j + 1, w_defdet) &&
                         (d->toks[j + 2].kind == TK_NUM || (d->toks[j + 2].lx & LX_NUMWORD));
            j = head_end(d, j + 1 + (tok_in(d, j + 1, w_defdet) ? 1 : 0), end, &h);
            np->end = j;
            return true;
        }
    } else if (j < end && !np->definite &&
               (tok_is(d, j, "a") || tok_is(d, j, "an") || tok_is(d, j, "another") ||
                (tok_is(d, j, "one") && !(j + 1 < end && tok_is(d, j + 1, "of"))))) {
        np->count = 1;
        j++;
    } else if (j + 1 < end && tok_is(d, j, "one") && tok_is(d, j + 1, "of")) {
        size_t h;
        np->count = 1;
        np->end = head_end(d, j + 2 + (tok_in(d, j + 2, w_defdet) ? 1 : 0), end, &h);
        return true;
    }
    size_t head;
    size_t e = head_end(d, j, end, &head);
    np->head = (size_t)-1;
    if (e == j) {
        np->end = j;
        return np->count > 0 && (!np->definite || numbered_arrest(d, j));
    }
    np->head = head;
    np->end = e;
    np->plural = plural_word(d, head);
    bool couple = tok_is(d, head, "couple");   /* "a couple was arrested": two people */
    if (np->count == 1 && couple)
        np->count = 2;
    for (size_t k = j + 1; k < head; k++)
        if (tok_is(d, k, "of")) {   /* "the owner of one of the bars" is one */
            np->plural = plural_word(d, k - 1);
            break;
        }
    if (np->count >= 0)
        return true;
    if (np->definite) {
        np->count = np->plural ? -1 : couple ? 2 : 1;
        return true;
    }
    if (np->plural)
        return true;   /* "Police arrested suspects": no count */
    /* "former CFO Annelie du Preez": a name behind its old title */
    bool former = (tok_is(d, j, "former") || tok_is(d, j, "ex")) && j + 1 < end &&
                  (d->toks[j + 1].flags & TF_CAP);
    /* a bare phrase: "Sixth suspect held", "14-year-old in custody", a name */
    if (tok_in(d, j, w_ordinal) || (d->toks[head].lx & (LX_PERSON_N | LX_KIN)) ||
        age_at(d, j, end, &an, &apl) || (d->toks[j].flags & TF_CAP) || former ||
        tok_is(d, head, "suspect")) {
        np->count = 1;
        np->name = j == i && (((d->toks[j].flags & TF_CAP) && !(d->toks[j].lx & LX_STOP)) || former);
        return true;
    }
    return false;
}

/* Past tenses without -ed that a relative clause inside a subject uses:
 * "the firm that built the two top floors". */
WORDS(w_irregular_past, "built", "ran", "sold", "made", "led", "drove", "kept", "brought",
      "bought", "sent", "took", "gave", "paid", "dug", "wrote", "shot", "sank", "hit");

/* Does a relative pronoun stand in the three words before token m? */
static bool relative_before(const nf_doc *d, size_t m, size_t sent_start)
{
    for (size_t r = m; r-- > sent_start && r + 4 > m;)
        if (tok_in(d, r, (const char *const[]){"who", "which", "that", NULL}))
            return true;
    return false;
}

/* "Five smugglers were killed in the exchange of fire and 15 others were
 * arrested": the words before "and" at token j have a verb of their own
 * ("were killed"), so "and" joins clauses, not the people of one subject
 * (the caller checks that a verb does not follow: "He was located in
 * Dubai and arrested"). */
static bool finite_verb_before(const nf_doc *d, size_t j, size_t sent_start)
{
    WORDS(be, "were", "was", "are", "is");
    for (size_t m = j; m-- > sent_start && m + 12 > j;) {
        if (tok_in(d, m, be) && m + 1 < j && d->toks[m + 1].kind == TK_WORD &&
            tok_str_ends(tok_fold(d, m + 1), "ed"))
            return true;
        /* "officers found cocaine in a van and two men were arrested",
         * "Police raided the house and ..."; not a relative clause inside
         * the subject ("Two butchers who allegedly slaughtered the animal
         * and sold the meat were arrested") */
        if (m > sent_start && d->toks[m - 1].kind == TK_WORD && !(d->toks[m - 1].lx & LX_STOP) &&
            (tok_is(d, m, "found") || tok_in(d, m, w_irregular_past) ||
             (d->toks[m].kind == TK_WORD && tok_str_ends(tok_fold(d, m), "ed") && m + 1 < j &&
              tok_in(d, m + 1, (const char *const[]){"the", "a", "an", "his", "her", "their",
                                                    "its", NULL}))) &&
            !relative_before(d, m, sent_start))
            return true;
    }
    return false;
}

/* The first token of the clause that ends before token i: after a
 * semicolon, a speech verb ("said four ... had been arrested"), "that",
 * "when" or ", and". */
static size_t clause_start(const nf_doc *d, size_t i, size_t sent_start)
{
    size_t lim = i > sent_start + CLAUSE_BACK ? i - CLAUSE_BACK : sent_start;
    for (size_t k = i; k > lim; k--) {
        size_t j = k - 1;
        const nf_tok *t = &d->toks[j];
        if (tok_is_punct(d, j, ')') && j >= lim + 3 && tok_is_punct(d, j - 2, '(') &&
            d->toks[j - 1].kind == TK_NUM && (d->toks[j - 3].lx & LX_NUMWORD)) {
            k -= 2;   /* "Two (2) warehouse helpers": the figure repeats the word */
            continue;
        }
        if (t->kind == TK_QUOTE || tok_is_punct(d, j, ';') || tok_is_punct(d, j, ':') ||
            tok_is_punct(d, j, '(') || tok_is_punct(d, j, ')'))
            return k;
        /* a headline's comma parts clauses: "three dead, suspect arrested" */
        if (is_comma(d, j) && (d->sents[t->sent].flags & SF_HEADING))
            return k;
        if ((t->lx & LX_SPEECH) && !tok_is(d, j, "according") &&
            !(tok_is(d, j, "posted") && tok_in(d, k, (const char *const[]){"at", "in", "to", NULL})))
            return k;   /* but "an inspector posted at the airport" */
        /* "two officials of the company that operated the bus were
         * detained": a relative "that", its verb next, is inside the
         * subject; "said that two men were ..." opens the clause */
        if (tok_is(d, j, "that") && k < i && d->toks[k].kind == TK_WORD &&
            !(d->toks[k].flags & TF_CAP) && !(d->toks[k].lx & (LX_STOP | LX_NUMWORD)) &&
            (tok_str_ends(tok_fold(d, k), "ed") || tok_in(d, k, w_irregular_past)))
            continue;   /* "engineers of the firm that built the floors were detained" */
        /* "two men suspected of acting as informants": a role, not a clause */
        if (tok_is(d, j, "as") && j > sent_start && tok_str_ends(tok_fold(d, j - 1), "ing"))
            continue;
        if (tok_in(d, j, w_clause)) {
            bool and_like = tok_is(d, j, "and") || tok_is(d, j, "but") || tok_is(d, j, "so");
            if (!and_like || (j > sent_start && is_comma(d, j - 1)) ||
                (k < i && !(d->toks[k].lx & LX_ARREST) && !tok_str_ends(tok_fold(d, k), "ed") &&
                 finite_verb_before(d, j, sent_start)))
                return k;
        }
    }
    return lim;
}

/* "On Thursday morning, 12 March 2026, a police sergeant was arrested":
 * a date set off by commas after the adverbial is no count. */
static size_t skip_date(const nf_doc *d, size_t i, size_t to)
{
    size_t n = i + (i < to && (d->toks[i].lx & LX_WEEKDAY));   /* "Wednesday 12th March 2025," */
    if (n + 2 >= to || d->toks[n].kind != TK_NUM)
        return i;
    size_t m = n + 1;
    if (tok_touch(d, m) && tok_in(d, m, (const char *const[]){"st", "nd", "rd", "th", NULL}))
        m++;
    if (m >= to || !(d->toks[m].lx & LX_MONTH))
        return i;
    for (size_t k = m + 1; k < to && k < m + 4; k++)
        if (tok_is_punct(d, k, ','))
            return k + 1;
    return i;
}

/* Skip an opening adverbial ("On Tuesday, ", "In Austria, "): the subject
 * starts after its comma. */
static size_t skip_adverbial(const nf_doc *d, size_t from, size_t to)
{
    /* "MBOMBELA – Five suspects were arrested": a dateline's place */
    size_t k = from;
    while (k < to && k < from + 4 && d->toks[k].kind == TK_WORD && (d->toks[k].flags & TF_UPPER))
        k++;
    if (k > from && k + 1 < to && tok_is_dash(d, k) &&
        !(tok_touch(d, k) && tok_touch(d, k + 1) && (d->toks[k + 1].flags & TF_UPPER)))
        from = k + 1;   /* not "TWENTY-SEVEN people were arrested" */
    /* "Of the 11 inmates who escaped through the fence, eight were
     * recaptured": the whole they are part of, however long */
    bool of = from < to && tok_is(d, from, "of");
    /* "As part of ...": the clause search stopped after "As" */
    bool as_part = from > 0 && from < to && tok_is(d, from - 1, "as") && tok_is(d, from, "part") &&
                   d->toks[from - 1].sent == d->toks[from].sent;
    if (from >= to ||
        !(of || as_part || tok_in(d, from, w_lead_prep) || (d->toks[from].lx & LX_WEEKDAY)))
        return from;
    for (size_t i = from + 1; i < to && i < from + (of || as_part ? 24 : 16); i++)
        if (tok_is_punct(d, i, ','))
            return skip_date(d, i + 1, to);
    return from;
}

/* Look left of the trigger over adverbs and auxiliaries. Returns the token
 * after the subject; sets *be for a passive, *neg for a negated or
 * hypothetical arrest ("no one has been arrested", "could be arrested"). */
static size_t aux_left(const nf_doc *d, size_t ts, size_t lim, bool *be, bool *neg)
{
    size_t k = ts;
    *be = *neg = false;
    while (k > lim && ts - k < ADV_BACK) {
        size_t j = k - 1;
        if (tok_in(d, j, w_neg) || tok_in(d, j, w_modal)) {
            *neg = true;
            k--;
            continue;
        }
        if (tok_in(d, j, w_aux)) {
            if (!tok_in(d, j, (const char *const[]){"has", "have", "had", NULL}))
                *be = true;
            k--;
            continue;
        }
        if (tok_in(d, j, w_adv) && !(j > lim && tok_in(d, j - 1, w_defdet))) {
            k--;
            continue;
        }
        break;
    }
    /* "no one has been", "nobody was": the negation sits in the subject */
    for (size_t j = k > lim + 3 ? k - 3 : lim; j < k; j++)
        if (tok_is(d, j, "no") || tok_is(d, j, "nobody") || tok_is(d, j, "none"))
            *neg = true;
    return k;
}

static void add_cand(ar_list *l, const ar_cand *c)
{
    if (l->n < MAX_CANDS)
        l->c[l->n++] = *c;
}

/* "the suspect", "the gunman" point back to someone the story has met;
 * "the driver", "the boy's father" bring in a new person. */
WORDS(w_backref_head,
    "suspect", "man", "woman", "person", "gunman", "attacker", "assailant", "shooter",
    "bomber", "teenager", "boy", "girl", "youth", "perpetrator", "culprit", "accused");

static ar_kind kind_of(const nf_doc *d, const np_info *np)
{
    if (np->pronoun || np->subset)
        return AR_BACKREF;
    if (!np->definite && np->count < 0 && np->plural)
        return AR_BACKREF;   /* "Suspects were detained in two states": the counted ones */
    if (!np->definite)
        return AR_NEW;
    if (np->count < 0)
        return AR_BACKREF;
    if (np->head != (size_t)-1 && !np->plural && !tok_in(d, np->head, w_backref_head))
        return AR_NEW;
    return AR_DEFINITE;
}

/* The end of a suspects phrase that starts at np_end: its modifier
 * ("suspected of selling forged tickets") up to a comma, within a reach. */
static size_t modifier_end(const nf_doc *d, size_t np_end, size_t end)
{
    if (np_end >= end || !tok_in(d, np_end, w_participle))
        return np_end;
    size_t j = np_end;
    while (j < end && j < np_end + 12 && !tok_is_break(d, j))
        j++;
    while (j > np_end + 1 && (d->toks[j - 1].lx & LX_STOP))
        j--;   /* never end on "into", "a" */
    return j;
}

/* After a name, its age as an appositive: ", 54," or " (58)" (and a comma
 * after it): the token after it, or k itself when there is none. A
 * subject whose age is in brackets ("X (54) was arrested") is not read. */
static size_t skip_age(const nf_doc *d, size_t k, size_t end)
{
    if (k + 2 < end && is_comma(d, k) && d->toks[k + 1].kind == TK_NUM && is_comma(d, k + 2))
        return k + 3;
    if (k + 2 < end && tok_is_punct(d, k, '(') && d->toks[k + 1].kind == TK_NUM &&
        tok_is_punct(d, k + 2, ')'))
        return k + 3 < end && is_comma(d, k + 3) ? k + 4 : k + 3;
    return k;
}

/* At a comma before a name in apposition ("The owner, Hamdy El-Sayed
 * Abdel-Ghaffar, 61, and ..."): the comma after the name, where an age may
 * follow; k itself otherwise. */
static size_t skip_named(const nf_doc *d, size_t k, size_t end)
{
    if (k >= end || !is_comma(d, k))
        return k;
    size_t n = k + 1;
    while (n < end && n < k + 9 &&
           ((d->toks[n].kind == TK_WORD && (d->toks[n].flags & TF_CAP) &&
             !(d->toks[n].lx & LX_STOP)) ||
            (tok_is_dash(d, n) && tok_touch(d, n))))
        n++;
    return n > k + 1 && n < end && is_comma(d, n) ? n : k;
}

/* Past what may stand between a person and the "and" of the next one: a
 * name in apposition, an age, both ("..., Hamdy Abdel-Ghaffar, 61, and",
 * "..., Hamdy Abdel-Ghaffar, and", "..., 54, and"). */
static size_t past_apposition(const nf_doc *d, size_t k, size_t end)
{
    size_t n = skip_age(d, skip_named(d, k, end), end);
    if (n != k && n + 1 < end && is_comma(d, n) && tok_is(d, n + 1, "and"))
        n++;
    return n;
}

/* Does a counted phrase start at k: a figure, a number word, "a", "an"? */
static bool counted_at(const nf_doc *d, size_t k)
{
    return d->toks[k].kind == TK_NUM || (d->toks[k].lx & LX_NUMWORD) ||
           tok_in(d, k, (const char *const[]){"a", "an", NULL});
}

/* Where the next group of a coordination starts after a group ending at
 * np_end: right after "and" ("four of his sons and three officials"), or
 * after ", and" / "as well as" / "along with" that follows the group's
 * complement ("the manager of the company that owned the dam, as well as two
 * engineers") when a counted phrase comes next. (size_t)-1 when none. */
static size_t next_group(const nf_doc *d, size_t np_end, size_t end)
{
    np_end = past_apposition(d, np_end, end);   /* "Sipho Mahlangu, 54, and ..." */
    if (np_end + 1 < end && tok_is(d, np_end, "and"))
        return np_end + 1;
    size_t k = np_end;
    /* "a senior official at the state roads agency and six businessmen" */
    if (k < end && tok_in(d, k, (const char *const[]){"of", "who", "that", "which", "from", "at",
                                                     NULL})) {
        while (k < end && k < np_end + 16 && !is_comma(d, k) && !tok_is_punct(d, k, ';') &&
               !tok_is_punct(d, k, ':') && !(d->toks[k].lx & LX_ARREST) &&
               !(tok_is(d, np_end, "at") && k > np_end + 1 && k + 1 < end && tok_is(d, k, "and") &&
                 counted_at(d, k + 1)))
            k++;
    }
    if (k < end && is_comma(d, k))
        k++;
    size_t g = (size_t)-1;
    if (k + 2 < end && tok_is(d, k, "as") && tok_is(d, k + 1, "well") && tok_is(d, k + 2, "as"))
        g = k + 3;
    else if (k + 1 < end && tok_is(d, k, "along") && tok_is(d, k + 1, "with"))
        g = k + 2;
    else if (k > np_end + 1 && k < end && tok_is(d, k, "and"))
        g = k + 1;
    if (g == (size_t)-1 || g >= end)
        return (size_t)-1;
    np_info np;
    if (!np_count(d, g, end, &np) || np.count < 1 || np.definite || np.pronoun)
        return (size_t)-1;
    /* past a place: only a counted phrase, not "at Mastung and Kalat" */
    if (tok_is(d, np_end, "at") && !counted_at(d, g))
        return (size_t)-1;
    return g;
}

/* Emit the groups of a coordinated phrase at i: "four of his sons and three
 * officials" gives two candidates. */
static void add_groups(const nf_doc *d, ar_list *l, size_t i, size_t end, ar_cand base,
                       bool span_from_np, ar_kind floor)
{
    bool last_name = false, last_one = false;
    for (int g = 0; g < MAX_GROUPS && i < end; g++) {
        np_info np;
        if (!np_count(d, i, end, &np))
            return;
        size_t before = l->n;
        bool one = np.count == 1 && !np.plural && !np.pronoun && np.head != (size_t)-1;
        if ((last_name && np.name) || (last_one && one)) {
            /* "Langat and Mwangi were arrested", "The site engineer and a
             * labour contractor were taken into custody": two people, one
             * arrest */
            ar_cand *prev = &l->c[l->n - 1];
            prev->count++;
            prev->sus_to = modifier_end(d, np.end, end);
            if (!span_from_np)
                prev->to = np.end;
        } else {
            ar_cand c = base;
            c.count = np.count;
            c.kind = kind_of(d, &np);
            if (c.kind < floor && !np.subset)
                c.kind = floor;
            c.sus_from = i;
            c.sus_to = modifier_end(d, np.end, end);
            if (span_from_np)
                c.from = i;
            else
                c.to = np.end;
            add_cand(l, &c);
            if (l->n == before)
                return;   /* no room: the merge below would go to another */
        }
        last_name = np.name;
        last_one = one;
        size_t next = next_group(d, np.end, end);
        if (next == (size_t)-1)
            return;
        i = next;
    }
}

/* The trigger phrase at i: [*ts, *te). 0 when none; 1 a verb ("arrested");
 * 2 a state ("in custody", "under arrest"). */
/* Is the verb at i passive: "were held", "was also picked up"? */
static bool passive_at(const nf_doc *d, size_t i, size_t from)
{
    size_t b = i > from && tok_is(d, i - 1, "also") ? i - 1 : i;
    return b > from && (tok_is(d, b - 1, "were") || tok_is(d, b - 1, "was") ||
                        tok_is(d, b - 1, "been"));
}

/* Is an arrest told before token i, in its sentence or the one before? */
static bool arrest_told_before(const nf_doc *d, size_t i)
{
    uint32_t s = d->toks[i].sent;
    for (size_t k = d->sents[s > 0 ? s - 1 : s].tok_start; k < i; k++)
        if ((d->toks[k].lx & LX_ARREST) && !tok_is(d, k, "held"))
            return true;
    return false;
}

/* "Police took the owner into custody. Three others ... were also held,
 * police said": a passive "held" that ends its clause, right after an
 * arrest is told, is one more; not "held hostage", "held talks". */
static bool held_after_arrest(const nf_doc *d, size_t i, size_t from, size_t to)
{
    if (!passive_at(d, i, from))
        return false;
    if (i + 1 < to && !(d->toks[i + 1].kind == TK_PUNCT || tok_is(d, i + 1, "in") ||
                        tok_is(d, i + 1, "at") || tok_is(d, i + 1, "overnight")))
        return false;
    return arrest_told_before(d, i);
}

/* "Five suspects were arrested ... Two more were picked up in Nakuru": a
 * passive "picked up" right after an arrest is told is one more, unless
 * someone other than the police picked them up ("by a fishing boat"). */
static bool picked_up_after_arrest(const nf_doc *d, size_t i, size_t from, size_t to)
{
    if (!tok_is(d, i, "picked") || i + 1 >= to || !tok_is(d, i + 1, "up") ||
        !passive_at(d, i, from) || !arrest_told_before(d, i))
        return false;
    return !(i + 3 < to && tok_is(d, i + 2, "by") && !tok_in(d, i + 3, w_held_by) &&
             !(i + 4 < to && tok_is(d, i + 3, "the") && tok_in(d, i + 4, w_held_by)));
}

/* The people whose capture is an arrest. */
WORDS(w_captured_heads,
    "suspects", "suspect", "assailants", "assailant", "attackers", "attacker", "gunmen",
    "gunman", "militants", "militant", "bandits", "bandit", "kidnappers", "kidnapper",
    "smugglers", "smuggler", "traffickers", "trafficker", "robbers", "robber", "fugitives",
    "fugitive", "escapees", "escapee", "poachers", "poacher", "insurgents", "insurgent");

/* "turned himself in", "handed herself over", "gave themselves up": people
 * who give themselves up to the police are taken into custody. */
WORDS(w_reflexive, "himself", "herself", "themselves");

/* Asked of every token: the length and first letter turn away nearly all
 * (a word list's look-up for each cost 2 % of extraction). */
static inline bool reflexive_at(const nf_doc *d, size_t i)
{
    const nf_tok *t = &d->toks[i];
    uint32_t n = t->end - t->start;
    return ((n == 7 && t->fold0 == 'h') || (n == 10 && t->fold0 == 't')) &&
           tok_in(d, i, w_reflexive);
}

static bool gave_up_at(const nf_doc *d, size_t i, size_t from, size_t to)
{
    WORDS(give, "turned", "turns", "turn", "turning", "handed", "hands", "hand", "handing",
          "gave", "gives", "give", "giving");
    if (!(i > from && i + 1 < to && reflexive_at(d, i) && tok_in(d, i - 1, give) &&
          tok_in(d, i + 1, (const char *const[]){"in", "over", "up", NULL})))
        return false;
    /* "turned himself in ... and was taken into custody": the arrest told
     * after is the same one */
    for (size_t j = i + 2; j + 1 < to; j++) {
        if (!tok_is(d, j, "and"))
            continue;
        size_t k = j + 1;
        while (k < to && k < j + 4 && (tok_in(d, k, w_aux) || tok_in(d, k, w_adv)))
            k++;
        if (k < to && ((d->toks[k].lx & LX_ARREST) ||
                       tok_in(d, k, (const char *const[]){"taken", "placed", NULL})))
            return false;
    }
    return true;
}

static int trigger_at(const nf_doc *d, size_t i, size_t from, size_t to, size_t *ts, size_t *te)
{
    WORDS(verbs, "arrested", "detained", "apprehended", "nabbed", "recaptured", "rearrested",
          "arresting", "detaining");
    WORDS(take, "taken", "placed", "brought");
    *ts = i;
    *te = i + 1;
    if (tok_in(d, i, verbs)) {
        /* "one of the detained men": a participle before its noun names
         * people arrested before, it tells no arrest */
        if (i > from && tok_in(d, i - 1, w_defdet) && i + 1 < to &&
            (d->toks[i + 1].lx & LX_PERSON_N) && !tok_is(d, i - 1, "that"))
            return 0;
        /* "Of those arrested, two were released": the people of an arrest
         * told before */
        if (i > from && tok_is(d, i - 1, "those"))
            return 0;
        return 1;
    }
    if (tok_is(d, i, "captured") || tok_is(d, i, "capturing")) {
        /* "troops captured four suspected assailants"; not "rebels
         * captured the town", nor "captured 12 soldiers" (an abduction) */
        for (size_t j = i + 1; j < to && j < i + 6 && !tok_is_break(d, j); j++)
            if (tok_in(d, j, w_captured_heads))
                return 1;
        return 0;
    }
    if (picked_up_after_arrest(d, i, from, to)) {
        *te = i + 2;
        return 1;
    }
    if (tok_is(d, i, "held")) {
        if (held_after_arrest(d, i, from, to))
            return 1;
        if (i + 1 < to && (tok_is(d, i + 1, "down") || tok_is(d, i + 1, "back")))
            return 0;   /* restrained: "he was held down by four officers" */
        for (size_t j = i + 1; j < to && j < i + 4; j++) {
            if (tok_is_break(d, j))
                break;
            if ((tok_is(d, j, "by") && j + 1 < to &&
                 (tok_in(d, j + 1, w_held_by) || (j + 2 < to && tok_in(d, j + 2, w_held_by)))) ||
                (j + 1 < to && tok_is(d, j, "on") && tok_is(d, j + 1, "suspicion")) ||
                (j + 1 < to && tok_is(d, j, "in") && tok_is(d, j + 1, "connection")) ||
                (j + 1 < to && tok_is(d, j, "for") && tok_is(d, j + 1, "questioning")))
                return 1;
            if (j == i + 1 && tok_is(d, j, "over") && (d->sents[d->toks[i].sent].flags & SF_HEADING))
                return 1;
        }
        return 0;
    }
    /* "was taken in for questioning", "brought in for questioning" */
    if (tok_is(d, i, "questioning") && i >= from + 3 && tok_is(d, i - 1, "for") &&
        tok_is(d, i - 2, "in") && tok_in(d, i - 3, take)) {
        *ts = i - 3;
        return 1;
    }
    if (tok_is(d, i, "custody") && i > from) {
        size_t k = i - 1;
        /* "police custody", "PCG custody": whose */
        if ((tok_is(d, k, "police") || (d->toks[k].flags & TF_UPPER)) && k > from)
            k--;
        if (tok_is(d, k, "into") && k > from && tok_in(d, k - 1, take)) {
            *ts = k - 1;
            return 1;
        }
        /* "Police later took into custody the owner of the bus company":
         * the object after */
        if (k == i - 1 && tok_is(d, k, "into") && k > from &&
            tok_in(d, k - 1, (const char *const[]){"took", "take", "takes", "taking", NULL})) {
            *ts = k - 1;
            *te = i + 1;
            return 1;
        }
        /* "Police took two people into custody", "took the hall's owner,
         * Rakesh Agarwal, into custody", "have taken 24 people into
         * custody": the object comes between */
        for (size_t v = k; tok_is(d, k, "into") && v > from && v + 14 > k; v--) {
            if (d->toks[v - 1].kind == TK_PUNCT && !is_comma(d, v - 1))
                break;
            bool perfect = v - 1 > from && tok_is(d, v - 1, "taken") &&
                           tok_in(d, v - 2, (const char *const[]){"have", "has", "had", NULL});
            if (perfect ||
                tok_in(d, v - 1, (const char *const[]){"took", "take", "takes", "taking", NULL})) {
                *ts = v - 1;
                *te = v;
                return 1;
            }
        }
        /* "were placed under PCG custody" */
        if (tok_is(d, k, "in") || (tok_is(d, k, "under") && k > from && tok_in(d, k - 1, take))) {
            *ts = k;
            return 2;
        }
        return 0;
    }
    if (tok_is(d, i, "arrest") && i > from && tok_is(d, i - 1, "under")) {
        *ts = i - 1;
        return 2;
    }
    if (gave_up_at(d, i, from, to)) {   /* the subject before is who gave up */
        *ts = i - 1;
        *te = i + 2;
        return 2;
    }
    return 0;
}

/* "Police made three arrests": the count is the number before the noun. */
static bool led_to_arrest(const nf_doc *d, size_t k, size_t from);

static void arrests_noun(const ex_ctx *ctx, ar_list *l, size_t i, size_t from)
{
    const nf_doc *d = ctx->doc;
    if (i < from + 1 || !tok_is(d, i, "arrests"))
        return;
    size_t n = i - 1;
    while (n > from && i - n < 6 && (d->toks[n - 1].kind == TK_NUM || (d->toks[n - 1].lx & LX_NUMWORD) ||
                        tok_is_dash(d, n - 1)))
        n--;
    num_val v;
    if (!num_parse(d, n, i, false, &v) || n + v.ntok != i || v.year_like)
        return;
    /* "• 127 arrests in 8 countries", "Results: 127 arrests": an item of
     * a list of results; "led to 127 arrests", "There were 127 arrests" */
    bool item = n == from || tok_is_punct(d, n - 1, ':') ||
                (n > 0 && d->toks[n - 1].kind == TK_PUNCT && (d->toks[n - 1].flags & TF_NL));
    bool made = n > from && tok_in(d, n - 1, (const char *const[]){"made", "make", "making", NULL});
    if (!item && !made && !led_to_arrest(d, n - 1, from) &&
        !(n > from + 1 && tok_is(d, n - 1, "were") && tok_is(d, n - 2, "there")))
        return;
    bool be, neg;
    aux_left(d, n > from ? n - 1 : from, from, &be, &neg);
    if (neg)
        return;
    ar_cand c = {(long long)v.value, AR_NEW, false, n, i + 1, made ? n - 1 : n, i + 1, i};
    c.heading = d->sents[d->toks[i].sent].flags & SF_HEADING;
    add_cand(l, &c);
}

/* "The raid led to the arrest of", "resulted in the arrest of", and "led
 * to the rescue of 23 children and the arrest of": an outcome, the word
 * before "the arrest" at k. */
static bool led_to_arrest(const nf_doc *d, size_t k, size_t from)
{
    /* past only: "information leading to the arrest of those involved" is an appeal */
    WORDS(led, "led");
    WORDS(resulted, "resulted");
    if (tok_is(d, k, "and"))   /* back over "the rescue of 23 children" */
        for (size_t m = k; m > from + 1 && k - m < 10; m--)
            if (tok_is(d, m - 1, "the") && (tok_is(d, m - 2, "to") || tok_is(d, m - 2, "in"))) {
                k = m - 2;
                break;
            }
    if (k < from + 1)
        return false;
    WORDS(modal, "could", "would", "might", "may", "will", "should", "can");
    if (k >= from + 2 && (tok_in(d, k - 2, modal) ||
                          (k >= from + 3 && tok_is(d, k - 2, "have") && tok_in(d, k - 3, modal))))
        return false;   /* "could have led to the arrest of" */
    return (tok_is(d, k, "to") && tok_in(d, k - 1, led)) ||
           (tok_is(d, k, "in") && tok_in(d, k - 1, resulted));
}

/* "Police announced the arrest of three suspects": a reported arrest, unlike
 * "a reward leading to the arrest of" or "demanded the arrest of". */
static void arrest_of(const ex_ctx *ctx, ar_list *l, size_t i, size_t from, size_t to)
{
    WORDS(told,
        "announced", "confirmed", "reported", "follows", "followed", "following", "after",
        "made", "with");
    const nf_doc *d = ctx->doc;
    if (!(tok_is(d, i, "arrest") || tok_is(d, i, "arrests")) || i < from + 1 ||
        i + 1 >= to || !tok_is(d, i - 1, "the") || !tok_is(d, i + 1, "of"))
        return;
    /* "announced the arrest of", "crippled a syndicate with the arrest of",
     * or an item of a release's list: "Second:
     * The arrest of two employees of ..." */
    bool item = i - 1 == from || tok_is_punct(d, i - 2, ':');
    if (!item && (i < from + 2 || (!tok_in(d, i - 2, told) && !led_to_arrest(d, i - 2, from))))
        return;
    ar_cand base;
    memset(&base, 0, sizeof base);
    base.heading = d->sents[d->toks[i].sent].flags & SF_HEADING;
    base.trig = i;
    base.from = i - 1;
    add_groups(d, l, i + 2, to, base, false, AR_NEW);
}

/* "A second man, 22, who police say drove the car, was arrested": the
 * subject of a passive trigger whose auxiliary follows a comma is the
 * sentence's first phrase, before the asides. Returns the clause start and
 * sets *subj_end to the comma after that phrase, or after the last of the
 * names joined to it with their ages ("X, 54, and Y, 47, were arrested");
 * leaves both alone when the opening phrase holds a verb of its own, or
 * when the clause found already takes it in. */
static size_t appositive_subject(const nf_doc *d, size_t from, size_t comma, size_t *subj_end,
                                 size_t cs)
{
    size_t s = skip_adverbial(d, from, comma);
    size_t c1 = s;
    while (c1 < comma && !is_comma(d, c1))
        c1++;
    if (c1 >= comma || c1 == s || c1 > s + NP_MAX || cs <= c1)
        return cs;   /* the clause already starts at the subject */
    np_info np;
    if (!np_count(d, s, c1, &np) || np.end != c1 || np.pronoun)
        return cs;
    *subj_end = c1;
    /* "Sipho Mahlangu, 54, and Annelie du Preez, 47, were arrested", "The
     * owner, Hamdy Abdel-Ghaffar, 61, and his son Karim, 34, were arrested" */
    for (size_t k = past_apposition(d, c1, comma + 1); k > c1 && k < comma && tok_is(d, k, "and");) {
        size_t c2 = k + 1;
        while (c2 < comma && !is_comma(d, c2) && !tok_is_punct(d, c2, '('))
            c2++;
        if (!np_count(d, k + 1, c2, &np) || np.end != c2 || np.pronoun)
            break;
        *subj_end = c2;
        c1 = c2;
        k = past_apposition(d, c2, comma + 1);
    }
    return from;
}

#define NO_COUNT SIZE_MAX

/* "an investigation into two former relationship managers, who were
 * arrested in 2023": the counted phrase that ends at the comma before a
 * relative "who", after a preposition deep in its clause; a phrase with
 * its determiner ("The two men, who were ...") is appositive_subject's.
 * Its start, or NO_COUNT. */
static size_t counted_before_comma(const nf_doc *d, size_t cs, size_t comma)
{
    for (size_t p = comma; p-- > cs + 1 && p + NP_MAX > comma;) {
        if (d->toks[p].kind != TK_NUM && !(d->toks[p].lx & LX_NUMWORD))
            continue;
        np_info np;
        /* not "A second man, in his 30s, who was arrested": an age */
        if (d->toks[p - 1].kind == TK_WORD && (d->toks[p - 1].lx & LX_STOP) &&
            !tok_in(d, p - 1, w_defdet) && !tok_in(d, p - 1, (const char *const[]){"a", "an", "all", NULL}) &&
            np_count(d, p, comma, &np) && np.end == comma && np.count > 1 && !np.pronoun &&
            np.head != (size_t)-1)
            return p;
    }
    return NO_COUNT;
}

/* "The organiser was arrested alongside four of his aides": a group of its
 * own after the trigger of a passive. */
static void arrested_alongside(const nf_doc *d, ar_list *l, size_t te, size_t to, ar_cand base,
                               ar_kind floor)
{
    size_t g = te;
    if (g < to && tok_is(d, g, "alongside"))
        g++;
    else if (g + 1 < to && tok_in(d, g, (const char *const[]){"along", "together", NULL}) &&
             tok_is(d, g + 1, "with"))
        g += 2;
    else
        return;
    np_info np;
    if (!np_count(d, g, to, &np) || np.count < 1 || np.definite || np.pronoun)
        return;
    base.from = base.trig;
    add_groups(d, l, g, to, base, false, floor);
}

/* The end of a named person, titles before the name allowed, at token i:
 * "former Karnataka Irrigation Minister H.S. Manjunath Gowda". i when none. */
static size_t named_object(const ex_ctx *ctx, size_t i, size_t to)
{
    const nf_doc *d = ctx->doc;
    for (size_t k = i; k < to && k < i + 8; k++) {
        const nf_tok *prev = k > i ? &d->toks[k - 1] : NULL;
        /* "former minister John Smith", "businessman Claudio Ferreyra Bustos" */
        bool after_title = !prev || (prev->lx & (LX_TITLE | LX_RANK | LX_HONORIFIC)) ||
                           ((prev->lx & (LX_PERSON_N | LX_KIN)) && !(prev->flags & TF_CAP));
        size_t ne = after_title ? people_name_at(ctx, k, to) : k;
        if (ne >= k + 2)
            return ne;
        if (d->toks[k].kind != TK_WORD && !tok_is_punct(d, k, '.'))
            break;
    }
    return i;
}

/* One trigger of sentence [from, to): read its voice and count its group(s). */
static void read_trigger(const ex_ctx *ctx, ar_list *l, size_t i, size_t from, size_t to)
{
    const nf_doc *d = ctx->doc;
    size_t ts, te;
    int kind = trigger_at(d, i, from, to, &ts, &te);
    if (!kind)
        return;
    size_t cs = clause_start(d, ts, from);
    bool be, neg;
    size_t subj_end = aux_left(d, ts, cs, &be, &neg);
    if (neg)
        return;
    ar_cand base;
    memset(&base, 0, sizeof base);
    base.heading = d->sents[d->toks[i].sent].flags & SF_HEADING;
    base.trig = i;
    ar_kind floor = AR_NEW;
    /* "The judge remanded both men in custody": a court appearance of people
     * arrested before, never an arrest of its own (FACTS.md) */
    if (kind == 2)
        for (size_t k = cs; k < ts; k++)
            if (tok_in(d, k, (const char *const[]){"remanded", "remand", "remands", "remanding", NULL}))
                return;
    /* "A judge will decide whether to keep the suspect in custody": not
     * decided, and a court's, not an arrest */
    for (size_t k = cs; k + 1 < ts; k++)
        if (tok_is(d, k, "whether") && tok_is(d, k + 1, "to"))
            return;
    if (kind == 2 && subj_end > cs) {
        WORDS(stay, "remains", "remained", "remain", "still", "kept", "remanded", "held");
        if (tok_in(d, subj_end - 1, stay))
            floor = AR_WEAK;
        if (d->toks[subj_end - 1].lx & LX_DEATH)
            return;   /* "died in custody" */
        while (subj_end > cs && tok_in(d, subj_end - 1, stay))
            subj_end--;
        subj_end = aux_left(d, subj_end, cs, &be, &neg);
        if (neg)
            return;
    }
    /* active: "police have arrested five men" */
    np_info obj;
    /* "taken into custody" is active only after a perfect's auxiliary:
     * "Police have taken into custody the mine's manager" */
    bool perfect = ts > from && tok_in(d, ts - 1, (const char *const[]){"have", "has", "had", NULL});
    if (kind == 1 && !be &&
        (perfect || !tok_in(d, ts, (const char *const[]){"taken", "placed", "brought", NULL}))) {
        size_t s = skip_adverbial(d, cs, ts);
        base.from = ts > s + ADV_BACK ? ts : s;
        /* a name alone is one person; names joined by "and" are counted
         * as a list ("arrested Peter Langat and Grace Mwangi") */
        size_t ne = named_object(ctx, te, to);
        bool joined = ne > te && ne < to && tok_is(d, ne, "and");
        if ((ne == te || joined) && np_count(d, te, to, &obj)) {
            /* "the army has recaptured dozens of towns": places, not people */
            size_t last = obj.end > te ? obj.end - 1 : te;   /* the phrase's last word */
            if (tok_is(d, ts, "recaptured") && d->toks[last].kind == TK_WORD &&
                !(d->toks[last].lx & (LX_PERSON_N | LX_KIN)) &&
                !(d->toks[last].flags & TF_CAP) && !tok_in(d, last, w_backref_head))
                return;
            size_t before = l->n;
            add_groups(d, l, te, to, base, false, AR_NEW);
            for (size_t k = before; te <= i && tok_is(d, i, "custody") && k < l->n; k++) {
                l->c[k].to = i + 1;   /* "took two people into custody" */
                size_t into = i - (tok_is(d, i - 1, "police") ? 2 : 1);
                if (l->c[k].sus_to > into)
                    l->c[k].sus_to = into;
            }
            return;
        }
        if (ne > te) {   /* "Police arrested former minister John Smith" */
            base.count = 1;
            base.kind = AR_NEW;
            base.sus_from = te;
            base.sus_to = ne;
            base.to = ne;
            add_cand(l, &base);
            return;
        }
        if (te < to && d->toks[te].kind == TK_WORD &&
            !tok_in(d, te, (const char *const[]){"in", "on", "at", "after", "over", "near", "by",
                                                "during", "following", "for", "from", "with",
                                                "as", "since", "last", "this", NULL}) &&
            !(d->toks[te].lx & LX_WEEKDAY))
            return;   /* an object we cannot count: the subject made the arrest */
    }
    /* "Three men (aged 34, 41 and 52 years) were arrested": the subject
     * comes before its bracketed aside, which ended the clause search */
    if (be && subj_end == cs && subj_end > from + 2 && tok_is_punct(d, subj_end - 1, ')')) {
        size_t open = subj_end - 1;
        while (open > from && subj_end - open < 16 && !tok_is_punct(d, open, '('))
            open--;
        if (open > from && tok_is_punct(d, open, '(')) {
            subj_end = open;
            cs = clause_start(d, open, from);
        }
    }
    /* "a supervisor and a foreman, both of whom were detained": two */
    if (be && subj_end >= cs + 3 && tok_is(d, subj_end - 1, "whom") &&
        tok_is(d, subj_end - 2, "of") && tok_is(d, subj_end - 3, "both")) {
        base.count = 2;
        base.kind = floor;
        base.sus_from = base.from = subj_end - 3;
        base.sus_to = subj_end;
        base.to = te;
        add_cand(l, &base);
        return;
    }
    bool relative = subj_end > cs && (tok_is(d, subj_end - 1, "who") || tok_is(d, subj_end - 1, "whom"));
    if (relative)
        subj_end--;   /* "The men, who were arrested last week, ..." */
    size_t counted = NO_COUNT;
    if (relative && be && subj_end > cs + 1 && is_comma(d, subj_end - 1))
        counted = counted_before_comma(d, cs, subj_end - 1);
    if (counted != NO_COUNT)
        subj_end--;
    else if (be && subj_end > from + 1 && is_comma(d, subj_end - 1))
        cs = appositive_subject(d, from, subj_end - 1, &subj_end, cs);
    size_t s = counted != NO_COUNT ? counted : skip_adverbial(d, cs, subj_end);
    /* "Chinese national among 3 arrested", "A Briton was among 12 people
     * arrested": the count is the number after "among" */
    for (size_t a = subj_end; a-- > s && a + 5 > subj_end;)
        if (tok_is(d, a, "among") && a + 1 < subj_end &&
            (d->toks[a + 1].kind == TK_NUM || (d->toks[a + 1].lx & LX_NUMWORD))) {
            s = a + 1;
            break;
        }
    /* a reduced relative after the clause's own verb: "Police paraded 14
     * suspects arrested in the raid" counts the phrase before the trigger
     * (not "the three suspects arrested on Wednesday", told before, nor "a
     * man in his 30s arrested") */
    for (size_t p = subj_end; !be && kind == 1 && p-- > s + 1 && p + 6 > subj_end;) {
        np_info np;
        if ((d->toks[p].kind == TK_NUM || (d->toks[p].lx & LX_NUMWORD)) &&
            d->toks[p - 1].kind == TK_WORD && !(d->toks[p - 1].lx & LX_STOP) &&
            np_count(d, p, subj_end, &np) && np.end == subj_end && np.count > 0) {
            s = p;
            break;
        }
    }
    if (s >= subj_end)
        return;
    /* a reduced relative in the body: "The five men arrested on Tuesday are ..." */
    if (!be && !base.heading && kind == 1 && !(subj_end > cs && tok_in(d, subj_end - 1, w_aux)))
        floor = AR_WEAK;
    base.to = te;
    size_t before = l->n;
    add_groups(d, l, s, subj_end, base, true, floor);
    /* groups are evidence of their own; the last one runs to the trigger */
    for (size_t k = before; k < l->n; k++)
        l->c[k].to = te;
    if (l->n == before + 1)
        l->c[before].sus_to = subj_end;   /* one group: the whole subject describes it */
    if (l->n > before)
        l->c[before].from = s;
    arrested_alongside(d, l, te, to, base, floor);
}

/* "Last month, Saudi customs arrested two Pakistani nationals": a sentence
 * dated to another time tells another arrest, whatever its count. */
static bool dated_sentence(const nf_doc *d, size_t sent)
{
    const nf_sent *s = &d->sents[sent];
    for (size_t k = s->tok_start; k < s->tok_end; k++) {
        if (d->toks[k].lx & LX_MONTH)
            return true;
        if (k + 1 < s->tok_end && tok_is(d, k, "last") && (d->toks[k + 1].lx & LX_PERIOD))
            return true;
    }
    return false;
}

/* Is the suspects phrase from..head one person the story can name twice:
 * definite ("the general manager") or a name ("Radu Ionescu")? */
static bool definite_or_named(const nf_doc *d, size_t from, size_t head)
{
    return tok_is(d, from, "the") || (d->toks[head].flags & TF_CAP);
}

/* "police arrested the plant's general manager" in the lede and "Police
 * arrested the general manager, Rakesh Mehta" below; "detained Transport
 * Minister Radu Ionescu", then "Ionescu was taken into custody": the same
 * one person, by the last word of each phrase. Not "a man ... another
 * man". */
static bool same_one_person(const nf_doc *d, const ar_cand *a, const ar_cand *b)
{
    if (a->count != 1 || b->count != 1 || a->sus_to <= a->sus_from || b->sus_to <= b->sus_from)
        return false;
    size_t ha = a->sus_to - 1, hb = b->sus_to - 1;
    if (d->toks[ha].kind != TK_WORD)
        return false;
    /* "arrested a senior PCB official", then "The official, Kamran Aziz
     * Malik, who heads ..., was taken into custody": the noun before the
     * apposition names the one told of */
    if (tok_is(d, b->sus_from, "the") && !tok_is(d, a->sus_from, "another")) {
        size_t k = b->sus_from + 1;
        while (k + 1 < b->sus_to && !is_comma(d, k + 1))
            k++;
        if (k + 1 < b->sus_to && d->toks[k].kind == TK_WORD &&
            strcmp(tok_fold(d, ha), tok_fold(d, k)) == 0)
            return true;
    }
    return d->toks[hb].kind == TK_WORD && strcmp(tok_fold(d, ha), tok_fold(d, hb)) == 0 &&
           definite_or_named(d, a->sus_from, ha) && definite_or_named(d, b->sus_from, hb);
}

/* "Twenty-eight people have been arrested", then "The 21 men and seven
 * women ... were arrested": the parts of one trigger's list add up to an
 * arrest told in an earlier sentence, which they break down. */
static bool breaks_down_earlier(const ex_ctx *ctx, const ar_list *l, size_t k)
{
    const nf_doc *d = ctx->doc;
    long long sum = 0;
    size_t parts = 0;
    for (size_t j = 0; j < l->n; j++) {
        if (l->c[j].trig != l->c[k].trig)
            continue;
        if (l->c[j].count < 1)
            return false;
        sum += l->c[j].count;
        parts++;
    }
    if (parts < 2)
        return false;
    for (size_t j = 0; j < l->n; j++) {
        const ar_cand *o = &l->c[j];
        if (o->count == sum && !o->heading && o->trig < l->c[k].trig &&
            d->toks[o->trig].sent != d->toks[l->c[k].trig].sent &&
            ex_event_for_token(ctx, o->trig) == ex_event_for_token(ctx, l->c[k].trig))
            return true;
    }
    return false;
}

/* "remain in custody", "are still in custody": a status, not an arrest */
static bool still_held(const nf_doc *d, size_t trig)
{
    WORDS(remain, "remain", "remains", "remained", "still");
    if (!tok_is(d, trig, "custody"))
        return false;
    for (size_t k = trig; k-- > 0 && k + 4 > trig;)
        if (tok_in(d, k, remain))
            return true;
    return false;
}

/* A repeat of an arrest the story tells elsewhere is dropped: headlines that
 * sum up the body, back-references, pronouns, "remains in custody". */
static bool is_repeat(const ex_ctx *ctx, const ar_list *l, size_t k)
{
    const ar_cand *c = &l->c[k];
    if (breaks_down_earlier(ctx, l, k))
        return true;
    /* "Our men arrested four suspects," she said: a quote restating it */
    if (ex_in_quote(ctx, c->trig))
        for (size_t j = 0; j < k; j++)
            if (l->c[j].count == c->count && !l->c[j].heading)
                return true;
    for (size_t j = 0; j < l->n; j++) {
        const ar_cand *o = &l->c[j];
        if (j == k || o->heading || o->kind == AR_BACKREF)
            continue;
        bool same = o->count == c->count;
        if (c->heading && (same || c->count < 0))
            return true;
        if (c->heading)
            continue;
        if (c->kind == AR_BACKREF && (o->kind != AR_WEAK || j < k))
            return true;
        if (c->kind == AR_DEFINITE && same && j < k)
            return true;
        /* "detaining at least 143" in the lede, "143 people had been
         * detained" below: the same figure twice is one arrest (not so
         * for one person: "another man was arrested") */
        if (c->kind == AR_NEW && o->kind == AR_NEW && same && c->count >= 2 && j < k &&
            ctx->doc->toks[o->trig].sent != ctx->doc->toks[c->trig].sent &&
            ex_event_for_token(ctx, o->trig) == ex_event_for_token(ctx, c->trig) &&
            !dated_sentence(ctx->doc, ctx->doc->toks[c->trig].sent))
            return true;
        if (j < k && same_one_person(ctx->doc, o, c) &&
            ctx->doc->toks[o->trig].sent != ctx->doc->toks[c->trig].sent &&
            ex_event_for_token(ctx, o->trig) == ex_event_for_token(ctx, c->trig))
            return true;
        if (c->kind == AR_WEAK && o->kind != AR_WEAK && (same || c->count < 0))
            return true;
        /* "31 were detained", then "seven remain in custody": some of them */
        if (still_held(ctx->doc, c->trig) && o->kind != AR_WEAK && j < k && o->count > c->count &&
            ex_event_for_token(ctx, o->trig) == ex_event_for_token(ctx, c->trig))
            return true;
        if (c->kind == AR_WEAK && o->kind == AR_WEAK && same && j < k)
            return true;
    }
    return false;
}

static const char *tok_str(ex_ctx *ctx, size_t from, size_t to)
{
    const nf_doc *d = ctx->doc;
    while (to > from && tok_is_break(d, to - 1))
        to--;
    while (from < to && tok_is_break(d, from))
        from++;
    if (from >= to)
        return NULL;
    nf_span s = ex_tok_span(ctx, from, to);
    return nf_facts_strndup(ctx->facts, d->text + s.start, s.end - s.start);
}

static void emit_all(ex_ctx *ctx, const ar_list *l)
{
    for (size_t k = 0; k < l->n; k++) {
        const ar_cand *c = &l->c[k];
        if (is_repeat(ctx, l, k))
            continue;
        nf_arrest *a = nf_facts_add_arrest(ctx->facts);
        a->count = c->count;
        a->suspects = tok_str(ctx, c->sus_from, c->sus_to);
        a->text = ex_tok_span(ctx, c->from, c->to);
        a->event = ex_event_for_token(ctx, c->trig);
    }
}

/* "She denied a report that a manager had been taken into custody",
 * "reports that the ruler was arrested are false": an arrest only rumoured
 * and denied. Token i is the trigger, [from, to) its sentence. */
static bool denied_report(const nf_doc *d, size_t i, size_t from, size_t to)
{
    WORDS(reports, "report", "reports", "claim", "claims", "rumour", "rumours", "rumor",
          "rumors", "allegation", "allegations");
    WORDS(denials, "denied", "denies", "deny", "dismissed", "rejected", "refuted");
    WORDS(untrue, "false", "untrue", "baseless", "unfounded", "fake");
    size_t r = SIZE_MAX;
    for (size_t k = from; k + 1 < i; k++)
        if (tok_in(d, k, reports) && i - k <= 20)
            r = k;
    if (r == SIZE_MAX)
        return false;
    for (size_t k = from; k < r; k++)
        if (tok_in(d, k, denials))
            return true;
    for (size_t k = i + 1; k < to; k++)
        if (tok_in(d, k, untrue))
            return true;
    return false;
}

/* "more than 11,000 Palestinians have been detained since the war began",
 * "arrested 40 people since January": a tally over a period, not an
 * arrest; but not a "since" inside a relative clause or after a state
 * ("a man who had been on the run since 2021", "wanted since 2021"). */
static bool over_a_period(const nf_doc *d, size_t from, size_t to)
{
    WORDS(states, "wanted", "run", "missing", "sought", "jailed", "hiding", "living", "active",
          "abroad", "large", "operating");
    bool relative = false;
    for (size_t k = from; k + 1 < to; k++) {
        relative |= tok_in(d, k, (const char *const[]){"who", "that", "which", NULL});
        if (!relative && !(k > from && tok_in(d, k - 1, states)) && ex_since_period(d, k, to))
            return true;
    }
    return false;
}

int ex_arrest(ex_ctx *ctx)
{
    if (!ctx || !ctx->doc || !ctx->facts)
        return -1;
    const nf_doc *d = ctx->doc;
    /* not cleared: add_cand writes each candidate whole before it counts */
    ar_list *l = xmalloc(sizeof *l);
    l->n = 0;
    for (size_t s = 0; s < d->n_sents; s++) {
        const nf_sent *st = &d->sents[s];
        size_t from = st->tok_start;
        while (from < st->tok_end && d->toks[from].kind == TK_PUNCT &&
               (d->toks[from].cp == 0x2022 || d->toks[from].cp == '*' || tok_is_dash(d, from)))
            from++;   /* a live blog's bullet: "• Two people ... have been taken into custody" */
        int period = -1;   /* over_a_period of the sentence, read at its first trigger */
        for (size_t i = from; i < st->tok_end; i++) {
            if (!(d->toks[i].lx & LX_ARREST) && !tok_is(d, i, "captured") &&
                !tok_is(d, i, "capturing") && !tok_is(d, i, "picked") && !reflexive_at(d, i))
                continue;
            if (period < 0)
                period = over_a_period(d, from, st->tok_end);
            if (period || denied_report(d, i, from, st->tok_end) ||
                (i > from && tok_is(d, i - 1, "currently")) ||
                (i >= from + 2 && tok_is(d, i - 2, "currently")))
                continue;   /* and "are currently detained": a state, not an arrest */
            read_trigger(ctx, l, i, from, st->tok_end);
            arrests_noun(ctx, l, i, from);
            arrest_of(ctx, l, i, from, st->tok_end);
        }
    }
    emit_all(ctx, l);
    free(l);
    return 0;
}
