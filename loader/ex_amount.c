/* ex_amount.c — sums of money: £54 million, $2.5bn, US$2.5 million,
 * €1.2 billion, 500,000 euros, Rs 10 lakh, Tk25,000, USD 296, 2,000 CFA
 * francs, half a million pounds.
 *
 * Symbols and words that several countries share ($, pesos, rupees,
 * kroner) take the currency of a country the sentence names with that
 * currency, else of the story's home country, else the usual one (USD for
 * $). The same sum named twice is one fact; a conversion in brackets is a
 * fact of its own.
 */
#include "extract.h"
#include "lexicon.h"
#include "number.h"
#include "sentence.h"

#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include <string.h>

typedef struct money {
    size_t from, to;     /* tokens of the whole expression */
    double value;
    double upper;        /* "US$3–4 million": the other end of a range, 0 when none */
    char currency[4];
} money;

static const struct { uint32_t cp; const char *code; const char *base; } symbols[] = {
    {0x00A3, "GBP", NULL}, {0x20AC, "EUR", NULL}, {'$', "USD", "dollar"},
    {0x00A5, "JPY", "yen"}, {0x20B9, "INR", NULL}, {0x20A6, "NGN", NULL},
    {0x20B1, "PHP", NULL}, {0x20BA, "TRY", NULL}, {0x20A9, "KRW", NULL},
    {0x20B4, "UAH", NULL}, {0x20BD, "RUB", NULL}, {0x20AA, "ILS", NULL},
    {0x09F3, "BDT", NULL}, {0x20A8, "INR", NULL}, {0x20B5, "GHS", NULL},
    {0x20BE, "GEL", NULL}, {0x20B8, "KZT", NULL}, {0x20BC, "AZN", NULL},
    {0x058F, "AMD", NULL}, {0x20AE, "MNT", NULL}, {0x20AB, "VND", NULL},
    {0x20B2, "PYG", NULL}, {0x20A1, "CRC", NULL}, {0x20AD, "LAK", NULL},
    {0x17DB, "KHR", NULL}, {0, NULL, NULL}
};
/* Letters written before $: US$, A$, NZ$. */
static const struct { const char *prefix; const char *code; } dollar_prefixes[] = {
    {"us", "USD"}, {"a", "AUD"}, {"au", "AUD"}, {"c", "CAD"}, {"ca", "CAD"}, {"nz", "NZD"},
    {"hk", "HKD"}, {"s", "SGD"}, {"r", "BRL"}, {"nt", "TWD"}, {"z", "ZWL"}, {"ec", "XCD"},
    {"j", "JMD"}, {"tt", "TTD"}, {"bds", "BBD"}, {"bz", "BZD"}, {"fj", "FJD"}, {"n", "NAD"},
    {"g", "GYD"}, {"rd", "DOP"}, {"mx", "MXN"}, {"mex", "MXN"}, {"col", "COP"},
    {"ws", "WST"}, {"si", "SBD"}, {"l", "LRD"},
    {NULL, NULL}
};

static void set_code(money *m, const char *code)
{
    memcpy(m->currency, code, 3);
    m->currency[3] = '\0';
}

/* The digits of s as one integer, every separator skipped. */
static double digits_only(const char *s)
{
    double v = 0;
    for (; *s; s++)
        if (*s >= '0' && *s <= '9')
            v = v * 10 + (*s - '0');
    return v;
}

/* "1,2" and "3,75" (one or two digits after the only comma): the decimal
 * comma of South Africa and much of Europe, "R1,2 million". A thousands
 * comma is followed by three digits. */
static bool decimal_comma(const char *s)
{
    const char *c = strchr(s, ',');
    if (!c || strchr(c + 1, ',') || strchr(s, '.'))
        return false;
    size_t n = strlen(c + 1);
    return c > s && c - s <= 15 && (n == 1 || n == 2) && strspn(c + 1, "0123456789") == n;
}

/* The value of a token decimal_comma accepted (at most 18 bytes). */
static double comma_as_point(const char *s)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%s", s);
    *strchr(buf, ',') = '.';
    return strtod(buf, NULL);
}

