/* ex_event.c — the incidents a story reports: events.
 *
 * Owns the events of the facts and ctx->main_event. The main event is the
 * incident of the headline and lede: its type is the strongest event word
 * there ("coach ... crash" beats "crash", "mine ... collapse" beats
 * "collapse"). Later sentences that recall an earlier incident of their own
 * ("a crush there ... in 2009", "the 1987 sinking of ...") add non-main
 * events. ex_event_for_token() tells later stages (casualties, arrests)
 * which event a token belongs to.
 */
#include "extract.h"
#include "lexicon.h"
#include "number.h"
#include "sentence.h"

#include <string.h>


/* Event types, weakest first: when the lede has several event words the
 * more specific one wins ("earthquake" over "collapsed buildings"). */
typedef enum {
    ET_NONE, ET_GENERIC, ET_OTHER, ET_ATTACK, ET_CRASH, ET_COLLAPSE, ET_FIRE, ET_FLOOD,
    ET_CAPSIZE, ET_COLLISION, ET_BOMBING, ET_SHOOTING, ET_STAMPEDE, ET_EARTHQUAKE,
    ET_BUS, ET_TRAIN, ET_MINE, ET_VEHICLE, ET_PLOT, ET_N
} ev_type;

static const char *const type_names[ET_N] = {
    NULL, "other", "other", "attack", "crash", "collapse", "fire", "flood",
    "capsize", "collision", "bombing", "shooting", "stampede", "earthquake",
    "bus_crash", "train_crash", "mine_collapse", "vehicle_attack", "terror_plot"
};

/* The headline and lede: headings before the body and this many body sentences. */
enum { LEDE_SENTS = 2, NP_BACK = 6, LOC_MAX = 8 };

typedef struct ev_scope {
    bool mine, train, bus;   /* vehicle or site words seen in the range */
} ev_scope;

WORDS(w_capsize,
    "capsized", "capsize", "capsizing", "capsizes", "sank", "sinking", "sunk", "sinks", "sink",
    "shipwreck", "shipwrecked");
WORDS(w_bomb,
    "bombing", "bomber", "bomb", "blast", "blasts", "explosion", "explosions", "exploded");
WORDS(w_shoot, "shooting", "gunman", "gunmen", "gunfire", "shot");
WORDS(w_quake, "earthquake", "quake", "tremor");
WORDS(w_flood, "flood", "flooding", "floods", "flooded", "deluge");
WORDS(w_fire, "fire", "blaze", "inferno", "wildfire", "bushfire");
WORDS(w_collapse, "collapse", "collapsed", "caved");
WORDS(w_stampede, "stampede", "crush");
WORDS(w_crash, "crash", "crashed", "plunged", "overturned", "derailed", "derailment");
WORDS(w_collide, "collision", "collided");
WORDS(w_ram, "ramming", "rammed", "ploughed");
WORDS(w_attack, "attack", "attacked");
WORDS(w_other,
    "landslide", "landslip", "mudslide", "storm", "cyclone", "typhoon", "hurricane", "tornado",
    "avalanche", "eruption");
WORDS(w_generic, "accident", "disaster", "tragedy");
/* Plural nouns name a kind of incident ("Earthquakes have killed ..."), not one. */
WORDS(w_plural,
    "earthquakes", "floods", "explosions", "blasts", "attacks", "plots", "fires", "crashes",
    "accidents", "disasters", "tragedies", "collisions", "stampedes");
/* "fire" in these compounds is no blaze: fire alarms, the fire service. */
WORDS(fire_compound,
    "alarm", "alarms", "service", "services", "brigade", "brigades", "department", "station",
    "safety", "exit", "exits", "escape", "escapes", "engine", "engines", "truck", "trucks",
    "fighters", "fighter", "chief", "officer", "officers", "crews", "extinguisher",
    "extinguishers", "door", "doors", "drill", "risk", "code", "codes");
#define MINE_WORDS "mine", "mines", "miners", "colliery", "coal"
#define TRAIN_WORDS "train", "trains", "express", "railway", "locomotive", "derailed", "derailment"
#define BUS_WORDS "bus", "buses", "coach", "minibus", "coaches"
WORDS(w_mine, MINE_WORDS);
WORDS(w_train, TRAIN_WORDS);
WORDS(w_bus, BUS_WORDS);
/* All three: one filter turns away most words, which are in none. */
WORDS(w_scope, MINE_WORDS, TRAIN_WORDS, BUS_WORDS);
WORDS(determiners, "a", "an", "another", "the", "its", "their", "his", "her");
WORDS(loc_preps, "off", "in", "at", "near", "on", "outside");


