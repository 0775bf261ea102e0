/* ex_country.c — countries the story names, and the country it is set in.
 *
 * A mention is a country's name, alias, adjective or people noun from the
 * gazetteer, capitalised, that is not part of something else: a sea (the
 * Irish Sea, the Indian Ocean), a person's name (Michael Jordan), a place
 * named after it (Lake Chad, New Mexico, Latin America) or an idiom (French
 * fries). The home country is where the story happens: a dateline's country,
 * else the country with most weight, counting the headline and lede double
 * and subdivision names (Odisha, Borno) as votes.
 */
#include "extract.h"
#include "alloc.h"
#include "lexicon.h"
#include "sentence.h"

#include <stdio.h>
#include <string.h>

WORDS(waters, "sea", "ocean", "gulf", "strait", "straits", "channel");
WORDS(idiom_nouns,
    "fries", "delight", "courage", "cheese", "wave", "flu", "roulette", "whispers", "windows",
    "pastry", "toast", "kiss", "dressing", "horn", "braid", "leave", "lick");
/* Places named with a country's adjective: British Columbia (French Guiana and
 * French Polynesia, names of their own, are matched whole before this). */
WORDS(adj_places,
    "columbia", "guiana", "polynesia", "somaliland", "virgin", "antarctic",
    "honduras");
WORDS(region_prefixes,
    "latin", "central", "north", "south", "east", "west", "pan", "anglo", "sub", "new");
static const char *const us_state_abbrevs[] = {
    "ala.", "ariz.", "ark.", "calif.", "colo.", "conn.", "del.", "fla.", "ga.", "ill.", "ind.",
    "kan.", "ky.", "la.", "md.", "mass.", "mich.", "minn.", "miss.", "mo.", "mont.", "neb.",
    "nev.", "n.h.", "n.j.", "n.m.", "n.y.", "n.c.", "n.d.", "okla.", "ore.", "pa.", "r.i.",
    "s.c.", "s.d.", "tenn.", "vt.", "va.", "wash.", "w.va.", "wis.", "wyo.", NULL
};

/* Canadian provinces as Canadian Press datelines write them: "B.C.", "Ont." */
static const char *const ca_province_abbrevs[] = {
    "b.c.", "alta.", "sask.", "man.", "ont.", "que.", "n.b.", "n.s.", "p.e.i.", "nfld.",
    "n.l.", "n.w.t.", "y.t.", NULL
};

/* "Ga." is two tokens (Ga and .); "N.Y." is one initialism. */
static bool abbrev_in(const nf_doc *d, size_t i, const char *const *list)
{
    if (d->toks[i].kind != TK_WORD || !(d->toks[i].flags & TF_CAP))
        return false;
    if (d->toks[i].flags & TF_ABBR)
        return tok_in(d, i, list);
    if (i + 1 >= d->n_toks || !tok_is_punct(d, i + 1, '.') || !tok_touch(d, i + 1))
        return false;
    char buf[16];
    snprintf(buf, sizeof buf, "%s.", tok_fold(d, i));
    for (size_t k = 0; list[k]; k++)
        if (strcmp(buf, list[k]) == 0)
            return true;
    return false;
}

static bool us_state_abbrev(const nf_doc *d, size_t i)
{
    return abbrev_in(d, i, us_state_abbrevs);
}

/* A US state at token i, by name ("Tennessee") or abbreviation ("Tenn."). */
static bool us_state_at(const ex_ctx *ctx, size_t i)
{
    gaz_country_hit hit;
    return us_state_abbrev(ctx->doc, i) ||
           (gaz_subdivision_match(ctx->gaz, ctx->doc, i, ctx->doc->n_toks, &hit) &&
            strcmp(hit.code, "US") == 0);
}

static bool plain_capitalised(const nf_doc *d, size_t i)
{
    const nf_tok *t = &d->toks[i];
    return t->kind == TK_WORD && (t->flags & TF_CAP) && !(t->flags & TF_UPPER) &&
           !(t->lx & ~(uint64_t)LX_PLACE_N);
}

static bool sentence_initial(const nf_doc *d, size_t i)
{
    return d->sents[d->toks[i].sent].tok_start == i;
}

/* Words after "X State" that make it the country's state, not a state named
 * X: "Iran State Television", "the US State Department". */
WORDS(state_of_country,
    "media", "television", "tv", "radio", "news", "broadcaster", "agency", "department", "dept",
    "secretary", "council", "duma", "visit", "banquet", "funeral", "run", "owned", "controlled",
    "company", "firm", "enterprise", "enterprises", "bank", "oil", "prosecutor", "security",
    "of");

/* "Niger State", "Niger state governor": a country's name before "State"
 * (capitalised, as in the name of a federal state) or before "state" and a
 * word of state government is a state of another country named after it. A
 * name in capitals (US, UK) is never one: "a US state". */
static bool subdivision_state(const nf_doc *d, size_t i, size_t next)
{
    if (!tok_is(d, next, "state") || (d->toks[i].flags & TF_UPPER) || (d->toks[i].flags & TF_ABBR))
        return false;
    size_t after = next + 1;
    bool more = after < d->n_toks && d->toks[after].sent == d->toks[next].sent &&
                d->toks[after].kind == TK_WORD;
    if (more && tok_in(d, after, state_of_country))
        return false;
    if (d->toks[next].flags & TF_CAP)
        return true;
    return more && tok_in(d, after, (const char *const[]){
        "governor", "government", "governments", "capital", "assembly", "command", "house",
        "commissioner", "police", "emergency", NULL});
}

/* Is the match at [i, i + n) part of a longer proper name, not the country? */
/* An adjective capitalised only because it opens the sentence:
 * "Neighbouring South Africa", "Landlocked Malawi", "Northern Nigeria". */
