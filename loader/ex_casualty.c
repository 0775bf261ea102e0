/* ex_casualty.c — casualties: how many people died, were hurt, are missing,
 * survived or were aboard in the incidents a story tells (FACTS.md
 * "casualties"). Owns nothing after it returns; writes nf_casualty facts.
 *
 * News gives these counts in a few shapes, read here one sentence at a time
 * from counted noun phrases ("at least 14 people", "a dozen fans", "two
 * missing people", "more than 40"):
 *   a subject and its predicate     "At least 14 people drowned", "50 were injured"
 *   a count that names its kind     "five dead", "31 bodies", "the loss of 31 lives"
 *   the object of a casualty verb   "killing 19 miners", "was carrying 780 people"
 *   a toll                          "the death toll rose to 45 from 30"
 *   a breakdown by kind of person   "the dead included five women and a girl",
 *                                   "three of them children", "742 passengers and 38 crew"
 * and leaves out what is no casualty of one incident: statistics over a
 * period ("since 2014", "every year"), partial tallies ("and 22 more on
 * Monday", "four in X and 18 in Y"), subsets by status ("three of the
 * injured are in hospital"), mixed counts ("died or went missing"), times,
 * ages, sums, measures, ranges and vague amounts. One (category, count,
 * group) said twice is one fact.
 */
#include "extract.h"
#include "alloc.h"
#include "lexicon.h"
#include "number.h"
#include "sentence.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define CAT_NONE (-1)
#define CAT_BLOCK (-2)       /* a context that forbids a count: "plot to kill 100" */
#define MAX_NPS 64           /* counted phrases considered per sentence */
#define PRED_WINDOW 12       /* words a predicate may take to name the casualty */
#define NO_TOK SIZE_MAX

#define X(cat) ((int)(cat))

/* ---- word lists (folded) ---------------------------------------------- */

WORDS(w_aux,
    "were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "remain",
    "remained", "remains", "still", "also", "all", "both", "now", "later", "initially",
    "then", "each", "reportedly", "allegedly", "apparently");
/* Words a counted subject may be followed by when it has no noun: "50 were
 * injured", "Ten were brought to the surface alive", "two are missing". */
WORDS(w_headless_verbs,
    "pulled", "brought", "taken", "found", "lost", "feared", "believed", "confirmed",
    "escaped", "who", "sustained", "suffered", "reached", "swam", "managed", "climbed",
    "crawled");
WORDS(w_approx_verbs, "believed", "feared", "thought", "presumed", "estimated");
WORDS(w_modal, "could", "would", "might", "may", "can", "should", "will", "must", "to");
WORDS(w_negation, "not", "never", "no", "none", "nobody");
/* Verbs whose "as" names the category: "were listed as missing". */
WORDS(w_listed_as, "listed", "registered", "reported", "classified", "declared", "recorded",
      "counted", "confirmed");
/* What is so on any day, not what happened: "about 2,000 people are usually
 * inside". */
WORDS(w_habitual, "usually", "normally", "typically", "often", "regularly", "routinely");
/* Words that end the clause of a counted subject. */
WORDS(w_clause_end,
    "when", "after", "as", "while", "because", "but", "though", "although", "before",
    "since", "until", "which", "that", "whose", "where", "whereas", "if", "unless", "and",
    "or", "nor", "so", "than", "whom", "whether");
/* ", including ..., " and friends: a parenthetical the predicate skips. */
WORDS(w_paren_openers,
    "including", "among", "mostly", "most", "many", "mainly", "aged", "all", "both",
    "some", "several", "believed", "thought", "reportedly");
/* "neutralised": armies' and police forces' word for killing ("five
 * bandits were neutralised"; object_verb_cat has "troops neutralised 31") */
WORDS(w_dead, "killed", "died", "dead", "drowned", "perished", "dies", "deceased", "martyred",
      "electrocuted", "lynched", "beheaded", "succumbed", "neutralised", "neutralized");
WORDS(w_injured, "injured", "wounded", "hurt", "hospitalised", "hospitalized", "treated",
      "sickened", "poisoned");
/* The injury words that say how people were hurt, not where they are now. */
WORDS(w_injured_verbs, "injured", "wounded", "hurt", "sickened", "poisoned");
WORDS(w_missing, "missing", "unaccounted", "trapped", "disappeared");
WORDS(w_survived, "rescued", "survived", "saved");
WORDS(w_travel, "travelling", "traveling", "riding", "sailing", "flying", "commuting");
WORDS(w_vehicle,
    "boat", "ship", "vessel", "ferry", "bus", "coach", "minibus", "train", "plane",
    "flight", "aircraft", "jet", "helicopter", "dinghy", "raft", "lorry", "truck", "van",
    "vehicle", "craft", "express", "tram", "carriage", "boats", "trawler", "yacht",
    "canoe", "barge", "airliner", "ships", "vessels", "ferries", "buses", "coaches",
    "minibuses", "trains", "planes", "helicopters", "lorries", "trucks", "vans",
    "vehicles", "trams", "carriages", "trawlers", "canoes", "barges");
WORDS(w_hospital_verbs,
    "taken", "admitted", "rushed", "airlifted", "flown", "brought", "sent", "transferred",
    "transported", "ferried", "evacuated", "hospitalised", "hospitalized");
WORDS(w_alive_verbs,
    "pulled", "brought", "found", "rescued", "freed", "recovered", "dug", "extracted",
    "plucked", "taken", "got", "emerged", "were", "was", "are", "is", "still", "remain",
    "remained", "out", "kept");
/* Determiners and prepositions that make "dead", "injured" a noun ("the
 * dead", "for the injured"): no predicate then. */
WORDS(w_nominal,
    "the", "those", "these", "of", "for", "with", "among", "their", "his", "her", "its",
    "our", "to", "and", "help", "helping");
/* A count right after these words is no count of people. */
WORDS(w_block_before,
    "aged", "age", "ages", "no", "number", "nos", "route", "flight", "page", "room",
    "platform", "gate", "level", "category", "grade", "size", "magnitude", "article",
    "section", "chapter", "vol", "week", "day", "phase", "term", "top", "between", "from",
    "code", "model", "line", "pier", "terminal", "junction", "exit", "highway",
    "interstate", "apartment", "suite", "episode", "season", "round", "block", "ward",
    "zone", "sector", "gmt", "utc", "by", "till", "until", "every", "per", "rank",
    "ranked", "number", "issue");
WORDS(w_time_after,
    "a.m.", "p.m.", "am", "pm", "gmt", "bst", "ist", "utc", "cet", "est", "edt", "pst",
    "hrs", "o'clock", "o’clock", "h");
/* Nouns that are counts of a category themselves: "31 bodies", "600 rescues". */
WORDS(w_count_nouns, "bodies", "deaths", "fatalities", "survivors", "rescues", "lives");
/* Generic heads that make no group: "five people and two others". */
WORDS(w_generic_head, "people", "persons", "person", "others", "individuals");
/* "a total of 40 people", "a group of 20 migrants": the count is the subject. */
WORDS(w_of_container,
    "total", "group", "party", "crowd", "boatload", "convoy", "busload", "batch", "one",
    "family");
WORDS(w_of_dead, "bodies", "deaths", "death", "loss", "remains", "lives", "killing", "killings",
          "murder", "murders");
/* Long-running causes: "the insurgency has killed 35,000" is a statistic. */
#define LONG_RUN_WORDS                                                                \
    "insurgency", "conflict", "war", "violence", "unrest", "epidemic", "pandemic", \
        "famine", "drought", "insurgents", "crisis", "wars", "conflicts"
WORDS(w_long_run, LONG_RUN_WORDS);
/* Plural causes: "accidents have killed ...", "died in mining emergencies". */
#define PLURAL_CAUSE_WORDS                                                                    \
    "accidents", "crashes", "floods", "earthquakes", "quakes", "fires", "shootings",          \
        "cyclones", "hurricanes", "typhoons",                                                 \
        "attacks", "bombings", "storms", "disasters", "landslides", "collapses", "incidents", \
        "emergencies", "shipwrecks", "sinkings", "explosions", "stampedes", "derailments", \
        "overdoses", "poisonings", "drownings", "outbreaks", "collisions", "tornadoes",  \
        "avalanches", "wildfires", "mudslides"
WORDS(w_plural_cause, PLURAL_CAUSE_WORDS);
/* Kinds of death counted over a period: "overdose deaths", "road deaths". */
WORDS(w_death_kinds, "overdose", "drug", "opioid", "fentanyl", "road", "traffic", "heat",
      "gun", "firearm", "suicide", "alcohol", "maternal", "workplace");
WORDS(w_period_det,
    "this", "every", "each", "per", "a", "an", "past", "previous", "recent", "last",
    "same", "financial", "fiscal", "average", "typical", "normal", "given");
/* Words that make "last year" a period, not the date of one incident:
 * "across the country", "on the roads", "died trying to cross", "the IOM
 * recorded 558 deaths on the route last year". */
#define CUMULATIVE_WORDS \
    "across", "roads", "nationwide", "countrywide", "trying", "attempting", "recorded", \
        "registered", "documented"
WORDS(w_cumulative, CUMULATIVE_WORDS);
/* Words that make any count of the sentence a statistic: "Globally, measles
 * killed 107,000 people", "nationwide". */
#define GLOBAL_WORDS "nationwide", "worldwide", "countrywide", "globally", "annually", "annual", \
        "cumulatively"
WORDS(w_global, GLOBAL_WORDS);
/* Every word sentence_stats looks for: one filter turns away the rest. */
WORDS(w_sentence_stats, LONG_RUN_WORDS, PLURAL_CAUSE_WORDS, CUMULATIVE_WORDS, GLOBAL_WORDS,
      "has", "have", "decade", "decades");

/* ---- small token helpers ---------------------------------------------- */

/* Does a phrase end before token k: no noun or adjective of it follows
 * ("to safety." / "to safety on Monday", not "to safety checks")? */
static bool phrase_ends(const nf_doc *d, size_t k, size_t e)
{
    return k >= e || d->toks[k].kind != TK_WORD || (d->toks[k].lx & LX_STOP) ||
           (d->toks[k].lx & (LX_WEEKDAY | LX_MONTH)) || tok_in(d, k, w_clause_end);
}

/* Verbs that take people away from danger they were not yet in: an
 * evacuation is no rescue ("evacuated 300 residents to safety"). */
static bool moved_away(const nf_doc *d, size_t v)
{
    const char *f = tok_fold(d, v);
    return strncmp(f, "evacuat", 7) == 0 || strncmp(f, "relocat", 7) == 0 ||
           strncmp(f, "moved", 5) == 0 || strncmp(f, "moving", 6) == 0 ||
           strncmp(f, "transferr", 9) == 0;
}

static bool is_word(const nf_doc *d, size_t i)
{
    return i < d->n_toks && d->toks[i].kind == TK_WORD;
}

static bool is_comma(const nf_doc *d, size_t i)
{
    return tok_is_punct(d, i, ',');
}

/* A dash that sets off a parenthesis or a list: an en or em dash, or a
 * hyphen with space before it ("fans – including three children –"). */
static bool paren_dash(const nf_doc *d, size_t i)
{
    if (!tok_is_dash(d, i))
        return false;
    if (d->toks[i].cp != '-' || (d->toks[i].flags & TF_SPACE))
        return true;
    /* the second hyphen of " -- ", a dash typed on a keyboard */
    return i > 0 && tok_touch(d, i) && d->toks[i - 1].cp == '-' &&
           (d->toks[i - 1].flags & TF_SPACE);
}

/* Is token i a noun for people: "women", "crew", "Syrians", "fans"? */
static bool person_noun(const ex_ctx *ctx, size_t i)
{
    const nf_doc *d = ctx->doc;
    if (!is_word(d, i))
        return false;
    if (d->toks[i].lx & (LX_PERSON_N | LX_KIN))
        return true;   /* "two sons", "three passengers" */
    const ex_cmention *m = ex_country_at(ctx, i);
    if (!m || m->tok + m->ntok != i + 1)
        return false;
    if (m->kind == GAZ_KIND_PEOPLE)
        return true;
    /* "three Sudanese and two Eritreans": a demonym in -ese is its own
     * plural; before a noun ("Sudanese nationals") it is the adjective */
    return m->kind == GAZ_KIND_ADJ && tok_str_ends(tok_fold(d, i), "ese") &&
           !(i + 1 < d->n_toks && is_word(d, i + 1) && !(d->toks[i + 1].lx & LX_STOP));
}

/* A nationality adjective: "British", "Venezuelan" (a whole mention). */
static bool nationality(const ex_ctx *ctx, size_t i)
{
    const ex_cmention *m = ex_country_at(ctx, i);
    return m && (m->kind == GAZ_KIND_ADJ || m->kind == GAZ_KIND_PEOPLE);
}

static bool singular_person(const ex_ctx *ctx, size_t i)
{
    WORDS(plural_only,
        "people", "police", "staff", "crew", "children", "men", "women", "troops",
        "policemen", "fishermen");
    const nf_doc *d = ctx->doc;
    if (!(is_word(d, i) && (d->toks[i].lx & (LX_PERSON_N | LX_KIN))))
        return false;   /* "a mother", "a grandmother" */
    const char *f = tok_fold(d, i);
    return !tok_in(d, i, plural_only) && (!tok_str_ends(f, "s") || tok_str_ends(f, "ss"));
}

/* ---- counted noun phrases --------------------------------------------- */

enum { ROLE_MAIN, ROLE_OF, ROLE_CHILD, ROLE_SKIP, ROLE_DONE };

typedef struct cnp {
    size_t start;        /* first token: the qualifier or the number */
    size_t num;          /* the number (or the article of "a girl") */
    size_t mod;          /* first token after the number */
    size_t head;         /* the head noun, NO_TOK when there is none */
    size_t end;          /* one past the phrase */
    long long count;
    nf_qualifier qual;
    int own_cat;         /* the category its own words name: "14 dead", "two missing people" */
    bool article;        /* "a girl": one */
    bool possessive;     /* "their driver": one, counted only as an object */
    bool strict;         /* "a girl", "one": only "was killed"-like predicates count */
    bool more;           /* "22 more", "another 20", "a further 3" */
    bool more_word;      /* "22 more", "two more bodies": always an increment */
    int role;
    int parent;          /* the phrase it breaks down, -1 */
    int cat;             /* resolved category, CAT_NONE when none */
    long cand;           /* its candidate fact, -1 */
} cnp;

typedef struct cand {
    nf_category cat;
    long long count;
    nf_qualifier qual;
    size_t gfrom, gto;   /* group tokens; gfrom == gto when none */
    char key[24];        /* the group's head word, singular: "girl" for "teenage girls" */
    bool single;         /* one person told of alone: "A man in his 60s died" */
    size_t nfrom, nto;   /* "Ukrainian lorry drivers": a nationality's group, used
                          * when the story gives a larger total (by_nationality) */
    nf_span text;
    size_t order;        /* position in the story's candidates */
    int ev;              /* the incident (ex_event_for_token), set by emit */
    bool recalled;       /* its sentence recalls an earlier incident (recalls_dated_incident) */
    bool involved;       /* "A group of 13 climbers": those involved, if anyone was hurt */
    bool drop;
} cand;

typedef struct cstate {
    const ex_ctx *ctx;
    const nf_doc *d;
    size_t s, e;         /* the sentence's tokens */
    cnp *np;             /* MAX_NPS phrases, not cleared: np_parse clears each
                          * one it reads, and only the first n_np are read */
    size_t n_np;
    cand *cands;         /* the whole story's candidates */
    size_t n_cands, cap_cands;
    size_t sent_first;   /* first candidate of this sentence */
    bool stat_sentence;  /* "since 1999": every count here is a statistic */
    bool cumulative;     /* "accidents", "across", "nationwide": a count over many incidents */
    bool incident;       /* a word naming one incident: "fire", "sinking", "crash" */
    bool recalled;       /* the sentence recalls an earlier, dated incident */
    bool event_word;     /* a word for an event, even a plural one: "floods" */
    size_t perfect_kill; /* first "has/have killed|claimed", NO_TOK when none */
    size_t long_cause;   /* first "insurgency", "war" ..., NO_TOK when none */
    size_t toll_next;    /* the first token after the last sentence that gave a toll */
    int toll_cat;        /* that toll's category */
} cstate;

/* The category a casualty word names right after a number or as a
 * modifier: "14 dead", "31 bodies", "two missing people". */
#define CAT_DEAD_WORDS                                                                     \
    "dead", "killed", "died", "drowned", "perished", "deaths", "fatalities", "bodies", \
        "lives", "martyred", "deceased"
#define CAT_INJURED_WORDS \
    "injured", "wounded", "hurt", "hospitalised", "hospitalized", "sickened", "poisoned"
#define CAT_MISSING_WORDS "missing", "trapped", "unaccounted"
#define CAT_SURVIVORS_WORDS "survivors", "survived", "rescued", "surviving", "rescues"
static int count_word_cat(const nf_doc *d, size_t i)
{
    WORDS(dead, CAT_DEAD_WORDS);
    WORDS(injured, CAT_INJURED_WORDS);
    WORDS(missing, CAT_MISSING_WORDS);
    WORDS(survivors, CAT_SURVIVORS_WORDS);
    /* all four: one filter turns away most words, which are in none */
    WORDS(any, CAT_DEAD_WORDS, CAT_INJURED_WORDS, CAT_MISSING_WORDS, CAT_SURVIVORS_WORDS);
    if (!is_word(d, i) || !tok_in(d, i, any))
        return CAT_NONE;
    if (tok_in(d, i, dead))
        return X(NF_DEAD);
    if (tok_in(d, i, injured))
        return X(NF_INJURED);
    if (tok_in(d, i, missing))
        return X(NF_MISSING);
    if (tok_in(d, i, survivors))
        return X(NF_SURVIVORS);
    return CAT_NONE;
}

WORDS(w_revised,
    "revised", "raised", "risen", "rose", "climbed", "jumped", "gone", "went", "increased",
    "moved", "shot", "crept", "ticked");

/* Qualifier words before a number, longest first. Returns the first token
 * of the qualifier (i when there is none). */
static size_t qualifier_before(const nf_doc *d, size_t s, size_t i, nf_qualifier *q, bool *more)
{
    static const struct { const char *w[3]; int n; nf_qualifier q; } quals[] = {
        {{"no", "fewer", "than"}, 3, NF_AT_LEAST}, {{"not", "less", "than"}, 3, NF_AT_LEAST},
        {{"in", "excess", "of"}, 3, NF_MORE_THAN}, {{"as", "many", "as"}, 3, NF_UP_TO},
        {{"no", "more", "than"}, 3, NF_UP_TO}, {{"at", "least", NULL}, 2, NF_AT_LEAST},
        {{"more", "than", NULL}, 2, NF_MORE_THAN}, {{"greater", "than", NULL}, 2, NF_MORE_THAN},
        {{"upwards", "of", NULL}, 2, NF_MORE_THAN}, {{"well", "over", NULL}, 2, NF_MORE_THAN},
        {{"just", "over", NULL}, 2, NF_MORE_THAN}, {{"up", "to", NULL}, 2, NF_UP_TO},
        {{"at", "most", NULL}, 2, NF_UP_TO}, {{"fewer", "than", NULL}, 2, NF_UP_TO},
        {{"less", "than", NULL}, 2, NF_UP_TO}, {{"close", "to", NULL}, 2, NF_APPROXIMATE},
        {{"just", "under", NULL}, 2, NF_APPROXIMATE},
        {{"an", "estimated", NULL}, 2, NF_APPROXIMATE},
        {{"over", NULL, NULL}, 1, NF_MORE_THAN}, {{"under", NULL, NULL}, 1, NF_UP_TO},
        {{"about", NULL, NULL}, 1, NF_APPROXIMATE}, {{"around", NULL, NULL}, 1, NF_APPROXIMATE},
        {{"nearly", NULL, NULL}, 1, NF_APPROXIMATE}, {{"almost", NULL, NULL}, 1, NF_APPROXIMATE},
        {{"some", NULL, NULL}, 1, NF_APPROXIMATE}, {{"roughly", NULL, NULL}, 1, NF_APPROXIMATE},
        {{"approximately", NULL, NULL}, 1, NF_APPROXIMATE},
        {{"approx", NULL, NULL}, 1, NF_APPROXIMATE}, {{"circa", NULL, NULL}, 1, NF_APPROXIMATE},
        {{"estimated", NULL, NULL}, 1, NF_APPROXIMATE},
    };
    *q = NF_EXACT;
    size_t start = i;
    if (start > s && tok_is(d, start - 1, "another")) {
        *more = true;
        start--;
    } else if (start > s + 1 && tok_is(d, start - 1, "further") && tok_is(d, start - 2, "a")) {
        *more = true;
        start -= 2;
    }
    for (size_t k = 0; k < sizeof quals / sizeof quals[0]; k++) {
        int n = quals[k].n;
        if (start < s + (size_t)n)
            continue;
        bool ok = true;
        for (int w = 0; w < n && ok; w++)
            ok = tok_is(d, start - (size_t)n + (size_t)w, quals[k].w[w]);
        if (ok && quals[k].q == NF_UP_TO && tok_is(d, start - 2, "up") &&
            start - 2 > s && tok_in(d, start - 3, w_revised))
            break;   /* "revised up to 56": the verb's "up", not a ceiling */
        if (ok) {
            *q = quals[k].q;
            return start - (size_t)n;
        }
    }
    return start;
}

/* A number is a count of people only when nothing around it makes it a
 * time, a date, an age, a sum, a measure, an ordinal, a range or part of a
 * name ("Flight 370", "14-year-old", "04:17", "£54 million", "50-60"). */
static bool count_context_ok(const cstate *st, size_t i, const num_val *nv)
{
    const nf_doc *d = st->d;
    size_t j = i + nv->ntok, s = st->s, e = st->e;
    if (nv->value < 1 || nv->value > 1e7 || nv->value != (double)(long long)nv->value ||
        nv->year_like)
        return false;
    if (i > s && tok_touch(d, i) && d->toks[i - 1].kind != TK_QUOTE &&
        !(d->toks[i - 1].kind == TK_PUNCT && d->toks[i - 1].cp == '('))
        return false;   /* $2,000  Covid-19  04:17  Tk25,000 */
    if (i >= s + 3 && (tok_is(d, i - 1, "and") || tok_is(d, i - 1, "to")) &&
        (d->toks[i - 2].kind == TK_NUM || (d->toks[i - 2].lx & LX_NUMWORD)) &&
        tok_is(d, i - 3, "between"))
        return false;   /* "between 20 and 30" */
    if (i > s) {
        const nf_tok *p = &d->toks[i - 1];
        if ((p->lx & (LX_CURRENCY | LX_MONTH)) || tok_in(d, i - 1, w_block_before))
            return false;
        if (p->kind == TK_PUNCT && (p->cp == '$' || p->cp == 0xA3 || p->cp == 0x20AC ||
                                    p->cp == '#' || p->cp == 0xA5 || p->cp == 0x20B9))
            return false;
        if (nv->digits && p->kind == TK_WORD && (p->flags & TF_CAP) &&
            i - 1 > s && !(st->d->sents[p->sent].flags & SF_HEADING) &&
            !(p->lx & (LX_QUAL | LX_STOP | LX_DEATH | LX_INJURY | LX_MISSING | LX_SURVIVE |
                       LX_ABOARD | LX_WEEKDAY | LX_NUMWORD | LX_EVENT)))
            return false;   /* Flight 370, Apollo 11 */
        if (nv->digits && (p->flags & TF_CAP) && tok_is(d, i - 1, "rescue") &&
            !(st->d->sents[p->sent].flags & SF_HEADING) &&
            !(j < e && (d->toks[j].lx & LX_PERSON_N)))
            return false;   /* Rescue 1122, an emergency service by its number */
    }
    if (j < e) {
        const nf_tok *n = &d->toks[j];
        if (tok_touch(d, j) && (n->kind == TK_WORD || tok_is_dash(d, j) ||
                                (n->kind == TK_PUNCT && (n->cp == ':' || n->cp == '/' ||
                                                         n->cp == '%'))))
            return false;   /* 3am 16th 4:17 seven-member 50-60 */
        if ((n->lx & (LX_UNIT | LX_CURRENCY | LX_MULT | LX_MONTH)) || tok_in(d, j, w_time_after))
            return false;
        if (n->kind == TK_PUNCT && n->cp == '%')
            return false;
        if ((tok_is(d, j, "to") || tok_is(d, j, "or")) && j + 1 < e &&
            (d->toks[j + 1].kind == TK_NUM || (d->toks[j + 1].lx & LX_NUMWORD)))
            return false;   /* four to five, two or three */
        if (j + 1 < e && n->kind == TK_WORD && !(n->lx & LX_PERSON_N) &&
            (d->toks[j + 1].lx & LX_UNIT))
            return false;   /* fifteen working days */
    }
    return true;
}

/* A hyphenated compound starting at k ("14-year-old", "German-Moroccan"):
 * one past its last part, or k when there is none. */