static ev_scope scope_of(const nf_doc *d, size_t from, size_t to)
{
    ev_scope s = {false, false, false};
    for (size_t i = from; i < to; i++) {
        if (d->toks[i].kind != TK_WORD || !tok_in(d, i, w_scope))
            continue;
        s.mine = s.mine || tok_in(d, i, w_mine);
        s.train = s.train || tok_in(d, i, w_train);
        s.bus = s.bus || tok_in(d, i, w_bus);
    }
    return s;
}

/* "a dam burst", "the dam at the mine burst": a dam within a few words
 * before, in the same sentence. */
static bool dam_before(const nf_doc *d, size_t i)
{
    WORDS(dams, "dam", "dams", "dyke", "dike", "levee", "embankment");
    for (size_t k = i; k-- > 0 && i - k <= 8 && d->toks[k].sent == d->toks[i].sent;)
        if (tok_in(d, k, dams))
            return true;
    return false;
}

/* "fire" is a shooting after "opened", no event in "fire service". */
static ev_type fire_type(const nf_doc *d, size_t i, size_t to)
{
    WORDS(shoot_before, "opened", "open", "opening", "opens");
    WORDS(none_before, "returned", "exchanged", "under", "cease", "came", "come");
    if (i > 0 && tok_in(d, i - 1, shoot_before))
        return ET_SHOOTING;
    if (i > 0 && tok_in(d, i - 1, none_before))
        return ET_NONE;
    if (i + 1 < to && tok_in(d, i + 1, fire_compound))
        return ET_NONE;
    return ET_FIRE;
}

/* The type one word gives, read with the vehicle/site words of its range. */
static ev_type word_type(const nf_doc *d, size_t i, size_t to, ev_scope sc)
{
    if (tok_in(d, i, w_capsize))
        return ET_CAPSIZE;
    if (tok_in(d, i, w_bomb))
        return sc.mine ? ET_MINE : ET_BOMBING;
    if (tok_in(d, i, w_shoot))
        return ET_SHOOTING;
    if (tok_in(d, i, w_quake))
        return ET_EARTHQUAKE;
    if (tok_in(d, i, w_flood))
        return ET_FLOOD;
    if (tok_is(d, i, "burst") && i + 2 < to && tok_is(d, i + 2, "banks"))
        return ET_FLOOD;
    if (tok_is(d, i, "burst") && dam_before(d, i))
        return sc.mine ? ET_MINE : ET_COLLAPSE;   /* "a tailings dam ... burst" */
    if (tok_in(d, i, w_fire))
        return sc.mine && !tok_is(d, i, "fire") ? ET_MINE : fire_type(d, i, to);
    if (tok_in(d, i, w_collapse))
        return sc.mine ? ET_MINE : ET_COLLAPSE;
    if (tok_in(d, i, w_stampede))
        return ET_STAMPEDE;
    if (tok_in(d, i, w_collide))
        return sc.train ? ET_TRAIN : sc.bus ? ET_BUS : ET_COLLISION;
    if (tok_in(d, i, w_crash) || tok_is(d, i, "accident")) {
        if (sc.train)
            return ET_TRAIN;
        if (sc.bus)
            return ET_BUS;
        if (tok_is(d, i, "crash") || tok_is(d, i, "crashed"))
            return ET_CRASH;
        return tok_is(d, i, "accident") ? ET_GENERIC : ET_NONE;
    }
    if (tok_in(d, i, w_ram))
        return ET_VEHICLE;
    if (tok_is(d, i, "plot"))
        return i + 1 < to && tok_is(d, i + 1, "of") ? ET_NONE : ET_PLOT;
    if (tok_in(d, i, w_attack))
        return ET_ATTACK;
    if (tok_in(d, i, w_other))
        return ET_OTHER;
    if (tok_in(d, i, w_generic))
        return ET_GENERIC;
    return ET_NONE;
}

/* The strongest event word of tokens [from, to); *at gets its token. */
static ev_type classify(const nf_doc *d, size_t from, size_t to, size_t *at)
{
    ev_scope sc = scope_of(d, from, to);
    ev_type best = ET_NONE;
    for (size_t i = from; i < to; i++) {
        if (!(d->toks[i].lx & LX_EVENT) || tok_in(d, i, w_plural))
            continue;
        ev_type t = word_type(d, i, to, sc);
        if (t > best) {
            best = t;
            *at = i;
        }
    }
    return best;
}