static bool sentence_adjective(const nf_doc *d, size_t i)
{
    const char *f = tok_fold(d, i);
    return sentence_initial(d, i) && (tok_str_ends(f, "ing") || tok_str_ends(f, "ed") ||
                                      tok_str_ends(f, "ern"));
}

/* Do the capitalised words from `next` name a body or a law of the state
 * whose name comes before them: "the Pakistan Penal Code", "Royal Malaysia
 * Police", "the Kenya Defence Forces" (FACTS.md: the story names the
 * country). Not "the Niger Delta Development Commission", a place's body. */
static bool names_state_body(const nf_doc *d, size_t next)
{
    WORDS(laws, "code", "act", "constitution");
    for (size_t k = next; k < next + 3 && k < d->n_toks; k++) {
        const nf_tok *t = &d->toks[k];
        if (t->sent != d->toks[next].sent || t->kind != TK_WORD || !(t->flags & TF_CAP) ||
            (t->lx & LX_PLACE_N))
            return false;
        if ((t->lx & LX_ORG) || tok_in(d, k, laws))
            return true;
    }
    return false;
}

/* Is token i a place after "in", "at" or "near", alone or in a list of
 * capitalised places ("in Rustenburg, Brits and Pretoria")? A people's
 * name never stands there; a town's that looks like one does. */
static bool in_place_list(const nf_doc *d, size_t i)
{
    WORDS(place_preps, "in", "at", "near");
    if (i == 0 || d->toks[i - 1].sent != d->toks[i].sent)
        return false;
    if (tok_in(d, i - 1, place_preps))
        return true;
    if (!tok_is_punct(d, i - 1, ',') && !tok_is(d, i - 1, "and"))
        return false;
    /* back over the list's other places to its preposition */
    for (size_t k = i - 1; k > 0 && i - k < 8 && d->toks[k - 1].sent == d->toks[i].sent; k--) {
        size_t p = k - 1;
        if (tok_in(d, p, place_preps))
            return true;
        if (!tok_is_punct(d, p, ',') && !tok_is(d, p, "and") &&
            !(d->toks[p].kind == TK_WORD && (d->toks[p].flags & TF_CAP)))
            return false;
    }
    return false;
}

/* "R$", "C$", "HK$": a dollar's prefix at token i, not a surname ("Brazil
 * R$40 million"). */
static bool dollar_prefix(const nf_doc *d, size_t i)
{
    return tok_len(d, i) <= 3 && i + 1 < d->n_toks && tok_touch(d, i + 1) &&
           tok_is_punct(d, i + 1, '$');
}