static size_t compound_end(const nf_doc *d, size_t k, size_t e)
{
    if (k >= e || (d->toks[k].kind != TK_WORD && d->toks[k].kind != TK_NUM))
        return k;
    size_t j = k + 1;
    while (j + 1 < e && tok_is_dash(d, j) && tok_touch(d, j) && tok_touch(d, j + 1) &&
           (d->toks[j + 1].kind == TK_WORD || d->toks[j + 1].kind == TK_NUM))
        j += 2;
    return j > k + 1 ? j : k;
}

/* The head of a counted phrase after its number at j: modifiers, then a
 * noun for people ("two young Syrian children", "football fans"), or a
 * casualty word that names the count ("14 dead", "31 bodies"). */
static void np_head(const cstate *st, cnp *p, size_t j)
{
    const nf_doc *d = st->d;
    const ex_ctx *ctx = st->ctx;
    p->mod = j;
    p->head = NO_TOK;
    p->end = j;
    p->own_cat = CAT_NONE;
    if (j >= st->e)
        return;
    int c = count_word_cat(d, j);
    if (c != CAT_NONE && !person_noun(ctx, j + 1)) {
        p->own_cat = c;
        p->head = j;
        p->end = j + 1;
        return;
    }
    if (tok_in(d, j, w_approx_verbs) || tok_is(d, j, "confirmed")) {
        int c2 = count_word_cat(d, j + 1);
        if (j + 1 < st->e && c2 != CAT_NONE) {   /* "14 feared dead" */
            p->own_cat = c2;
            if (!tok_is(d, j, "confirmed") && p->qual == NF_EXACT)
                p->qual = NF_APPROXIMATE;
            p->head = j + 1;
            p->end = j + 2;
            return;
        }
    }
    int modcat = CAT_NONE, mods = 0;
    size_t k = j;
    while (k < st->e && mods < 4) {
        const nf_tok *t = &d->toks[k];
        if (person_noun(ctx, k) && !(nationality(ctx, k) && person_noun(ctx, k + 1)) &&
            !(k + 1 < st->e && tok_is_dash(d, k + 1) && tok_touch(d, k + 1))) {
            size_t h = k;
            while (h + 1 < st->e && is_word(d, h + 1) && (d->toks[h + 1].lx & LX_PERSON_N) &&
                   !tok_in(d, h + 1, w_generic_head))
                h++;   /* crew members, police officers */
            if (h + 2 < st->e && tok_is(d, h + 1, "and") && (d->toks[h + 2].lx & LX_PERSON_N) &&
                !tok_in(d, h + 2, w_generic_head) &&
                !(h + 3 < st->e && (d->toks[h + 3].lx & LX_PERSON_N)))
                h += 2;   /* one count of two nouns: "250 passengers and crew" */
            p->head = h;
            p->end = h + 1;
            p->own_cat = modcat;
            return;
        }
        mods++;
        size_t c_end = compound_end(d, k, st->e);
        if (c_end > k + 1 && person_noun(ctx, k) &&
            ((d->toks[c_end - 1].lx & LX_STOP) || tok_is(d, c_end - 1, "law"))) {
            p->head = k;   /* one noun: "a passer-by", "two passers-by", "his son-in-law" */
            p->end = c_end;
            p->own_cat = modcat;
            return;
        }
        if (c_end > k + 1 && (d->toks[c_end - 1].lx & LX_KIN) && is_word(d, k) &&
            (tok_is(d, k, "great") || tok_is(d, k, "step"))) {
            p->head = c_end - 1;   /* "his great-grandmother", "a step-father" */
            p->end = c_end;
            p->own_cat = modcat;
            return;
        }
        if (c_end > k + 1) {
            k = c_end;   /* 14-year-old, German-Moroccan */
            continue;
        }
        if (tok_is(d, k, "more") || tok_is(d, k, "other")) {
            if (tok_is(d, k, "more"))
                p->more = p->more_word = true;
            k++;
            continue;
        }
        if (t->kind != TK_WORD)
            break;
        if ((t->lx & (LX_STOP | LX_SPEECH | LX_ARREST | LX_UNIT | LX_CURRENCY | LX_PERIOD |
                      LX_VERB_PAST | LX_MONTH | LX_WEEKDAY | LX_ABOARD)) ||
            tok_in(d, k, w_aux))
            break;
        if ((t->flags & TF_CAP) && !nationality(ctx, k) &&
            !(d->sents[t->sent].flags & SF_HEADING) && !(t->flags & TF_UPPER) &&
            !person_noun(ctx, k + 1)) {
            /* a name before people: "two Guardia Civil officers" */
            size_t r = k + 1;
            while (r < st->e && r < k + 3 && is_word(d, r) && (d->toks[r].flags & TF_CAP) &&
                   !(d->toks[r].lx & LX_STOP) && !person_noun(ctx, r))
                r++;
            if (r > k + 1 && r < st->e && person_noun(ctx, r) && is_word(d, r - 1) &&
                (d->toks[r - 1].flags & TF_CAP)) {
                k = r;
                continue;
            }
            /* "eight Michoacán state police officers": a name, then a
             * lowercase modifier, then people */
            if (r + 1 < st->e && is_word(d, r) && !(d->toks[r].flags & TF_CAP) &&
                !(d->toks[r].lx & (LX_STOP | LX_VERB_PAST | LX_SPEECH)) &&
                !person_noun(ctx, r) && person_noun(ctx, r + 1)) {
                k = r;
                continue;
            }
            break;   /* a proper name: "3 Downing Street"; but "a Brisbane woman" */
        }
        int mc = count_word_cat(d, k);
        if (mc != CAT_NONE && tok_in(d, k, w_count_nouns)) {
            p->own_cat = mc;   /* "600 flood rescues", "12 confirmed deaths" */
            p->head = k;
            p->end = k + 1;
            return;
        }
        if (mc != CAT_NONE)
            modcat = mc;
        else if (tok_str_ends(tok_fold(d, k), "ing") &&
                 !(k + 1 < st->e && is_word(d, k + 1) && (d->toks[k + 1].lx & LX_PERSON_N) &&
                   k > 0 && tok_in(d, k - 1, (const char *const[]){"a", "an", NULL})))
            break;   /* a verb: "3 boats carrying migrants"; but "a polling agent" */
        k++;
    }
    if (p->more)
        p->end = j + 1;   /* "22 more" */
}

/* A nationality standing for one person, as the last word of its phrase:
 * "a Singaporean", "two hikers and a Briton were killed". */
static bool singular_demonym(const cstate *st, size_t k, size_t *end)
{
    const nf_doc *d = st->d;
    const ex_cmention *m = k < st->e ? ex_country_at(st->ctx, k) : NULL;
    if (!m || m->tok != k || !nationality(st->ctx, k))
        return false;
    size_t last = k + m->ntok - 1, n = last + 1;   /* "a New Zealander" */
    if (tok_str_ends(tok_fold(d, last), "s"))
        return false;
    *end = n;
    return n >= st->e || !is_word(d, n) || tok_is(d, n, "and") || tok_is(d, n, "who") ||
           tok_in(d, n, w_aux);
}

/* "a crew of four": the crew, counted by the number after "of". */
static bool crew_of(const cstate *st, cnp *p, size_t i)
{
    const nf_doc *d = st->d;
    size_t h = p->head;
    num_val nv;
    if (h == NO_TOK || h != i + 1 || !tok_is(d, h, "crew") || h + 2 >= st->e ||
        !tok_is(d, h + 1, "of") || !num_parse(d, h + 2, st->e, false, &nv) || nv.value < 2 ||
        nv.value != (double)(long long)nv.value)
        return false;
    size_t after = h + 2 + nv.ntok;
    if (after < st->e && is_word(d, after) && !tok_in(d, after, w_aux) &&
        !(d->toks[after].lx & (LX_STOP | LX_ABOARD | LX_DEATH | LX_INJURY | LX_MISSING |
                               LX_SURVIVE)))
        return false;   /* "a crew of four men": "four men" is the count */
    p->start = i;
    p->num = h + 2;
    p->mod = after;
    p->end = after;
    p->count = (long long)nv.value;
    p->own_cat = CAT_NONE;
    return true;
}

/* A counted phrase starting at token i: "at least 14 people", "a dozen
 * fans", "more than 40", "a teenage girl". Fills p; false when i starts no
 * count of people. */
static bool np_parse(const cstate *st, size_t i, cnp *p)
{
    const nf_doc *d = st->d;
    num_val nv;
    memset(p, 0, sizeof *p);
    p->parent = -1;
    p->cat = CAT_NONE;
    p->cand = -1;
    p->num = i;
    if (num_parse(d, i, st->e, true, &nv) && nv.ntok > 0) {
        if (!count_context_ok(st, i, &nv))
            return false;
        p->count = (long long)nv.value;
        p->start = qualifier_before(d, st->s, i, &p->qual, &p->more);
        size_t j = i + nv.ntok;
        if (j + 1 < st->e && tok_is(d, j, "or") && tok_is(d, j + 1, "more")) {
            p->qual = NF_AT_LEAST;
            j += 2;
        }
        np_head(st, p, j);
        if (p->end < j)
            p->end = j;
        /* "one of", "the one", "one day": a bare "one" counts only in "One
         * was killed", "one is missing" */
        p->strict = tok_is(d, i, "one") && p->head == NO_TOK;
        return true;
    }
    bool another = tok_is(d, i, "another");
    bool possessive = tok_is(d, i, "their") || tok_is(d, i, "his") || tok_is(d, i, "her") ||
                      tok_is(d, i, "its");
    if (!(tok_is(d, i, "a") || tok_is(d, i, "an") || another || possessive))
        return false;
    /* "one guard was killed and another was wounded", "two died and a
     * third was seriously injured": one more person */
    WORDS(singular_aux, "was", "is", "has", "had");
    WORDS(ordinal_more, "second", "third", "fourth", "fifth", "sixth");
    size_t one_more = another ? i + 1
                    : tok_is(d, i, "a") && i + 1 < st->e && tok_in(d, i + 1, ordinal_more) ? i + 2
                    : 0;
    if (one_more && one_more < st->e && tok_in(d, one_more, singular_aux)) {
        p->start = i;
        p->end = one_more;
        p->head = NO_TOK;
        p->own_cat = CAT_NONE;
        p->count = 1;
        p->strict = true;
        p->more = true;
        return true;
    }
    /* "a girl", "a 14-year-old boy", "a teenage girl", "another man": one person */
    np_head(st, p, i + 1);
    if (crew_of(st, p, i))
        return true;
    size_t dem_end = 0;
    bool demonym = singular_demonym(st, i + 1, &dem_end);
    if (demonym) {
        p->head = dem_end - 1;   /* "a Singaporean", "a New Zealander" */
        p->end = dem_end;
        p->own_cat = CAT_NONE;
    }
    /* "an elderly couple died": two people; not "a couple of days" */
    bool couple = p->head != NO_TOK && !possessive && !another && tok_is(d, p->head, "couple") &&
                  !(p->head + 1 < st->e && tok_is(d, p->head + 1, "of"));
    if (p->head == NO_TOK || p->own_cat != CAT_NONE ||
        !(demonym || couple || singular_person(st->ctx, p->head)) || p->more)
        return false;
    p->start = i;
    p->count = couple ? 2 : 1;
    p->article = true;
    p->possessive = possessive;
    p->strict = true;
    p->more = another;
    return true;
}

static bool np_generic(const cstate *st, const cnp *p)
{
    return p->head == NO_TOK || tok_in(st->d, p->head, w_generic_head) ||
           !person_noun(st->ctx, p->head);
}

/* ---- predicates --------------------------------------------------------- */

typedef struct pred {
    int cat;
    size_t sig_end;      /* one past the words that name the category */
    bool approx;         /* "believed to be", "feared" */
    bool among;          /* "were among the dead": a group of the count */
} pred;

WORDS(w_attacked, "shot", "stabbed", "beaten", "struck", "hit", "attacked", "mauled", "hacked",
      "slashed", "gunned", "ambushed", "assaulted");

/* "shot and killed", "stabbed and wounded": how, then what it did. */
static bool attacked_and(const nf_doc *d, size_t k, size_t e)
{
    return k + 2 < e && tok_is(d, k + 1, "and") && (d->toks[k + 2].lx & (LX_DEATH | LX_INJURY)) &&
           tok_in(d, k, w_attacked);
}

static bool nominal_use(const nf_doc *d, size_t k, size_t from)
{
    return k > from && tok_in(d, k - 1, w_nominal) && !(k >= from + 2 && attacked_and(d, k - 2, k + 1));
}

/* Does a word just after a word of category cat make it a mixed count
 * ("died or went missing", "killed or injured")? Not another way of
 * saying the same ("escaped to higher ground or were rescued"). */
static bool mixed_after(const nf_doc *d, size_t k, size_t e, int cat)
{
    if (k >= e || !(tok_is(d, k, "or") || tok_is(d, k, "and/or")))
        return false;
    uint64_t same = cat == X(NF_DEAD)        ? LX_DEATH
                    : cat == X(NF_INJURED)   ? LX_INJURY
                    : cat == X(NF_MISSING)   ? LX_MISSING
                    : cat == X(NF_SURVIVORS) ? LX_SURVIVE
                                             : 0;
    for (size_t m = k + 1; m < e && m < k + 4; m++) {
        uint64_t lx = d->toks[m].lx & (LX_DEATH | LX_INJURY | LX_MISSING | LX_SURVIVE);
        if (lx && lx != same)
            return true;
    }
    return false;
}

/* "There were 26 workers ...": the count's phrase, which ends at from,
 * follows "there were" (or "was", "are", "is"). */
static bool existential_before(const nf_doc *d, size_t from)
{
    for (size_t m = from; m-- > 0 && m + 8 > from && d->toks[m].sent == d->toks[from].sent;)
        if (tok_is(d, m, "there") && m + 1 < from &&
            tok_in(d, m + 1, (const char *const[]){"were", "was", "are", "is", NULL}))
            return true;
    return false;
}

/* "were working in the tunnels", "were inside the building", "There were
 * 26 workers inside the mine": the people at the site, the mine's or the
 * factory's equivalent of "aboard". */
static bool present_at_site(const nf_doc *d, size_t k, size_t from, size_t e)
{
    WORDS(where, "in", "at", "inside", "underground");
    if (tok_is(d, k, "inside")) {   /* "were inside", "were asleep inside" */
        for (size_t m = from; m < k; m++)
            if (tok_in(d, m, w_aux))
                return true;
        return k == from && existential_before(d, from);
    }
    if (k + 3 < e && tok_is(d, k + 1, "the") &&
        (tok_is(d, k + 2, "shift") || tok_is(d, k + 3, "shift")))
        return true;   /* "were working the morning shift" */
    if (k + 2 < e && tok_is(d, k + 1, "on") && tok_is(d, k + 2, "the")) {
        for (size_t m = k + 3; m < e && m < k + 8; m++)   /* "on the waste mound when" */
            if (tok_is(d, m, "when"))
                return true;
        return false;
    }
    return k + 1 < e && tok_in(d, k + 1, where);
}

/* "Around 100 people were on the platform at the time": the people there
 * when it happened. */
static bool there_at_the_time(const nf_doc *d, size_t k, size_t from)
{
    WORDS(be, "were", "was", "are", "is");
    if (!tok_is(d, k, "time") || k < from + 3 || !tok_is(d, k - 1, "the") ||
        !tok_is(d, k - 2, "at"))
        return false;
    for (size_t m = from; m + 2 < k; m++)
        if (tok_in(d, m, be))
            return true;
    return existential_before(d, from);
}

/* "A total of 64 workers were in the plant", "About 150 residents were in
 * the building", "42,000 people were at the sold-out event": the people at
 * the site where it happened (a place of work, a home or a gathering), the
 * equivalent of "aboard"; not "were in hospital", "in critical condition",
 * "in custody", states rather than places. *end: after the site's noun. */
WORDS(w_sites, "building", "buildings", "plant", "factory", "camp", "house", "home", "hall",
      "venue", "stadium", "church", "mosque", "temple", "school", "hostel", "dormitory", "mine",
      "event", "concert", "festival", "market", "warehouse", "hotel", "ward", "tower", "block",
      "complex", "store", "restaurant", "bar", "club", "nightclub", "theatre", "theater",
      "cinema", "arena", "workshop", "site", "shelter", "hut", "ship", "station");

static bool at_the_site(const nf_doc *d, size_t k, size_t from, size_t e, size_t *end)
{
    if (!(tok_is(d, k, "in") || tok_is(d, k, "at")) || k == from || !tok_is(d, k - 1, "were"))
        return false;
    size_t the = k + 1;   /* "were in and around the building" */
    if (the + 1 < e && tok_in(d, the, (const char *const[]){"and", "or", NULL}) &&
        tok_in(d, the + 1, (const char *const[]){"around", "near", "outside", NULL}))
        the += 2;
    if (the + 1 >= e || !tok_is(d, the, "the"))
        return false;
    for (size_t w = the + 1; w < e && w < the + 5; w++) {
        if (tok_in(d, w, w_sites)) {
            *end = w + 1;
            return true;
        }
        /* words that describe it ("sold-out", "three-storey"); not "in
         * the process of building" */
        bool joined = w > the + 1 && tok_is_dash(d, w - 1) && tok_touch(d, w - 1);
        if ((d->toks[w].kind != TK_WORD && !(tok_is_dash(d, w) && tok_touch(d, w))) ||
            ((d->toks[w].lx & LX_STOP) && !joined))
            return false;
    }
    return false;
}

/* "suffered minor injuries", "sustained various degrees of burns",
 * "received minor injuries", "needed hospital treatment". */
WORDS(w_injury_nouns, "injuries", "injury", "wounds", "wound", "burns", "fractures", "bruises",
      "lacerations", "broken");
WORDS(w_injury_verbs, "suffered", "sustained", "received", "needed", "required");

static bool suffered_injuries(const nf_doc *d, size_t k, size_t from)
{
    /* "needed hospital treatment", "received treatment for frostbite" */
    bool treatment = tok_is(d, k, "treatment") && k > from &&
                     (tok_is(d, k - 1, "hospital") ||
                      (tok_in(d, k - 1, w_injury_verbs) && k + 1 < d->n_toks &&
                       tok_is(d, k + 1, "for")));
    if (!treatment && !tok_in(d, k, w_injury_nouns))
        return false;
    for (size_t m = k; m > from && m + 5 > k; m--)   /* "sustained various degrees of burns" */
        if (tok_in(d, m - 1, w_injury_verbs))
            return true;
    return false;
}

/* A court's sentence, no death: "were sentenced to death" (verb is the token
 * before "to"), "sentenced two men to death" (verb is the one before the
 * object). */
static bool court_sentence(const nf_doc *d, size_t verb)
{
    const char *f = tok_fold(d, verb);
    return strncmp(f, "sentenc", 7) == 0 || strncmp(f, "condemn", 7) == 0;
}

/* "sustained gunshot and machete injuries": the verb, then the kinds of
 * injury, joined by "and" or commas, which would end the clause (what
 * suffered_injuries reads from the noun back). One past the noun, or k when
 * k opens none of this or says none ("suffered no injuries"). */
static size_t injuries_after(const nf_doc *d, size_t k, size_t e)
{
    if (!tok_in(d, k, w_injury_verbs))
        return k;
    for (size_t m = k + 1; m < e && m < k + 8; m++) {
        if (tok_in(d, m, w_injury_nouns))
            return m + 1;
        if ((d->toks[m].kind != TK_WORD && !is_comma(d, m)) || tok_in(d, m, w_negation))
            return k;
    }
    return k;
}

/* Ways of getting out alive: "swam ashore", "swam to safety", "made it to
 * the surface", "made it out alive", "escaped unhurt". Sets *end after the
 * phrase; CAT_NONE when k opens none. */
WORDS(w_debris, "wreckage", "rubble", "debris", "ruins", "wreck", "mud", "sludge");

static int escaped_at(const nf_doc *d, size_t k, size_t e, size_t *end)
{
    WORDS(safe, "ashore", "safety", "shore", "land", "surface");
    WORDS(unhurt, "unhurt", "unharmed", "uninjured", "unscathed");
    if ((tok_is(d, k, "swam") || tok_is(d, k, "swum")) && k + 1 < e) {
        size_t v = k + 1;
        if (tok_is(d, v, "to") && v + 1 < e)
            v++;
        if (tok_is(d, v, "the") && v + 1 < e)
            v++;
        if (tok_in(d, v, safe)) {
            *end = v + 1;
            return X(NF_SURVIVORS);
        }
    }
    /* "Twelve managed to climb out on their own", "crawled out of the
     * rubble" */
    if (tok_in(d, k, (const char *const[]){"climb", "climbed", "crawl", "crawled", NULL}) &&
        k + 1 < e && tok_is(d, k + 1, "out")) {
        *end = k + 2;
        return X(NF_SURVIVORS);
    }
    /* "Twenty-nine miners reached the surface", "reached the shore" */
    if (tok_is(d, k, "reached") && k + 1 < e) {
        size_t v = k + 1 + (tok_is(d, k + 1, "the") && k + 2 < e);
        if (tok_in(d, v, safe)) {
            *end = v + 1;
            return X(NF_SURVIVORS);
        }
    }
    if (tok_is(d, k, "made") && k + 3 < e && tok_is(d, k + 1, "it")) {
        size_t v = k + 2;
        if (tok_is(d, v, "out") && tok_is(d, v + 1, "alive")) {
            *end = v + 2;
            return X(NF_SURVIVORS);
        }
        if (tok_is(d, v, "to")) {
            v++;
            if (tok_is(d, v, "the") && v + 1 < e)
                v++;
            if (tok_in(d, v, safe)) {
                *end = v + 1;
                return X(NF_SURVIVORS);
            }
        }
    }
    /* "were airlifted to safety", "led to safety" */
    if (k + 2 < e && tok_is(d, k + 1, "to") && tok_is(d, k + 2, "safety") &&
        d->toks[k].kind == TK_WORD && tok_str_ends(tok_fold(d, k), "ed") && !moved_away(d, k) &&
        phrase_ends(d, k + 3, e)) {
        *end = k + 3;
        return X(NF_SURVIVORS);
    }
    if (tok_is(d, k, "escaped") && k + 1 < e && tok_in(d, k + 1, unhurt)) {
        *end = k + 2;
        return X(NF_SURVIVORS);
    }
    /* "about 50 other residents got out on their own", "got out safely" */
    if (tok_is(d, k, "got") && k + 2 < e && tok_is(d, k + 1, "out")) {
        size_t v = k + 2;
        if (tok_in(d, v, unhurt) || tok_in(d, v, (const char *const[]){"safely", "alive", NULL})) {
            *end = v + 1;
            return X(NF_SURVIVORS);
        }
        if (v + 2 < e && tok_is(d, v, "on") && tok_in(d, v + 1, (const char *const[]){"their", "his", "her", NULL}) &&
            tok_is(d, v + 2, "own")) {
            *end = v + 3;
            return X(NF_SURVIVORS);
        }
    }
    /* "Eleven people were freed from the wreckage"; not "freed from
     * custody", a release */
    if (tok_is(d, k, "freed") && k + 2 < e && tok_is(d, k + 1, "from")) {
        size_t w = k + 2 + (tok_is(d, k + 2, "the") && k + 3 < e);
        if (tok_in(d, w, w_debris)) {
            *end = w + 1;
            return X(NF_SURVIVORS);
        }
    }
    /* "escaped to higher ground" as the water rose; not "fled to higher
     * ground", a flight before the danger came */
    if (tok_is(d, k, "escaped") && k + 3 < e && tok_is(d, k + 1, "to") &&
        tok_in(d, k + 2, (const char *const[]){"higher", "high", "safer", NULL}) &&
        tok_is(d, k + 3, "ground")) {
        *end = k + 4;
        return X(NF_SURVIVORS);
    }
    return CAT_NONE;
}

/* The category word k names inside a predicate, CAT_NONE when it names
 * none. Multiword forms ("crushed to death", "lost their lives", "taken to
 * hospital", "on board", "working in") are read around k. from is where the
 * predicate started; seen_extract says a verb like "pulled" came before. */
WORDS(w_pulled, "pulled", "plucked", "hauled", "fished");
WORDS(w_water, "sea", "water", "waters", "river", "lake", "waves", "ocean", "sea's");