/* "R50 000", "R48 750": thousands grouped by spaces, as South African and
 * much European copy writes them. Token i holds one to three digits; each
 * group after it exactly three, one space apart. Returns the end. */
static size_t space_grouped(const nf_doc *d, size_t i, size_t end, double *value)
{
    size_t len = tok_len(d, i);
    size_t e = i + 1;
    if (len > 3 || strspn(tok_fold(d, i), "0123456789") != len)
        return e;
    double v = *value;
    while (e < end && d->toks[e].kind == TK_NUM && tok_len(d, e) == 3 &&
           strspn(tok_fold(d, e), "0123456789") == 3 &&
           d->toks[e].start == d->toks[e - 1].end + 1 && d->text[d->toks[e - 1].end] == ' ') {
        v = v * 1000 + digits_only(tok_fold(d, e));
        e++;
    }
    if (e > i + 1)
        *value = v;
    return e;
}

/* A number with its multiplier from token i; returns the end or i. */
static size_t amount_number(const ex_ctx *ctx, size_t i, size_t end, double *value,
                            double *upper)
{
    num_val nv;
    if (upper)
        *upper = 0;
    if (i >= end || !num_parse(ctx->doc, i, end, true, &nv))
        return i;
    *value = nv.value;
    size_t e = i + nv.ntok;
    const nf_doc *d = ctx->doc;
    /* "US$3–4 million": two sums, the multiplier shared */
    num_val hi;
    if (upper && nv.digits && nv.ntok == 1 && e + 1 < end && tok_is_dash(d, e) &&
        tok_touch(d, e) && tok_touch(d, e + 1) && d->toks[e + 1].kind == TK_NUM &&
        num_parse(d, e + 1, end, true, &hi) && hi.ntok >= 2 && hi.value > nv.value) {
        double raw = digits_only(tok_fold(d, e + 1));
        if (raw > 0 && hi.value / raw >= 1000) {
            *value *= hi.value / raw;
            *upper = hi.value;
            return e + 1 + hi.ntok;
        }
    }
    if (nv.digits && nv.ntok == 1)
        e = space_grouped(d, i, end, value);
    if (nv.digits && decimal_comma(tok_fold(d, i)))
        *value = *value / digits_only(tok_fold(d, i)) * comma_as_point(tok_fold(d, i));
    /* "a ₹1,200-crore scam", "a $2-billion deal": the multiplier hyphenated */
    if (nv.ntok == 1 && e + 1 < end && tok_is_dash(d, e) && tok_touch(d, e) &&
        tok_touch(d, e + 1) && (d->toks[e + 1].lx & LX_MULT) &&
        num_multiplier(tok_fold(d, e + 1)) > 1) {
        *value *= num_multiplier(tok_fold(d, e + 1));
        e += 2;
    }
    /* "Rs 3.2 lakh crore": a second multiplier after lakh (1e5 × 1e7) */
    if (e < end && e > i + 1 && tok_is(ctx->doc, e - 1, "lakh") &&
        (tok_is(ctx->doc, e, "crore") || tok_is(ctx->doc, e, "crores"))) {
        *value *= 1e7;
        e++;
    }
    return e;
}

/* Words whose usual currency stands when the home country has another:
 * "dollars" in a story set in Britain are US dollars whatever else it names. */
WORDS(reserve_words, "dollars", "dollar", "pounds", "pound", "sterling", "euros", "euro");

/* Is the figure at j in millions or more ("R18bn", "R2.5 billion")? The
 * rand's R before such a sum is the rand wherever the story is set. */
static bool in_millions(const ex_ctx *ctx, size_t j, size_t end)
{
    const nf_doc *d = ctx->doc;
    size_t k = j + 1;
    return k < end && (d->toks[k].lx & LX_MULT) && !tok_is(d, k, "k") && !tok_is(d, k, "thousand");
}