static bool part_of_other_name(const ex_ctx *ctx, size_t i, size_t n, int kind)
{
    const nf_doc *d = ctx->doc;
    size_t next = i + n;
    bool has_next = next < d->n_toks && d->toks[next].sent == d->toks[i].sent &&
                    (d->toks[next].flags & TF_SPACE);
    /* "Port of Spain": Trinidad's capital */
    if (kind == GAZ_KIND_NAME && i >= 2 && tok_is(d, i - 1, "of") && tok_is(d, i - 2, "port") &&
        (d->toks[i - 2].flags & TF_CAP))
        return true;
    if (kind == GAZ_KIND_NAME && has_next && names_state_body(d, next))
        return false;
    if (has_next && tok_in(d, next, waters))
        return true;
    /* "Lebanon, Tennessee", "Paris, Texas": a US town, by its state */
    if (kind == GAZ_KIND_NAME && next + 1 < d->n_toks && tok_is_punct(d, next, ',') &&
        d->toks[next + 1].sent == d->toks[i].sent && us_state_at(ctx, next + 1))
        return true;
    /* "said in Spanish", "wrote in French that": a language */
    if (kind == GAZ_KIND_ADJ && i > 0 && tok_is(d, i - 1, "in") &&
        (next >= d->n_toks || d->toks[next].kind == TK_PUNCT ||
         (d->toks[next].kind == TK_WORD && !(d->toks[next].flags & TF_CAP) &&
          (d->toks[next].lx & LX_STOP))))
        return true;
    /* "the Gulf of Guinea", "the Sea of Japan": a sea named after it */
    if (kind == GAZ_KIND_NAME && i >= 2 && tok_is(d, i - 1, "of") &&
        (d->toks[i - 2].flags & TF_CAP) && (tok_in(d, i - 2, waters) || tok_is(d, i - 2, "bay")))
        return true;
    if (has_next && kind == GAZ_KIND_ADJ && tok_in(d, next, idiom_nouns))
        return true;
    if (has_next && kind == GAZ_KIND_ADJ && (d->toks[next].flags & TF_CAP) &&
        (tok_in(d, next, adj_places) || tok_is(d, next, "town")))
        return true;   /* British Columbia, French Guiana, Spanish Town */
    /* "US$12m", "U.S.$", "US $82,000": a currency, not the country */
    if (kind == GAZ_KIND_NAME && next + 1 < d->n_toks && tok_is_punct(d, next, '$') &&
        (tok_touch(d, next) || (n == 1 && tok_len(d, i) <= 4 && tok_touch(d, next + 1) &&
                                d->toks[next + 1].kind == TK_NUM)))
        return true;
    if (kind == GAZ_KIND_NAME && has_next && (d->toks[next].lx & LX_PLACE_N) &&
        !tok_is(d, next, "coast") && !tok_is(d, next, "border") && !tok_is(d, next, "state"))
        return true;   /* the Jordan River, the Niger Delta */
    if (kind == GAZ_KIND_NAME && has_next && subdivision_state(d, i, next))
        return true;   /* Niger State, Mexico State */
    if (i > 0 && d->toks[i - 1].sent == d->toks[i].sent &&
        (d->toks[i].flags & TF_SPACE) && d->toks[i - 1].kind == TK_WORD) {
        WORDS(compass, "north", "south", "east", "west", "northern", "southern", "eastern",
              "western");
        if (kind == GAZ_KIND_NAME && tok_in(d, i - 1, compass) && !tok_is(d, i, "america") &&
            !(i >= 2 && tok_is(d, i - 2, "new")))
            return false;   /* "South India" names India; not "New South Wales" */
        /* "Deputy Minister Thái said": a title before a demonym makes it a surname */
        if (kind != GAZ_KIND_NAME && n == 1 && (d->toks[i - 1].flags & TF_CAP) &&
            (d->toks[i - 1].lx & (LX_TITLE | LX_RANK | LX_HONORIFIC)))
            return true;
        if (kind == GAZ_KIND_NAME && plain_capitalised(d, i - 1) && !ex_country_at(ctx, i - 1) &&
            !sentence_adjective(d, i - 1))
            return true;   /* Michael Jordan, Lake Chad */
        if ((d->toks[i - 1].flags & TF_CAP) && tok_in(d, i - 1, region_prefixes))
            return true;   /* Latin America, New Mexico, Latin American */
        /* "Dai Lao Commune", "Ban Thai Village": a demonym inside a place's name */
        if (kind != GAZ_KIND_NAME && n == 1 && plain_capitalised(d, i - 1) &&
            !sentence_initial(d, i - 1) && !ex_country_at(ctx, i - 1) && has_next &&
            (d->toks[next].flags & TF_CAP) && (d->toks[next].lx & LX_PLACE_N))
            return true;
        /* a surname after a given name: "Volker Türk", "Dawn French" (not a
         * word opening the sentence: "Yesterday Turkish ...") */
        if (kind != GAZ_KIND_NAME && n == 1 && plain_capitalised(d, i - 1) &&
            !sentence_initial(d, i - 1) && !ex_country_at(ctx, i - 1) &&
            !(d->toks[i - 1].lx & LX_PLACE_N) &&
            !(next < d->n_toks && d->toks[next].sent == d->toks[i].sent &&
              d->toks[next].kind == TK_WORD && (d->toks[next].flags & TF_CAP)) &&
            (next >= d->n_toks || !(d->toks[next].lx & LX_PERSON_N)))
            return true;
    }
    if (kind == GAZ_KIND_PEOPLE && n == 1 && (d->toks[i].flags & TF_CAP) && in_place_list(d, i))
        return true;   /* "hospitals in Rustenburg, Brits and Pretoria": the town */
    /* A first name before a surname: "Chad Smith", "Georgia Brown"; but
     * "UNHCR Representative in Lebanon Kenji Ota" names a post's country,
     * and "Niger Republic", "Benin Republic" (as Nigeria's press writes
     * them) the country */
    if (kind == GAZ_KIND_NAME && n == 1 && has_next && plain_capitalised(d, i) &&
        plain_capitalised(d, next) && !dollar_prefix(d, next) && !tok_is(d, next, "republic") &&
        !(i >= 2 && tok_is(d, i - 1, "in") && (d->toks[i - 2].lx & LX_TITLE)) &&
        !(d->toks[next].lx & LX_PLACE_N) && !gaz_country_at(ctx->gaz, d, next, d->n_toks, &(gaz_country_hit){0}))
        return true;
    return false;
}

/* Does any word of the story belong to words? One pass over its tokens. */
static bool story_has_any(const nf_doc *d, word_list *words)
{
    for (size_t i = 0; i < d->n_toks; i++)
        if (d->toks[i].kind == TK_WORD && tok_in(d, i, words))
            return true;
    return false;
}

/* "Georgia" is the US state in a story about the United States unless the
 * story also speaks of Georgians or Tbilisi. */
static void drop_us_georgia(ex_ctx *ctx)
{
    const nf_doc *d = ctx->doc;
    bool us = false;
    for (size_t i = 0; i < ctx->n_cmentions && !us; i++)
        us = strcmp(ctx->cmentions[i].code, "US") == 0;
    for (size_t c = 0; c < d->n_caps && !us; c++) {   /* "Dalton, Ga.": a capitalised word */
        size_t i = d->caps[c];
        us = i > 0 && tok_is_punct(d, i - 1, ',') && us_state_abbrev(d, i);
    }
    WORDS(georgian, "tbilisi", "georgian", "georgians");
    if (!us || story_has_any(d, georgian))
        return;
    size_t o = 0;
    for (size_t i = 0; i < ctx->n_cmentions; i++) {
        const ex_cmention *m = &ctx->cmentions[i];
        if (strcmp(m->code, "GE") == 0 && tok_is(d, m->tok, "georgia"))
            continue;
        ctx->cmentions[o++] = *m;
    }
    ctx->n_cmentions = o;
}

/* "Congo" alone is the Republic of the Congo by its ISO name, but a story
 * that names the Democratic Republic of Congo means that one by "Congo". */
static void congo_is_drc(ex_ctx *ctx)
{
    bool drc = false;
    for (size_t i = 0; i < ctx->n_cmentions && !drc; i++)
        drc = strcmp(ctx->cmentions[i].code, "CD") == 0;
    for (size_t i = 0; drc && i < ctx->n_cmentions; i++) {
        ex_cmention *m = &ctx->cmentions[i];
        if (strcmp(m->code, "CG") == 0 && m->ntok == 1 && tok_is(ctx->doc, m->tok, "congo"))
            memcpy(m->code, "CD", 3);
    }
}

/* Does the bare name at m speak of the country itself: "Mexico's
 * president", "refugees from Niger", "neighbouring Niger"? */