static int signal_at(const cstate *st, size_t k, size_t from, bool seen_extract, pred *pr)
{
    const nf_doc *d = st->d;
    size_t e = st->e;
    pr->sig_end = k + 1;
    /* "five soldiers paid the supreme price" */
    if (tok_in(d, k, (const char *const[]){"paid", "pay", "paying", NULL}) && k + 3 < e &&
        tok_is(d, k + 1, "the") &&
        tok_in(d, k + 2, (const char *const[]){"supreme", "ultimate", NULL}) &&
        tok_is(d, k + 3, "price")) {
        pr->sig_end = k + 4;
        return X(NF_DEAD);
    }
    if (tok_is(d, k, "on") || tok_is(d, k, "onto")) {   /* "crammed onto the boat" */
        size_t v = k + 1;
        if (v < e && tok_is(d, v, "board")) {
            pr->sig_end = v + 1;
            return X(NF_ABOARD);
        }
        if (v < e && (tok_is(d, v, "the") || tok_is(d, v, "a") || tok_is(d, v, "an") ||
                      tok_is(d, v, "their")))
            v++;
        /* "onto the 15-metre vessel", "on a small wooden boat", "on the two
         * trains"; not "flown
         * out on chartered aircraft", an evacuation */
        WORDS(boat_words, "small", "wooden", "rubber", "inflatable", "overcrowded", "crowded",
              "fishing", "flimsy", "makeshift", "packed", "leaky", "tiny", "metre", "meter",
              "foot", "seater", "seat");
        size_t w = v;
        while (w < e && w < v + 4 &&
               (d->toks[w].kind == TK_NUM || (d->toks[w].lx & LX_NUMWORD) ||
                (tok_is_dash(d, w) && tok_touch(d, w)) || tok_in(d, w, boat_words)))
            w++;
        if (w < e && tok_in(d, w, w_vehicle)) {
            pr->sig_end = w + 1;
            return X(NF_ABOARD);
        }
        if (v + 1 < e && tok_in(d, v, (const char *const[]){"night", "day", "morning",
                                                            "evening", "afternoon", NULL}) &&
            tok_is(d, v + 1, "shift"))
            v++;   /* "were on the night shift" */
        if (v < e && (tok_is(d, v, "shift") || tok_is(d, v, "premises"))) {
            pr->sig_end = v + 1;
            return X(NF_ABOARD);
        }
        /* "Around 40 people were on the balcony when it gave way": the people
         * there when it happened */
        /* ("on the covered walkway when": a word or two describing it) */
        size_t n = v;
        while (n + 1 < e && n < v + 2 && d->toks[n].kind == TK_WORD &&
               !(d->toks[n].lx & LX_STOP) && !tok_is(d, n + 1, "when"))
            n++;
        if (k > from && tok_in(d, k - 1, w_aux) && n + 1 < e && d->toks[n].kind == TK_WORD &&
            !(d->toks[n].lx & LX_STOP) && tok_is(d, n + 1, "when")) {
            pr->sig_end = n + 1;
            return X(NF_ABOARD);
        }
        return CAT_NONE;
    }
    if (tok_is(d, k, "aboard") || tok_is(d, k, "onboard") || tok_in(d, k, w_travel))
        return X(NF_ABOARD);
    /* "around 200 people had boarded the boat": all who set off on it */
    if (tok_is(d, k, "boarded") && k + 1 < e) {
        size_t w = k + 1 + tok_in(d, k + 1, (const char *const[]){"the", "a", "an", "their", NULL});
        while (w + 1 < e && w < k + 5 && d->toks[w].kind == TK_WORD && !(d->toks[w].lx & LX_STOP) &&
               !tok_in(d, w, w_vehicle))
            w++;   /* "the overcrowded wooden boat" */
        if (w < e && tok_in(d, w, w_vehicle)) {
            pr->sig_end = w + 1;
            return X(NF_ABOARD);
        }
    }
    /* "more than 500 people fell ill after eating sandwiches": sickened */
    if (tok_is(d, k, "ill") && k > from &&
        tok_in(d, k - 1,
               (const char *const[]){"fell", "falling", "fallen", "taken", "became", NULL}))
        return X(NF_INJURED);
    /* "Two people are still under the rubble", "believed to still be under
     * the debris": buried, not yet found */
    if (tok_is(d, k, "under") && k > from && k + 2 < e && tok_is(d, k + 1, "the") &&
        tok_in(d, k + 2, w_debris) &&
        (tok_is(d, k - 1, "be") || tok_in(d, k - 1, w_aux) ||
         (tok_is(d, k - 1, "still") && k - 1 > from &&
          (tok_is(d, k - 2, "be") || tok_in(d, k - 2, w_aux))))) {
        pr->sig_end = k + 3;
        return X(NF_MISSING);
    }
    /* "105 workers were underground when ...": the people down a mine */
    if (tok_is(d, k, "underground") && k > from && tok_in(d, k - 1, w_aux))
        return X(NF_ABOARD);
    int esc = escaped_at(d, k, e, &pr->sig_end);
    if (esc != CAT_NONE)
        return esc;
    if ((tok_is(d, k, "working") && k > from) || tok_is(d, k, "inside"))
        return present_at_site(d, k, from, e) ? X(NF_ABOARD) : CAT_NONE;
    /* "Fourteen people were staying in the hut", "38 boys were sleeping in
     * the dormitory": there when it happened (not "are staying in
     * schools", where the displaced live now) */
    if (tok_in(d, k, (const char *const[]){"staying", "sleeping", "asleep", NULL}) && k > from &&
        (tok_is(d, k - 1, "were") || tok_is(d, k - 1, "was")) && k + 1 < e &&
        tok_in(d, k + 1, (const char *const[]){"in", "at", "inside", NULL}))
        return X(NF_ABOARD);
    /* "An estimated 40,000 people had gathered outside the stadium": a crowd
     * there before it happened (not "gathered to mourn" after) */
    if (tok_is(d, k, "gathered") && k > from && (tok_is(d, k - 1, "had") || tok_is(d, k - 1, "were")) &&
        k + 1 < e && tok_in(d, k + 1, (const char *const[]){"at", "outside", "in", "inside", NULL}))
        return X(NF_ABOARD);
    /* "around 45 workers were present" */
    if (tok_is(d, k, "present") && k > from &&
        (tok_is(d, k - 1, "were") || tok_is(d, k - 1, "was")))
        return X(NF_ABOARD);
    if (there_at_the_time(d, k, from) || at_the_site(d, k, from, e, &pr->sig_end))
        return X(NF_ABOARD);
    if (tok_is(d, k, "death"))
        /* "were beaten to death"; not "sentenced to death", "to death
         * squads", nor "V two men to death", the object's (object_verb_cat) */
        return k > from + 1 && tok_is(d, k - 1, "to") && !court_sentence(d, k - 2) &&
                       phrase_ends(d, k + 1, e)
                   ? X(NF_DEAD)
                   : CAT_NONE;
    if (tok_is(d, k, "lives")) {
        bool lost = k >= from + 2 && (tok_is(d, k - 2, "lost") || tok_is(d, k - 2, "losing"));
        return lost ? X(NF_DEAD) : CAT_NONE;
    }
    /* "Seven of them were pulled from the sea": out of the water, alive
     * (bodies are counted by their own word) */
    if (tok_in(d, k, w_pulled) && k > from && tok_in(d, k - 1, w_aux) && k + 2 < e &&
        tok_is(d, k + 1, "from")) {
        size_t w = k + 2 + (tok_is(d, k + 2, "the") || tok_is(d, k + 2, "a"));
        if (w < e && tok_in(d, w, w_water) && !(w + 1 < e && tok_is(d, w + 1, "dead"))) {
            pr->sig_end = w + 1;
            return X(NF_SURVIVORS);
        }
    }
    if (tok_is(d, k, "hospital") || tok_is(d, k, "hospitals")) {
        /* "admitted to the Kakamega County General Teaching and Referral
         * Hospital": a hospital's name between */
        for (size_t b = k; b > from && b + 4 > k; b--)
            if (tok_in(d, b - 1, w_hospital_verbs))
                return X(NF_INJURED);
        return CAT_NONE;
    }
    /* "admitted to the Kakamega County General Teaching and Referral
     * Hospital": a hospital's name, however long */
    if (tok_in(d, k, w_hospital_verbs) && k + 2 < e && tok_is(d, k + 1, "to")) {
        size_t h = k + 2;
        while (h < e && h < k + 14 && !tok_is(d, h, "hospital") &&
               ((d->toks[h].flags & TF_CAP) || tok_is(d, h, "the") || tok_is(d, h, "and") ||
                tok_is(d, h, "of")))
            h++;
        if (h < e && h > k + 2 && tok_is(d, h, "hospital") && (d->toks[h].flags & TF_CAP)) {
            pr->sig_end = h + 1;
            return X(NF_INJURED);
        }
    }
    /* "are undergoing treatment", "receiving treatment for burns" */
    if (tok_is(d, k, "treatment") && k > from &&
        (tok_is(d, k - 1, "undergoing") || tok_is(d, k - 1, "receiving") ||
         tok_is(d, k - 1, "under")))
        return X(NF_INJURED);
    if (suffered_injuries(d, k, from))
        return X(NF_INJURED);
    size_t hurt_end = injuries_after(d, k, e);
    if (hurt_end > k) {
        pr->sig_end = hurt_end;   /* "sustained gunshot and machete injuries" */
        return X(NF_INJURED);
    }
    if (tok_is(d, k, "alive")) {
        /* "one of the victims was later found to be alive", "four passengers
         * listed as fatalities were found alive": a toll corrected */
        bool to_be = k >= from + 3 && tok_is(d, k - 1, "be") && tok_is(d, k - 3, "found");
        bool found = to_be || (k > from && tok_is(d, k - 1, "found"));
        for (size_t m = from > st->s + 8 ? from - 8 : st->s; found && m + 2 < k; m++) {
            size_t w = m + 1 + tok_is(d, m + 1, "the");
            if (((tok_is(d, m, "of") && tok_is(d, m + 1, "the")) || tok_is(d, m, "as")) &&
                (tok_in(d, w, (const char *const[]){"fatalities", "dead", NULL}) ||
                 (to_be && tok_is(d, w, "victims"))))
                return CAT_NONE;
        }
        return seen_extract || (k > from && tok_in(d, k - 1, w_alive_verbs)) ? X(NF_SURVIVORS)
                                                                             : CAT_NONE;
    }
    int c = CAT_NONE;
    if (tok_in(d, k, w_dead))
        c = X(NF_DEAD);
    else if (tok_in(d, k, w_injured))
        c = X(NF_INJURED);
    else if (tok_in(d, k, w_missing))
        c = X(NF_MISSING);
    else if (tok_in(d, k, w_survived) ||
             (tok_is(d, k, "survivors") && k >= from + 2 && tok_is(d, k - 2, "among")))
        c = X(NF_SURVIVORS);   /* "two tourists were among the survivors" */
    if (c == CAT_NONE)
        return CAT_NONE;
    if (nominal_use(d, k, from)) {
        if (k >= from + 2 && tok_is(d, k - 2, "among") &&
            (tok_is(d, k - 1, "the") || tok_is(d, k - 1, "those"))) {
            pr->among = true;   /* "two Britons were among the dead" */
            return c;
        }
        return CAT_BLOCK;
    }
    if (person_noun(st->ctx, k + 1))
        return CAT_BLOCK;   /* "to rescue trapped residents": an adjective, not a predicate */
    return c;
}

/* Does an appositive start at token i: "the bus driver", "a fisherman",
 * "four of them children"? (Its end must be followed by a lowercase word,
 * the verb: see skip_paren.) */
static bool paren_appositive(const nf_doc *d, size_t i)
{
    if ((tok_is(d, i, "the") || tok_is(d, i, "a") || tok_is(d, i, "an")) &&
        !(d->toks[i + 1].flags & TF_CAP))
        return true;
    return (d->toks[i].kind == TK_NUM || (d->toks[i].lx & LX_NUMWORD)) && tok_is(d, i + 1, "of") &&
           (tok_is(d, i + 2, "them") || tok_is(d, i + 2, "whom"));
}

/* Skip a parenthesis that starts at token k (", including ...,", "– ... –",
 * "( ... )", ", who ...,"). Returns the token after it, or k when there is
 * none. */
static size_t skip_paren(const nf_doc *d, size_t k, size_t e)
{
    if (is_comma(d, k) && k + 3 < e && paren_appositive(d, k + 1)) {
        /* "One person, the bus driver, was shot dead", "Ten people, four
         * of them children, died": a short phrase, then the verb */
        /* (and "a woman in her 70s who lived on the third floor") */
        for (size_t m = k + 2; m < e && m < k + 16; m++)
            if (is_comma(d, m))
                return m + 1 < e && d->toks[m + 1].kind == TK_WORD &&
                               !(d->toks[m + 1].flags & TF_CAP) ? m + 1 : k;
        return k;
    }
    if (is_comma(d, k) && k + 2 < e) {
        /* "A night guard, Samuel Kiprono, 38, was killed", "A guard, 38,
         * died": a name and/or an age between commas, then the verb */
        size_t m = k + 1;
        while (m < e && m < k + 5 && d->toks[m].kind == TK_WORD && (d->toks[m].flags & TF_CAP) &&
               !(d->toks[m].flags & TF_UPPER))
            m++;
        size_t name = m - (k + 1);
        if (name >= 2 && m + 1 < e && is_comma(d, m) && d->toks[m + 1].kind == TK_NUM)
            m += 2;   /* ", 38" after the name */
        else if (name == 0 && d->toks[m].kind == TK_NUM)
            m++;
        if ((name >= 2 || m > k + 1) && m + 1 < e && is_comma(d, m) &&
            d->toks[m + 1].kind == TK_WORD && !(d->toks[m + 1].flags & TF_CAP) &&
            tok_in(d, m + 1, w_aux))
            return m + 1;
    }
    if (is_comma(d, k) && k + 1 < e && tok_in(d, k + 1, w_paren_openers)) {
        for (size_t m = k + 2; m < e && m < k + 16; m++)
            if (is_comma(d, m))
                return m + 1;
        return k;
    }
    if (paren_dash(d, k)) {
        for (size_t m = k + 1; m < e && m < k + 16; m++) {
            if (!paren_dash(d, m))
                continue;
            while (m + 1 < e && tok_is_dash(d, m + 1) && tok_touch(d, m + 1))
                m++;   /* "--" */
            return m + 1;
        }
        return k;
    }
    if (is_comma(d, k) && k + 1 < e && tok_is(d, k + 1, "who")) {
        for (size_t m = k + 2; m < e && m < k + 16; m++)
            if (is_comma(d, m))
                return m + 1;   /* "Twelve people, who were at a wedding, died" */
        return k + 1;           /* "Twelve people, who died ..." */
    }
    if (tok_is_punct(d, k, '(')) {
        for (size_t m = k + 1; m < e && m < k + 16; m++)
            if (tok_is_punct(d, m, ')'))
                return m + 1;
    }
    return k;
}

/* "in his 60s", "in her eighties", "aged 82": an age after a person. One
 * past it, or k when there is none. */
static size_t age_words(const nf_doc *d, size_t k, size_t e)
{
    WORDS(pron, "his", "her", "their");
    if (tok_is(d, k, "aged") && k + 1 < e && d->toks[k + 1].kind == TK_NUM)
        return k + 2;
    if (!tok_is(d, k, "in") || k + 2 >= e || !tok_in(d, k + 1, pron))
        return k;
    if (d->toks[k + 2].kind == TK_NUM && k + 3 < e && tok_is(d, k + 3, "s") && tok_touch(d, k + 3))
        return k + 4;
    if (tok_str_ends(tok_fold(d, k + 2), "ties") || tok_str_ends(tok_fold(d, k + 2), "teens"))
        return k + 3;
    return k;
}

/* Does a counted phrase of this sentence have its number at token k? */
static bool np_starts(const cstate *st, size_t k)
{
    for (size_t n = 0; n < st->n_np; n++)
        if (st->np[n].num == k || st->np[n].start == k)
            return true;
    return false;
}

/* "Three men who were on board were arrested": "on board" in a relative
 * clause [j, k) that the main verb, an arrest, follows. The people counted
 * are suspects, not the people a vessel carried in an incident. */
static bool relative_then_arrest(const nf_doc *d, size_t j, size_t k, size_t sig_end, size_t e)
{
    bool rel = false;
    for (size_t i = j; i < k && !rel; i++)
        rel = tok_is(d, i, "who") || tok_is(d, i, "that");
    /* or a participle right after the count: "Two men travelling in the
     * car were detained" */
    bool reduced = !rel && k == j && tok_str_ends(tok_fold(d, k), "ing");
    if (!rel && !reduced)
        return false;
    for (size_t i = sig_end; i < e && i < sig_end + (reduced ? 8 : 5); i++) {
        if (d->toks[i].lx & LX_ARREST)
            return true;
        if (reduced) {
            if (d->toks[i].kind != TK_WORD || count_word_cat(d, i) != CAT_NONE)
                return false;
            continue;
        }
        if (!tok_in(d, i, w_aux) && !tok_is(d, i, "later") && !tok_is(d, i, "all"))
            return false;
    }
    return false;
}

/* The predicate from token i puts its subject in custody: "were taken into
 * custody", "have been charged", "were questioned by police". */
static bool arrest_predicate(const nf_doc *d, size_t i, size_t e)
{
    WORDS(w_custody_verbs, "taken", "into", "charged", "questioned", "jailed", "sentenced",
          "convicted", "remanded", "booked", "indicted");
    for (size_t k = i; k < e && k < i + 6; k++) {
        if (d->toks[k].lx & LX_ARREST)
            return true;
        if (!tok_in(d, k, w_aux) && !tok_in(d, k, w_custody_verbs))
            return false;
        if (tok_in(d, k, w_custody_verbs) && !tok_is(d, k, "taken") && !tok_is(d, k, "into"))
            return true;
    }
    return false;
}

/* Read the predicate of a counted subject from token j: the first word in
 * its clause that names a casualty category ("were killed", "are still
 * missing", "were pulled alive", "had been crammed aboard"). strict allows
 * only auxiliaries and adverbs before it ("a man was killed"). */
/* "A teacher was among the injured": "among the" or "among those" */
static bool among_the(const nf_doc *d, size_t k, size_t e)
{
    if (tok_is(d, k, "among"))
        return k + 1 < e && (tok_is(d, k + 1, "the") || tok_is(d, k + 1, "those"));
    return k > 0 && tok_is(d, k - 1, "among") && (tok_is(d, k, "the") || tok_is(d, k, "those"));
}

/* "11 people confirmed dead", "two reported missing": a speech verb in a
 * headline's passive, with no auxiliary, naming the category itself. */
static bool reduced_passive(const nf_doc *d, size_t k, size_t e)
{
    WORDS(verbs, "confirmed", "reported", "feared", "listed", "believed", "presumed");
    return k + 1 < e && tok_in(d, k, verbs) &&
           (tok_in(d, k + 1, w_dead) || tok_in(d, k + 1, w_missing) ||
            tok_in(d, k + 1, w_injured_verbs)) &&
           phrase_ends(d, k + 2, e);   /* not "said dead bodies were lying" */
}

/* "alive" within the next three words: "pulled out alive". */
static bool alive_ahead(const nf_doc *d, size_t k, size_t e)
{
    for (size_t m = k + 1; m < e && m < k + 4; m++)
        if (tok_is(d, m, "alive"))
            return true;
    return false;
}

/* "may still be trapped", "might be missing": a hedge on people missing,
 * not a what-if ("could be killed") */
static bool hedged_missing(const nf_doc *d, size_t k, size_t e)
{
    if (!tok_in(d, k, (const char *const[]){"may", "might", "could", NULL}))
        return false;
    size_t m = k + 1;
    if (m < e && tok_is(d, m, "still"))
        m++;
    return m + 1 < e && tok_is(d, m, "be") && tok_in(d, m + 1, w_missing);
}

/* "shot dead", "stabbed to death", "shot and killed": the verb at k tells
 * how, the next words that someone died or was hurt. */
static bool how_killed(const nf_doc *d, size_t k, size_t e)
{
    if (d->toks[k].kind != TK_WORD || k + 1 >= e)
        return false;
    if (tok_is(d, k, "to"))   /* the "to" of "to death" itself */
        return tok_is(d, k + 1, "death");
    return tok_is(d, k + 1, "dead") ||
           (k + 2 < e && tok_is(d, k + 1, "to") && tok_is(d, k + 2, "death")) ||
           attacked_and(d, k, e);
}

/* "A man who died after being struck", "a labourer who has been missing":
 * a relative clause that names the death or the loss itself (not "a man who
 * was sleeping", "a woman who survived", whose roles are the story's). */
static bool who_died(const nf_doc *d, size_t k, size_t e)
{
    if (!tok_is(d, k, "who"))
        return false;
    size_t m = k + 1;
    while (m < e && m < k + 4 && tok_in(d, m, w_aux))
        m++;
    return m < e && ((d->toks[m].lx & LX_DEATH) || tok_is(d, m, "missing"));
}

static pred predicate_scan(const cstate *st, size_t j, bool strict, bool seen_extract);

WORDS(w_relative, "who", "that");

/* The predicate of the main clause after a relative one that ends at k
 * ("Three people ... who were travelling in one of the cars were
 * pronounced dead", "31 workers trapped on the mezzanine floor were
 * rescued"): it starts at the next auxiliary. Its category is CAT_NONE
 * when there is none. */
static pred main_after_relative(const cstate *st, size_t k, bool seen_extract)
{
    const nf_doc *d = st->d;
    pred none = {CAT_NONE, k, false, false};
    size_t m = k;
    while (m < st->e && m < k + 12 && d->toks[m].kind != TK_PUNCT && !tok_in(d, m, w_aux))
        m++;
    if (m >= st->e || !tok_in(d, m, w_aux))
        return none;
    return predicate_scan(st, m, false, seen_extract);
}

/* "from the Menderes municipal brigade", "of the village": where a person
 * is from, right after the counted phrase and before an auxiliary; the end
 * of the phrase (at the auxiliary), or k when there is none. */
static size_t origin_phrase_end(const nf_doc *d, size_t k, size_t e)
{
    if (!tok_in(d, k, (const char *const[]){"from", "of", NULL}) || k + 2 >= e ||
        !tok_in(d, k + 1, (const char *const[]){"the", "a", "his", "her", "their", NULL}))
        return k;
    for (size_t m = k + 2; m < e && m < k + 7; m++) {
        if (tok_in(d, m, w_aux))
            return m > k + 2 ? m : k;
        if (d->toks[m].kind != TK_WORD || (d->toks[m].lx & (LX_STOP | LX_VERB_PAST)) ||
            count_word_cat(d, m) != CAT_NONE)
            return k;
    }
    return k;
}

/* "managed to rescue seven patients", "were able to pull out 12": an
 * infinitive that tells what was done, not what was meant (not "were not
 * able to reach"). v is the verb, after "to". */
static bool done_to(const nf_doc *d, size_t s, size_t v)
{
    return v >= s + 2 && tok_is(d, v - 1, "to") &&
           tok_in(d, v - 2, (const char *const[]){"managed", "able", NULL}) &&
           !(v >= s + 3 && (tok_in(d, v - 3, w_negation) || tok_is(d, v - 3, "be")));
}