/* The currency a country calls word, if it is the country's own: "crowns"
 * in the Czech Republic is CZK; in Britain, none. */
static const char *own_word_currency(const ex_ctx *ctx, const char *word, const char *country)
{
    const char *c = gaz_currency_for_word(ctx->gaz, word, country);
    const char *own = gaz_country_currency(ctx->gaz, country);
    return c && own && !strcmp(c, own) ? c : NULL;
}

/* The currency of a word (pesos, rupees, dollars) for this sentence: a
 * country named nearby that uses it, else the home country's, else one the
 * story names that uses it (not for the reserve words), else the usual. */
static const char *currency_of_word(const ex_ctx *ctx, size_t word_tok, const char *word)
{
    const nf_doc *d = ctx->doc;
    const nf_sent *s = &d->sents[d->toks[word_tok].sent];
    const char *usual = gaz_currency_for_word(ctx->gaz, word, NULL);
    if (!usual)
        return NULL;
    if (tok_in(d, word_tok, (const char *const[]){"crowns", "crown", NULL})) {
        /* money only after its country: "9.8 billion Norwegian crowns", not
         * "won three crowns" */
        const ex_cmention *m = word_tok > 0 ? ex_country_at(ctx, word_tok - 1) : NULL;
        if (m)
            return own_word_currency(ctx, word, m->code);
        /* or after a scale, in a sentence that names a country of crowns
         * or a story set in one: "Czech police ... worth 1.8 billion crowns" */
        if (word_tok < s->tok_start + 2 || !in_millions(ctx, word_tok - 2, word_tok))
            return NULL;
        for (size_t i = s->tok_start; i < s->tok_end; i++) {
            const ex_cmention *c = ex_country_at(ctx, i);
            const char *code = c && c->tok == i ? own_word_currency(ctx, word, c->code) : NULL;
            if (code)
                return code;
        }
        return own_word_currency(ctx, word, ctx->home);
    }
    /* an adjective right before the word decides: "Philippine pesos" */
    size_t best_dist = SIZE_MAX;
    const char *best = NULL, *home_here = NULL;
    const char *home_own = own_word_currency(ctx, word, ctx->home);
    bool home_uses = home_own != NULL;
    for (size_t i = s->tok_start; i < s->tok_end; i++) {
        const ex_cmention *m = ex_country_at(ctx, i);
        if (!m || m->tok != i)
            continue;
        /* "fined 95 million pesos and seized a flat in Punta del Este,
         * Uruguay": a country named after the sum is where something else
         * is, when the story's own country has money of that name */
        if (home_uses && i > word_tok + 1)
            continue;
        const char *c = own_word_currency(ctx, word, m->code);
        if (!c)
            continue;
        if (!strcmp(m->code, ctx->home))
            home_here = c;
        size_t dist = i > word_tok ? i - word_tok : word_tok - i;
        if (dist < best_dist) {
            best_dist = dist;
            best = c;
        }
    }
    /* ... else the home country's when the sentence names it too: "smuggled
     * into Kenya from Uganda ... sold for 20 shillings" */
    if (best && best_dist > 1 && home_here)
        return home_here;
    if (best)
        return best;
    if (home_own)
        return home_own;
    if (tok_in(d, word_tok, reserve_words))
        return gaz_currency_for_word(ctx->gaz, word, ctx->home);
    /* a wire story datelined elsewhere: "paid 2,000 dinars" after "Tunisian
     * authorities" — the nearest country in the story that uses the word */
    for (size_t k = 0; k < ctx->n_cmentions; k++) {
        const ex_cmention *m = &ctx->cmentions[k];
        const char *c = own_word_currency(ctx, word, m->code);
        if (!c)
            continue;
        size_t dist = m->tok > word_tok ? m->tok - word_tok : word_tok - m->tok;
        if (dist < best_dist) {
            best_dist = dist;
            best = c;
        }
    }
    return best ? best : gaz_currency_for_word(ctx->gaz, word, ctx->home);
}