static bool national_use(const nf_doc *d, const ex_cmention *m)
{
    size_t after = m->tok + m->ntok;
    if (after < d->n_toks && d->toks[after].kind == TK_POSS)
        return true;
    return m->tok > 0 && tok_in(d, m->tok - 1, (const char *const[]){
        "from", "to", "neighbouring", "neighboring", "republic", "into", "across", NULL});
}

/* A story about Nigeria's Niger State calls the state "Niger" too ("48
 * dead in Niger"): when a country's name names a state (state_code) at
 * least as often as it stands alone (bare), its name alone is the state,
 * unless it speaks of the country itself. */
static void drop_state_names(ex_ctx *ctx, const char *state_code, size_t states)
{
    const nf_doc *d = ctx->doc;
    size_t bare = 0;
    for (size_t i = 0; i < ctx->n_cmentions; i++) {
        const ex_cmention *m = &ctx->cmentions[i];
        bare += m->kind == GAZ_KIND_NAME && m->ntok == 1 && strcmp(m->code, state_code) == 0;
    }
    if (bare > states)
        return;
    size_t o = 0;
    for (size_t i = 0; i < ctx->n_cmentions; i++) {
        const ex_cmention *m = &ctx->cmentions[i];
        if (m->kind == GAZ_KIND_NAME && m->ntok == 1 && strcmp(m->code, state_code) == 0 &&
            !national_use(d, m))
            continue;
        ctx->cmentions[o++] = *m;
    }
    ctx->n_cmentions = o;
}

static void find_mentions(ex_ctx *ctx)
{
    const nf_doc *d = ctx->doc;
    size_t next = 0;   /* a name opens with a capitalised word, past the last match */
    char state_code[3] = "";
    size_t states = 0;
    for (size_t c = 0; c < d->n_caps; c++) {
        size_t i = d->caps[c];
        gaz_country_hit hit;
        if (i < next || !gaz_country_at(ctx->gaz, d, i, d->n_toks, &hit))
            continue;
        next = i + hit.ntok;
        if (hit.kind == GAZ_KIND_NAME && hit.ntok == 1 && next < d->n_toks &&
            d->toks[next].sent == d->toks[i].sent && subdivision_state(d, i, next)) {
            if (strcmp(state_code, hit.code) == 0) {
                states++;
            } else {   /* the latest state named for a country counts */
                memcpy(state_code, hit.code, 3);
                states = 1;
            }
        }
        if (part_of_other_name(ctx, i, hit.ntok, hit.kind))
            continue;
        ex_cmention *m = VEC_PUSH(ctx->cmentions, ctx->n_cmentions, ctx->cap_cmentions);
        m->tok = i;
        m->ntok = hit.ntok;
        memcpy(m->code, hit.code, 3);
        m->kind = hit.kind;
    }
    if (state_code[0])
        drop_state_names(ctx, state_code, states);
    drop_us_georgia(ctx);
    congo_is_drc(ctx);
}

/* Does the city name of a dateline end at token i, with nothing after it
 * that places it: a dash, a bracket, or a comma and a date ("CAPE TOWN —",
 * "MUSCAT, March 3 (Reuters) -", "PUTRAJAYA:"); not "LONDON, Ontario"? */
static bool is_dateline_end(const nf_doc *d, size_t i)
{
    if (tok_is_dash(d, i) || tok_is_punct(d, i, '(') || tok_is_punct(d, i, ':'))
        return true;   /* and "PUTRAJAYA:", as the Malaysian and Pakistani press write it */
    return tok_is_punct(d, i, ',') && i + 1 < d->n_toks &&
           (d->toks[i + 1].kind == TK_NUM || (d->toks[i + 1].lx & (LX_MONTH | LX_WEEKDAY)));
}

/* The first of the opening sentences that carries a dateline, or NULL. */
static const nf_sent *dateline_sentence(const nf_doc *d)
{
    for (size_t s = 0; s < d->n_sents && s < 12; s++)
        if (d->sents[s].flags & SF_DATELINE)
            return &d->sents[s];
    return NULL;
}

/* A dateline's country: "MAIDUGURI, Nigeria, June 8 (Agency) -", "DALTON,
 * Ga. —" (a US state abbreviation), or a known city alone, "CAPE TOWN —". */
static bool dateline_country(ex_ctx *ctx, const nf_sent *st, char code[3])
{
    const nf_doc *d = ctx->doc;
    size_t first = st->tok_start;
    /* "PUTRAJAYA: Malaysia and Chile ...": only the place before the colon */
    size_t colon = sent_colon_dateline(d, st);
    size_t end = colon ? colon : first + 14;
    for (size_t i = first; i < end && i < st->tok_end; i++) {
        if (tok_is_dash(d, i) && (d->toks[i].flags & TF_SPACE))
            break;
        const ex_cmention *m = ex_country_at(ctx, i);
        if (m) {
            memcpy(code, m->code, 3);
            return true;
        }
        if (us_state_abbrev(d, i)) {
            memcpy(code, "US", 3);
            return true;
        }
        if (abbrev_in(d, i, ca_province_abbrevs)) {
            memcpy(code, "CA", 3);
            return true;
        }
    }
    /* a city alone: "CAPE TOWN —"; but "PERTH, Scotland" is named above */
    gaz_country_hit city;
    if (gaz_city_at(ctx->gaz, d, first, st->tok_end, &city) &&
        (first + city.ntok >= st->tok_end || is_dateline_end(d, first + city.ntok))) {
        memcpy(code, city.code, 3);
        return true;
    }
    return false;
}

/* "WASHINGTON (Reuters) - The International Monetary Fund approved a loan
 * for Malawi", "GENEVA - The U.N. refugee agency said 40 migrants died off
 * Libya": an international body's seat datelines news of another country,
 * which the dateline's sentence names. Then the dateline does not decide;
 * the votes do. */