/* The determiner that opens the noun phrase of (or the subject before) the
 * event word at t, within a few tokens and no punctuation; t when none. */
static size_t np_start(const nf_doc *d, size_t t, size_t from)
{
    WORDS(stop,
        "when", "after", "as", "that", "which", "in", "of", "and", "but", "with", "while",
        "since", "before");
    for (size_t k = t; k > from && t - k < NP_BACK; k--) {
        size_t i = k - 1;
        if (tok_is_break(d, i) || tok_in(d, i, stop) || (d->toks[i].lx & LX_SPEECH))
            break;
        if (tok_in(d, i, determiners))
            return i;
    }
    return t;
}

/* A place phrase after the event word: "off the French coast", "in Ivory
 * Coast". The phrase must name a place (a capitalised word, a place noun or
 * a country); returns its end token, or start when there is none. */
static size_t place_phrase(const ex_ctx *ctx, size_t start, size_t to)
{
    const nf_doc *d = ctx->doc;
    if (start >= to || !tok_in(d, start, loc_preps))
        return start;
    bool named = false;
    size_t i = start + 1;
    for (; i < to && i - start <= LOC_MAX; i++) {
        const nf_tok *t = &d->toks[i];
        if (tok_is_break(d, i) || (t->lx & (LX_WEEKDAY | LX_MONTH | LX_SPEECH)) ||
            t->kind == TK_NUM || (tok_in(d, i, loc_preps) && !tok_is(d, i, "of")))
            break;
        if ((t->lx & LX_STOP) && !tok_is(d, i, "of") && !tok_in(d, i, determiners))
            break;
        if (((t->flags & TF_CAP) && !(t->lx & LX_STOP)) || (t->lx & LX_PLACE_N) ||
            ex_country_at(ctx, i))
            named = true;
    }
    while (i > start + 1 && (tok_is(d, i - 1, "of") || tok_in(d, i - 1, determiners)))
        i--;
    return named && i > start + 1 ? i : start;
}

/* The first place phrase within a short reach after token t. */
static nf_span find_place(const ex_ctx *ctx, size_t t, size_t to, size_t *adjacent_end)
{
    nf_span none = {0, 0};
    *adjacent_end = t + 1;
    for (size_t i = t + 1; i < to && i <= t + 1 + 2 * LOC_MAX; i++) {
        if (tok_is_break(ctx->doc, i))
            break;
        size_t e = place_phrase(ctx, i, to);
        if (e > i) {
            if (i == t + 1)
                *adjacent_end = e;
            return ex_tok_span(ctx, i, e);
        }
    }
    return none;
}

/* When the incident happened: a weekday, else a month with its day or year. */
static nf_span find_date(const ex_ctx *ctx, size_t from, size_t to)
{
    const nf_doc *d = ctx->doc;
    nf_span none = {0, 0};
    for (size_t i = from; i < to; i++)
        if (d->toks[i].lx & LX_WEEKDAY)
            return ex_tok_span(ctx, i, i + 1);
    for (size_t i = from; i < to; i++) {
        if (!(d->toks[i].lx & LX_MONTH) || !(d->toks[i].flags & TF_CAP))
            continue;
        size_t s = i, e = i + 1;
        if (i > from && d->toks[i - 1].kind == TK_NUM)
            s = i - 1;
        if (e < to && d->toks[e].kind == TK_NUM)
            e++;
        if (e - s > 1)
            return ex_tok_span(ctx, s, e);
    }
    return none;
}

static const char *span_str(ex_ctx *ctx, nf_span s)
{
    if (s.end <= s.start)
        return NULL;
    return nf_facts_strndup(ctx->facts, ctx->doc->text + s.start, s.end - s.start);
}

/* Emit an event for the word at t in sentence tokens [from, to). */
static int emit(ex_ctx *ctx, ev_type type, bool main, size_t t, size_t from, size_t to,
                nf_span date)
{
    size_t place_end;
    nf_span place = find_place(ctx, t, to, &place_end);
    nf_event *ev = nf_facts_add_event(ctx->facts);
    ev->id = (int)ctx->facts->n_events;
    ev->type = type_names[type];
    ev->main = main;
    ev->location = span_str(ctx, place);
    ev->date = span_str(ctx, date);
    ev->text = ex_tok_span(ctx, np_start(ctx->doc, t, from), place_end);
    return ev->id;
}

/* Sentences [0, end) are the headline and the lede: the headings before the
 * body and the first body sentence, or the first two when the first names no
 * incident (a scene-setting opener). */