/* £54 million, US$2.5 million, $1000: a symbol touching its number. */
/* "$640,000 in American currency", "$2 million in U.S. dollars": a dollar
 * sum said to be US money, wherever the story is. */
static bool in_us_money(const nf_doc *d, size_t k, size_t end)
{
    if (k + 2 >= end || !tok_is(d, k, "in"))
        return false;
    size_t w = k + 1;
    if (tok_is(d, w, "american") || tok_is(d, w, "us") || tok_is(d, w, "u.s."))
        w++;
    else
        return false;
    return w < end && tok_in(d, w, (const char *const[]){"currency", "dollars", "funds", "cash",
                                                          NULL});
}

static bool symbol_amount(const ex_ctx *ctx, size_t i, size_t end, money *m)
{
    const nf_doc *d = ctx->doc;
    const nf_tok *t = &d->toks[i];
    if (t->kind != TK_PUNCT)
        return false;
    /* "GH¢1,500": Ghana's press writes the cedi with the cent sign */
    bool gh_cent = t->cp == 0x00A2 && i > 0 && tok_touch(d, i) && tok_is(d, i - 1, "gh");
    for (size_t k = 0; symbols[k].code; k++) {
        if (symbols[k].cp != t->cp && !(gh_cent && symbols[k].cp == 0x20B5))
            continue;
        size_t j = amount_number(ctx, i + 1, end, &m->value, &m->upper);
        if (j == i + 1 || d->toks[i + 1].kind != TK_NUM)
            return false;
        m->from = i;
        m->to = j;
        set_code(m, symbols[k].code);
        if ((t->cp == 0x20B5 || gh_cent) && i > 0 && tok_touch(d, i) && tok_is(d, i - 1, "gh"))
            m->from = i - 1;   /* "GH₵10,000", "GH¢10,000" */
        if (t->cp == '$') {
            bool prefixed = false;
            if (i > 0 && tok_touch(d, i) && d->toks[i - 1].kind == TK_WORD) {
                for (size_t p = 0; dollar_prefixes[p].prefix; p++) {
                    if (tok_is(d, i - 1, dollar_prefixes[p].prefix)) {
                        set_code(m, dollar_prefixes[p].code);
                        m->from = i - 1;
                        prefixed = true;
                        break;
                    }
                }
            }
            if (!prefixed) {
                const char *c = in_us_money(d, j, end) ? "USD"
                                : gaz_currency_for_word(ctx->gaz, "dollars", ctx->home);
                if (c)
                    set_code(m, c);
            }
        }
        return true;
    }
    return false;
}

/* Letters written before a number for a currency: KSh500, Sh1 billion, Rp
 * 5 million, SR1,500, SDR 340 million (the IMF's unit, XDR), QR2.7m, ZiG500
 * (Zimbabwe Gold, ZWG since 2024), TL 1.2 billion. `word` is resolved like a currency word
 * (the home country's shilling); a local prefix counts only where the story
 * is set in a country that uses it, or the sentence names one, and a single
 * letter (N, P, R, K, Q) only touching a sum of at least 100. A letter several
 * countries use is listed once for each: P is the peso in the Philippines
 * and the pula in Botswana; K the kwacha, the kina or the kyat. */