static bool intl_lede_elsewhere(const ex_ctx *ctx, const nf_sent *st, const char code[3])
{
    const nf_doc *d = ctx->doc;
    bool intl = false, other = false;
    for (size_t i = st->tok_start; i < st->tok_end; i++) {
        intl |= (d->toks[i].flags & (TF_CAP | TF_UPPER)) &&   /* not "who" */
                ((d->toks[i].lx & LX_INTL) || tok_is(d, i, "international"));
        const ex_cmention *m = ex_country_at(ctx, i);
        other |= m && m->tok == i && m->kind == GAZ_KIND_NAME && strcmp(m->code, code) != 0;
    }
    return intl && other;
}

typedef struct vote { char code[3]; double weight; } vote;

static void add_vote(vote *votes, size_t *n, const char *code, double w)
{
    for (size_t i = 0; i < *n; i++) {
        if (strcmp(votes[i].code, code) == 0) {
            votes[i].weight += w;
            return;
        }
    }
    if (*n < 256) {
        memcpy(votes[*n].code, code, 3);
        votes[(*n)++].weight = w;
    }
}

/* "from Rockford", "to Thunder Bay, Ontario": a place people come from
 * or go to, at the head of a chain of place names. */
static bool after_from(const nf_doc *d, size_t i)
{
    uint32_t sent = d->toks[i].sent;
    for (size_t k = i; k-- > 0 && d->toks[k].sent == sent && k + 8 > i;) {
        if (tok_in(d, k, (const char *const[]){"from", "to", NULL}))
            return true;
        if (!tok_is_punct(d, k, ',') &&
            !(d->toks[k].kind == TK_WORD && (d->toks[k].flags & TF_CAP) && !sentence_initial(d, k)))
            return false;
    }
    return false;
}

/* Mentions that point away from where the story is: "from X" (also each
 * item of a list that follows "from"), "X embassy", "embassy of X",
 * "X citizens/nationals", "a Chinese tourist" (people are named by their
 * country when they are away from it). */
static bool foreign_context(const ex_ctx *ctx, const ex_cmention *m)
{
    WORDS(registered, "registered", "incorporated", "domiciled");
    WORDS(away, "embassy", "consulate", "citizens", "citizen", "nationals", "national",
          "tourist", "tourists", "visitor", "visitors", "holidaymaker", "holidaymakers",
          "expatriate", "expatriates", "expat", "expats", "backpacker", "backpackers");
    const nf_doc *d = ctx->doc;
    size_t i = m->tok, after = m->tok + m->ntok;
    if (after < d->n_toks && tok_in(d, after, away))
        return true;
    size_t b = i > 0 && tok_is(d, i - 1, "the") ? i - 1 : i;
    if (b >= 2 && tok_is(d, b - 1, "in") && tok_in(d, b - 2, registered))
        return true;   /* "a shell company registered in the US" */
    if (after_from(d, i))
        return true;   /* "from Thunder Bay, Ontario, Canada" */
    uint32_t sent = d->toks[i].sent;
    for (size_t k = i; k-- > 0 && d->toks[k].sent == sent && k + 24 > i;) {
        if (tok_in(d, k, (const char *const[]){"from", "to", NULL}))
            return true;
        if (tok_in(d, k, (const char *const[]){"embassy", "consulate", NULL}) && k + 2 >= i)
            return true;
        bool list_part = tok_is_punct(d, k, ',') || tok_is(d, k, "and") || tok_is(d, k, "the") ||
                         ex_country_at(ctx, k);
        if (!list_part)
            return false;
    }
    return false;
}

/* "Michigan Strategic Fund", "Michigan Economic Development Corp.": a
 * capitalised run from token i ending in an organisation's word, a body of
 * the place named before it; not a paper ("Washington Post"), which is
 * read far from home. */
static bool names_body(const nf_doc *d, size_t i)
{
    WORDS(media, "news", "times", "post", "herald", "tribune", "journal", "press", "television",
          "radio", "media", "broadcaster", "line");
    size_t k = i;
    while (k + 1 < d->n_toks && k < i + 3 && d->toks[k + 1].kind == TK_WORD &&
           (d->toks[k + 1].flags & TF_CAP) && d->toks[k + 1].sent == d->toks[i].sent)
        k++;
    return (d->toks[k].lx & LX_ORG) && !tok_in(d, k, media);
}

/* A subdivision name counts only standing alone: "North" in "North Ridge
 * High" or "Rivers" in "Northern Rivers" is part of another name. */
static bool standalone(const nf_doc *d, size_t i, size_t n)
{
    /* "Lincolnshire Police", "Tyrol Mountain Rescue": the place's own
     * public bodies place the story there */
    WORDS(bodies, "police", "constabulary", "council", "province", "provincial", "regional",
          "government", "governor", "assembly", "mountain", "emergency", "ambulance", "health",
          "coast");
    size_t next = i + n;
    /* and "Khyber Pakhtunkhwa Inspector General", "Punjab Chief Minister":
     * the region an office serves */
    if (next < d->n_toks && d->toks[next].sent == d->toks[i].sent &&
        d->toks[next].kind == TK_WORD && (d->toks[next].flags & TF_CAP) &&
        !tok_in(d, next, bodies) && !names_body(d, next) &&
        !(d->toks[next].lx & (LX_TITLE | LX_RANK)))
        return false;
    /* "Two Illinois men", "In Ohio": a word capitalised only because it
     * opens the sentence is no part of the name */
    return i == 0 || sentence_initial(d, i) || d->toks[i - 1].kind != TK_WORD ||
           !(d->toks[i - 1].flags & TF_CAP) ||
           (sentence_initial(d, i - 1) && (d->toks[i - 1].lx & (LX_STOP | LX_NUMWORD)));
}