static size_t lede_end(const nf_doc *d)
{
    size_t body = 0, s = 0;
    for (; s < d->n_sents && body < LEDE_SENTS; s++) {
        if (d->sents[s].flags & SF_HEADING)
            continue;
        body++;
        size_t at;
        if (body == 1 && classify(d, d->sents[0].tok_start, d->sents[s].tok_end, &at) > ET_GENERIC)
            return s + 1;
    }
    return s;
}

/* The main event: the strongest type of the headline and lede, its evidence
 * taken from the first sentence that has a word of that type (a body
 * sentence before a heading, as it carries the clause). */
static void find_main(ex_ctx *ctx, size_t n_lede)
{
    const nf_doc *d = ctx->doc;
    if (n_lede == 0)
        return;
    size_t at = 0, lo = d->sents[0].tok_start, hi = d->sents[n_lede - 1].tok_end;
    ev_type type = classify(d, lo, hi, &at);
    if (type <= ET_GENERIC)
        return;
    ev_scope sc = scope_of(d, lo, hi);
    long pick = -1, heading = -1;
    size_t pick_tok = at;
    for (size_t s = 0; s < n_lede && pick < 0; s++) {
        const nf_sent *st = &d->sents[s];
        for (size_t i = st->tok_start; i < st->tok_end; i++) {
            if (!(d->toks[i].lx & LX_EVENT) || word_type(d, i, st->tok_end, sc) != type)
                continue;
            if (!(st->flags & SF_HEADING)) {
                pick = (long)s;
                pick_tok = i;
            } else if (heading < 0) {
                heading = (long)s;
                pick_tok = i;
            }
            break;
        }
    }
    if (pick < 0)
        pick = heading >= 0 ? heading : (long)d->toks[at].sent;
    const nf_sent *st = &d->sents[pick];
    nf_span date = find_date(ctx, st->tok_start, st->tok_end);
    for (size_t s = 0; s < n_lede && date.end == 0; s++)
        if (!(d->sents[s].flags & SF_HEADING))
            date = find_date(ctx, d->sents[s].tok_start, d->sents[s].tok_end);
    ctx->main_event = emit(ctx, type, true, pick_tok, st->tok_start, st->tok_end, date);
}

/* A year that dates an earlier incident ("in 2009", "the 1987 sinking",
 * "since 1996, when ..."), never a period's start ("since 1999"); 0 when
 * the sentence has none. */
static int recall_year(const nf_doc *d, size_t from, size_t to, size_t *at)
{
    for (size_t i = from; i < to; i++) {
        num_val v;
        if (d->toks[i].kind != TK_NUM || !num_parse(d, i, i + 1, false, &v) || !v.year_like)
            continue;
        size_t b = i;
        if (b > from && (d->toks[b - 1].lx & LX_MONTH))
            b--;
        bool when = i + 2 < to && tok_is_punct(d, i + 1, ',') && tok_is(d, i + 2, "when");
        if (b > from && (tok_is(d, b - 1, "since") || tok_is(d, b - 1, "until")) && !when)
            continue;   /* but "the deadliest since 1996, when a jet crashed" dates one */
        if (i + 1 < to && tok_is_dash(d, i + 1) && tok_touch(d, i + 1))
            continue;   /* 2023-24: a season, a span */
        *at = i;
        return (int)v.value;
    }
    return 0;
}

/* A sentence that opens by dating an earlier time without a year: "In
 * February, a collapse ...", "Last year, a fire ...", "Earlier this month".
 * Returns a key for the time (never a year), 0 when none; *at gets the
 * time word. */
static int recall_opener(const nf_doc *d, size_t from, size_t to, size_t *at)
{
    WORDS(periods, "year", "month", "week", "summer", "winter", "spring", "autumn");
    if (from + 2 >= to)
        return 0;
    if (tok_is(d, from, "in") && (d->toks[from + 1].lx & LX_MONTH) &&
        (d->toks[from + 1].flags & TF_CAP) && !(from + 2 < to && d->toks[from + 2].kind == TK_NUM)) {
        *at = from + 1;
        return -(int)(from + 1) - 1;
    }
    if ((tok_is(d, from, "last") && tok_in(d, from + 1, periods)) ||
        (tok_is(d, from, "earlier") && tok_is(d, from + 1, "this") && tok_in(d, from + 2, periods))) {
        *at = from;
        return -(int)(from + 1) - 1;
    }
    return 0;
}