static const struct {
    const char *prefix, *word, *code;
    bool local;   /* only where the story is set, or the sentence names a user */
} letter_prefixes[] = {
    {"ksh", NULL, "KES", false}, {"kshs", NULL, "KES", false}, {"tsh", NULL, "TZS", false},
    {"ush", NULL, "UGX", false}, {"sh", "shillings", NULL, false},
    {"shs", "shillings", NULL, false}, {"rp", NULL, "IDR", false}, {"rm", NULL, "MYR", false},
    {"sr", NULL, "SAR", false}, {"irs", NULL, "INR", false}, {"sdr", NULL, "XDR", false},
    {"sdrs", NULL, "XDR", false}, {"dh", NULL, "AED", false}, {"dhs", NULL, "AED", false},
    {"fcfa", NULL, "XOF", false}, {"ro", NULL, "OMR", true}, {"n", NULL, "NGN", true},
    {"p", NULL, "PHP", true}, {"p", NULL, "BWP", true}, {"r", NULL, "ZAR", true},
    {"k", NULL, "ZMW", true}, {"k", NULL, "MWK", true}, {"k", NULL, "PGK", true},
    {"k", NULL, "MMK", true}, {"mk", NULL, "MWK", true}, {"zig", NULL, "ZWG", false},
    {"qr", NULL, "QAR", true}, {"bs", NULL, "BOB", true}, {"bs", NULL, "VES", true},
    {"rwf", NULL, "RWF", false}, {"frw", NULL, "RWF", false}, {"br", NULL, "ETB", true},
    {"br", NULL, "BYN", true},
    {"kd", NULL, "KWD", true}, {"bd", NULL, "BHD", true}, {"bt", NULL, "THB", true},
    {"jd", NULL, "JOD", true}, {"ld", NULL, "LYD", true}, {"td", NULL, "TND", true},
    {"kc", NULL, "CZK", false},   /* "Kč1,180", folded */
    {"sfr", NULL, "CHF", false},  /* "SFr140mn", the Swiss franc in the FT's style */
    {"nu", NULL, "BTN", true},    /* "Nu 500,000", Bhutan's ngultrum */
    {"le", NULL, "EGP", true},    /* "LE 250,000", the Egyptian pound */
    {"ar", NULL, "MGA", true},    /* "Ar 2.5 billion", Madagascar's ariary */
    {"tl", NULL, "TRY", true},    /* "TL 1.2 billion", the Turkish lira */
    {"q", NULL, "GTQ", true},     /* "Q150,000", Guatemala's quetzal */
    {NULL, NULL, NULL, false}
};

/* Does the sentence of token i name a country whose currency is code
 * ("Neighbouring South Africa committed R2.5bn")? */
static bool sentence_country_uses(const ex_ctx *ctx, size_t i, const char *code)
{
    const nf_doc *d = ctx->doc;
    const nf_sent *s = &d->sents[d->toks[i].sent];
    for (size_t k = s->tok_start; k < s->tok_end; k++) {
        const ex_cmention *m = ex_country_at(ctx, k);
        if (!m)
            continue;
        const char *c = gaz_country_currency(ctx->gaz, m->code);
        if (c && strcmp(c, code) == 0)
            return true;
        k = m->tok + m->ntok - 1;
    }
    return false;
}

static const char *letter_currency(const ex_ctx *ctx, size_t i, size_t j, size_t end)
{
    const nf_doc *d = ctx->doc;
    for (size_t k = 0; letter_prefixes[k].prefix; k++) {
        if (!tok_is(d, i, letter_prefixes[k].prefix))
            continue;
        if (letter_prefixes[k].word)
            return currency_of_word(ctx, i, letter_prefixes[k].word);
        if (tok_is(d, i, "fcfa")) {   /* the CFA franc of Central or of West Africa */
            const char *home = gaz_country_currency(ctx->gaz, ctx->home);
            return home && !strcmp(home, "XAF") ? "XAF" : "XOF";
        }
        if (!letter_prefixes[k].local)
            return letter_prefixes[k].code;
        const char *home = gaz_country_currency(ctx->gaz, ctx->home);
        bool single = tok_len(d, i) == 1;
        if (!(home && strcmp(home, letter_prefixes[k].code) == 0) &&
            !sentence_country_uses(ctx, i, letter_prefixes[k].code) &&
            !(single && tok_is(d, i, "r") && j == i + 1 && in_millions(ctx, j, end)))
            continue;   /* the same letters of another country, if any */
        if (!single)
            return letter_prefixes[k].code;   /* "RO 500" */
        if (j != i + 1 || !tok_touch(d, j))
            return NULL;
        double value;
        size_t after = amount_number(ctx, j, end, &value, NULL);
        if (after == j || value < 100)
            return NULL;   /* "R2.5bn" is a sum; "P5" or "N1" a name */
        if (after == j + 1 && after < end && ((d->toks[after].flags & TF_CAP) ||
                            tok_in(d, after, (const char *const[]){"road", "highway", "route",
                                                                   "motorway", "freeway", NULL})))
            return NULL;   /* "the R573 Moloto Road", "the N1 highway": a road; not
                            * "a K1.5 billion highway upgrade" */
        return letter_prefixes[k].code;
    }
    return NULL;
}