bool ex_subdivision_at(const ex_ctx *ctx, size_t i, size_t end, gaz_country_hit *hit)
{
    return !ex_country_at(ctx, i) && gaz_subdivision_at(ctx->gaz, ctx->doc, i, end, hit) &&
           standalone(ctx->doc, i, hit->ntok);
}

static double position_weight(const nf_doc *d, size_t tok)
{
    uint32_t s = d->toks[tok].sent;
    return s == 0 ? 3.0 : s < 3 ? 2.0 : 1.0;
}

/* "Nepal's ambassador to India", "the US embassy in Kenya": a country a
 * mission is posted to is where the story is told; the one that sent it
 * ("Nepal's ambassador", "the Nepalese embassy") is not. */
WORDS(w_mission, "ambassador", "ambassadors", "envoy", "envoys", "embassy", "embassies",
      "consul", "consulate", "consulates");
static bool mission_host(const nf_doc *d, size_t i)
{
    if (i < 2 || !(tok_is(d, i - 1, "to") || tok_is(d, i - 1, "in")))
        return false;
    return tok_in(d, i - 2, w_mission) ||
           (tok_is(d, i - 2, "commissioner") && i >= 3 && tok_is(d, i - 3, "high"));
}

static bool mission_sender(const nf_doc *d, const ex_cmention *m)
{
    size_t k = m->tok + m->ntok;
    if (k < d->n_toks && tok_is(d, k, "'s"))
        k++;
    return k < d->n_toks && (tok_in(d, k, w_mission) ||
                             (tok_is(d, k, "high") && k + 1 < d->n_toks &&
                              tok_is(d, k + 1, "commissioner")));
}

/* "close to the border with Pakistan", "the Line of Control with
 * Pakistan": a neighbour named to place the story elsewhere. */
static bool border_neighbour(const nf_doc *d, const ex_cmention *m)
{
    size_t k = m->tok;
    if (k > 0 && tok_is(d, k - 1, "the"))
        k--;
    /* "Bajaur, which borders Afghanistan's Kunar province" */
    if (k > 0 && tok_in(d, k - 1, (const char *const[]){"borders", "bordering", "bordered", NULL}))
        return true;
    if (k < 3 || !tok_is(d, k - 1, "with"))
        return false;
    for (size_t b = k - 1; b-- > 0 && b + 5 > k;)
        if (tok_in(d, b, (const char *const[]){"border", "borders", "frontier", "boundary",
                                                "control", "loc", NULL}))
            return true;
    return false;
}

/* "Russian ballistic missile strike on Sumy", "Israeli airstrikes", "two
 * Russian missiles": the country that sent the weapons, which fall where
 * the story is. */
static bool attacker(const nf_doc *d, const ex_cmention *m)
{
    WORDS(weapons, "missile", "missiles", "drone", "drones", "strike", "strikes", "airstrike",
          "airstrikes", "shelling", "bombardment", "rockets", "warplanes", "invasion");
    size_t k = m->tok + m->ntok;
    if (m->kind != GAZ_KIND_ADJ)
        return false;
    while (k < d->n_toks && k < m->tok + m->ntok + 2 &&
           tok_in(d, k, (const char *const[]){"ballistic", "cruise", "air", "artillery",
                                               "guided", "attack", NULL}))
        k++;
    return k < d->n_toks && tok_in(d, k, weapons);
}

/* "French prosecutors", "Norwegian police", "the Guyanese authorities": a
 * country whose own police, courts or authorities act is where the story
 * happens (its ministers may be visiting; its police are at home). */
static bool domestic_body(const nf_doc *d, const ex_cmention *m)
{
    WORDS(bodies, "police", "prosecutors", "prosecutor", "prosecution", "authorities", "court",
          "courts", "judges", "judge", "investigators", "coastguard", "firefighters");
    size_t k = m->tok + m->ntok;
    if (m->kind != GAZ_KIND_ADJ || k >= d->n_toks)
        return false;
    if (tok_in(d, k, (const char *const[]){"state", "federal", "national", "public", "local",
                                           "criminal", "high", "supreme", NULL}) &&
        k + 1 < d->n_toks)
        k++;
    return tok_in(d, k, bodies) ||
           (tok_is(d, k, "coast") && k + 1 < d->n_toks && tok_is(d, k + 1, "guard"));
}

/* "Reading the ruling, the judge said": a participle opening the sentence,
 * not the town of Reading. */
static bool gerund_opener(const nf_doc *d, size_t i)
{
    return i == d->sents[d->toks[i].sent].tok_start && tok_str_ends(tok_fold(d, i), "ing") &&
           i + 1 < d->n_toks &&
           tok_in(d, i + 1, (const char *const[]){"the", "a", "an", "his", "her", "their", "its",
                                                  NULL});
}

/* "the US state of Delaware": the region's country was just named, and
 * has had its vote. */
static bool country_said(const ex_ctx *ctx, size_t i, const char *code)
{
    const nf_doc *d = ctx->doc;
    for (size_t k = i; k-- > 0 && k + 5 > i && d->toks[k].sent == d->toks[i].sent;) {
        const ex_cmention *m = ex_country_at(ctx, k);
        if (m)
            return !strcmp(m->code, code);
    }
    return false;
}

/* Is the one-word place at i (a city, a subdivision) someone's surname in
 * this story, after a given name somewhere ("Central Bank President
 * Ignacio Lagos", "Ignacio Lagos said")? Then none of its mentions places
 * the story ("Lagos said"). A place alone before "said" is often its
 * people ("officials in Cairo said"), and no surname. */