/* The incident word at t is one earlier incident of its own: its phrase is
 * indefinite ("a crush", "a coach ... crashed") or dated ("the 1987 sinking",
 * "the February 2023 disaster"). */
static bool recalled_np(const nf_doc *d, size_t t, size_t from)
{
    size_t s = np_start(d, t, from);
    if (s == t)
        return false;
    if (tok_is(d, s, "a") || tok_is(d, s, "an") || tok_is(d, s, "another"))
        return true;
    for (size_t i = s + 1; i < t; i++) {
        num_val v;
        if (d->toks[i].kind == TK_NUM && num_parse(d, i, i + 1, false, &v) && v.year_like)
            return true;
    }
    return false;
}

static bool year_seen(const int *years, size_t n, int y)
{
    for (size_t i = 0; i < n; i++)
        if (years[i] == y)
            return true;
    return false;
}

/* Earlier incidents the body recalls, one event per year (the main event's
 * own year, as the lede gives it, is no earlier incident). */
static void find_recalled(ex_ctx *ctx, size_t n_lede)
{
    enum { MAX_RECALLED = 8 };
    const nf_doc *d = ctx->doc;
    int years[MAX_RECALLED + 4];
    size_t n_years = 0, at;
    for (size_t s = 0; s < n_lede && n_years < 4; s++) {
        int y = recall_year(d, d->sents[s].tok_start, d->sents[s].tok_end, &at);
        if (y)
            years[n_years++] = y;
    }
    ev_type main_type = ET_NONE;
    if (ctx->main_event > 0)
        for (size_t i = 0; i < ET_N; i++)
            if (type_names[i] && strcmp(type_names[i], ctx->facts->events[0].type) == 0)
                main_type = (ev_type)i;
    for (size_t s = n_lede; s < d->n_sents && n_years < MAX_RECALLED + 4; s++) {
        const nf_sent *st = &d->sents[s];
        if (st->flags & SF_HEADING)
            continue;
        size_t yat;
        int year = recall_year(d, st->tok_start, st->tok_end, &yat);
        bool opener = false;
        if (!year) {
            year = recall_opener(d, st->tok_start, st->tok_end, &yat);
            opener = year != 0;
        }
        if (!year || year_seen(years, n_years, year))
            continue;
        size_t t = 0;
        bool found = false;
        ev_scope sc = scope_of(d, st->tok_start, st->tok_end);
        for (size_t i = st->tok_start; i < st->tok_end && !found; i++)
            if ((d->toks[i].lx & LX_EVENT) && !tok_in(d, i, w_plural) &&
                word_type(d, i, st->tok_end, sc) &&
                recalled_np(d, i, st->tok_start)) {
                t = i;
                found = true;
            }
        if (!found)
            continue;
        size_t strongest = t;
        ev_type type = classify(d, st->tok_start, st->tok_end, &strongest);
        if (type <= ET_GENERIC)
            type = main_type > ET_GENERIC ? main_type : ET_OTHER;
        years[n_years++] = year;
        if (opener)   /* "Last year": both words; "In February": the month */
            emit(ctx, type, false, t, st->tok_start, st->tok_end,
                 ex_tok_span(ctx, yat, yat + ((d->toks[yat].lx & LX_MONTH) ? 1 : 2)));
        else
            emit(ctx, type, false, t, st->tok_start, st->tok_end,
                 ex_tok_span(ctx, yat > st->tok_start && (d->toks[yat - 1].lx & LX_MONTH) ? yat - 1 : yat,
                             yat + 1));
    }
}

int ex_event(ex_ctx *ctx)
{
    if (!ctx || !ctx->doc || !ctx->facts)
        return -1;
    size_t n_lede = lede_end(ctx->doc);
    find_main(ctx, n_lede);
    find_recalled(ctx, n_lede);
    return 0;
}

/* The event a count at token tok belongs to: an earlier incident when the
 * count sits in the sentence that recalls it, else the main event. */
int ex_event_for_token(const ex_ctx *ctx, size_t tok)
{
    if (!ctx || !ctx->doc || !ctx->facts || tok >= ctx->doc->n_toks)
        return ctx ? ctx->main_event : 0;
    size_t sent = ctx->doc->toks[tok].sent;
    for (size_t i = 0; i < ctx->facts->n_events; i++) {
        const nf_event *ev = &ctx->facts->events[i];
        if (!ev->main && sent_at(ctx->doc, ev->text.start) == sent)
            return ev->id;
    }
    return ctx->main_event;
}