/* Rs 10 lakh, Tk25,000, USD 296: a currency word or ISO code before the number. */
static bool prefix_amount(const ex_ctx *ctx, size_t i, size_t end, money *m)
{
    const nf_doc *d = ctx->doc;
    const nf_tok *t = &d->toks[i];
    if (t->kind != TK_WORD || !(t->flags & TF_CAP))
        return false;
    size_t j = i + 1;
    /* "S/ 5,150": the Peruvian sol's sign */
    bool sol = tok_is(d, i, "s") && j < end && tok_is_punct(d, j, '/') && tok_touch(d, j);
    if (j < end && (tok_is_punct(d, j, '.') || sol) && tok_touch(d, j))
        j++;
    if (j >= end || d->toks[j].kind != TK_NUM)
        return false;
    const char *code = NULL;
    char iso[4] = "";
    if (sol) {
        code = "PEN";
    } else if (tok_is(d, i, "rs") || tok_is(d, i, "tk")) {
        code = currency_of_word(ctx, i, tok_fold(d, i));
    } else if ((code = letter_currency(ctx, i, j, end)) != NULL) {
        /* KSh500, N50 million */
    } else if ((t->flags & TF_UPPER) && tok_len(d, i) == 3) {
        memcpy(iso, d->text + t->start, 3);
        if (gaz_is_currency(ctx->gaz, iso))
            code = iso;
    }
    if (!code)
        return false;
    size_t k = amount_number(ctx, j, end, &m->value, &m->upper);
    if (k == j)
        return false;
    m->from = i;
    m->to = k;
    set_code(m, code);
    return true;
}

WORDS(w_debt_after, "bond", "bonds", "eurobond", "eurobonds", "note", "notes", "debt",
      "paper", "securities");

/* "Ivory Coast's 2033 dollar bonds": a year, and a currency in the
 * singular naming what the debt is in, not a sum ("2,033 dollars"). */
static bool year_named_debt(const nf_doc *d, size_t num, size_t cur, size_t end)
{
    const char *w = tok_fold(d, cur);
    size_t n = strlen(w);
    const char *digits = d->text + d->toks[num].start;
    return d->toks[num].kind == TK_NUM && tok_len(d, num) == 4 &&
           (!strncmp(digits, "19", 2) || !strncmp(digits, "20", 2)) &&
           n > 0 && w[n - 1] != 's' && cur + 1 < end && tok_in(d, cur + 1, w_debt_after);
}

/* "2 pounds of methamphetamine", "200 pounds of copper wire": a weight;
 * not "2 million pounds of taxpayers' money", "pounds of the fund's". */
WORDS(w_money_of, "money", "cash", "funding", "funds", "taxpayers", "taxpayer", "taxpayers'",
      "public", "investment", "investments", "aid", "savings", "debt", "debts", "damage",
      "revenue", "spending", "compensation", "support", "assets", "income", "sales", "losses",
      "bribes", "profit", "profits", "extra", "additional", "new", "government", "state",
      "the", "his", "her", "their", "its", "our", "your", "my", "this", "that", "these", "those");
static bool pounds_of_goods(const nf_doc *d, size_t w, size_t end)
{
    return (tok_is(d, w, "pounds") || tok_is(d, w, "pound")) && w + 2 < end &&
           tok_is(d, w + 1, "of") && d->toks[w + 2].kind == TK_WORD &&
           !(d->toks[w + 2].flags & TF_CAP) && !tok_in(d, w + 2, w_money_of);
}