static bool place_is_surname(const nf_doc *d, size_t i)
{
    for (size_t c = 0; c < d->n_caps; c++) {
        size_t k = d->caps[c];
        if (!tok_same_fold(d, k, i))
            continue;
        /* a given name before it, and a title before that or a speech
         * verb after: not "Casa Jalisco", "Fort Portal" */
        if (k > 1 && !sentence_initial(d, k) && plain_capitalised(d, k - 1) &&
            !d->toks[k - 1].lx && !d->toks[k - 1].gaz &&
            ((d->toks[k - 2].lx & LX_TITLE) ||
             (k + 1 < d->n_toks && (d->toks[k + 1].lx & LX_SPEECH))))
            return true;
    }
    return false;
}

/* A country's own parliament and head of government, named by words no
 * other country uses: where they sit is where the story is ("the Dáil",
 * "the Taoiseach", "the Knesset"). The first word of each, folded, and in
 * the same order its second word (NULL: none) and country: the words are
 * a word_list, so that the capitalised words of a story that are none of
 * them (nearly all) are turned away by its filter. */
/* The same for a country's own police, courts and ministries ("the
 * Gardaí", "Canterbury Crown Court", "the Home Office") and for the news
 * agencies that file from one country only and credit their copy ("TNN",
 * "(APP)", "Bernama"); initials count only in capitals ("APP", not "an
 * app"). */
static const char *const institution_words[] = {
    "dail", "oireachtas", "seanad", "taoiseach", "tanaiste", "knesset", "bundestag", "lok",
    "rajya", "storting", "riksdag", "folketing", "sejm", "verkhovna", "duma", "holyrood",
    "stormont", "senedd", "eduskunta", "althing",
    "garda", "gardai", "crown", "home",
    "tnn", "pti", "ians", "app", "bss", "unb", "bernama", "yonhap", "kyodo", NULL};
static const struct { const char *second, *code; bool caps; } institution_of[] = {
    {NULL, "IE", false}, {NULL, "IE", false}, {NULL, "IE", false}, {NULL, "IE", false},
    {NULL, "IE", false}, {NULL, "IL", false}, {NULL, "DE", false}, {"sabha", "IN", false},
    {"sabha", "IN", false}, {NULL, "NO", false}, {NULL, "SE", false}, {NULL, "DK", false},
    {NULL, "PL", false}, {"rada", "UA", false}, {NULL, "RU", false}, {NULL, "GB", false},
    {NULL, "GB", false}, {NULL, "GB", false}, {NULL, "FI", false}, {NULL, "IS", false},
    {NULL, "IE", false}, {NULL, "IE", false}, {"court", "GB", false}, {"office", "GB", false},
    {NULL, "IN", true}, {NULL, "IN", true}, {NULL, "IN", true}, {NULL, "PK", true},
    {NULL, "BD", true}, {NULL, "BD", true}, {NULL, "MY", false}, {NULL, "KR", false},
    {NULL, "JP", false}};
_Static_assert(sizeof institution_words / sizeof *institution_words ==
                   sizeof institution_of / sizeof *institution_of + 1,
               "one row of institution_of for each word of institution_words");
static word_list institution_list = {institution_words, {0}, false};

static const char *institution_at(const nf_doc *d, size_t i)
{
    if (!tok_in(d, i, &institution_list))   /* most capitalised words: one look */
        return NULL;
    for (size_t k = 0; institution_words[k]; k++)
        if (tok_is(d, i, institution_words[k]) &&
            (!institution_of[k].caps || (d->toks[i].flags & TF_UPPER)) &&
            (!institution_of[k].second ||
             (i + 1 < d->n_toks && tok_is(d, i + 1, institution_of[k].second) &&
              (d->toks[i + 1].flags & TF_CAP))))
            return institution_of[k].code;
    return NULL;
}

/* "Chair Glenn Hatcher (R-Ohio)", "(D-N.M.)": a member of the US Congress
 * by party and state, a story told in the United States. */
static bool party_and_state(const nf_doc *d, size_t i)
{
    return i + 3 < d->n_toks && tok_is_punct(d, i, '(') &&
           tok_in(d, i + 1, (const char *const[]){"r", "d", "i", NULL}) &&
           (d->toks[i + 1].flags & TF_CAP) && tok_is_dash(d, i + 2) && tok_touch(d, i + 2) &&
           tok_touch(d, i + 3) && (d->toks[i + 3].flags & TF_CAP);
}

/* The words of currencies one country uses, which say where the money,
 * and most often the story, is: not the dollar, pound, peso, rupee,
 * shilling, dinar or franc, each the word of several countries' money
 * (the gazetteer gives the country: Tk -> BDT -> BD). */
WORDS(own_currency_words, "tk", "taka", "naira", "cedi", "cedis", "rupiah", "ringgit", "baht",
      "hryvnia", "hryvnias", "zloty", "złoty", "forint", "forints", "riel", "kyat", "kina",
      "birr");

static const char *own_currency_country(const ex_ctx *ctx, size_t i)
{
    if (!tok_in(ctx->doc, i, own_currency_words))
        return NULL;
    return gaz_currency_country(ctx->gaz,
                                gaz_currency_for_word(ctx->gaz, tok_fold(ctx->doc, i), ""));
}