static pred predicate_scan(const cstate *st, size_t j, bool strict, bool seen_extract)
{
    const nf_doc *d = st->d;
    size_t e = st->e;
    pred pr = {CAT_NONE, j, false, false};
    bool neg = false, lingering = false;
    int words = 0;
    size_t k = j;
    size_t first = j;   /* the predicate's first word, after any aside */
    while (k < e && words < PRED_WINDOW) {
        const nf_tok *t = &d->toks[k];
        if (t->kind == TK_PUNCT || (t->kind == TK_QUOTE && !(t->flags & TF_AMBIG))) {
            size_t after = skip_paren(d, k, e);
            if (after == k)
                break;
            if (k == first)
                first = after;
            k = after;
            continue;
        }
        if (t->kind == TK_QUOTE || (t->kind == TK_NUM && !np_starts(st, k))) {
            k++;   /* "30 people from three villages were killed" */
            continue;
        }
        if (t->kind == TK_NUM)
            break;   /* the next count: "... dead and more than 600 injured" */
        if (t->kind == TK_POSS) {
            k++;
            continue;
        }
        size_t age = age_words(d, k, e);
        if (age > k) {
            k = age;   /* "A man in his 60s died", "a woman aged 82 drowned" */
            continue;
        }
        size_t pp = k == first ? origin_phrase_end(d, k, e) : k;
        if (pp > k) {
            k = first = pp;   /* "A firefighter from the brigade was killed" */
            continue;
        }
        /* "Fourteen people including three schoolchildren were killed": a
         * breakdown without commas, then the predicate */
        if (k == first && tok_is(d, k, "including")) {
            size_t m = k + 1;
            while (m < e && m < k + 10 && !tok_in(d, m, w_aux) && d->toks[m].kind != TK_PUNCT)
                m++;
            if (m < e && m < k + 10 && tok_in(d, m, w_aux)) {
                k = first = m;
                continue;
            }
        }
        /* "Three herders who went after the cattle were still missing": a
         * relative clause with a verb of its own (not "two who died"),
         * then the predicate */
        if (k == first && (tok_is(d, k, "who") || tok_is(d, k, "that")) && k + 1 < e &&
            d->toks[k + 1].kind == TK_WORD && !tok_in(d, k + 1, w_aux) &&
            !(d->toks[k + 1].lx & (LX_DEATH | LX_INJURY | LX_MISSING | LX_SURVIVE | LX_ABOARD))) {
            size_t m = k + 2;
            while (m < e && m < k + 16 && d->toks[m].kind == TK_WORD && !tok_in(d, m, w_aux))
                m++;
            if (m < e && m < k + 16 && tok_in(d, m, w_aux)) {
                k = m;
                continue;
            }
        }
        words++;
        if (attacked_and(d, k, e)) {
            k += 2;   /* "were shot and killed": the second verb says which */
            continue;
        }
        /* a speech verb ends the clause, unless it is passive: "are
         * confirmed dead", "have been admitted to hospital" */
        bool passive = k > j && tok_in(d, k - 1, w_aux);
        if (tok_is(d, k, "as") && k > j && tok_in(d, k - 1, w_listed_as)) {
            k++;   /* "were listed as missing" */
            continue;
        }
        /* "are usually inside", "people usually work": not "who usually work" */
        bool habitual = tok_in(d, k, w_habitual) && (k == j || tok_in(d, k - 1, w_aux));
        if (tok_in(d, k, w_clause_end) || habitual || (t->lx & LX_ARREST) ||
            ((t->lx & LX_NUMWORD) && np_starts(st, k)) ||
            ((t->lx & LX_SPEECH) && !passive && !reduced_passive(d, k, e)))
            break;
        if (hedged_missing(d, k, e)) {
            pr.approx = true;   /* "about six people might still be trapped" */
            k++;
            continue;
        }
        if (tok_in(d, k, w_modal) && !(tok_is(d, k, "to") && k + 1 < e &&
                                       (tok_is(d, k + 1, "be") || tok_is(d, k + 1, "have") ||
                                        done_to(d, j, k + 1) ||
                                        tok_is(d, k + 1, "death") || tok_is(d, k + 1, "hospital") ||
                                        tok_is(d, k + 1, "hospitals") || tok_is(d, k + 1, "the") ||
                                        (tok_is(d, k + 1, "still") && k + 2 < e &&
                                         tok_is(d, k + 2, "be")))))
            break;
        const char *f = tok_fold(d, k);
        if (tok_in(d, k, w_negation) || tok_str_ends(f, "n't") || tok_str_ends(f, "n’t")) {
            neg = true;
            k++;
            continue;
        }
        if (tok_in(d, k, w_approx_verbs))
            pr.approx = true;
        if (tok_is(d, k, "still") || tok_is(d, k, "remain") || tok_is(d, k, "remains") ||
            tok_is(d, k, "remained"))
            lingering = true;
        int c = signal_at(st, k, j, seen_extract, &pr);
        if (c == CAT_BLOCK)
            break;
        if (c == X(NF_INJURED) && lingering && !tok_in(d, k, w_injured_verbs))
            break;   /* "12 remain in hospital", "are still being treated": a status */
        if (c == X(NF_INJURED) && tok_is(d, k, "treated")) {
            /* "five workers being treated for burns died": dead */
            for (size_t m = pr.sig_end; m < e && m < pr.sig_end + 8 && d->toks[m].kind == TK_WORD; m++)
                if (tok_is(d, m, "died") || tok_is(d, m, "succumbed")) {
                    c = X(NF_DEAD);
                    pr.sig_end = m + 1;
                    break;
                }
        }
        if (neg && tok_is(d, k, "accounted") && k + 1 < e && tok_is(d, k + 1, "for")) {
            c = X(NF_MISSING);   /* "have not been accounted for": unaccounted */
            pr.sig_end = k + 2;
            neg = false;
        }
        if (c != CAT_NONE) {
            if (neg || mixed_after(d, pr.sig_end, e, c))
                break;
            if (c == X(NF_ABOARD) && relative_then_arrest(d, j, k, pr.sig_end, e))
                break;
            /* who was aboard, then the main clause's harm; who was trapped,
             * then what became of them */
            if (c == X(NF_ABOARD) && first < k && tok_in(d, first, w_relative)) {
                pred main = main_after_relative(st, pr.sig_end, seen_extract);
                if (main.cat == X(NF_DEAD) || main.cat == X(NF_INJURED) ||
                    main.cat == X(NF_MISSING))
                    return main;
            }
            /* "five tourists who had been listed as missing were found alive" */
            if (c == X(NF_MISSING) && ((k == first && tok_is(d, k, "trapped")) ||
                                       (first < k && tok_in(d, first, w_relative)))) {
                pred main = main_after_relative(st, pr.sig_end, seen_extract);
                if (main.cat == X(NF_SURVIVORS) || main.cat == X(NF_DEAD))
                    return main;
            }
            pr.cat = c;
            return pr;
        }
        if (tok_in(d, k, w_alive_verbs) && !tok_in(d, k, w_aux))
            seen_extract = true;
        if (strict && !tok_in(d, k, w_aux) && !tok_in(d, k, w_approx_verbs) &&
            !tok_str_ends(f, "ly") && !tok_is(d, k, "found") && !tok_is(d, k, "confirmed") &&
            !among_the(d, k, e) && !(tok_in(d, k, w_alive_verbs) && alive_ahead(d, k, e)) &&
            !how_killed(d, k, e) && !(k == first && who_died(d, k, e)))
            break;   /* but "A girl was pulled out alive", "a fan was shot dead" */
        k++;
    }
    pr.cat = CAT_NONE;
    pr.among = false;
    return pr;
}

/* Does the head of p name the people a vehicle carries? */
static bool crew_head(const cstate *st, const cnp *p)
{
    WORDS(crew, "passengers", "passenger", "crew");
    if (p->head == NO_TOK)
        return false;
    for (size_t k = p->mod; k <= p->head; k++)
        if (tok_in(st->d, k, crew))
            return true;
    return false;
}

/* An object count is people when it has a noun for people or none at all
 * ("killed 71", "kills 19;"), not when another noun follows ("carrying 40
 * boxes", "pulled over 3 cars"). */
static bool object_shape(const cstate *st, const cnp *p)
{
    const nf_doc *d = st->d;
    if (p->own_cat != CAT_NONE || (p->head != NO_TOK && person_noun(st->ctx, p->head)))
        return true;
    size_t j = p->mod;
    if (j >= st->e || !is_word(d, j))
        return true;
    return (d->toks[j].lx & (LX_STOP | LX_WEEKDAY | LX_MONTH)) || tok_in(d, j, w_aux) ||
           tok_is(d, j, "including");   /* "Fire kills 11 including three Britons" */
}

/* "to death", "to safety" right after p, ending the phrase (not "to death
 * squads", "to safety checks"): how the verb before p ended. */
static bool to_end(const cstate *st, const cnp *p, const char *what)
{
    return p->end + 1 < st->e && tok_is(st->d, p->end, "to") &&
           tok_is(st->d, p->end + 1, what) && phrase_ends(st->d, p->end + 2, st->e);
}

/* "pulled 14 people out of the rubble", "airlifted 38 people off the
 * ship", "brought 26 people down from the upper floors", "plucked 212
 * people from the sea": people taken out of where they were in danger. v
 * is the verb, k the word after its object. Pulling verbs take "from";
 * the others need a way out ("brought 26 people to hospital", "brought 40
 * people from the village", "airlifted 200 residents from the town" are
 * not rescues). */
WORDS(w_lift_verbs, "pulled", "plucked", "hauled", "fished", "extracted");
WORDS(w_lead_out_verbs, "airlifted", "lifted", "brought", "helped", "led", "got", "guided");
static bool taken_out_of_danger(const nf_doc *d, size_t v, size_t k, size_t e)
{
    bool lift = tok_in(d, v, w_lift_verbs);
    if ((!lift && !tok_in(d, v, w_lead_out_verbs)) || k + 1 >= e)
        return false;
    /* "extracted 14 people trapped in the carriages": out of where they
     * were trapped */
    if (tok_is(d, k, "from") || tok_is(d, k, "trapped"))
        return lift;
    if (tok_is(d, k, "out"))   /* "out of"; "out from under" is too loose */
        return tok_is(d, k + 1, "of");
    if (tok_is(d, k, "to") && k + 2 < e && tok_is(d, k + 1, "the") && tok_is(d, k + 2, "surface"))
        return true;   /* "brought 20 workers to the surface": out of a mine, a cave */
    if (tok_is(d, k, "down") || tok_is(d, k, "up"))
        return tok_is(d, k + 1, "from");
    return tok_is(d, k, "off") && (tok_is(d, k + 1, "the") || tok_is(d, k + 1, "a") ||
                                   tok_is(d, k + 1, "its") || tok_is(d, k + 1, "their"));
}

/* Freed from captivity, a rescue; not from custody ("freed 12 prisoners",
 * "freed three suspects on bail"). */
WORDS(w_free_verbs, "freed", "freeing", "liberated", "liberating");
WORDS(w_in_custody, "prisoners", "prisoner", "detainees", "detainee", "inmates", "inmate",
      "convicts", "convict", "suspects", "suspect", "defendants", "defendant");

/* "with burns", "with serious injuries", "with gunshot wounds": injuries
 * within three words after "with" at token k. */
static bool left_with_injuries(const cstate *st, size_t k)
{
    if (k >= st->e || !tok_is(st->d, k, "with"))
        return false;
    for (size_t m = k + 1; m < st->e && m < k + 4 && is_word(st->d, m); m++)
        if (tok_in(st->d, m, w_injury_nouns))
            return true;
    return false;
}


/* "searching for 12 people", "searched for a dozen others", "combing for
 * three fishermen": the people a search is for are missing; not "hunting
 * for three gunmen", whom nobody has lost (only the people a rescue looks
 * for are taken: the generic nouns and those at sea or underground). */
static bool searched_for(const cstate *st, size_t v, const cnp *p)
{
    WORDS(search, "searching", "searched", "search", "searches", "combing",
          "scouring", "scoured");
    WORDS(lost_kinds, "passengers", "crew", "fishermen", "miners", "workers", "migrants",
          "children", "climbers", "hikers", "divers", "sailors", "tourists", "residents",
          "villagers", "swimmers");
    const nf_doc *d = st->d;
    WORDS(sought, "who", "suspected", "wanted", "believed", "linked", "involved",
          "responsible", "seen", "behind", "accused");
    return v > st->s && tok_is(d, v, "for") && tok_in(d, v - 1, search) && p->head != NO_TOK &&
           (tok_in(d, p->head, w_generic_head) || tok_in(d, p->head, lost_kinds)) &&
           !(p->end < st->e && tok_in(d, p->end, sought));   /* "two people who fled the scene" */
}

/* The verb a counted object follows: "killing at least 24", "was carrying
 * 780 people", "the bodies of five women". CAT_BLOCK for an intention or a
 * possibility ("a plot to kill 100", "could kill thousands"). */
static int object_verb_cat(const cstate *st, const cnp *p)
{
    /* "troops neutralised 31 terrorists": armies' word for killing */
    WORDS(kill, "killing", "killed", "kills", "kill", "neutralised", "neutralized",
          "neutralising", "neutralizing");
    WORDS(hurt, "wounding", "wounded", "wounds", "injuring", "injured",
                                       "injures", "injure", "hurting", "hurt", "treated",
                                       "treating", "sickened", "sickening", "poisoned",
                                       "poisoning");
    WORDS(save, "rescuing", "rescued", "rescues", "rescue", "saved",
                                       "saving", "evacuating");
    WORDS(carry, "carrying", "carried", "carries", "carry", "conveying",
                                        "conveyed", "transporting", "transported", "ferrying",
                                        "ferried");
    WORDS(have, "had", "has", "have", "with");
    const nf_doc *d = st->d;
    size_t b = p->start;
    if (b > st->s && tok_is(d, b - 1, "all"))
        b--;
    if (b > st->s + 1 && p->head != NO_TOK && (tok_is(d, b - 1, "its") || tok_is(d, b - 1, "their")))
        b--;   /* "killing its four crew members": all of them, told here */
    if (b <= st->s)
        return CAT_NONE;
    size_t v = b - 1;
    int c = CAT_NONE;
    WORDS(shot, "shot", "shooting", "shoots", "shoot");
    WORDS(gunned, "gunned", "gunning", "guns", "gun", "mowed", "mowing");
    if (tok_in(d, v, kill) || (tok_is(d, v, "dead") && v > st->s && tok_in(d, v - 1, shot)) ||
        (tok_is(d, v, "down") && v > st->s && tok_in(d, v - 1, gunned)))
        c = X(NF_DEAD);   /* "killing 19 miners", "shooting dead a guard", "gunned down two" */
    else if (tok_in(d, v, (const char *const[]){"drowning", "drowned", "drowns", NULL}) &&
             p->head != NO_TOK && person_noun(st->ctx, p->head) &&
             !(v > st->s && tok_in(d, v - 1, w_aux)))
        c = X(NF_DEAD);   /* "capsized, drowning four people"; not "were drowned" */
    else if (tok_in(d, v, hurt) &&
             !(strncmp(tok_fold(d, v), "treat", 5) == 0 && p->end < st->e && tok_is(d, p->end, "as")))
        c = X(NF_INJURED);   /* but "treating all three as persons of interest" */
    else if (to_end(st, p, "death") && d->toks[v].kind == TK_WORD && !tok_in(d, v, w_aux) &&
             !court_sentence(d, v))
        c = X(NF_DEAD);   /* "stabbed three strangers to death", not "sentenced two men to death" */
    else if (to_end(st, p, "safety") && d->toks[v].kind == TK_WORD && !tok_in(d, v, w_aux) &&
             !moved_away(d, v))
        c = X(NF_SURVIVORS);   /* "led 30 residents to safety" */
    else if (tok_in(d, v, carry) && !p->possessive)
        c = X(NF_ABOARD);   /* not "carrying her grandson" */
    else if (tok_in(d, v, (const char *const[]){"trapping", "trapped", "traps", "burying",
                                               "buried", NULL}) &&
             p->head != NO_TOK && person_noun(st->ctx, p->head) &&
             !(v > st->s && tok_in(d, v - 1, w_aux)))
        c = X(NF_MISSING);   /* "killing six miners and trapping 14 others" */
    else if (tok_in(d, v, save) && !tok_is(d, v, "evacuating"))
        c = X(NF_SURVIVORS);
    else if (tok_in(d, v, w_free_verbs) && p->head != NO_TOK && person_noun(st->ctx, p->head) &&
             !tok_in(d, p->head, w_in_custody) &&
             !(p->end + 1 < st->e && tok_is(d, p->end, "on") && tok_is(d, p->end + 1, "bail")))
        c = X(NF_SURVIVORS);   /* "freeing 64 foreigners" held by traffickers */
    else if (p->head != NO_TOK && person_noun(st->ctx, p->head) &&
             taken_out_of_danger(d, v, skip_paren(d, p->end, st->e), st->e))
        c = X(NF_SURVIVORS);
    else if (tok_in(d, v, have) && crew_head(st, p)) {
        c = X(NF_ABOARD);      /* "the ship had 250 passengers and crew" */
        /* but "... risen to 27, with 14 passengers still unaccounted for" */
        int then = tok_is(d, v, "with") ? predicate_scan(st, p->end, false, false).cat : CAT_NONE;
        if (then != CAT_NONE)
            c = then;
    }
    else if (tok_is(d, v, "left") && p->end + 1 < st->e && tok_is(d, p->end, "in") &&
             (tok_is(d, p->end + 1, "hospital") || tok_is(d, p->end + 1, "hospitals")))
        c = X(NF_INJURED);     /* "left 284 workers in hospital" */
    else if ((tok_is(d, v, "left") ||
              (tok_in(d, v, have) && p->head != NO_TOK && person_noun(st->ctx, p->head))) &&
             left_with_injuries(st, p->end))
        c = X(NF_INJURED);     /* "left a shop worker with burns to 30 per cent of his
                                * body", "we have 47 persons with severe burns" */
    else if (searched_for(st, v, p))
        c = X(NF_MISSING);     /* "as rescuers searched for at least a dozen others" */
    if (c == CAT_NONE || !object_shape(st, p))
        return CAT_NONE;
    if ((tok_is(d, v, "dead") || tok_is(d, v, "down")) && c == X(NF_DEAD))
        v--;   /* the verb starts at "shoot dead", "gun down" */
    if (v > st->s && (tok_in(d, v - 1, w_modal) || tok_in(d, v - 1, w_negation)) &&
        !done_to(d, st->s, v))
        return CAT_BLOCK;   /* "ordered to shoot dead 10 protesters" */
    if (v > st->s + 1 && tok_is(d, v - 1, "have") && tok_in(d, v - 2, w_modal))
        return CAT_BLOCK;   /* "could have killed 100" */
    return c;
}

/* ---- statistics --------------------------------------------------------- */

/* "21 October and 15 December", "March and June": two dates joined by
 * "and", each a month with at most a day beside it. */
static bool date_range_at(const nf_doc *d, size_t i, size_t e)
{
    size_t k = i, months = 0;
    for (int part = 0; part < 2; part++) {
        size_t start = k;
        bool month = false;
        while (k < e && k < start + 3 &&
               ((d->toks[k].lx & LX_MONTH) ||
                (d->toks[k].kind == TK_NUM && (tok_len(d, k) <= 2 || tok_len(d, k) == 4)))) {
            month |= (d->toks[k].lx & LX_MONTH) != 0;
            k++;
        }
        if (!month)
            return false;
        months++;
        if (part == 0) {
            if (k >= e || !tok_is(d, k, "and"))
                return false;
            k++;
        }
    }
    return months == 2;
}

/* "8 August", "October 9" (no year after it): a day of the incident. */
static bool day_and_month(const nf_doc *d, size_t n, size_t e)
{
    num_val v;
    size_t day = (d->toks[n].lx & LX_MONTH) ? n + 1 : n;
    size_t month = day == n ? n + 1 : n;
    if (day >= e || month >= e || !(d->toks[month].lx & LX_MONTH) ||
        d->toks[day].kind != TK_NUM || !num_parse(d, day, e, false, &v) || v.year_like ||
        v.value < 1 || v.value > 31)
        return false;
    size_t after = (day > month ? day : month) + 1;
    return !(after < e && d->toks[after].kind == TK_NUM);
}

/* "flood-related incidents have killed 37 people since June 1": many
 * incidents, not the days of one. */
static bool separate_incidents(const cstate *st)
{
    for (size_t k = st->s; k < st->e; k++)
        if (tok_is(st->d, k, "incidents") || tok_is(st->d, k, "accidents"))
            return true;
    return false;
}

/* "since the monsoon began", "since the rainy season started", "since the
 * infighting began": a season's or a conflict's tally over many incidents,
 * from token k. */
static bool since_season(const nf_doc *d, size_t k, size_t e)
{
    WORDS(seasons, "monsoon", "monsoons", "rains", "rainy", "wet", "dry", "winter", "summer",
          "season");
    WORDS(storms, "hurricane", "typhoon", "cyclone");
    if (k + 2 >= e || !tok_is(d, k, "since") || !tok_is(d, k + 1, "the"))
        return false;
    size_t w = k + 2;
    /* "since the infighting began": a conflict's months, not an incident */
    WORDS(conflicts, "war", "conflict", "fighting", "infighting", "violence", "insurgency",
          "unrest", "uprising", "feud");
    WORDS(began, "began", "started", "erupted", "broke", "escalated", "flared");
    size_t after = w + 2 + (w + 2 < e && tok_is(d, w + 2, "out"));   /* "broke out" */
    if (w + 1 < e && tok_in(d, w, conflicts) && tok_in(d, w + 1, began) &&
        !(after < e && ((d->toks[after].lx & (LX_WEEKDAY | LX_MONTH)) ||
                        tok_in(d, after, (const char *const[]){"on", "this", "early", "late",
                                                              "overnight", "yesterday",
                                                              "today", NULL}))))
        return true;   /* but "since the fighting broke out on Thursday": a day's */
    /* "since the cyclone season began"; not "since the cyclone struck" */
    return tok_in(d, w, seasons) || (w + 1 < e && tok_in(d, w, storms) && tok_is(d, w + 1, "season"));
}

/* "since 1999", "since January", "since then", "since records began": the
 * sentence counts over a period, not one incident. "since Sunday", "since
 * the storm hit", "since 2019, when ..." (a past incident) and, in a
 * sentence that names an event, "since 8 August" do not. */
static bool sentence_since(const cstate *st)
{
    const nf_doc *d = st->d;
    bool aside = false;   /* inside ", which ...": "injured in the attack, which police say
                           * is linked to a feud ... since the start of the year" */
    for (size_t k = st->s; k + 1 < st->e; k++) {
        aside |= k > st->s && is_comma(d, k - 1) &&
                 (tok_is(d, k, "which") || tok_is(d, k, "who"));
        if (!tok_is(d, k, "since") || aside)
            continue;
        size_t n = k + 1;
        if (tok_is(d, n, "the") && n + 1 < st->e &&
            (tok_is(d, n + 1, "start") || tok_is(d, n + 1, "beginning") ||
             tok_is(d, n + 1, "turn") || tok_is(d, n + 1, "first")))
            return true;   /* and "since the first recorded ascent in 1894" */
        if (since_season(d, k, st->e))
            return true;   /* "since the monsoon began on June 26" */
        if (day_and_month(d, n, st->e)) {
            if (st->event_word && !separate_incidents(st))
                continue;   /* "flash floods since 8 August": the incident's days */
            return true;    /* "died of heatstroke since 1 March": a season's */
        }
        /* "the deadliest since 2019, when a gunman killed nine", "since
         * April 2011, when", "since last March, when": one incident */
        size_t m = n + (tok_is(d, n, "last") && n + 1 < st->e);
        if ((d->toks[m].lx & LX_MONTH) && m + 1 < st->e && d->toks[m + 1].kind == TK_NUM)
            m++;
        else if ((d->toks[m].lx & LX_MONTH) && m + 3 < st->e && tok_is(d, m + 1, "of") &&
                 tok_is(d, m + 2, "last") && tok_is(d, m + 3, "year"))
            m += 3;   /* "since June of last year, when" */
        if ((d->toks[m].kind == TK_NUM || (d->toks[m].lx & LX_MONTH) || m > n) &&
            m + 2 < st->e && is_comma(d, m + 1) && tok_is(d, m + 2, "when"))
            continue;
        if (d->toks[n].kind == TK_NUM || (d->toks[n].lx & LX_MONTH) || tok_is(d, n, "then") ||
            tok_is(d, n, "last"))
            return true;
        /* "since records began", "since climbing records began" */
        for (size_t r = n; r < st->e && r < n + 3 && is_word(d, r); r++)
            if (tok_is(d, r, "records"))
                return true;
    }
    /* "between 2015 and 2020", "from 2015 to 2020" */
    for (size_t k = st->s; k + 3 < st->e; k++) {
        num_val a, b;
        if ((tok_is(d, k, "between") || tok_is(d, k, "from")) &&
            (tok_is(d, k + 2, "and") || tok_is(d, k + 2, "to")) &&
            num_parse(d, k + 1, st->e, false, &a) && a.year_like &&
            num_parse(d, k + 3, st->e, false, &b) && b.year_like)
            return true;
        if (tok_is(d, k, "between") && date_range_at(d, k + 1, st->e))
            return true;
    }
    return false;
}

/* "killed more than 300 people across the country", "nationwide", "across
 * Canada": a count spread over many places, never one incident's. */
static bool country_wide(const cstate *st)
{
    const nf_doc *d = st->d;
    WORDS(over, "across", "throughout");
    WORDS(wide, "nationwide", "countrywide", "statewide");
    WORDS(areas, "country", "nation", "state", "region", "island", "continent");
    for (size_t k = st->s; k < st->e; k++) {
        if (tok_in(d, k, wide))
            return true;
        if (k + 2 < st->e && tok_in(d, k, over) && tok_is(d, k + 1, "the") && tok_in(d, k + 2, areas))
            return true;
        if (k + 1 < st->e && tok_in(d, k, over) && ex_country_at(st->ctx, k + 1))
            return true;
    }
    return false;
}

/* "last year" (or "this year") in a sentence that names no incident: "more
 * than 100 fishermen died in Thai waters last year", "Last year, 575
 * people died of dengue". With one ("71 people died in the sinking last
 * year") it dates a past incident. */

static bool year_without_incident(const cstate *st, size_t k)
{
    const nf_doc *d = st->d;
    if (!tok_is(d, k, "year") || !(tok_is(d, k - 1, "last") || tok_is(d, k - 1, "this")) ||
        (st->incident && !country_wide(st)))
        return false;
    /* "In March last year, four people died", "in June of last year": a
     * date, one incident; so is "last year, when eight were killed" */
    if (k + 2 < st->e && is_comma(d, k + 1) && tok_is(d, k + 2, "when"))
        return false;
    return !(k >= 2 && (d->toks[k - 2].lx & LX_MONTH)) &&
           !(k >= st->s + 3 && tok_is(d, k - 2, "of") && (d->toks[k - 3].lx & LX_MONTH));
}