/* 500,000 euros, 10 million naira, 2,000 CFA francs, 100 USD. */
static bool suffix_amount(const ex_ctx *ctx, size_t i, size_t end, money *m)
{
    const nf_doc *d = ctx->doc;
    if (d->toks[i].kind != TK_NUM && !(d->toks[i].lx & LX_NUMWORD) && !tok_is(d, i, "half"))
        return false;
    if (i > 0 && (d->toks[i - 1].kind == TK_NUM || tok_is_dash(d, i - 1)) && tok_touch(d, i))
        return false;
    size_t j = amount_number(ctx, i, end, &m->value, &m->upper);
    if (j == i || j >= end)
        return false;
    size_t w = j;
    bool cfa = false;
    const ex_cmention *adj = ex_country_at(ctx, w);
    if (tok_is(d, w, "cfa") && w + 1 < end) {
        cfa = true;
        w++;
    } else if (adj && adj->tok == w && w + adj->ntok < end &&
               (d->toks[w + adj->ntok].lx & LX_CURRENCY)) {
        /* "200,000 Philippine pesos", "7.5 billion Sri Lankan rupees":
         * currency_of_word sees the adjective */
        w += adj->ntok;
    } else if (tok_is(d, w, "special") && w + 2 < end && tok_is(d, w + 1, "drawing") &&
               (tok_is(d, w + 2, "rights") || tok_is(d, w + 2, "right"))) {
        m->from = i;   /* the IMF's unit of account, ISO 4217's XDR */
        m->to = w + 3;
        set_code(m, "XDR");
        return true;
    } else if (tok_is(d, w, "convertible") && w + 1 < end &&
               (tok_is(d, w + 1, "marks") || tok_is(d, w + 1, "mark"))) {
        m->from = i;   /* Bosnia's money; "marks" alone are as often a score's */
        m->to = w + 2;
        set_code(m, "BAM");
        return true;
    } else if (w > i && (d->toks[w - 1].lx & LX_MULT) && tok_is_dash(d, w) && tok_touch(d, w) &&
               w + 1 < end && tok_touch(d, w + 1) && (d->toks[w + 1].lx & LX_CURRENCY)) {
        w++;   /* "an 86 million-euro upgrade" */
    }
    const char *code = NULL;
    char iso[4] = "";
    /* "25 cents a share", "87 Canadian cents": a hundredth of the dollar
     * the story's country (or the adjective) gives; "40 pence" of a pound */
    size_t unit = ex_country_at(ctx, j) && j + 1 < end ? j + 1 : j;
    if (tok_in(d, unit, (const char *const[]){"cents", "cent", "pence", NULL})) {
        code = tok_is(d, unit, "pence") ? "GBP" : currency_of_word(ctx, unit, "dollars");
        if (!code)
            return false;
        m->value /= 100;
        m->upper /= 100;
        m->from = i;
        m->to = unit + 1;
        set_code(m, code);
        return true;
    }
    if (d->toks[w].lx & LX_CURRENCY) {
        if ((i > 0 && tok_in(d, i - 1, (const char *const[]){"weighing", "weighs", "weighed", "weigh", NULL})) ||
            pounds_of_goods(d, w, end))
            return false;
        if (j == i + 1 && year_named_debt(d, i, w, end))
            return false;
        code = currency_of_word(ctx, w, tok_fold(d, w));
        if (cfa && code) {
            const char *home = gaz_country_currency(ctx->gaz, ctx->home);
            code = home && !strcmp(home, "XAF") ? "XAF" : "XOF";
        }
    } else if ((d->toks[w].flags & TF_UPPER) && tok_len(d, w) == 3) {
        memcpy(iso, d->text + d->toks[w].start, 3);
        if (gaz_is_currency(ctx->gaz, iso))
            code = iso;
    } else if (tok_is(d, w, "fcfa") ||
               (tok_is(d, w, "f") && w + 1 < end && tok_is(d, w + 1, "cfa"))) {
        /* "500,000 FCFA", "500 000 F CFA": the franc of West or Central Africa */
        const char *home = gaz_country_currency(ctx->gaz, ctx->home);
        code = home && !strcmp(home, "XAF") ? "XAF" : "XOF";
        if (tok_is(d, w, "f"))
            w++;
    }
    if (!code)
        return false;
    m->from = i;
    m->to = w + 1;
    set_code(m, code);
    return true;
}