static void choose_home(ex_ctx *ctx)
{
    const nf_doc *d = ctx->doc;
    const nf_sent *dl = dateline_sentence(d);
    if (dl && dateline_country(ctx, dl, ctx->home) && !intl_lede_elsewhere(ctx, dl, ctx->home))
        return;
    vote votes[256];
    size_t n = 0;
    for (size_t i = 0; i < ctx->n_cmentions; i++) {
        const ex_cmention *m = &ctx->cmentions[i];
        double w = m->kind == GAZ_KIND_PEOPLE ? 0.5 : 1.0;
        if (mission_host(d, m->tok) || domestic_body(d, m))
            w = 2.0;
        else if (foreign_context(ctx, m) || mission_sender(d, m) || border_neighbour(d, m) ||
                 attacker(d, m))
            w *= 0.3;   /* help "from New Zealand", delegations from a list, an embassy */
        if (ex_in_quote(ctx, m->tok))
            w *= 0.5;
        size_t after = m->tok + m->ntok;
        if (after < d->n_toks && tok_touch(d, after) && d->toks[after].cp == '$')
            continue;   /* "US$2.1 million": a currency, not where the story is */
        add_vote(votes, &n, m->code, w * position_weight(d, m->tok));
    }
    size_t next = 0;   /* subdivision and city names open with a capitalised word */
    for (size_t c = 0; c < d->n_caps; c++) {
        size_t i = d->caps[c];
        gaz_country_hit hit;
        if (i < next || ex_country_at(ctx, i) ||
            !gaz_subdivision_at(ctx->gaz, d, i, d->n_toks, &hit))
            continue;
        double w = position_weight(d, i);
        if (ex_in_quote(ctx, i))
            w *= 0.5;
        if (after_from(d, i))
            w *= 0.3;
        if (standalone(d, i, hit.ntok) && !gerund_opener(d, i) && !country_said(ctx, i, hit.code) &&
            !(hit.ntok == 1 && place_is_surname(d, i)))
            add_vote(votes, &n, hit.code, w);
        next = i + hit.ntok;
    }
    next = 0;
    for (size_t c = 0; c < d->n_caps; c++) {
        size_t i = d->caps[c];
        gaz_country_hit city;
        if (i < next || ex_country_at(ctx, i) || !gaz_city_at(ctx->gaz, d, i, d->n_toks, &city))
            continue;
        const char *code = city.code;
        size_t nt = city.ntok;
        double w = position_weight(d, i);
        if (ex_in_quote(ctx, i))
            w *= 0.5;
        if (after_from(d, i))
            w *= 0.3;
        if (standalone(d, i, nt) && !(nt == 1 && place_is_surname(d, i)))
            add_vote(votes, &n, code, w);
        next = i + nt;
    }
    for (size_t c = 0; c < d->n_caps; c++) {
        size_t i = d->caps[c];
        const char *code = institution_at(d, i);
        if (code && !ex_in_quote(ctx, i))
            add_vote(votes, &n, code, position_weight(d, i));
    }
    for (size_t c = 0; c < d->n_caps; c++) {   /* the party's capital after "(" */
        size_t i = d->caps[c] - 1;
        if (d->caps[c] > 0 && party_and_state(d, i))
            add_vote(votes, &n, "US", 2.0 * position_weight(d, i));   /* as a domestic body */
    }
    /* "Tk 412 crore", "50 million naira": a currency only one country
     * uses says where the money, and most often the story, is */
    for (size_t i = 0; i < d->n_toks; i++) {
        if (!(d->toks[i].lx & LX_CURRENCY))
            continue;
        const char *code = own_currency_country(ctx, i);
        if (code && !ex_in_quote(ctx, i))
            add_vote(votes, &n, code, 0.5 * position_weight(d, i));
    }
    /* "in B.C. last year": a province's initials (not "500 B.C."); "in
     * regional NSW", "south-east Qld": an Australian state's */
    for (size_t c = 0; c < d->n_caps; c++) {
        size_t i = d->caps[c];
        const char *code = NULL;
        if ((d->toks[i].flags & TF_ABBR) && abbrev_in(d, i, ca_province_abbrevs) &&
            !(i > 0 && d->toks[i - 1].kind == TK_NUM))
            code = "CA";
        else if (tok_len(d, i) == 3 && (tok_is(d, i, "nsw") || tok_is(d, i, "qld")))
            code = "AU";
        if (code && !ex_in_quote(ctx, i))
            add_vote(votes, &n, code, position_weight(d, i));
    }
    double best = 0;
    for (size_t i = 0; i < n; i++) {
        if (votes[i].weight > best) {
            best = votes[i].weight;
            memcpy(ctx->home, votes[i].code, 3);
        }
    }
}

static void emit_facts(ex_ctx *ctx)
{
    nf_facts *f = ctx->facts;
    for (size_t i = 0; i < ctx->n_cmentions; i++) {
        const ex_cmention *m = &ctx->cmentions[i];
        nf_country *c = NULL;
        for (size_t j = 0; j < f->n_countries && !c; j++)
            if (strcmp(f->countries[j].code, m->code) == 0)
                c = &f->countries[j];
        if (!c) {
            c = nf_facts_add_country(f);
            memcpy(c->code, m->code, 3);
            c->name = nf_facts_strdup(f, gaz_country_name(ctx->gaz, m->code));
        }
        nf_country_add_mention(f, c, ex_tok_span(ctx, m->tok, m->tok + m->ntok));
    }
}

/* Later stages ask "is this token a country?" of most tokens: answer from
 * an array rather than a search. */
static void index_mentions(ex_ctx *ctx)
{
    ctx->cmention_of_tok = xcalloc(ctx->doc->n_toks ? ctx->doc->n_toks : 1, sizeof(uint32_t));
    for (size_t m = 0; m < ctx->n_cmentions; m++)
        for (size_t t = ctx->cmentions[m].tok; t < ctx->cmentions[m].tok + ctx->cmentions[m].ntok; t++)
            ctx->cmention_of_tok[t] = (uint32_t)(m + 1);
}

int ex_country(ex_ctx *ctx)
{
    find_mentions(ctx);
    index_mentions(ctx);
    choose_home(ctx);
    emit_facts(ctx);
    return 0;
}