/* A war's toll: "war", "conflict" or "insurgency" before "killed" or
 * "claimed", in any tense, then the count (tokens [cause, count)). Unrest
 * and violence may be one day's ("post-election violence killed 12"). */
static bool war_killed(const nf_doc *d, size_t cause, size_t count)
{
    WORDS(wars, "war", "wars", "conflict", "conflicts", "insurgency", "pandemic", "epidemic",
          "famine");
    if (!tok_in(d, cause, wars))
        return false;
    for (size_t k = cause + 1; k < count && k < cause + 16; k++)
        if (tok_is(d, k, "killed") || tok_is(d, k, "claimed"))
            return true;
    return false;
}


/* "the deadliest ... in the past decade", "the worst in a decade": a
 * superlative within six words before k compares, it counts nothing. */
static bool superlative_before(const nf_doc *d, size_t s, size_t k)
{
    for (size_t b = k; b-- > s && b + 7 > k;)
        if (is_word(d, b) &&
            (tok_str_ends(tok_fold(d, b), "iest") ||   /* "deadliest", "costliest" */
             tok_in(d, b, (const char *const[]){"worst", "biggest", "largest", NULL})))
            return true;
    return false;
}

/* Is the count of p a statistic: "2,000 have died this year", "more than
 * 100 died in mining emergencies across Colombia last year", "the
 * insurgency has killed 35,000"? A past incident the story recalls ("71
 * people died in the sinking last year") is not. */
static bool statistic(const cstate *st, const cnp *p)
{
    const nf_doc *d = st->d;
    if (st->stat_sentence)
        return true;
    size_t e = st->e;
    bool own_clause = true;   /* no comma yet after the count */
    for (size_t k = p->end; k < e && k < p->end + 25; k++) {
        if (tok_is_punct(d, k, ';'))
            break;
        own_clause = own_clause && !is_comma(d, k);
        if (own_clause && d->toks[k].kind == TK_NUM && tok_len(d, k) == 4 && k + 1 < e &&
            tok_is(d, k + 1, "alone") && tok_is(d, k - 1, "in"))
            return true;   /* "were killed on Peru's roads in 2024 alone" */
        if ((d->toks[k].lx & LX_PERIOD) && k >= p->end + 2 &&
            (d->toks[k - 1].kind == TK_NUM || (d->toks[k - 1].lx & LX_NUMWORD)) &&
            (tok_is(d, k - 2, "past") || tok_is(d, k - 2, "last") || tok_is(d, k - 2, "previous")))
            return true;   /* "in the past five years" */
        if (!(d->toks[k].lx & LX_PERIOD) || k == p->end || !tok_in(d, k - 1, w_period_det))
            continue;
        if (k + 1 < e && d->toks[k + 1].kind == TK_POSS)
            continue;   /* "a month's rain" */
        /* a comparison: "the worst in a decade", "the highest in a year", "in
         * one of the deadliest attacks this year" */
        if (superlative_before(d, p->end, k - 1) ||
            (k >= p->end + 3 && tok_is(d, k - 2, "in") && tok_str_ends(tok_fold(d, k - 3), "est")))
            continue;
        if (k + 1 < e && (tok_is(d, k + 1, "ago") || tok_is(d, k + 1, "earlier") ||
                          tok_is(d, k + 1, "later") || tok_is(d, k + 1, "before") ||
                          tok_is(d, k + 1, "after")))
            continue;
        if (!tok_is(d, k - 1, "last") || st->cumulative || year_without_incident(st, k))
            return true;
    }
    /* "Last year, 575 people died of dengue", "Last year, flooding killed
     * more than 300 people across the country", "So far this year, ...", "in
     * the 2024/25 financial year, in which 19 guards were killed" */
    for (size_t k = st->s + 1; k < p->start; k++) {
        if (tok_in(d, k - 1, w_period_det) && year_without_incident(st, k))
            return true;
        if (tok_is(d, k, "year") && tok_in(d, k - 1, (const char *const[]){"financial", "fiscal", NULL}))
            return true;
    }
    /* "The insurgency ... has killed more than 35,000 people"; "two wars
     * ..., which killed more than 6,500 people" */
    if (st->long_cause < p->start && war_killed(d, st->long_cause, p->start))
        return true;
    return st->perfect_kill != NO_TOK && st->perfect_kill + 1 < p->start &&
           st->long_cause < p->start;
}

/* "since 2019" anywhere in the sentence. Unlike sentence_since, a "when"
 * after it does not matter: the caller has a year's tally over many
 * incidents in view ("Since 2019, when cyclones Idai and Kenneth struck,
 * more than 800 have been killed by cyclones"). */
static bool since_year(const cstate *st)
{
    for (size_t k = st->s; k + 1 < st->e; k++) {
        num_val y;
        if (tok_is(st->d, k, "since") && st->d->toks[k + 1].kind == TK_NUM &&
            num_parse(st->d, k + 1, st->e, false, &y) && y.year_like)
            return true;
    }
    return false;
}

/* "According to GIS data, 11 people died ... in 2023": a count read off
 * a year's figures. */
static bool cites_figures(const cstate *st)
{
    WORDS(figures, "data", "figures", "statistics", "stats");
    for (size_t k = st->s; k < st->e; k++)
        if (tok_in(st->d, k, figures))
            return true;
    return false;
}

/* "in a similar incident last year", "the accident": one incident named by
 * a noun of its own, not a modifier ("the maritime accident bureau"). */
static bool one_incident(const nf_doc *d, size_t k, size_t e)
{
    WORDS(dets, "a", "an", "the", "that", "this", "similar", "same", "earlier", "previous");
    if (!(tok_is(d, k, "incident") || tok_is(d, k, "accident")) || k == 0 || !tok_in(d, k - 1, dets))
        return false;
    return k + 1 >= e || d->toks[k + 1].kind != TK_WORD || (d->toks[k + 1].lx & LX_STOP) ||
           tok_in(d, k + 1, w_clause_end) || tok_is(d, k + 1, "last");
}

/* "in the first half of the year", "in the first six months": a part of a
 * year, a period. */
static bool part_of_year(const cstate *st)
{
    const nf_doc *d = st->d;
    for (size_t k = st->s + 1; k + 1 < st->e; k++)
        if ((tok_is(d, k, "half") || tok_is(d, k, "quarter") || tok_is(d, k, "months")) &&
            (tok_in(d, k - 1, (const char *const[]){"first", "second", "third", "last", NULL}) ||
             (k >= st->s + 2 && tok_in(d, k - 2, (const char *const[]){"first", "last", "past", NULL}))) &&
            (tok_is(d, k + 1, "of") || tok_is(d, k, "months")))
            return true;
    return false;
}

/* "68 buildings collapsed", "more than 40 attacks": a count of incidents at
 * token k, too many for one; with a year, the sentence is a year's tally
 * ("68 buildings collapsed in Nigeria in 2025, killing more than 120"). */
static bool many_incidents(const nf_doc *d, size_t k, size_t e)
{
    num_val n;
    if (!num_parse(d, k, e, false, &n) || n.year_like || n.value < 10 || k + n.ntok >= e)
        return false;
    size_t w = k + n.ntok;
    if (tok_in(d, w, w_plural_cause))
        return true;
    return w + 1 < e && tok_in(d, w, (const char *const[]){"buildings", "structures", NULL}) &&
           tok_is(d, w + 1, "collapsed");
}

/* "the annual Karthika fair", "the annual pilgrimage": a yearly event
 * where one incident happened, not a year's tally ("the annual death
 * toll", "an annual average of 300"). A capitalised name may come between. */
static bool annual_gathering(const nf_doc *d, size_t k, size_t e)
{
    WORDS(gatherings, "fair", "festival", "pilgrimage", "parade", "procession", "carnival",
          "celebration", "celebrations", "feast", "fete", "gathering", "race", "marathon",
          "rally", "ceremony", "show", "concert", "mela", "jatra", "fiesta", "regatta",
          "tournament", "event", "commemoration", "retreat", "trip", "outing", "picnic");
    if (!tok_is(d, k, "annual"))
        return false;
    size_t n = k + 1;
    while (n < e && n < k + 4 && (d->toks[n].flags & TF_CAP) && is_word(d, n))
        n++;
    return n < e && tok_in(d, n, gatherings);
}

/* What statistic() asks of the whole sentence, read once. */
static void sentence_stats(cstate *st)
{
    const nf_doc *d = st->d;
    st->stat_sentence = false;
    st->cumulative = st->incident = st->event_word = false;
    st->perfect_kill = st->long_cause = NO_TOK;
    bool any_cause = false, cause_object = false, tally = false, in_year = false;
    bool many_events = false;
    for (size_t k = st->s; k < st->e; k++) {
        st->event_word |= (d->toks[k].lx & LX_EVENT) != 0;
        /* "fire accidents", "road crashes": a kind of cause, no incident */
        if (((d->toks[k].lx & LX_EVENT) && !tok_in(d, k, w_plural_cause) &&
             !(k + 1 < st->e && tok_in(d, k + 1, w_plural_cause))) ||
            one_incident(d, k, st->e))
            st->incident = true;
        num_val y;
        if (d->toks[k].kind == TK_NUM && k > st->s) {
            /* "in 2021", "during the 2023 season" */
            size_t yb = k > st->s + 1 && tok_is(d, k - 1, "the") && k + 1 < st->e &&
                                tok_is(d, k + 1, "season") ? k - 1 : k;
            if (tok_in(d, yb - 1, (const char *const[]){"in", "during", "throughout", NULL}) &&
                num_parse(d, k, st->e, false, &y) && y.year_like)
                in_year = true;
        }
        many_events |= d->toks[k].kind == TK_NUM && many_incidents(d, k, st->e);
        /* "1,377 overdose deaths", "road deaths": deaths of a kind, many
         * incidents (the lexicon bit first: this runs for every token) */
        bool kind_of_deaths = k + 1 < st->e && (d->toks[k + 1].lx & LX_DEATH) &&
                              tok_is(d, k + 1, "deaths") && tok_in(d, k, w_death_kinds);
        if (d->toks[k].kind != TK_WORD || (!tok_in(d, k, w_sentence_stats) && !kind_of_deaths))
            continue;
        tally |= tok_in(d, k, w_cumulative);
        if (tok_in(d, k, w_plural_cause) || kind_of_deaths) {
            any_cause = true;
            /* "died in mining accidents", "of toxic drug overdoses", "in
             * 1,377 overdose deaths", "in drug-related shootings"; not "In
             * 2022, floods killed 13" */
            for (size_t b = k; b-- > st->s && b + 6 > k;) {
                if (tok_in(d, b, (const char *const[]){"in", "by", "from", "of", NULL})) {
                    cause_object = true;
                    break;
                }
                if ((!is_word(d, b) && d->toks[b].kind != TK_NUM &&
                     !(tok_is_dash(d, b) && tok_touch(d, b))) ||
                    (d->toks[b].flags & TF_CAP))
                    break;
            }
        }
        if (tok_in(d, k, w_plural_cause) || tok_in(d, k, w_cumulative))
            st->cumulative = true;
        if (tok_in(d, k, w_global) && !annual_gathering(d, k, st->e))
            st->stat_sentence = true;
        /* "over the past decade", "in the last two decades"; not "the
         * deadliest fire in recent decades" */
        if ((tok_is(d, k, "decade") || tok_is(d, k, "decades")) && k >= st->s + 1 &&
            (tok_in(d, k - 1, (const char *const[]){"past", "last", "previous", NULL}) ||
             (k >= st->s + 2 && (d->toks[k - 1].lx & LX_NUMWORD) &&
              tok_in(d, k - 2, (const char *const[]){"past", "last", "previous", NULL}))) &&
            !superlative_before(d, st->s, k))
            st->stat_sentence = true;
        if (st->long_cause == NO_TOK && tok_in(d, k, w_long_run))
            st->long_cause = k;
        if (st->perfect_kill == NO_TOK && k + 1 < st->e &&
            (tok_is(d, k, "has") || tok_is(d, k, "have")) &&
            (tok_is(d, k + 1, "killed") || tok_is(d, k + 1, "claimed")))
            st->perfect_kill = k;
    }
    st->stat_sentence |= sentence_since(st) || part_of_year(st);   /* after incident is known */
    /* A year's tally over many incidents: "148 people died in mining
     * accidents in 2021", "since 2019, ... 800 have been killed by cyclones",
     * "crashes killed 312 people across Nigeria in 2025", "according to
     * GIS data, 11 people died ... in 2023". But "In 2022, floods in the
     * region killed 13 people" recalls one incident. */
    if ((in_year || since_year(st)) &&
        ((!st->incident && (cause_object || (any_cause && tally) || cites_figures(st))) ||
         many_events || country_wide(st)))
        st->stat_sentence = true;   /* and "died across Canada during the 2023 season" */
}

/* Does the sentence name a year ("recalled June 2016, when ...")? */
static bool sentence_names_year(const cstate *st)
{
    const nf_doc *d = st->d;
    for (size_t k = st->s; k < st->e; k++) {
        num_val y;
        if (d->toks[k].kind == TK_NUM && num_parse(d, k, st->e, false, &y) && y.year_like)
            return true;
    }
    return false;
}

/* Is token k a year after "in" ("in 2018", "in May 2023", "in March last
 * year"), not a year's tally ("in 2024 alone")? */
static bool in_year_at(const cstate *st, size_t k)
{
    const nf_doc *d = st->d;
    num_val y;
    if (k <= st->s)
        return false;
    size_t b = k - 1;
    if ((d->toks[b].lx & LX_MONTH) && b > st->s)
        b--;
    if (!tok_is(d, b, "in"))
        return false;
    if (tok_is(d, k, "last") && k + 1 < st->e && tok_is(d, k + 1, "year"))
        return d->toks[k - 1].lx & LX_MONTH;
    return d->toks[k].kind == TK_NUM && num_parse(d, k, st->e, false, &y) && y.year_like &&
           !(k + 1 < st->e && tok_is(d, k + 1, "alone"));
}

/* Is the sentence in the headings or the first two body sentences? */
static bool in_lede(const cstate *st)
{
    const nf_doc *d = st->d;
    size_t body = 0;
    for (size_t s = 0; s < d->toks[st->s].sent && body < 2; s++)
        body += !(d->sents[s].flags & SF_HEADING);
    return body < 2;
}

/* Does the sentence recall an earlier incident by its date: "In 2021, a
 * 52-year-old man died ...", "In 2016 a lashing worker died", "Last summer
 * a woman was killed", "were injured in 2018 when ...", "three years after
 * a man was killed", "revived memories of a 2021 accident", "came in June
 * 2016, when the bodies of 34 migrants ..."? Its counts are that
 * incident's. Days, weeks and months after may still be the story's own
 * incident ("six months after the collapse, three remain missing"), and so
 * may a year in the lede of a trial or a hostage's release ("poisoned by
 * carbon monoxide in February 2022"). */
static bool recalls_dated_incident(const cstate *st)
{
    WORDS(seasons, "year", "summer", "winter", "spring", "autumn");
    WORDS(before_now, "ago", "after", "earlier", "before");
    const nf_doc *d = st->d;
    num_val y;
    if (st->s + 2 < st->e && tok_is(d, st->s, "in") &&
        in_year_at(st, st->s + 1 + ((d->toks[st->s + 1].lx & LX_MONTH) != 0)))
        return true;
    for (size_t k = st->s; k + 2 < st->e; k++) {
        if ((tok_is(d, k, "memories") && tok_is(d, k + 1, "of")) || tok_is(d, k, "recalled"))
            return sentence_names_year(st);
        if (d->toks[k].kind == TK_NUM && is_comma(d, k + 1) && tok_is(d, k + 2, "when") &&
            num_parse(d, k, st->e, false, &y) && y.year_like)
            return true;
    }
    if (in_lede(st))
        return false;
    if (st->s + 1 < st->e && tok_is(d, st->s, "last") && tok_in(d, st->s + 1, seasons))
        return true;
    for (size_t k = st->s; k + 1 < st->e; k++) {
        if (d->toks[k].kind == TK_NUM || tok_is(d, k, "last")) {
            if (in_year_at(st, k) && !(k >= st->s + 2 && tok_is(d, k - 2, "since")))
                return true;
            continue;
        }
        if (tok_is(d, k, "years") && k > st->s && tok_in(d, k + 1, before_now) &&
            (d->toks[k - 1].kind == TK_NUM || (d->toks[k - 1].lx & LX_NUMWORD)))
            return true;   /* "three years after", "two years ago" */
        if ((tok_is(d, k, "year") || tok_is(d, k, "months")) && tok_is(d, k + 1, "ago"))
            return true;   /* "a year ago", "six months ago" */
    }
    return false;
}

/* ---- candidates --------------------------------------------------------- */

/* The head word of a group, singular and folded, as a reader compares
 * groups: "teenage girl" and "girls" agree. Writes into buf ("" for none). */
static void group_key(const nf_doc *d, size_t gfrom, size_t gto, char *buf, size_t n)
{
    static const struct { const char *pl, *sg; } irregular[] = {
        {"women", "woman"}, {"men", "man"}, {"children", "child"}, {"people", "person"},
    };
    /* heads that say no more than the nationality before them: "two Indian
     * nationals" and "the two Indian victims" are one group */
    WORDS(generic, "nationals", "national", "citizens", "citizen", "victims", "victim",
          "people", "persons");
    buf[0] = '\0';
    if (gto <= gfrom)
        return;
    size_t h = gto - 1;
    if (h > gfrom && tok_in(d, h, generic) && (d->toks[h - 1].flags & TF_CAP))
        h--;
    const char *w = tok_fold(d, h);
    for (size_t k = 0; k < sizeof irregular / sizeof irregular[0]; k++)
        if (strcmp(w, irregular[k].pl) == 0)
            w = irregular[k].sg;
    size_t len = strlen(w);
    if (len > 3 && w[len - 1] == 's' && w[len - 2] != 's')
        len--;
    if (len >= n)
        len = n - 1;
    memcpy(buf, w, len);
    buf[len] = '\0';
}

/* "fatally wounded", "mortally injured": the evidence (or the adverb just
 * before it, "fatally [wounded two suspects]") tells of deaths */
static bool fatal_injury(const nf_doc *d, size_t from, size_t to)
{
    for (size_t k = from > 0 ? from - 1 : from; k + 1 < to; k++)
        if ((tok_is(d, k, "fatally") || tok_is(d, k, "mortally")) && (d->toks[k + 1].lx & LX_INJURY))
            return true;
    return false;
}

static long add_cand(cstate *st, int cat, long long count, nf_qualifier qual, size_t gfrom,
                     size_t gto, size_t from, size_t to)
{
    if (cat < 0 || count <= 0)
        return -1;
    if (cat == NF_INJURED && fatal_injury(st->d, from, to))
        cat = NF_DEAD;
    cand *c = VEC_PUSH(st->cands, st->n_cands, st->cap_cands);
    memset(c, 0, sizeof *c);
    c->cat = (nf_category)cat;
    c->count = count;
    c->qual = qual;
    c->gfrom = gfrom;
    c->gto = gto;
    c->text = ex_tok_span(st->ctx, from, to);
    c->order = st->n_cands - 1;
    c->recalled = st->recalled;
    group_key(st->d, gfrom, gto, c->key, sizeof c->key);
    return (long)(st->n_cands - 1);
}

/* The group words of a counted phrase: its modifiers and head without the
 * number, an age or "other" ("students", "Venezuelan migrants", "teenage
 * girl"). */
static void np_group(const cstate *st, const cnp *p, size_t *gfrom, size_t *gto)
{
    if (p->head != NO_TOK && p->head < p->num) {   /* "a crew of four" */
        *gfrom = p->head;
        *gto = p->head + 1;
        return;
    }
    size_t g = p->mod;
    for (;;) {
        size_t c = compound_end(st->d, g, st->e);
        if (g < p->head && (tok_is(st->d, g, "other") || tok_is(st->d, g, "more")))
            g++;
        else if (p->head != NO_TOK && c > g && c <= p->head && st->d->toks[g].kind == TK_NUM)
            g = c;   /* an age is no kind of person: "a 30-year-old man" → "man" */
        else
            break;
    }
    *gfrom = g;
    size_t c = p->head == NO_TOK ? g : compound_end(st->d, p->head, st->e);
    *gto = p->head == NO_TOK ? g : c > p->head + 1 ? c : p->head + 1;   /* "passer-by" */
}

static size_t maxz(size_t a, size_t b)
{
    return a > b ? a : b;
}

/* The index of the phrase that starts at token t, -1 when none. */
static int np_at(const cstate *st, size_t t)
{
    for (size_t k = 0; k < st->n_np; k++)
        if (st->np[k].start == t)
            return (int)k;
    return -1;
}

/* The next item of a list after phrase a: "and"/","/", and" then a
 * counted phrase, with up to five words of detail skipped first ("a man in
 * his 60s and a teenage girl"). -1 when the list ends. */
/* After ", and": "three other people were injured" opens a clause of its
 * own (other people, a verb of their own), no item of the list before. */
static bool other_clause_subject(const cstate *st, const cnp *p)
{
    const nf_doc *d = st->d;
    bool other = false;
    for (size_t k = p->start; k < p->end; k++)
        other |= tok_is(d, k, "other");
    return other && p->end < st->e && tok_in(d, p->end, w_aux);
}

/* Has the clause before token t its verb already ("Nine people have been
 * confirmed dead, including ...")? */
static bool verb_before(const cstate *st, size_t t)
{
    for (size_t k = st->s; k < t; k++)
        if (tok_in(st->d, k, w_aux) || (st->d->toks[k].lx & LX_VERB_PAST))
            return true;
    return false;
}

/* "a 45-year-old man" in "The driver, a 45-year-old man, was killed": a
 * singular phrase after a comma that a comma and the verb close, another
 * name for the phrase before it rather than the next of a list. */
static bool appositive_np(const cstate *st, const cnp *b)
{
    const nf_doc *d = st->d;
    if (!(tok_is(d, b->start, "a") || tok_is(d, b->start, "an")) || b->count != 1)
        return false;
    for (size_t m = b->end; m < st->e && m < b->end + 14; m++)
        if (is_comma(d, m))
            return m + 1 < st->e && tok_in(d, m + 1, w_aux);
    return false;
}

static int list_next(const cstate *st, const cnp *a, bool allow_detail)
{
    const nf_doc *d = st->d;
    /* "a 62-year-old woman who sold tamales at the market and her
     * 8-year-old grandson": a relative clause about the item, its verbs
     * included */
    bool relative = allow_detail && a->end < st->e && tok_is(d, a->end, "who");
    size_t lim = relative ? 12 : allow_detail ? 6 : 1;
    for (size_t k = a->end; k < st->e && k < a->end + lim; k++) {
        size_t n = k;
        if (is_comma(d, n) && n + 1 < st->e && tok_is(d, n + 1, "and"))
            n++;
        if (relative && is_comma(d, n))
            return -1;   /* "... to the surface, a relative of one of the victims told" */
        if (is_comma(d, n) || tok_is(d, n, "and") || tok_is_punct(d, n, '&')) {
            int b = np_at(st, n + 1);
            if (b >= 0 && n > k && (other_clause_subject(st, &st->np[b]) ||
                                    (is_comma(d, k) && st->np[b].end < st->e &&
                                     tok_in(d, st->np[b].end, w_aux) && verb_before(st, a->start))))
                return -1;   /* "carrying four people, and three other people were injured",
                              * "including four children, and at least 23 people have been
                              * treated": a clause of its own */
            if (b >= 0 && is_comma(d, n) && st->np[b].end < st->e &&
                (d->toks[st->np[b].end].lx & LX_SPEECH))
                return -1;   /* "including five women and three children, an official said" */
            if (b >= 0 && is_comma(d, n) && !allow_detail && appositive_np(st, &st->np[b]))
                return -1;   /* "The driver, a 45-year-old man, was killed": one person */
            if (b >= 0 && (st->np[b].head != NO_TOK || st->np[b].own_cat != CAT_NONE))
                return b;
            if (!tok_is(d, n, "and") && !allow_detail)
                return -1;
        }
        const nf_tok *t = &d->toks[k];
        if (t->kind == TK_PUNCT && !is_comma(d, k))
            return -1;
        if (t->kind == TK_WORD && ((tok_in(d, k, w_aux) && !relative) ||
                                   (t->lx & (LX_SPEECH | LX_ARREST))))
            return -1;
    }
    return -1;
}

/* ---- the readers of one sentence -------------------------------------- */

static bool has_semicolon(const nf_doc *d, size_t from, size_t to)
{
    for (size_t k = from; k < to; k++)
        if (tok_is_punct(d, k, ';'))
            return true;
    return false;
}

/* A plain figure after "from" in "rose to 45 from 30": a whole number. */
static bool bare_count(const cstate *st, size_t i, num_val *nv)
{
    if (!num_parse(st->d, i, st->e, false, nv) || nv->year_like || nv->value < 1 ||
        nv->value != (double)(long long)nv->value)
        return false;
    size_t j = i + nv->ntok;
    return j >= st->e || !(st->d->toks[j].lx & (LX_UNIT | LX_CURRENCY | LX_MULT));
}