static void emit(ex_ctx *ctx, const money *m)
{
    nf_facts *f = ctx->facts;
    const nf_doc *d = ctx->doc;
    /* "Tk 000,00" read as no number (NaN), or as nothing: no sum of money
     * (the JSON would have no value, which the reader refuses) */
    if (!isfinite(m->value) || !(m->value > 0))
        return;
    bool heading = d->sents[d->toks[m->from].sent].flags & SF_HEADING;
    for (size_t i = 0; i < f->n_amounts; i++) {
        nf_amount *a = &f->amounts[i];
        if (a->value == m->value && strcmp(a->currency, m->currency) == 0) {
            /* the same sum again: keep one fact, evidence from the body */
            size_t t = sent_at(d, a->text.start);
            if (!heading && (d->sents[t].flags & SF_HEADING))
                a->text = ex_tok_span(ctx, m->from, m->to);
            return;
        }
    }
    nf_amount *a = nf_facts_add_amount(f);
    a->value = m->value;
    memcpy(a->currency, m->currency, 4);
    a->text = ex_tok_span(ctx, m->from, m->to);
}

/* Could token i open an amount? What the three readers ask first, cheaply:
 * a symbol before a figure, a capitalised word before a figure (or before
 * "." and a figure), a figure or a number word. Most tokens are none. */
static bool may_open_amount(const nf_doc *d, size_t i)
{
    const nf_tok *t = &d->toks[i];
    const nf_tok *next = i + 1 < d->n_toks ? &d->toks[i + 1] : NULL;
    if (t->kind == TK_NUM)   /* but not the minutes of a time: "16:50 Tk 50 lakh" */
        return !(i >= 2 && tok_is_punct(d, i - 1, ':') && tok_touch(d, i) &&
                 tok_touch(d, i - 1) && d->toks[i - 2].kind == TK_NUM);
    if (t->kind == TK_PUNCT)
        return next && next->kind == TK_NUM;
    if (t->kind != TK_WORD)
        return false;
    if ((t->lx & LX_NUMWORD) || tok_is(d, i, "half"))
        return true;
    /* the tokens after are read only for a capitalised word, the rarer case */
    return (t->flags & TF_CAP) && next &&
           (next->kind == TK_NUM ||
            (next->kind == TK_PUNCT && (next->cp == '.' || next->cp == '/') &&
             i + 2 < d->n_toks && d->toks[i + 2].kind == TK_NUM));
}

/* The sum that token i opens, if any; i must pass may_open_amount, the
 * cheap test the caller makes first (most tokens fail it). */
static bool read_money(ex_ctx *ctx, size_t i, money *m)
{
    size_t end = ctx->doc->sents[ctx->doc->toks[i].sent].tok_end;
    memset(m, 0, sizeof *m);
    return symbol_amount(ctx, i, end, m) || prefix_amount(ctx, i, end, m) ||
           suffix_amount(ctx, i, end, m);
}

int ex_amount(ex_ctx *ctx)
{
    const nf_doc *d = ctx->doc;
    for (size_t i = 0; i < d->n_toks; i++) {
        money m;
        if (may_open_amount(d, i) && read_money(ctx, i, &m)) {
            if (m.to + 1 < d->n_toks && d->toks[m.to].kind == TK_PUNCT && d->toks[m.to].cp == '=') {
                /* "($1 = 1,425.0000 won)": an exchange rate, no sum */
                money rate;
                bool other = may_open_amount(d, m.to + 1) && read_money(ctx, m.to + 1, &rate);
                i = other ? rate.to - 1 : m.to;
                continue;
            }
            emit(ctx, &m);
            if (m.upper > 0) {
                m.value = m.upper;
                emit(ctx, &m);
            }
            i = m.to - 1;
        }
    }
    return 0;
}