/* "The death toll rose overnight from 14", "climbed from 30 to 45": the
 * figure after "from" right after the toll's verb is an earlier total. */
static void earlier_toll(cstate *st, size_t k, int cat)
{
    const nf_doc *d = st->d;
    for (size_t j = k + 1; j < st->e && j < k + 5; j++) {
        if (d->toks[j].kind != TK_WORD || tok_is(d, j, "to"))
            return;
        num_val nv;
        if (!tok_is(d, j, "from") || j + 1 >= st->e || !bare_count(st, j + 1, &nv))
            continue;
        int r = np_at(st, j + 1);
        if (r >= 0)
            st->np[r].role = ROLE_DONE;
        add_cand(st, cat, (long long)nv.value, NF_EXACT, 0, 0, j, j + 1 + nv.ntok);
        return;
    }
}

/* Does "from" at k close "up to 56", "rose to 21 on Sunday": a word of
 * change, "to", a number and at most three words of time before it? */
static bool rise_to_before(const nf_doc *d, size_t k, size_t s)
{
    WORDS(change, "up", "down", "rose", "risen", "rises", "rising", "climbed", "climbs",
          "increased", "jumped", "fell", "dropped");
    for (size_t t = k; t-- > s + 1 && t + 6 > k;) {
        if (!tok_is(d, t, "to"))
            continue;
        if (!tok_in(d, t - 1, change) || t + 1 >= k ||
            !(d->toks[t + 1].kind == TK_NUM || (d->toks[t + 1].lx & LX_NUMWORD)))
            return false;
        for (size_t w = t + 2; w < k; w++)   /* "on Sunday", "a day earlier" */
            if (d->toks[w].kind != TK_WORD && d->toks[w].kind != TK_NUM)
                return false;
        return true;
    }
    return false;
}

/* Where the figure after "from" is, at or past at: "from an initial nine",
 * "up from a previous figure of eight", "from an earlier toll of 15"; at
 * itself when none of these. */
WORDS(w_earlier_adj, "previous", "earlier", "initial", "prior", "original", "preliminary",
      "first");
WORDS(w_figure_nouns, "figure", "toll", "count", "tally", "total", "estimate", "number");
static size_t earlier_figure_at(const nf_doc *d, size_t at, size_t e)
{
    if (!(tok_is(d, at, "a") || tok_is(d, at, "an") || tok_is(d, at, "the")))
        return at;
    size_t k = at + 1;
    bool adj = k < e && tok_in(d, k, w_earlier_adj);
    k += adj;
    if (k + 2 < e && tok_in(d, k, w_figure_nouns) && tok_is(d, k + 1, "of"))
        return k + 2;
    return adj && k < e ? k : at;
}

/* "11 citizens had been killed, including three civilians, up from nine it
 * reported in the morning", "up from a previous figure of eight", "revised
 * up to 56 from about 40", "rose to 21 on Sunday from 17 a day earlier":
 * the earlier figure is a fact of its own, of the category of the count
 * before it. */
/* Is there a "toll" in [from, to)? */
static bool toll_before(const nf_doc *d, size_t from, size_t to)
{
    for (size_t k = from; k < to; k++)
        if (tok_is(d, k, "toll"))
            return true;
    return false;
}

static void read_up_from(cstate *st)
{
    const nf_doc *d = st->d;
    for (size_t k = st->s; k + 2 < st->e; k++) {
        bool up_from = (tok_is(d, k, "up") || tok_is(d, k, "down")) && tok_is(d, k + 1, "from");
        bool to_from = tok_is(d, k, "from") && rise_to_before(d, k, st->s);
        /* "The toll has risen from nine reported on Tuesday": the new
         * figure was told in the sentence before */
        bool toll_from = (!to_from && tok_is(d, k, "from") && k > st->s + 1 &&
                          tok_in(d, k - 1, w_revised) && tok_is(d, k - 2, "has") &&
                          toll_before(d, st->s, k)) ||
                         /* "The death toll reported on Wednesday was up from 27" */
                         (up_from && k > st->s + 1 && tok_in(d, k - 1, w_aux) &&
                          toll_before(d, st->s, k));
        if (!up_from && !to_from && !toll_from)
            continue;
        size_t at = up_from ? k + 2 : k + 1, figure = earlier_figure_at(d, at, st->e);
        bool the = figure == at && at + 1 < st->e && tok_is(d, at, "the");
        if (the)
            at++;   /* "up from the eight reported earlier": the figure told before */
        at = figure > at ? figure : at;
        int q = np_at(st, at);
        num_val nv;
        if (q >= 0 ? st->np[q].cand >= 0 || (st->np[q].role == ROLE_DONE && !the) ||
                         st->np[q].head != NO_TOK
                   : !bare_count(st, at, &nv))
            continue;
        const cand *last = NULL;   /* the closest count before */
        for (size_t c = st->sent_first; c < st->n_cands; c++)
            if (st->cands[c].text.end <= d->toks[k].start &&
                (!last || st->cands[c].text.end > last->text.end))
                last = &st->cands[c];
        if (!last && !toll_from)
            continue;
        int cat = last ? (int)last->cat : X(NF_DEAD);
        if (q < 0) {
            /* "up from 38 dead announced overnight": the figure's own word */
            size_t w = at + nv.ntok;
            int own = w < st->e ? count_word_cat(d, w) : CAT_NONE;
            add_cand(st, own != CAT_NONE ? own : cat, (long long)nv.value, NF_EXACT, 0, 0, at,
                     w + (own != CAT_NONE));
            continue;
        }
        cnp *p = &st->np[q];
        p->role = ROLE_DONE;
        p->cat = cat;
        p->cand = add_cand(st, cat, p->count, p->qual, 0, 0, p->start, p->end);
    }
}

/* "two Ukrainian lorry drivers had been killed": a count whose phrase names
 * a nationality may be a breakdown; by_nationality decides once the
 * story's totals are known. */
static void note_nationality(cstate *st)
{
    for (size_t n = 0; n < st->n_np; n++) {
        const cnp *p = &st->np[n];
        if (p->cand < 0 || p->head == NO_TOK || p->article || !person_noun(st->ctx, p->head))
            continue;
        cand *c = &st->cands[p->cand];
        size_t gf, gt;
        np_group(st, p, &gf, &gt);
        if (c->gto == c->gfrom && gf < p->head && nationality(st->ctx, gf)) {
            c->nfrom = gf;
            c->nto = gt;
        }
    }
}

/* A modal verb among tokens [from, to), after any aside set off by commas:
 * "could have reached", "is expected to", "will rise to"; but not "The
 * toll, which officials warned could rise, reached 45". */
static bool modal_between(const nf_doc *d, size_t from, size_t to)
{
    WORDS(modal, "could", "would", "might", "may", "should", "will", "expected", "likely");
    for (size_t m = to; m-- > from;) {
        if (is_comma(d, m))
            return false;
        if (tok_in(d, m, modal))
            return true;
    }
    return false;
}

/* "counted 127 people hospitalized; by Monday evening the figure had
 * reached 241", "... By Monday the figure had risen to 241": a new total
 * of the last count, told in this sentence or the one before. */
static void figure_reached(cstate *st)
{
    WORDS(grown, "reached", "risen", "rose", "climbed", "jumped", "grown", "increased",
          "stood", "stands", "fallen", "fell", "dropped", "decreased");
    const nf_doc *d = st->d;
    size_t sent = d->toks[st->s].sent;
    for (size_t k = st->s + 1; k + 2 < st->e; k++) {
        /* "By Thursday evening that number had fallen to one" */
        if (!(tok_is(d, k, "figure") || tok_is(d, k, "number")) ||
            !tok_in(d, k - 1, (const char *const[]){"the", "that", "this", NULL}))
            continue;
        /* the last count told before it, in this sentence or the one before */
        const cand *last = NULL;
        for (size_t c = st->n_cands; c-- > 0 && !last;)
            if (st->cands[c].text.end <= d->toks[k].start)
                last = &st->cands[c];
        if (!last || last->cat == NF_ABOARD || last->drop ||
            (sent > 0 && last->text.start < d->sents[sent - 1].start))
            return;
        size_t v = k + 1;
        if (tok_in(d, v, (const char *const[]){"had", "has", NULL}))
            v++;
        if (!tok_in(d, v, grown))
            return;
        v++;
        if (v < st->e && tok_in(d, v, (const char *const[]){"to", "at", NULL}))
            v++;
        int n = np_at(st, v);
        if (n < 0 || st->np[n].cand >= 0 || st->np[n].head != NO_TOK)
            return;
        cnp *p = &st->np[n];
        p->role = ROLE_DONE;
        p->cat = (int)last->cat;
        p->cand = add_cand(st, p->cat, p->count, p->qual, 0, 0, k - 1, p->end);
        return;
    }
}

/* After "By evening" or "By Monday night," at the start of a sentence:
 * the token after it (k itself when there is none). */
static size_t skip_by_when(const nf_doc *d, size_t k, size_t e)
{
    if (!tok_is(d, k, "by"))
        return k;
    for (size_t j = k + 1; j < e && j < k + 5; j++) {
        if (tok_is(d, j, "it"))
            return j;
        if (is_comma(d, j))
            return j + 1;
        if (d->toks[j].kind != TK_WORD || (d->toks[j].lx & LX_STOP))
            return k;
    }
    return k;
}

/* "... put the number of dead at 49. It was revised down to 32 late that
 * night", "By evening it stood at 27": the sentence right after a toll
 * revises it. */
static void revised_toll(cstate *st)
{
    WORDS(revised, "revised", "lowered", "raised", "corrected", "updated", "downgraded",
          "upgraded", "reduced", "increased");
    WORDS(grown, "rose", "risen", "climbed", "reached", "stood", "jumped");
    WORDS(adverbs, "later", "then", "subsequently", "since", "also");
    const nf_doc *d = st->d;
    size_t k = skip_by_when(d, st->s, st->e);
    if (st->toll_next != st->s || !tok_is(d, k, "it") || k + 4 >= st->e)
        return;
    k++;
    if (tok_in(d, k, (const char *const[]){"has", "had", NULL}) && tok_is(d, k + 1, "been"))
        k++;
    else if (tok_in(d, k, (const char *const[]){"has", "had", NULL}) && tok_in(d, k + 1, grown))
        k++;
    else if (!tok_is(d, k, "was") && !tok_in(d, k, grown))
        return;
    if (!tok_in(d, k, grown)) {
        k++;
        if (tok_in(d, k, adverbs))
            k++;
        if (!tok_in(d, k, revised))
            return;
    }
    k++;
    if (tok_in(d, k, (const char *const[]){"down", "up", "downward", "upward", NULL}))
        k++;
    int n = k < st->e && (tok_is(d, k, "to") || tok_is(d, k, "at")) ? np_at(st, k + 1) : -1;
    if (n < 0 || st->np[n].role == ROLE_DONE || st->np[n].head != NO_TOK)
        return;
    cnp *p = &st->np[n];
    p->role = ROLE_DONE;
    p->cat = st->toll_cat;
    p->cand = add_cand(st, p->cat, p->count, p->qual, 0, 0, st->s, p->end);
    st->toll_next = st->e;
}

/* A "since" of a period in tokens [from, to). */
static bool since_period_in(const nf_doc *d, size_t from, size_t to)
{
    for (size_t k = from; k + 1 < to; k++)
        if (ex_since_period(d, k, to))
            return true;
    return false;
}

/* "death toll rises to 45", "the number of people killed has risen to 45
 * from 30", "bringing the toll to 52": a total, and an earlier one after
 * "from". */
static void read_tolls(cstate *st)
{
    WORDS(link,
        "to", "at", "of", "reached", "reaches", "hit", "hits", "topped", "tops", "passed",
        "past", "surpassed", "exceeded", "is", "was", "now", "stands", "stood");
    const nf_doc *d = st->d;
    for (size_t k = st->s; k < st->e; k++) {
        int cat = CAT_NONE;
        if (tok_is(d, k, "toll")) {
            cat = X(NF_DEAD);
            if (k > st->s && (tok_is(d, k - 1, "injury") || tok_is(d, k - 1, "road")))
                continue;
            size_t a = k - (k > st->s + 1 && tok_is(d, k - 1, "death"));
            if (a > st->s && tok_in(d, a - 1, (const char *const[]){"annual", "yearly", NULL}))
                continue;   /* "the annual death toll": a statistic */
        } else if (tok_is(d, k, "number") && k + 2 < st->e && tok_is(d, k + 1, "of")) {
            size_t w = k + 2;
            if (w + 1 < st->e && tok_is(d, w, "the"))
                w++;   /* "the number of the dead" */
            WORDS(known, "confirmed", "known", "reported", "official", "recorded");
            if (w + 1 < st->e && tok_in(d, w, known))
                w++;   /* "the number of confirmed dead" */
            if (tok_in(d, w, w_generic_head) || tok_is(d, w, "those"))
                w++;
            /* "the number of persons who (have) died" */
            if (w + 1 < st->e && (tok_is(d, w, "who") || tok_is(d, w, "that")))
                w += 1 + (w + 2 < st->e && tok_in(d, w + 1, w_aux));
            cat = count_word_cat(d, w);
            if (cat == CAT_NONE && tok_is(d, w, "deaths"))
                cat = X(NF_DEAD);
            k = w;
        }
        if (cat == CAT_NONE)
            continue;
        earlier_toll(st, k, cat);
        for (size_t n = 0; n < st->n_np; n++) {
            cnp *p = &st->np[n];
            /* "The death toll from Tuesday's pipeline fire at Rumuekpe
             * community in Emohua Local Government Area ... has risen to 27" */
            if (p->start <= k || p->start > k + 24 || p->role == ROLE_DONE)
                continue;
            if (p->start > 0 && tok_is(d, p->start - 1, "from"))
                continue;   /* the earlier total, read by earlier_toll */
            size_t before = p->start;   /* "put the number of injured at “more than 30”" */
            if (before > k + 1 && d->toks[before - 1].kind == TK_QUOTE)
                before--;
            if (before == 0 || !tok_in(d, before - 1, link) || has_semicolon(d, k + 1, p->start))
                break;
            if (modal_between(d, k + 1, before))
                break;   /* "the toll could have exceeded 50 had ...": what did not happen */
            if (since_period_in(d, k + 1, before))
                break;   /* "the death toll since October 2023 to 44,382": a war's tally */
            p->role = ROLE_DONE;
            p->cat = cat;
            p->cand = add_cand(st, cat, p->count, p->qual, 0, 0, k, p->end);
            st->toll_next = st->e;
            st->toll_cat = cat;
            /* "... to 45 from 30", "up from 30" */
            size_t f = p->end;
            if (f + 1 < st->e && is_comma(d, f) &&
                (tok_is(d, f + 1, "up") || tok_is(d, f + 1, "from")))
                f++;
            if (f < st->e && tok_is(d, f, "up"))
                f++;
            if (f + 1 < st->e && tok_is(d, f, "from")) {
                /* "to 13 from an initial nine": the count follows */
                size_t c = earlier_figure_at(d, f + 1, st->e);
                int r = np_at(st, c);
                num_val nv;
                /* "to 13 from the 11 it announced on Monday": the figure told before */
                if (c == f + 1 && tok_is(d, c, "the") && c + 1 < st->e &&
                    bare_count(st, c + 1, &nv)) {
                    if (r >= 0)
                        st->np[r].role = ROLE_DONE;
                    r = np_at(st, ++c);
                }
                if (r >= 0 && st->np[r].head == NO_TOK && st->np[r].qual != NF_EXACT) {
                    /* "to 56 from about 40" */
                    add_cand(st, cat, st->np[r].count, st->np[r].qual, 0, 0, f + 1, st->np[r].end);
                } else if (bare_count(st, c, &nv)) {
                    add_cand(st, cat, (long long)nv.value, NF_EXACT, 0, 0, f + 1, c + nv.ntok);
                } else {
                    r = -1;
                }
                if (r >= 0)
                    st->np[r].role = ROLE_DONE;
            }
            break;
        }
    }
}

/* Has the story told of deaths before this sentence? "The victims" are
 * then the dead. */
static bool story_has_dead(const cstate *st)
{
    for (size_t c = 0; c < st->sent_first; c++)
        if (st->cands[c].cat == NF_DEAD)
            return true;
    return false;
}

/* "The victims" once the story has told of deaths are the dead
 * ("The victims included four children", "Three of the victims were
 * Nepali nationals"). */
static int victims_cat(const cstate *st, size_t k)
{
    return tok_is(st->d, k, "victims") && story_has_dead(st) ? X(NF_DEAD) : CAT_NONE;
}

/* Each counted phrase of the list that starts at np a is a group of cat. */
static void add_list_groups(cstate *st, int a, int cat)
{
    while (a >= 0 && st->np[a].head != NO_TOK && st->np[a].role != ROLE_DONE) {
        cnp *p = &st->np[a];
        size_t gf, gt;
        np_group(st, p, &gf, &gt);
        p->role = ROLE_DONE;
        p->cat = cat;
        p->cand = add_cand(st, cat, p->count, p->qual, gf, gt, p->start, p->end);
        a = list_next(st, p, true);
    }
}

/* "were later confirmed to be", "are believed to be", "were identified
 * as": the word that the list follows, or v itself */
static size_t confirmed_to_be(const nf_doc *d, size_t v, size_t e)
{
    WORDS(be, "were", "are", "was", "is");
    WORDS(adverbs, "later", "since", "now", "all", "also");
    WORDS(reported, "confirmed", "identified", "believed", "said", "reported", "found", "known");
    if (!tok_in(d, v, be))
        return v;
    size_t k = v + 1;
    if (k < e && tok_in(d, k, adverbs))
        k++;
    if (k + 2 < e && tok_in(d, k, reported) && tok_is(d, k + 1, "to") && tok_is(d, k + 2, "be"))
        return k + 2;
    if (k + 1 < e && tok_is(d, k, "identified") && tok_is(d, k + 1, "as"))
        return k + 1;
    return v;
}

/* "the bodies recovered so far were those of six Venezuelans, two
 * Ecuadoreans and a Colombian" (bodies at k): the dead, by kind. */
static void bodies_were_those_of(cstate *st, size_t k)
{
    const nf_doc *d = st->d;
    size_t v = k + 1;
    if (tok_in(d, v, (const char *const[]){"recovered", "found", "retrieved", "identified", NULL}))
        v++;
    if (tok_is(d, v, "so") && tok_is(d, v + 1, "far"))
        v += 2;
    if (v + 3 < st->e && tok_in(d, v, (const char *const[]){"were", "are", NULL}) &&
        tok_is(d, v + 1, "those") && tok_is(d, v + 2, "of"))
        add_list_groups(st, np_at(st, v + 3), X(NF_DEAD));
}

/* "the dead included five women and a girl", "Among the injured were 12
 * children", "The victims who died were a man and a woman", "The children
 * killed were a boy and a girl": the list after
 * breaks the category down by kind of person. */
static void read_included(cstate *st)
{
    WORDS(verbs, "included", "include", "includes", "including",
                                        "were", "are", "was", "is", "comprised", "comprises");
    const nf_doc *d = st->d;
    for (size_t k = st->s + 1; k + 2 < st->e; k++) {
        bool the = tok_is(d, k - 1, "the");   /* "the crew comprised", "The dead, ..." */
        int cat = count_word_cat(d, k);
        if (cat == CAT_NONE && the) {
            if (tok_is(d, k, "crew") || tok_is(d, k, "passengers"))
                cat = X(NF_ABOARD);         /* "The crew comprised 14 Filipinos, ..." */
            else
                cat = victims_cat(st, k);
        }
        if (the && tok_is(d, k, "bodies")) {
            bodies_were_those_of(st, k);
            continue;
        }
        if (cat == CAT_NONE || tok_is(d, k, "bodies") || tok_is(d, k, "lives"))
            continue;
        bool det = tok_is(d, k - 1, "the") || tok_is(d, k - 1, "those") || tok_is(d, k - 1, "who");
        /* "The children killed were ...", "the passengers missing include ..." */
        /* and "Among the 11 injured were ...", "The five missing are ..." */
        bool counted = !det && k >= st->s + 2 &&
                       ((d->toks[k - 1].lx & (LX_PERSON_N | LX_NUMWORD)) ||
                        d->toks[k - 1].kind == TK_NUM) &&
                       (tok_is(d, k - 2, "the") || tok_is(d, k - 2, "those"));
        det |= counted;
        size_t v = k + 1;
        if (v + 2 < st->e && is_comma(d, v) && tok_is(d, v + 1, "who"))
            v += 2;   /* "the injured, who included four women," */
        if (v + 1 < st->e && (tok_is(d, v, "also") || tok_is(d, v, "now")))
            v++;      /* "the dead also include six farm workers", "now include" */
        /* "The survivors -- 27 Egyptians, nine Bangladeshis ... --" */
        bool dash = paren_dash(d, v);
        /* "The dead, three women and two men, have not been identified",
         * "The four dead, two Koreans and two Vietnamese, were found" */
        bool comma = is_comma(d, v) && ((k == st->s + 1 && the) ||
                                        (k == st->s + 2 && counted && tok_is(d, st->s, "the") &&
                                         !(d->toks[k - 1].lx & LX_PERSON_N)));
        if (!det || !(tok_in(d, v, verbs) || tok_is_punct(d, v, ':') || dash || comma))
            continue;   /* "a breakdown of the dead: nine Bulgarians, ..." */
        while (dash && v + 1 < st->e && tok_is_dash(d, v + 1) && tok_touch(d, v + 1))
            v++;   /* " -- " typed as two hyphens */
        v = confirmed_to_be(d, v, st->e);
        /* the list must start right away: "were a man and ..." */
        add_list_groups(st, np_at(st, v + 1), cat);
    }
}

/* "Twenty-five people were rescued. They included eight Nigerians, six
 * Gambians and a Malian.": the sentence after a count breaks it down. */
static void read_they_included(cstate *st)
{
    const nf_doc *d = st->d;
    size_t k = st->s, cur = d->toks[k].sent;
    if (k + 2 >= st->e || cur == 0 || st->sent_first == 0 ||
        !tok_in(d, k, (const char *const[]){"they", "these", "those", NULL}) ||
        !tok_in(d, k + 1, (const char *const[]){"included", "include", NULL}))
        return;
    const cand *last = &st->cands[st->sent_first - 1];
    if (last->drop || last->gto > last->gfrom || last->text.start < d->sents[cur - 1].start)
        return;
    add_list_groups(st, np_at(st, k + 2), (int)last->cat);
}

/* A list set off by a dash, a colon, a bracket or a comma right after a
 * count, whose numbers add up to it: "780 people – 742 passengers and 38
 * crew", "the two missing people, a man in his 60s and a teenage girl". */
static void mark_sum_lists(cstate *st)
{
    const nf_doc *d = st->d;
    for (size_t n = 0; n < st->n_np; n++) {
        cnp *p = &st->np[n];
        size_t k = p->end;
        if (k + 2 < st->e && tok_is(d, k, "on") && tok_is(d, k + 1, "board"))
            k += 2;   /* "21 crew on board – 17 migrant workers ... and four Thais" */
        else if (k + 1 < st->e && tok_is(d, k, "aboard"))
            k++;
        if (p->role != ROLE_MAIN || k + 1 >= st->e)
            continue;
        /* or after the count's predicate: "Eight people are confirmed dead –
         * five foreign climbers and three Nepali guides" */
        for (size_t w = k; w < st->e && w < p->end + 5 && is_word(d, w); w++)
            if (w + 1 < st->e && (paren_dash(d, w + 1) || tok_is_punct(d, w + 1, ':')) &&
                count_word_cat(d, w) != CAT_NONE)
                k = w + 1;
        if (!(paren_dash(d, k) || tok_is_punct(d, k, ':') || tok_is_punct(d, k, '(') ||
              is_comma(d, k)))
            continue;
        if (paren_dash(d, k + 1))
            k++;   /* " -- " */
        int a = np_at(st, k + 1);
        int items[8], ni = 0;
        long long sum = 0;
        while (a >= 0 && ni < 8 && st->np[a].head != NO_TOK && st->np[a].own_cat == CAT_NONE &&
               person_noun(st->ctx, st->np[a].head)) {
            items[ni++] = a;
            sum += st->np[a].count;
            a = list_next(st, &st->np[a], true);
        }
        if (ni < 2 || sum != p->count)
            continue;
        for (int m = 0; m < ni; m++) {
            st->np[items[m]].role = ROLE_CHILD;
            st->np[items[m]].parent = (int)n;
        }
    }
}

/* "firefighters rescued 37 of them, many by ladder", "killed 12 of them
 * and abducted the rest": a bare count of those the story told of, the
 * object of a verb, the clause ending after "them". */
static bool object_of_them(const cstate *st, const cnp *p)
{
    const nf_doc *d = st->d;
    size_t b = p->start, after = p->end + 2;
    if (b == st->s || !is_word(d, b - 1) || (d->toks[b - 1].lx & LX_STOP) ||
        p->end + 1 >= st->e || !tok_is(d, p->end + 1, "them"))
        return false;
    return after >= st->e || !is_word(d, after) ||
           tok_in(d, after, (const char *const[]){"and", "or", "from", "by", "after", "when",
                                                  "before", "as", NULL});
}

/* Roles: "five of ..." is a breakdown or a subset, "including three
 * children" a group of the count before, "of the 30 passengers" part of
 * another phrase. */
static void assign_roles(cstate *st)
{
    const nf_doc *d = st->d;
    for (size_t n = 0; n < st->n_np; n++) {
        cnp *p = &st->np[n];
        if (p->role == ROLE_DONE)
            continue;
        size_t b = p->start;
        if (p->head == NO_TOK && p->own_cat == CAT_NONE && p->end < st->e &&
            tok_is(d, p->end, "of")) {
            size_t v = p->end + 2;   /* "Nine of them were pulled out", "Nine of them died" */
            if (p->start == st->s && v < st->e && tok_is(d, p->end + 1, "them") &&
                d->toks[v].kind == TK_WORD && !(d->toks[v].flags & TF_CAP) &&
                (tok_in(d, v, w_aux) || tok_str_ends(tok_fold(d, v), "ed"))) {
                p->end += 2;   /* a subject */
                continue;
            }
            if (object_of_them(st, p)) {
                p->end += 2;   /* "firefighters rescued 37 of them": an object */
                continue;
            }
            p->role = ROLE_OF;
            continue;
        }
        if (b > st->s && tok_is(d, b - 1, "including")) {
            p->role = ROLE_CHILD;
            continue;
        }
        if (b > st->s + 1 && tok_is(d, b - 2, "among") &&
            (tok_is(d, b - 1, "them") || tok_is(d, b - 1, "whom"))) {
            p->role = ROLE_CHILD;
            continue;
        }
        /* "The last two members of the group have reached the surface",
         * "the first five miners were brought up": one turn of a tally */
        if (b >= st->s + 2 && tok_is(d, b - 2, "the") &&
            tok_in(d, b - 1, (const char *const[]){"last", "first", "final", NULL})) {
            p->role = ROLE_SKIP;
            continue;
        }
        size_t o = b;
        if (o > st->s && (tok_is(d, o - 1, "the") || tok_is(d, o - 1, "those") ||
                          tok_is(d, o - 1, "these") || tok_is(d, o - 1, "its") ||
                          tok_is(d, o - 1, "their")))
            o--;
        if (o > st->s && tok_is(d, o - 1, "of")) {
            size_t w = o - 1;
            if (w > st->s && tok_in(d, w - 1, w_of_container))
                continue;   /* "a total of 40 people" */
            bool rescue = w > st->s + 1 && tok_is(d, w - 1, "rescue") && tok_is(d, w - 2, "the");
            if (w > st->s && (tok_in(d, w - 1, w_of_dead) || rescue)) {
                /* "the bodies of five women", "the loss of 31 lives", "led to
                 * the rescue of 23 children" */
                if (p->own_cat == CAT_NONE)
                    p->own_cat = rescue ? X(NF_SURVIVORS) : X(NF_DEAD);
                if (p->start > w - 1)
                    p->start = w - 1;
                continue;
            }
            p->role = ROLE_SKIP;
        }
    }
    /* a child's coordinated neighbours are children too: "including three
     * children and two women"; not one with a category of its own: "six
     * had been killed, including two border guards, and 21 injured" */
    for (size_t n = 0; n < st->n_np; n++) {
        if (st->np[n].role != ROLE_CHILD || st->np[n].parent >= 0)
            continue;
        int b = list_next(st, &st->np[n], false);
        if (b > (int)n && st->np[b].role == ROLE_MAIN && st->np[b].own_cat == CAT_NONE)
            st->np[b].role = ROLE_CHILD;
    }
}

/* "all 298 people on board": the count is also the total aboard. */
WORDS(w_the_rest, "others", "remaining", "rest");

/* "Of the 43 injured, 27 have been treated and discharged", "Nine of the
 * injured were treated at the scene, while five were taken to hospital":
 * a bare count in a sentence that splits a category by what became of
 * its people is part of it, not a fact (FACTS.md: subsets by status). */
static bool status_subset(const cstate *st, const cnp *p, int cat)
{
    const nf_doc *d = st->d;
    if (p->head != NO_TOK || p->own_cat != CAT_NONE)
        return false;
    /* a count of the category itself ("but three were still missing", "two
     * are firefighters who were hurt") is a fact of its own */
    for (size_t k = p->end; k < st->e && k < p->end + 6 && !is_comma(d, k); k++)
        if ((d->toks[k].lx & (LX_DEATH | LX_INJURY | LX_MISSING)) || person_noun(st->ctx, k))
            return false;
    for (size_t m = 0; m < st->n_np; m++) {
        const cnp *q = &st->np[m];
        if (q->start >= p->start || q->start < st->s)
            continue;
        /* "Of the 43 injured, ..." opening the sentence */
        if (q->role == ROLE_SKIP && q->own_cat == cat && q->start == st->s + 2 &&
            tok_is(d, st->s, "of"))
            return true;
        /* "Nine of the injured ..." */
        if (q->role == ROLE_OF && q->end + 2 < st->e && tok_is(d, q->end + 1, "the") &&
            count_word_cat(d, q->end + 2) == cat)
            return true;
    }
    return false;
}

/* "Five firefighters were injured. ... The other four were treated and
 * released": the rest of a count the story gave before, split by what
 * became of them (FACTS.md: subsets by status are no new fact); not "The
 * other four injured were estate workers", a group. */
static bool rest_of_told(const cstate *st, const cnp *p, int cat)
{
    const nf_doc *d = st->d;
    if (p->start != st->s + 2 || !tok_is(d, st->s, "the") ||
        !tok_in(d, st->s + 1, (const char *const[]){"other", "remaining", NULL}))
        return false;
    bool status = false;   /* not "The other three were injured": a category of their own */
    for (size_t k = p->end; k < st->e && !status; k++)
        status = tok_in(d, k, (const char *const[]){"released", "discharged", NULL});
    for (size_t c = 0; c < st->sent_first && status; c++)
        if ((int)st->cands[c].cat == cat && st->cands[c].count > p->count)
            return true;
    return false;
}

/* "Only two people on board survived": some of those aboard, not all */
static bool only_some(const cstate *st, const cnp *p)
{
    return p->start > st->s &&
           tok_in(st->d, p->start - 1, (const char *const[]){"only", "just", NULL});
}

static bool aboard_after(const cstate *st, const cnp *p)
{
    const nf_doc *d = st->d;
    size_t k = p->end;
    return k < st->e && (tok_is(d, k, "aboard") || tok_is(d, k, "onboard") ||
                         (tok_is(d, k, "on") && tok_is(d, k + 1, "board")));
}

static bool headless_ok(const cstate *st, const cnp *p)
{
    const nf_doc *d = st->d;
    size_t j = p->end;
    if (j >= st->e || !is_word(d, j))
        return false;
    if (tok_in(d, j, w_aux) || tok_in(d, j, w_headless_verbs) || aboard_after(st, p))
        return true;
    return count_word_cat(d, j) != CAT_NONE || tok_in(d, j, w_dead) || tok_in(d, j, w_injured);
}


/* "have been identified", "were released to families": what happens to
 * some of the counted later, not how many there were. */
static bool status_after(const cstate *st, size_t k)
{
    WORDS(status,
        "identified", "named", "released", "discharged", "repatriated", "returned", "buried",
        "handed", "claimed", "flown");
    for (size_t m = k; m < st->e && m < k + 4; m++) {
        if (tok_in(st->d, m, status))
            return true;
        if (!tok_in(st->d, m, w_aux) && !tok_is(st->d, m, "so") && !tok_is(st->d, m, "far"))
            return false;
    }
    return false;
}

/* Where the predicate of phrase n starts: after the list that breaks it
 * down, when one follows ("Two people, a man and a woman, were killed"). */
static size_t after_children(const cstate *st, int n)
{
    size_t end = st->np[n].end, first = st->e;
    bool any = false;
    for (size_t k = 0; k < st->n_np; k++)
        if (st->np[k].parent == n && st->np[k].end > end) {
            end = st->np[k].end;
            first = st->np[k].start < first ? st->np[k].start : first;
            any = true;
        }
    /* a list after the predicate ("Eight are confirmed dead – five ...")
     * leaves the predicate where it is */
    for (size_t k = st->np[n].end; any && k < first; k++)
        if (count_word_cat(st->d, k) != CAT_NONE)
            return st->np[n].end;
    /* "seven people - six students and a teacher from a college - died":
     * the dashes close after the children's own words */
    if (any && first > st->s && paren_dash(st->d, first - 1)) {
        size_t close = skip_paren(st->d, first - 1, st->e);
        if (close > end)
            return close;
    }
    if (any && end < st->e && (is_comma(st->d, end) || paren_dash(st->d, end) ||
                               tok_is_punct(st->d, end, ')')))
        end++;
    return end;
}

/* "A group of 13 climbers was ascending", "The party of 11 – nine clients
 * and two guides –": the count of a group the sentence opens with, those
 * involved in what followed. */
static bool group_of_before(const cstate *st, const cnp *p)
{
    const nf_doc *d = st->d;
    size_t s = st->s;
    return p->start == s + 3 && (tok_is(d, s, "a") || tok_is(d, s, "the")) &&
           (tok_is(d, s + 1, "group") || tok_is(d, s + 1, "party")) && tok_is(d, s + 2, "of") &&
           (p->head == NO_TOK || person_noun(st->ctx, p->head));
}

/* "Rescuers pulled 112 people alive", "found nine migrants dead and 61
 * others alive": a verb that takes people out alive before the count at k,
 * or before the phrase that "and" joins it to. */
static bool extract_verb_before(const cstate *st, size_t k)
{
    const nf_doc *d = st->d;
    bool joined = k > st->s + 1 && tok_is(d, k - 1, "and");
    for (size_t b = k; b-- > st->s && b + (joined ? 9 : 2) > k;) {
        if (tok_in(d, b, w_alive_verbs))
            return !tok_in(d, b, w_aux);
        if (!joined || (b + 1 < k && !is_word(d, b) && d->toks[b].kind != TK_NUM))
            return false;
    }
    return false;
}

/* Classify a list of coordinated subjects [first, last] ("Two students and
 * two teachers were killed") or one counted phrase, and add its facts. */
static void classify_list(cstate *st, const int *items, int ni)
{
    cnp *first = &st->np[items[0]], *last = &st->np[items[ni - 1]];
    int obj = object_verb_cat(st, first);
    if (obj == CAT_BLOCK)
        return;
    /* "killing their Malian driver" is one dead; "his wife said" is no
     * count, nor "their son was injured" (often one of those counted) */
    if (first->possessive && (ni != 1 || obj == CAT_NONE))
        return;
    pred pr = {CAT_NONE, last->end, false, false};
    bool need_pred = false, involved = false;
    for (int m = 0; m < ni; m++)
        if (st->np[items[m]].own_cat == CAT_NONE)
            need_pred = true;
    if (need_pred && obj == CAT_NONE) {
        bool strict = ni == 1 && first->strict;
        bool group_of = ni == 1 && group_of_before(st, first);
        if (ni == 1 && first->head == NO_TOK && !headless_ok(st, first) && !group_of)
            return;
        /* "Rescuers pulled 112 people alive" */
        bool extract = extract_verb_before(st, first->start);
        size_t from = after_children(st, items[ni - 1]);
        if (aboard_after(st, last))
            from += tok_is(st->d, from, "on") ? 2 : 1;   /* "All 298 people on board were killed" */
        pr = predicate_scan(st, from, strict, extract);
        /* a count broken down by kind is the people involved; not those
         * arrested: "arresting 26 persons (17 men and nine women)", "Three
         * people, two men and a woman, were taken into custody" */
        bool arrested = (first->start > st->s && (st->d->toks[first->start - 1].lx & LX_ARREST)) ||
                        arrest_predicate(st->d, from, st->e);
        if (pr.cat == CAT_NONE && from > last->end && !arrested) {
            pr.cat = X(NF_ABOARD);
            pr.sig_end = from;
        }
        if (pr.cat == CAT_NONE && group_of) {
            pr.cat = X(NF_ABOARD);
            involved = true;
        }
    }
    /* "Five missing fishermen were rescued", "Three missing miners were
     * found dead": what became of people told of as missing */
    bool became = false;
    if (!need_pred && ni == 1 && obj == CAT_NONE && first->own_cat == X(NF_MISSING)) {
        pred after = predicate_scan(st, after_children(st, items[0]), first->strict, false);
        if (after.cat == X(NF_SURVIVORS) || after.cat == X(NF_DEAD)) {
            pr = after;
            became = true;
        }
    }
    if (first->start > st->s && tok_in(st->d, first->start - 1, w_approx_verbs))
        pr.approx = true;   /* "it believed 31 miners were working" */
    bool groups = ni >= 2 || pr.among;
    for (int m = 0; m < ni && groups; m++) {
        const cnp *p = &st->np[items[m]];
        if (np_generic(st, p) || p->own_cat != CAT_NONE)
            groups = false;
        for (int o = 0; o < m && groups; o++) {
            const cnp *q = &st->np[items[o]];
            if (strcmp(tok_fold(st->d, p->head), tok_fold(st->d, q->head)) == 0)
                groups = false;
        }
    }
    for (int m = 0; m < ni; m++) {
        cnp *p = &st->np[items[m]];
        int cat = became ? pr.cat
                  : p->own_cat != CAT_NONE ? p->own_cat : obj != CAT_NONE ? obj : pr.cat;
        if (p->own_cat == X(NF_SURVIVORS) && obj == CAT_NONE &&
            (tok_is(st->d, p->head, "survivors") || tok_is(st->d, p->head, "survivor")) &&
            predicate_scan(st, p->end, false, false).cat == X(NF_INJURED))
            cat = X(NF_INJURED);   /* "a dozen survivors were treated in hospital" */
        if (tok_is(st->d, p->head, "lives") && obj == X(NF_SURVIVORS))
            continue;   /* "saved 12 lives" */
        if (tok_is(st->d, p->head, "bodies") && status_after(st, p->end))
            continue;   /* "17 bodies have been identified": a subset by status */
        if (cat < 0)
            continue;
        if (cat == X(NF_INJURED) && p->head != NO_TOK &&
            (tok_is(st->d, p->head, "patients") || tok_is(st->d, p->head, "patient")))
            continue;   /* the ill, not the hurt: "60 patients are being treated" */
        if (statistic(st, p) || rest_of_told(st, p, cat) || status_subset(st, p, cat))
            continue;
        nf_qualifier q = p->qual;
        if (pr.approx && q == NF_EXACT && cat == pr.cat)
            q = NF_APPROXIMATE;
        size_t gf = 0, gt = 0;
        if (groups)
            np_group(st, p, &gf, &gt);
        size_t from = obj != CAT_NONE && p->own_cat == CAT_NONE ? first->start - 1 : p->start;
        if (obj != CAT_NONE && from > st->s && tok_is(st->d, from, "all"))
            from--;
        if (obj == X(NF_DEAD) && from > st->s &&
            (tok_is(st->d, from, "dead") || tok_is(st->d, from, "down")))
            from--;   /* the whole verb: "shot dead", "gunned down" */
        if (obj == X(NF_MISSING) && tok_is(st->d, from, "for") && from > st->s)
            from--;   /* "searched for" */
        size_t to = p->own_cat != CAT_NONE || obj != CAT_NONE ? p->end : maxz(p->end, pr.sig_end);
        if (obj != CAT_NONE && (to_end(st, p, "death") || to_end(st, p, "safety")))
            to = p->end + 2;
        p->cat = cat;
        p->cand = add_cand(st, cat, p->count, q, gf, gt, involved ? first->start - 3 : from, to);
        if (p->cand >= 0 && p->strict && !groups)
            st->cands[p->cand].single = true;
        if (p->cand >= 0)
            st->cands[p->cand].involved = involved;
        /* "All 298 people on board were killed": as many aboard; but "all
         * 69 others on board survived" are the rest of them, not all */
        if (aboard_after(st, p) && cat != X(NF_ABOARD) &&
            !(p->head != NO_TOK && tok_in(st->d, p->head, w_the_rest)) && !only_some(st, p))
            add_cand(st, X(NF_ABOARD), p->count, q, 0, 0, p->start,
                     p->end + (tok_is(st->d, p->end, "on") ? 2 : 1));
    }
}

/* "Of the 15 people aboard, six were South Koreans, seven were
 * Vietnamese ...", "Of the 11 dead, seven are women and two are children":
 * bare counts after the total that a nationality or a noun for people
 * completes are its breakdown, groups of the total's category. */
static void breakdown_after_of(cstate *st, size_t n, int cat)
{
    const nf_doc *d = st->d;
    for (size_t m = n + 1; m < st->n_np; m++) {
        cnp *q = &st->np[m];
        size_t v = q->end;
        if (q->role != ROLE_MAIN || q->head != NO_TOK || v + 1 >= st->e ||
            !tok_in(d, v, (const char *const[]){"were", "are", NULL}))
            continue;
        const ex_cmention *c = ex_country_at(st->ctx, v + 1);
        size_t after;
        if (c && c->tok == v + 1 && (c->kind == GAZ_KIND_PEOPLE || c->kind == GAZ_KIND_ADJ))
            after = c->tok + c->ntok;
        else if (person_noun(st->ctx, v + 1) && !singular_person(st->ctx, v + 1))
            after = v + 2;   /* "seven are women" */
        else
            continue;
        if (after < st->e && !is_comma(d, after) && !tok_is(d, after, "and") &&
            !tok_is_punct(d, after, '.'))
            continue;   /* "six were South Korean fishermen" names another group */
        q->role = ROLE_DONE;
        q->cat = cat;
        q->cand = add_cand(st, cat, q->count, q->qual, v + 1, after, q->start, after);
    }
}

static void read_main(cstate *st)
{
    for (size_t n = 0; n < st->n_np; n++) {
        cnp *p = &st->np[n];
        if (p->role == ROLE_SKIP && p->head != NO_TOK && aboard_after(st, p) &&
            !statistic(st, p)) {   /* "Of the 230 people aboard, 180 survived" */
            p->cat = X(NF_ABOARD);
            p->cand = add_cand(st, p->cat, p->count, p->qual, 0, 0, p->start,
                               p->end + (tok_is(st->d, p->end, "on") ? 2 : 1));
            breakdown_after_of(st, n, p->cat);
        } else if (p->role == ROLE_SKIP && p->own_cat != CAT_NONE && p->end < st->e &&
                   is_comma(st->d, p->end)) {
            /* "Of the 11 dead, seven are ...", the sentence quoted or not */
            size_t o = st->s + (st->d->toks[st->s].kind == TK_QUOTE);
            if (p->start == o + 2 && tok_is(st->d, o, "of"))
                breakdown_after_of(st, n, p->own_cat);
        }
        if (st->np[n].role != ROLE_MAIN)
            continue;
        int items[8], ni = 0;
        int a = (int)n;
        items[ni++] = a;
        /* coordinated subjects: noun phrases for people joined by and/, */
        while (ni < 8 && st->np[a].head != NO_TOK && st->np[a].own_cat == CAT_NONE) {
            int b = list_next(st, &st->np[a], false);
            if (b < 0 || st->np[b].role != ROLE_MAIN || st->np[b].own_cat != CAT_NONE ||
                st->np[b].head == NO_TOK)
                break;
            items[ni++] = b;
            a = b;
        }
        classify_list(st, items, ni);
        for (int m = 0; m < ni; m++)
            if (st->np[items[m]].role == ROLE_MAIN)
                st->np[items[m]].role = ROLE_DONE;
        n = (size_t)items[ni - 1];
    }
}

/* The closest phrase before n with a category: what "three of them" and
 * "including three children" break down. */
static int parent_before(const cstate *st, size_t n)
{
    for (size_t k = n; k-- > 0;)
        if (st->np[k].cat >= 0 && st->np[k].cand >= 0 && !st->np[k].more)
            return (int)k;
    return -1;
}

/* The words of a group after "were" or "of them": "British", "children",
 * "Venezuelan migrants". */
static bool group_phrase(const cstate *st, size_t g, size_t *gfrom, size_t *gto)
{
    const nf_doc *d = st->d;
    while (g < st->e && (tok_in(d, g, w_aux) || tok_is(d, g, "mostly") || tok_is(d, g, "mainly")))
        g++;
    for (size_t k = g; k < st->e && k < g + 4; k++) {
        if (person_noun(st->ctx, k) && !(nationality(st->ctx, k) && person_noun(st->ctx, k + 1))) {
            size_t h = k;
            while (h + 1 < st->e && is_word(d, h + 1) && (d->toks[h + 1].lx & LX_PERSON_N))
                h++;
            *gfrom = g;
            *gto = h + 1;
            return true;
        }
        if (nationality(st->ctx, k) && !person_noun(st->ctx, k + 1) && !is_word(d, k + 1)) {
            *gfrom = g;
            *gto = k + 1;
            return k == g;
        }
        if (nationality(st->ctx, k) && (k + 1 >= st->e || !is_word(d, k + 1) ||
                                        tok_is(d, k + 1, "and"))) {
            *gfrom = g;
            *gto = k + 1;
            return k == g;
        }
        const nf_tok *t = &d->toks[k];
        if (t->kind != TK_WORD || (t->lx & (LX_STOP | LX_SPEECH | LX_UNIT)) ||
            ((t->flags & TF_CAP) && !nationality(st->ctx, k)))
            return false;
    }
    return false;
}

/* "Five of the dead were British and two were Dutch", "three of them
 * children", "22 of whom were children": a breakdown by kind of person.
 * "three of the injured are in hospital" (a status) gives nothing;
 * "three of the passengers were killed" is a plain count. */
/* "Six of the survivors were treated for injuries", "17 of those rescued
 * were taken to hospital with injuries": the injured among those who lived
 * (or were aboard) are a count of their own; "two of the wounded died" is
 * a part of the toll, and "three of the injured are in hospital" a part of
 * theirs. k follows the category word. */
static bool injured_among(cstate *st, cnp *p, size_t k, int cat)
{
    if (cat != X(NF_SURVIVORS) && cat != X(NF_ABOARD))
        return false;
    pred pr = predicate_scan(st, k, false, false);
    if (pr.cat != X(NF_INJURED) || statistic(st, p))
        return false;
    p->role = ROLE_DONE;
    p->cat = pr.cat;
    p->cand = add_cand(st, pr.cat, p->count,
                       pr.approx && p->qual == NF_EXACT ? NF_APPROXIMATE : p->qual, 0, 0,
                       p->start, pr.sig_end);
    return true;
}

static void read_of(cstate *st)
{
    const nf_doc *d = st->d;
    for (size_t n = 0; n < st->n_np; n++) {
        cnp *p = &st->np[n];
        if (p->role != ROLE_OF)
            continue;
        p->role = ROLE_DONE;
        size_t k = p->end + 1;   /* after "of" */
        int cat = CAT_NONE;
        bool numbered = false;   /* "of the 14 injured" */
        if (tok_is(d, k, "them") || tok_is(d, k, "whom") || tok_is(d, k, "those")) {
            k++;
            int c = k < st->e ? count_word_cat(d, k) : CAT_NONE;
            if (c != CAT_NONE && !tok_is(d, k, "bodies")) {
                cat = c;
                k++;
                if (injured_among(st, p, k, cat))
                    continue;
            } else {
                int par = parent_before(st, n);
                if (par >= 0)
                    cat = st->np[par].cat;
                /* "105 were underground, and 83 of them made it to the
                 * surface": a predicate of another category is a count of
                 * its own, not a breakdown */
                pred pr = predicate_scan(st, k, true, false);
                if (par >= 0 && pr.cat >= 0 && pr.cat != cat && !statistic(st, p)) {
                    p->cat = pr.cat;
                    p->cand = add_cand(st, pr.cat, p->count,
                                       pr.approx && p->qual == NF_EXACT ? NF_APPROXIMATE : p->qual,
                                       0, 0, p->start, pr.sig_end);
                    continue;
                }
            }
        } else if (tok_is(d, k, "the") || tok_is(d, k, "those")) {
            k++;   /* "two of the dead", "two of the deceased" */
            if (k + 1 < st->e && (d->toks[k].kind == TK_NUM || (d->toks[k].lx & LX_NUMWORD)) &&
                count_word_cat(d, k + 1) != CAT_NONE) {
                k++;   /* "eleven of the 14 injured were", "three of the five dead are" */
                numbered = true;
            }
            int c = k < st->e ? count_word_cat(d, k) : CAT_NONE;
            if (c != CAT_NONE && !tok_is(d, k, "bodies") && !tok_is(d, k, "lives")) {
                cat = c;
                k++;
                if (injured_among(st, p, k, cat))
                    continue;
            } else {
                /* "Three of the victims were Nepali nationals" */
                size_t gf, gt;
                if (victims_cat(st, k) != CAT_NONE && group_phrase(st, k + 1, &gf, &gt)) {
                    p->cat = X(NF_DEAD);
                    p->cand = add_cand(st, p->cat, p->count, p->qual, gf, gt, p->start, gt);
                    continue;
                }
                /* "three of the (30) passengers were killed" */
                size_t h = k;
                while (h < st->e && h < k + 4 && !person_noun(st->ctx, h))
                    h++;
                if (h >= st->e || !person_noun(st->ctx, h))
                    continue;
                if (statistic(st, p))
                    continue;
                while (h + 1 < st->e && person_noun(st->ctx, h + 1))
                    h++;   /* "crew members" */
                size_t after = h + 1;   /* "four of the six crew members aboard died" */
                if (after < st->e && (tok_is(d, after, "aboard") || tok_is(d, after, "onboard")))
                    after++;
                else if (after + 1 < st->e && tok_is(d, after, "on") && tok_is(d, after + 1, "board"))
                    after += 2;
                pred pr = predicate_scan(st, after, false, false);
                int obj = pr.cat >= 0 ? CAT_NONE : object_verb_cat(st, p);
                if (pr.cat >= 0) {
                    p->cat = pr.cat;
                    p->cand = add_cand(st, pr.cat, p->count,
                                       pr.approx && p->qual == NF_EXACT ? NF_APPROXIMATE : p->qual,
                                       0, 0, p->start, pr.sig_end);
                } else if (obj >= 0) {   /* "killing 19 of the 21 people on board" */
                    p->cat = obj;
                    p->cand = add_cand(st, obj, p->count, p->qual, 0, 0, p->start - 1, after);
                }
                continue;
            }
        }
        /* not "his brother, one of the two missing men": who he is */
        if (cat < 0 || (numbered && !tok_in(d, k, w_aux)))
            continue;
        size_t gf, gt;
        if (!group_phrase(st, k, &gf, &gt))
            continue;
        /* "One of the wounded officers died in hospital": a subset whose
         * state changed, counted by the new toll, not a breakdown */
        if (gf == k) {
            pred then = predicate_scan(st, gt, false, false);
            if (then.cat >= 0 && then.cat != cat)
                continue;
        }
        p->cat = cat;
        p->cand = add_cand(st, cat, p->count, p->qual, gf, gt, p->start, gt);
        /* "... and two were Dutch" */
        size_t c = gt;
        if (c < st->e && is_comma(d, c))
            c++;
        if (c < st->e && tok_is(d, c, "and"))
            c++;
        int q = np_at(st, c);
        if (q >= 0 && st->np[q].head == NO_TOK && st->np[q].cand < 0 &&
            group_phrase(st, st->np[q].end, &gf, &gt)) {
            st->np[q].role = ROLE_DONE;
            st->np[q].cat = cat;
            st->np[q].cand = add_cand(st, cat, st->np[q].count, st->np[q].qual, gf, gt,
                                      st->np[q].start, gt);
        }
    }
}

/* "Of the dead, 12 were children", "Of those killed, three were Britons":
 * the sentence opens with the category and breaks it down. */
static void read_of_front(cstate *st)
{
    const nf_doc *d = st->d;
    size_t k = st->s;
    if (k + 3 >= st->e || !tok_is(d, k, "of") ||
        !(tok_is(d, k + 1, "the") || tok_is(d, k + 1, "those")))
        return;
    int cat = count_word_cat(d, k + 2);
    if (cat == CAT_NONE || tok_is(d, k + 2, "bodies") || tok_is(d, k + 2, "lives") ||
        !is_comma(d, k + 3))
        return;
    for (int q = np_at(st, k + 4); q >= 0;) {
        cnp *p = &st->np[q];
        size_t gf, gt;
        if (p->head != NO_TOK || p->cand >= 0 || !group_phrase(st, p->end, &gf, &gt))
            return;
        p->role = ROLE_DONE;
        p->cat = cat;
        p->cand = add_cand(st, cat, p->count, p->qual, gf, gt, p->start, gt);
        size_t c = gt;   /* "..., 12 were children and three were women" */
        if (c < st->e && is_comma(d, c))
            c++;
        if (c < st->e && tok_is(d, c, "and"))
            c++;
        q = np_at(st, c);
    }
}

/* "including three children", "among them two Britons", and the items of
 * a list that adds up to the count before it: groups of that count. */
static void read_children(cstate *st)
{
    for (size_t n = 0; n < st->n_np; n++) {
        cnp *p = &st->np[n];
        if (p->role != ROLE_CHILD)
            continue;
        p->role = ROLE_DONE;
        int par = p->parent >= 0 ? p->parent : parent_before(st, n);
        /* "including 10 women and three infants": the next item breaks down
         * the same count, not this one */
        int nb = par >= 0 ? list_next(st, p, false) : -1;
        if (nb > (int)n && st->np[nb].role == ROLE_CHILD && st->np[nb].parent < 0)
            st->np[nb].parent = par;
        if (par < 0 || st->np[par].cat < 0 || p->head == NO_TOK ||
            !person_noun(st->ctx, p->head))
            continue;
        const cand *pc = &st->cands[st->np[par].cand];
        if (pc->gto > pc->gfrom)
            continue;   /* "three children, including a baby": no group of a group */
        size_t gf, gt;
        np_group(st, p, &gf, &gt);
        p->cat = st->np[par].cat;
        p->cand = add_cand(st, p->cat, p->count, p->qual, gf, gt, p->start, p->end);
    }
}

/* Partial tallies: "five bodies were recovered Sunday and 22 more on
 * Monday", "four died in Malatya and 18 in Elazig". Neither part is a
 * fact of its own: drop the count before and add nothing for this one. */
static void drop_partials(cstate *st)
{
    const nf_doc *d = st->d;
    for (size_t n = 0; n < st->n_np; n++) {
        cnp *p = &st->np[n];
        if (p->more_word && p->cand >= 0) {
            st->cands[p->cand].drop = true;   /* "Two more bodies were found" */
            continue;
        }
        if (p->more && p->cand >= 0 && p->start == st->s) {
            for (size_t k = 0; k < st->sent_first && !st->recalled; k++)   /* "A further three died" */
                if (st->cands[k].cat == st->cands[p->cand].cat)
                    st->cands[p->cand].drop = true;
            continue;
        }
        if (p->start == st->s || p->own_cat != CAT_NONE)
            continue;
        size_t b = p->start - 1;
        if (!(tok_is(d, b, "and") || is_comma(d, b)))
            continue;
        bool elliptic = p->cand < 0 && (p->head == NO_TOK || p->more) && p->end < st->e &&
                        (tok_is(d, p->end, "in") || tok_is(d, p->end, "at") ||
                         tok_is(d, p->end, "on") || tok_is(d, p->end, "from") ||
                         (d->toks[p->end].lx & LX_WEEKDAY));
        bool more = p->more && p->cand >= 0;
        if (!elliptic && !more)
            continue;
        if (more) {   /* "another 30": an increment of a total the story gave */
            for (size_t k = 0; k < st->sent_first && !st->recalled; k++)
                if (st->cands[k].cat == st->cands[p->cand].cat)
                    st->cands[p->cand].drop = true;
        }
        for (size_t k = n; k-- > 0;) {
            cnp *q = &st->np[k];
            /* "confirmed 15 deaths - 11 in Bangladesh and four in India":
             * after a dash or colon the items break the total down */
            if (q->cand < 0 && !more && q->start > st->s &&
                (tok_is_punct(d, q->start - 1, ':') || paren_dash(d, q->start - 1)))
                break;
            if (q->cand < 0 || (more && q->cat != p->cat))
                continue;
            st->cands[q->cand].drop = true;
            if (more)
                st->cands[p->cand].drop = true;
            break;
        }
    }
}

/* Can token i start a count? A figure, a number word, "a", "an",
 * "another" ("a dozen", "a girl", "another man") or a possessive ("their
 * driver"). The lexicon marks them (LX_COUNT_DET): this runs on every token. */
static bool count_candidate(const nf_doc *d, size_t i)
{
    const nf_tok *t = &d->toks[i];
    /* "A." is looked up as "a" (gaz_tag) but is an initial, not an article */
    return t->kind == TK_NUM || (t->lx & LX_NUMWORD) ||
           ((t->lx & LX_COUNT_DET) && !(t->flags & TF_ABBR));
}

/* "An officer shot and killed 19-year-old Darius Holloway": a victim named
 * as the object of an active killing is one dead. */
static void read_named_victim(cstate *st)
{
    const nf_doc *d = st->d;
    for (size_t k = st->s + 1; k + 2 < st->e; k++) {
        if (!tok_is(d, k, "killed") || tok_in(d, k - 1, w_aux) ||
            (k > st->s + 1 && tok_in(d, k - 2, w_aux) && tok_is(d, k - 1, "been")))
            continue;
        size_t n = compound_end(d, k + 1, st->e);   /* "19-year-old" */
        size_t ne = people_name_at(st->ctx, n, st->e);
        if (ne < n + 2 || !(d->toks[n].flags & TF_CAP) || ex_country_at(st->ctx, n))
            continue;
        add_cand(st, X(NF_DEAD), 1, NF_EXACT, 0, 0, k, ne);
    }
}

/* "Among the injured is a German national, a 27-year-old woman who was
 * filming": a second "a ..." after a comma that no list goes on from
 * renames the first, one person. */
static void mark_appositions(cstate *st)
{
    const nf_doc *d = st->d;
    for (size_t n = 0; n + 1 < st->n_np; n++) {
        const cnp *a = &st->np[n];
        cnp *b = &st->np[n + 1];
        if (!a->article || !b->article || a->possessive || b->possessive || b->more ||
            b->start != a->end + 1 || !is_comma(d, a->end))
            continue;
        size_t k = b->end;
        if (k < st->e && (is_comma(d, k) || tok_is(d, k, "and") || tok_is(d, k, "or") ||
                          tok_is_punct(d, k, '&')))
            continue;
        b->role = ROLE_DONE;
    }
}

static void read_sentence(cstate *st)
{
    const nf_doc *d = st->d;
    st->n_np = 0;
    st->sent_first = st->n_cands;
    read_named_victim(st);
    bool from_figure = false;   /* "The toll has risen from nine": no phrase, a figure */
    for (size_t i = st->s; i < st->e && st->n_np < MAX_NPS; i++) {
        if (!count_candidate(d, i))
            continue;
        cnp *p = &st->np[st->n_np];
        if (!np_parse(st, i, p)) {
            from_figure |= i > st->s && tok_is(d, i - 1, "from");
            continue;
        }
        st->n_np++;
        if (!p->article && p->mod > i + 1)
            i = p->mod - 1;   /* "thirty-one", "a dozen" read once */
    }
    st->recalled = false;
    if (st->n_np == 0) {
        if (from_figure) {
            read_tolls(st);   /* "The death toll rose overnight from 11" */
            read_up_from(st);
        }
        return;
    }
    sentence_stats(st);
    st->recalled = recalls_dated_incident(st);
    mark_appositions(st);
    revised_toll(st);
    read_tolls(st);
    read_included(st);
    read_they_included(st);
    mark_sum_lists(st);
    assign_roles(st);
    read_main(st);
    figure_reached(st);
    read_of_front(st);
    read_of(st);
    read_children(st);
    read_up_from(st);
    note_nationality(st);
    drop_partials(st);
}

/* ---- output ------------------------------------------------------------- */

static int cand_cmp(const void *a, const void *b)
{
    const cand *x = *(const cand *const *)a, *y = *(const cand *const *)b;
    if (x->cat != y->cat)
        return x->cat < y->cat ? -1 : 1;
    if (x->count != y->count)
        return x->count < y->count ? -1 : 1;
    if (x->ev != y->ev)
        return x->ev < y->ev ? -1 : 1;
    int k = strcmp(x->key, y->key);
    if (k)
        return k;
    return x->order < y->order ? -1 : x->order > y->order;
}

/* Does the group of c have a word whose key is key: "newborn babies" has
 * "newborn"? */
static bool group_has_key(const nf_doc *d, const cand *c, const char *key)
{
    char k[sizeof c->key];
    for (size_t t = c->gfrom; t < c->gto; t++) {
        group_key(d, t, t + 1, k, sizeof k);
        if (strcmp(k, key) == 0)
            return true;
    }
    return false;
}

/* The country a group's words name ("Britons", "British nationals"), or
 * NULL. */
static const char *group_country(const cstate *st, const cand *c)
{
    for (size_t t = c->gfrom; t < c->gto; t++) {
        const ex_cmention *m = ex_country_at(st->ctx, t);
        if (m)
            return m->code;
    }
    return NULL;
}

/* x's group is nothing but a nationality ("Britons", "British nationals")
 * and y's names the same one: the same people. */
static bool same_nationality(const cstate *st, const cand *x, const cand *y)
{
    const char *a = group_country(st, x), *b = group_country(st, y);
    if (!a || !b || strcmp(a, b) != 0)
        return false;
    for (size_t t = x->gfrom; t < x->gto; t++)
        if (!ex_country_at(st->ctx, t) &&
            !tok_in(st->d, t, (const char *const[]){"nationals", "national", "citizens",
                                                    "citizen", NULL}))
            return false;   /* "Kenyan police officers" and "Kenyan children" differ */
    return true;
}

/* Among the facts of one category, count and incident: the same people
 * told of twice, once with fewer words ("kills 9, including 6 newborns",
 * then "six of them newborn babies"; "three Britons", "three British
 * nationals"), are one fact, with the fuller group. */
static void drop_restated_groups(const cstate *st, cand **run, size_t n)
{
    const nf_doc *d = st->d;
    for (size_t a = 0; a < n; a++) {
        for (size_t b = 0; b < n; b++) {
            cand *x = run[a], *y = run[b];
            if (a == b || x->drop || y->drop || !x->key[0] || !y->key[0] ||
                strcmp(x->key, y->key) == 0 || y->gto - y->gfrom <= x->gto - x->gfrom)
                continue;
            if (group_has_key(d, y, x->key) || same_nationality(st, x, y))
                x->drop = true;   /* y says more of the same people */
        }
    }
}

/* "Police had initially said two people had died": a figure told before
 * and corrected, which a person told of alone is not one of. */
static bool corrected_figure(const nf_doc *d, const cand *c)
{
    const nf_sent *s = &d->sents[sent_at(d, c->text.start)];
    for (size_t k = s->tok_start; k < s->tok_end && d->toks[k].start < c->text.start; k++)
        if (tok_is(d, k, "initially") || tok_is(d, k, "originally"))
            return true;
    return false;
}

/* One fact per (category, count, incident, group), with the hedged qualifier when
 * one mention hedges ("at least 52" in the text, "52" in the headline); a
 * count that is also a group's ("22 children drowned", then "71 died, 22 of
 * them children") keeps the group; one person told of alone is part of a
 * larger total of the same category when the story gives one. Sorted, so a
 * long story stays cheap. */
static void dedupe(cstate *st)
{
    if (st->n_cands < 2)
        return;
    cand **by = xmalloc(st->n_cands * sizeof *by);
    for (size_t i = 0; i < st->n_cands; i++)
        by[i] = &st->cands[i];
    qsort(by, st->n_cands, sizeof *by, cand_cmp);
    for (size_t i = 0; i < st->n_cands;) {
        size_t j = i;
        bool grouped = false;
        while (j < st->n_cands && by[j]->cat == by[i]->cat && by[j]->count == by[i]->count &&
               by[j]->ev == by[i]->ev) {
            grouped |= by[j]->key[0] != '\0';
            j++;
        }
        cand *keep = NULL;
        for (size_t k = i; k < j; k++) {
            cand *c = by[k];
            if (c->drop)
                continue;
            if (grouped && c->key[0] == '\0') {
                c->drop = true;
            } else if (keep && strcmp(keep->key, c->key) == 0) {
                c->drop = true;
                if (keep->qual == NF_EXACT)
                    keep->qual = c->qual;
            } else {
                keep = c;
            }
        }
        drop_restated_groups(st, by + i, j - i);
        i = j;
    }
    free(by);
    /* "Two people have died ... A man in his 60s died after ...": one of
     * the two, not a fact of its own */
    /* ... of the same incident: "killed more than 18,000 people" in 2011
     * makes no total of the woman killed this week */
    for (size_t i = 0; i < st->n_cands; i++) {
        cand *c = &st->cands[i];
        if (!c->single || c->drop)
            continue;
        for (size_t j = 0; j < st->n_cands; j++) {
            const cand *o = &st->cands[j];
            if (o->drop || o->key[0] != '\0' || o->count <= 1 || o->cat != c->cat ||
                o->ev != c->ev || corrected_figure(st->d, o))
                continue;
            c->drop = true;
            break;
        }
    }
}

/* Does the evidence tell of bodies found rather than of people killed? */
static bool recovery_evidence(const cstate *st, const cand *c)
{
    static const char *const words[] = {"bodies", "body", "remains", "found dead", NULL};
    const char *text = st->ctx->doc->text + c->text.start;
    size_t n = c->text.end - c->text.start;
    for (size_t w = 0; words[w]; w++) {
        size_t k = strlen(words[w]);
        for (size_t i = 0; i + k <= n; i++)
            if (memcmp(text + i, words[w], k) == 0)
                return true;
    }
    return false;
}

/* Does the evidence of c name a toll: "initially put the death toll at six",
 * "the toll rose to 15"? A total then, never a part of one. */
static bool names_toll(const cstate *st, const cand *c)
{
    const nf_doc *d = st->d;
    size_t s = sent_at(d, c->text.start);
    for (size_t k = d->sents[s].tok_start; k < d->sents[s].tok_end; k++)
        if (d->toks[k].start >= c->text.start && d->toks[k].end <= c->text.end &&
            tok_is(d, k, "toll"))
            return true;
    return false;
}

/* Is c's count the earlier figure after "from" ("rose to 14 from nine")? */
static bool after_from(const cstate *st, const cand *c)
{
    size_t t = ex_tok_at(st->d, c->text.start);
    return t > 0 && t < st->d->n_toks && tok_is(st->d, t - 1, "from");
}

/* Parts of totals the story gives, by their sums. With x + y = t, all of one
 * category and incident:
 * - x and y in one sentence, t in another: "Nine people died on the spot
 *   while two others succumbed in hospital", the story's total 11 elsewhere;
 * - x and t in one sentence, y in another: "The toll rose to 15 after three
 *   passengers succumbed", 12 told before: x is the increment;
 * - all three in one, y the earlier figure: "rose to 14 from nine after five
 *   workers died": x is the increment.
 * A toll is never the part ("initially put the toll at six, but three
 * patients died", 9 told before), nor an earlier figure, a fact of its own
 * (FACTS.md). Runs after dedupe. */
static void drop_summed_parts(cstate *st)
{
    enum { MAX_SUMMED = 256 };   /* cubic: a story is far below; a flood of numbers is not */
    size_t n = st->n_cands, sent[MAX_SUMMED];
    bool toll[MAX_SUMMED], earlier[MAX_SUMMED], part[MAX_SUMMED] = {false};
    /* what the cubic loop compares, packed apart from the wide cands: a
     * count, and cat and ev as one kind; grouped or dropped ones have none */
    long long count[MAX_SUMMED];
    int64_t kind[MAX_SUMMED];
    bool total_ok[MAX_SUMMED];   /* may stand for a total (a dropped repeat may) */
    if (n > MAX_SUMMED)
        return;
    for (size_t i = 0; i < n; i++) {
        const cand *c = &st->cands[i];
        sent[i] = sent_at(st->d, c->text.start);
        toll[i] = names_toll(st, c);
        earlier[i] = after_from(st, c);
        count[i] = c->count;
        kind[i] = (int64_t)c->cat << 32 | (uint32_t)c->ev;
        total_ok[i] = !c->key[0];
    }
    for (size_t i = 0; i < n; i++) {
        if (st->cands[i].drop || !total_ok[i])
            continue;
        for (size_t j = 0; j < n; j++) {
            if (j == i || kind[j] != kind[i] || st->cands[j].drop || !total_ok[j])
                continue;
            long long sum = count[i] + count[j];
            for (size_t k = 0; k < n; k++) {
                /* k may be a repeat dedupe dropped: "15 dead" in the headline
                 * and "the toll rose to 15" are one total, told in both */
                if (count[k] != sum || kind[k] != kind[i] || !total_ok[k] || k == i || k == j)
                    continue;
                if (sent[i] == sent[j] && sent[k] != sent[i]) {
                    part[i] = !toll[i] && !earlier[i];
                    part[j] = !toll[j] && !earlier[j];
                } else if (sent[i] == sent[k] && sent[j] != sent[i]) {
                    part[i] = !toll[i] && !earlier[i];
                } else if (sent[i] == sent[j] && sent[j] == sent[k] && toll[k] && earlier[j]) {
                    part[i] = !toll[i] && !earlier[i];   /* "rose to 14 from nine after five died" */
                }
            }
        }
    }
    for (size_t i = 0; i < n; i++)
        if (part[i])
            st->cands[i].drop = true;
}

/* "34 bodies had been recovered by Friday" in a story whose toll is 45, "two
 * men were found dead in their homes" when three died: bodies found so far
 * are a partial tally of the dead, not a fact of their own (FACTS.md). The
 * largest death count of the same incident decides. */
static void drop_partial_recoveries(cstate *st)
{
    for (size_t i = 0; i < st->n_cands; i++) {
        cand *c = &st->cands[i];
        if (c->drop || c->cat != NF_DEAD || c->key[0] || !recovery_evidence(st, c))
            continue;
        for (size_t j = 0; j < st->n_cands; j++) {
            const cand *o = &st->cands[j];
            if (o->drop || o->cat != NF_DEAD || o->key[0] || o->count <= c->count ||
                o->ev != c->ev)
                continue;
            c->drop = true;
            break;
        }
    }
}

/* A nationality's count below a larger total of the same category and
 * incident is a breakdown, "a nationality is a group" (FACTS.md); alone it
 * is all of one kind. */
static void by_nationality(cstate *st)
{
    for (size_t i = 0; i < st->n_cands; i++) {
        cand *c = &st->cands[i];
        if (c->nto <= c->nfrom)
            continue;
        for (size_t j = 0; j < st->n_cands; j++) {
            const cand *o = &st->cands[j];
            if (o->cat != c->cat || o->count <= c->count || o->gto > o->gfrom || o->ev != c->ev)
                continue;
            c->gfrom = c->nfrom;
            c->gto = c->nto;
            group_key(st->d, c->gfrom, c->gto, c->key, sizeof c->key);
            break;
        }
    }
}

/* A group's count tells who was involved only in a story of people
 * killed, hurt, missing or rescued. */
static void drop_uninvolved(cstate *st)
{
    bool harm = false;
    for (size_t i = 0; i < st->n_cands && !harm; i++)
        harm = st->cands[i].cat != NF_ABOARD && !st->cands[i].drop;
    for (size_t i = 0; i < st->n_cands; i++)
        if (st->cands[i].involved && !harm)
            st->cands[i].drop = true;
}

static void emit(cstate *st)
{
    const ex_ctx *ctx = st->ctx;
    /* a count in the sentence that recalls an earlier incident is that
     * incident's; one the event reader found no event for is an incident
     * of its own all the same (a negative id, written as none) */
    for (size_t i = 0; i < st->n_cands; i++) {
        cand *c = &st->cands[i];
        c->ev = ex_event_for_token(ctx, ex_tok_at(ctx->doc, c->text.start));
        if (c->ev == ctx->main_event && c->recalled)
            c->ev = -1 - (int)sent_at(ctx->doc, c->text.start);
    }
    drop_uninvolved(st);
    by_nationality(st);
    dedupe(st);
    drop_partial_recoveries(st);
    drop_summed_parts(st);
    for (size_t i = 0; i < st->n_cands; i++) {
        const cand *c = &st->cands[i];
        if (c->drop)
            continue;
        nf_casualty *out = nf_facts_add_casualty(ctx->facts);
        out->event = c->ev < 0 ? 0 : c->ev;
        out->category = c->cat;
        out->count = c->count;
        out->qualifier = c->qual;
        if (c->gto > c->gfrom) {
            nf_span g = ex_tok_span(ctx, c->gfrom, c->gto);
            out->group = nf_facts_strndup(ctx->facts, ctx->doc->text + g.start, g.end - g.start);
        }
        out->text = c->text;
    }
}

int ex_casualty(ex_ctx *ctx)
{
    cstate *st = xcalloc(1, sizeof *st);
    st->ctx = ctx;
    st->d = ctx->doc;
    st->np = xmalloc(MAX_NPS * sizeof *st->np);
    st->toll_next = NO_TOK;
    for (size_t s = 0; s < st->d->n_sents; s++) {
        st->s = st->d->sents[s].tok_start;
        st->e = st->d->sents[s].tok_end;
        read_sentence(st);
    }
    emit(st);
    free(st->np);
    free(st->cands);
    free(st);
    return 0;
}
