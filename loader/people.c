/* people.c — the people a story names: the registry every stage shares,
 * name parsing, coreference (surnames, he/she, titles alone) and the
 * officials stage.
 *
 * A person enters the registry when the story introduces them with a name
 * next to a role ("Interior Minister Nancy Faeser", "Nancy Faeser, Germany's
 * interior minister", "the presiding judge, Maria Conti,") or, from the
 * quote stage, as a speaker. Later mentions by surname, by title alone ("the
 * minister") or by pronoun resolve to the registry.
 */
#include "extract.h"
#include "alloc.h"
#include "lexicon.h"
#include "strmap.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

WORDS(particles,
    "van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "dos", "das", "la", "le",
    "bin", "ibn", "al", "el", "ter", "ten", "y", "mac", "nic");

bool people_is_particle(const nf_doc *d, size_t i)
{
    return tok_in(d, i, particles);
}

WORDS(postnominals,
    "kc", "qc", "sc", "mp", "msp", "mep", "td", "obe", "cbe", "mbe", "kbe", "dbe", "jp",
    "phd");

bool people_is_postnominal(const nf_doc *d, size_t i)
{
    return i < d->n_toks && (d->toks[i].flags & TF_UPPER) && tok_in(d, i, postnominals);
}

/* ---- the registry -------------------------------------------------------- */


/* The string form of korean_given_name (below): "Ji-hoon", "Min-ji". */
static bool korean_given_word(const char *w, size_t n)
{
    const char *dash = memchr(w, '-', n);
    if (!dash || dash == w || dash - w > 6 || !(*w >= 'A' && *w <= 'Z'))
        return false;   /* a syllable is at most six letters: "Myeong", "Seung" */
    size_t rest = n - (size_t)(dash - w) - 1;
    if (rest == 0 || rest > 6)
        return false;
    for (const char *c = dash + 1; c < w + n; c++)
        if (*c < 'a' || *c > 'z')
            return false;
    return true;
}

static char *last_word_folded(const char *name)
{
    const char *end = name + strlen(name);
    while (end > name && (end[-1] == ' ' || end[-1] == '.'))
        end--;
    const char *start = end;
    while (start > name && start[-1] != ' ')
        start--;
    /* "Park Ji-hoon" is met again as "Park": the family name comes first */
    const char *space = start > name ? start - 1 : NULL;
    if (space && !memchr(name, ' ', (size_t)(space - name)) &&
        korean_given_word(start, (size_t)(end - start))) {
        end = space;
        start = name;
    }
    /* "al-Wazir" is met again as "Wazir" as often as "al-Wazir"; a word
     * with no hyphen, as most are, has no particle to strip */
    bool hyphen = memchr(start, '-', (size_t)(end - start)) != NULL;
    for (const char *const *p = particles->words; hyphen && *p; p++) {
        size_t n = strlen(*p);
        if ((size_t)(end - start) > n + 1 && strncasecmp(start, *p, n) == 0 &&
            start[n] == '-')
            start += n + 1;
    }
    char buf[128];
    utf8_fold(start, (size_t)(end - start), buf, sizeof buf);
    return xstrdup(buf);
}

static size_t word_count(const char *s)
{
    size_t n = 0;
    bool in = false;
    for (; *s; s++) {
        if (*s == ' ')
            in = false;
        else if (!in) {
            in = true;
            n++;
        }
    }
    return n;
}

/* Is short the last words of long ("Frendo Dimech", "Donatella Frendo
 * Dimech"), compared folded? */
static bool name_tail(const char *shorter, const char *longer)
{
    char fs[128], fl[128];
    utf8_fold(shorter, strlen(shorter), fs, sizeof fs);
    utf8_fold(longer, strlen(longer), fl, sizeof fl);
    size_t ns = strlen(fs), nl = strlen(fl);
    return ns + 1 < nl && fl[nl - ns - 1] == ' ' && strcmp(fl + nl - ns, fs) == 0;
}

/* Two full names with the same surname are one person unless both give a
 * first name and the first names differ (Brian Holt, Margaret Holt). */
static bool same_person(const char *a, const char *b)
{
    if (word_count(a) < 2 || word_count(b) < 2)
        return true;
    if (name_tail(a, b) || name_tail(b, a))
        return true;   /* "Magistrate Frendo Dimech": Donatella Frendo Dimech */
    char fa[64], fb[64];
    size_t na = strcspn(a, " "), nb = strcspn(b, " ");
    utf8_fold(a, na, fa, sizeof fa);
    utf8_fold(b, nb, fb, sizeof fb);
    if (strcmp(fa, fb) == 0)
        return true;
    for (const char *const *p = particles->words; *p; p++)
        if (strcmp(fa, *p) == 0 || strcmp(fb, *p) == 0)
            return true;   /* "De Boer" is Joost de Boer by his surname */
    /* an initial agrees with the name it abbreviates: "K. Rao", "Kiran Rao" */
    return (strlen(fa) <= 2 || strlen(fb) <= 2) && fa[0] == fb[0];
}

/* Asked of every capitalised word: the hashes spare most comparisons. */
static long find_surname(const ex_ctx *ctx, const char *folded, uint32_t h)
{
    for (size_t i = ctx->n_people; i-- > 0;)
        if (ctx->people[i].surname && ctx->people[i].surname_hash == h &&
            strcmp(ctx->people[i].surname, folded) == 0)
            return (long)i;
    return -1;
}

long people_find_surname(const ex_ctx *ctx, const char *folded)
{
    return find_surname(ctx, folded, strmap_hash(folded, strlen(folded)));
}

long people_surname_at(const ex_ctx *ctx, size_t i)
{
    return find_surname(ctx, tok_fold(ctx->doc, i), ctx->doc->toks[i].fold_hash);
}

long people_given_name_at(const ex_ctx *ctx, size_t i)
{
    const char *word = tok_fold(ctx->doc, i);
    for (size_t k = ctx->n_people; k-- > 0;) {
        const char *name = ctx->people[k].name;
        const char *sp = strchr(name, ' ');
        if (ctx->people[k].org || !sp)
            continue;
        char first[128];
        utf8_fold(name, (size_t)(sp - name), first, sizeof first);
        if (strcmp(first, word) == 0)
            return (long)k;
    }
    return -1;
}

/* "Federal Board of Revenue spokesperson Asad Tahir": a longer form with a
 * lowercase word (a role, not a particle such as "de" or "bin") is no
 * fuller name. */
/* Are the n bytes at w a particle ("de", "van", "al")? */
static bool particle_word(const char *w, size_t n)
{
    for (const char *const *q = particles->words; *q; q++)
        if (strlen(*q) == n && strncmp(w, *q, n) == 0)
            return true;
    return false;
}

static bool has_lowercase_word(const char *name)
{
    for (const char *w = name; *w; w += strcspn(w, " "), w += strspn(w, " ")) {
        if (*w < 'a' || *w > 'z')
            continue;
        if (!particle_word(w, strcspn(w, " -")))
            return true;
    }
    return false;
}

/* "RONALDO M. ESGUERRA" is registered as "Ronaldo M. Esguerra": a name
 * of two or more words written all in capitals keeps only each word's
 * first. One word in capitals is a body's initials ("BTB", "UNICEF"). */
static void soften_capitals(char *name)
{
    if (!strchr(name, ' '))
        return;
    for (const char *p = name; *p; p++)
        if (*p >= 'a' && *p <= 'z')
            return;
    bool first = true;
    for (char *p = name; *p; p++) {
        if (*p == ' ' || *p == '-' || *p == '.' || *p == '\'') {
            first = true;
        } else {
            if (!first && *p >= 'A' && *p <= 'Z')
                *p = (char)(*p + 32);
            first = false;
        }
    }
}

long people_add(ex_ctx *ctx, const char *as_written, size_t first_tok)
{
    char *name = xstrdup(as_written);
    soften_capitals(name);
    char *surname = last_word_folded(name);
    for (size_t i = ctx->n_people; i-- > 0;) {
        ex_person *p = &ctx->people[i];
        if (!p->surname || strcmp(p->surname, surname) != 0 || !same_person(p->name, name))
            continue;
        if (word_count(name) > word_count(p->name) && !has_lowercase_word(name)) {
            free(p->name);
            p->name = name;
            name = NULL;
        }
        free(name);
        free(surname);
        return (long)i;
    }
    ex_person *p = VEC_PUSH(ctx->people, ctx->n_people, ctx->cap_people);
    memset(p, 0, sizeof *p);
    p->name = name;
    p->surname = surname;
    p->surname_hash = strmap_hash(surname, strlen(surname));
    p->first_tok = first_tok;
    return (long)(ctx->n_people - 1);
}

void people_add_mention(ex_ctx *ctx, long person, nf_span span)
{
    if (person < 0 || (size_t)person >= ctx->n_people || span.end <= span.start)
        return;
    ex_person *p = &ctx->people[person];
    /* spans are sorted and overlaps dropped once, in people_finalize */
    *VEC_PUSH(p->mentions, p->n_mentions, p->cap_mentions) = span;
    /* keep the mention tokens sorted so that coreference finds the latest
     * mention before a token by binary search, not by a scan */
    size_t t = ex_tok_at(ctx->doc, span.start);
    size_t lo = 0, hi = p->n_mention_toks;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (p->mention_toks[mid] <= t)
            lo = mid + 1;
        else
            hi = mid;
    }
    VEC_PUSH(p->mention_toks, p->n_mention_toks, p->cap_mention_toks);
    memmove(p->mention_toks + lo + 1, p->mention_toks + lo,
            (p->n_mention_toks - 1 - lo) * sizeof *p->mention_toks);
    p->mention_toks[lo] = t;
}

static int span_cmp(const void *a, const void *b)
{
    const nf_span *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return x->end > y->end ? -1 : x->end < y->end;   /* the longer first */
}

/* Mentions in text order, each once: "Anne Dupont" covers the
 * "Dupont" the surname pass finds inside it. */
static void tidy_mentions(ex_person *p)
{
    if (p->n_mentions < 2)
        return;
    qsort(p->mentions, p->n_mentions, sizeof *p->mentions, span_cmp);
    size_t o = 1;
    for (size_t i = 1; i < p->n_mentions; i++)
        if (p->mentions[i].start >= p->mentions[o - 1].end)
            p->mentions[o++] = p->mentions[i];
    p->n_mentions = o;
}

/* ---- names ---------------------------------------------------------------- */

static bool is_initial(const nf_doc *d, size_t i, size_t end)
{
    return i + 1 < end && d->toks[i].kind == TK_WORD && tok_len(d, i) == 1 &&
           (d->toks[i].flags & TF_CAP) && tok_is_punct(d, i + 1, '.') && tok_touch(d, i + 1);
}

static const uint64_t not_name_bits = LX_STOP | LX_MONTH | LX_WEEKDAY | LX_TITLE | LX_ORG |
                                      LX_SPEECH | LX_PRON_M | LX_PRON_F | LX_PRON_PL |
                                      LX_PLACE_N | LX_INTL | LX_RANK | LX_HONORIFIC | LX_ARREST;

/* Is token k a word in capitals, or an initial, of a run of them? */
static bool caps_run_part(const nf_doc *d, size_t k)
{
    const nf_tok *t = &d->toks[k];
    if (t->kind == TK_PUNCT)
        return t->cp == '.' && k > 0 && tok_len(d, k - 1) == 1 && tok_touch(d, k);
    return t->kind == TK_WORD && (t->flags & TF_UPPER || (tok_len(d, k) == 1 && t->flags & TF_CAP)) &&
           !(t->lx & (LX_RANK | LX_STOP | LX_TITLE));
}

/* A name in capitals, as police releases write them: "RONALDO M.
 * ESGUERRA". Headings and acronyms are in capitals too; an initial
 * inside the run tells a name. */
static bool caps_name_run(const ex_ctx *ctx, size_t i)
{
    const nf_doc *d = ctx->doc;
    uint32_t sent = d->toks[i].sent;
    size_t b = i, e = i + 1;
    while (b > 0 && i - b < 4 && d->toks[b - 1].sent == sent && caps_run_part(d, b - 1))
        b--;
    while (e < d->n_toks && e - i < 5 && d->toks[e].sent == sent && caps_run_part(d, e))
        e++;
    for (size_t k = b; k + 1 < e; k++)
        if (tok_len(d, k) == 1 && d->toks[k].kind == TK_WORD && tok_is_punct(d, k + 1, '.'))
            return k > b;   /* an initial after a first name */
    return false;
}

/* "Sheikh" inside a Somali name ("Abdullahi Sheikh Ismail") is a name
 * word; before one ("Sheikh Hamad ...") an honorific. */
static bool sheikh_in_name(const nf_doc *d, size_t i)
{
    return (d->toks[i].lx & not_name_bits) == LX_HONORIFIC && i > 0 &&
           tok_in(d, i, (const char *const[]){"sheikh", "shaikh", NULL}) &&
           d->toks[i - 1].kind == TK_WORD && (d->toks[i - 1].flags & TF_CAP) &&
           !(d->toks[i - 1].lx & not_name_bits);
}

/* "Ambassador Park says", "Hill said": a place word that is the surname of
 * someone the story has named. */
static bool place_word_surname(const ex_ctx *ctx, size_t i)
{
    return (ctx->doc->toks[i].lx & not_name_bits) == LX_PLACE_N && people_surname_at(ctx, i) >= 0;
}

/* "Mayor Jan Peeters", "Jan De Coninck": the month's abbreviation is a
 * first name when a name word follows it, and "Liang Jun" ends a name;
 * "Jan 5", "Jan. 12" and "Tuesday Jun 3" are dates. */
static bool month_name_word(const nf_doc *d, size_t i)
{
    if ((d->toks[i].lx & not_name_bits) != LX_MONTH ||
        !(tok_is(d, i, "jan") || tok_is(d, i, "jun")))
        return false;
    /* "Liang Jun, a spokesman": a given name after the surname, no date after it */
    if (i > 0 && !(d->toks[i].flags & TF_NL) && d->toks[i - 1].kind == TK_WORD &&
        (d->toks[i - 1].flags & TF_CAP) && !(d->toks[i - 1].lx & not_name_bits) &&
        (i + 1 >= d->n_toks ||
         (d->toks[i + 1].kind != TK_NUM && !tok_is_punct(d, i + 1, '.'))))
        return true;
    if (!tok_is(d, i, "jan") || i + 1 >= d->n_toks)
        return false;
    const nf_tok *n = &d->toks[i + 1];
    return n->kind == TK_WORD && (n->flags & TF_CAP) && !(n->flags & TF_NL) &&
           (!(n->lx & not_name_bits) || people_is_particle(d, i + 1));
}

static bool name_word(const ex_ctx *ctx, size_t i)
{
    const nf_tok *t = &ctx->doc->toks[i];
    if (t->kind != TK_WORD || !(t->flags & TF_CAP) ||
        ((t->lx & not_name_bits) && !sheikh_in_name(ctx->doc, i) && !place_word_surname(ctx, i) &&
         !month_name_word(ctx->doc, i)))
        return false;
    if ((t->flags & TF_UPPER) && tok_len(ctx->doc, i) > 1 && !(t->flags & TF_ABBR) &&
        !caps_name_run(ctx, i))
        return false;   /* capitals: an acronym or a heading */
    return ex_country_at(ctx, i) == NULL;
}

/* One name word, possibly hyphenated (Houphouët-Boigny) or an initial (K.);
 * returns the token after it, or i. */
static size_t name_part(const ex_ctx *ctx, size_t i, size_t end)
{
    const nf_doc *d = ctx->doc;
    if (is_initial(d, i, end))
        return i + 2;
    if (i >= end || !name_word(ctx, i))
        return i;
    size_t j = i + 1;
    /* the article of an Arabic name between two capitalised parts:
     * "Harun-ur-Rashid", "Zia-ul-Haq", "Salah-ud-Din" */
    WORDS(joined_articles, "ur", "ul", "ud", "al", "el", "ad", "ar", "as", "uz", "un", "us");
    for (;;) {
        if (j + 1 < end && tok_is_dash(d, j) && tok_touch(d, j) && tok_touch(d, j + 1) &&
            d->toks[j + 1].kind == TK_WORD && (d->toks[j + 1].flags & TF_CAP))
            j += 2;
        else if (j + 3 < end && tok_is_dash(d, j) && tok_touch(d, j) && tok_touch(d, j + 1) &&
                 tok_in(d, j + 1, joined_articles) && !(d->toks[j + 1].flags & TF_CAP) &&
                 tok_is_dash(d, j + 2) && tok_touch(d, j + 2) && tok_touch(d, j + 3) &&
                 d->toks[j + 3].kind == TK_WORD && (d->toks[j + 3].flags & TF_CAP))
            j += 4;
        else
            break;
    }
    /* "Anti-Kidnapping", "Counter-Terrorism": a prefix makes a unit's name;
     * "Sub-Commissioner": a rank */
    WORDS(prefixes, "anti", "counter", "non", "pro", "inter", "multi", "post", "pre");
    if (j > i + 1 && (tok_in(d, i, prefixes) || (d->toks[j - 1].lx & (LX_TITLE | LX_RANK))))
        return i;
    return j;
}

/* A Korean given name after the surname, its second syllable in lower
 * case: "Min-ji" in "Park Min-ji", "Jae-in" in "Moon Jae-in". */
static bool korean_given_name(const ex_ctx *ctx, size_t j, size_t end)
{
    const nf_doc *d = ctx->doc;
    return tok_len(d, j) <= 6 && j + 2 < end && tok_is_dash(d, j + 1) && tok_touch(d, j + 1) &&
           tok_touch(d, j + 2) && d->toks[j + 2].kind == TK_WORD &&
           !(d->toks[j + 2].flags & TF_CAP) && tok_len(d, j + 2) <= 6 &&
           (j + 3 >= end || !tok_is_dash(d, j + 3));
}

/* The end of the honorific at i ("Dr.", "Datuk Seri", "Tan Sri"): i when
 * there is none. "Tan" alone is a surname. */
static size_t honorific_end(const nf_doc *d, size_t i, size_t end)
{
    WORDS(second_of_pair, "seri", "sri");
    bool tan_sri = tok_is(d, i, "tan") && tok_in(d, i + 1, second_of_pair);
    if (i >= end || !(d->toks[i].flags & TF_CAP) || !((d->toks[i].lx & LX_HONORIFIC) || tan_sri))
        return i;
    size_t j = i + 1;
    if (j < end && tok_is_punct(d, j, '.') && tok_touch(d, j))
        j++;
    else if (j + 1 < end && (d->toks[j].flags & TF_CAP) && tok_in(d, j, second_of_pair))
        j++;   /* "Datuk Seri Ahmad Zulkifli Hamzah" */
    return j;
}

/* "D-Bakersfield", "R-Texas": a US lawmaker's party and seat, no name. */
static bool party_and_seat(const nf_doc *d, size_t i)
{
    const nf_tok *t = &d->toks[i];
    return t->kind == TK_WORD && t->end - t->start == 1 && strchr("DRI", d->text[t->start]) &&
           i + 2 < d->n_toks && tok_is_dash(d, i + 1) && tok_touch(d, i + 1) && tok_touch(d, i + 2);
}

size_t people_name_at(const ex_ctx *ctx, size_t i, size_t end)
{
    const nf_doc *d = ctx->doc;
    if (i < end && party_and_seat(d, i))
        return i;
    size_t j = honorific_end(d, i, end);
    size_t words = 0, last_end = j;
    while (j < end && words < 5) {
        if (j > i && (d->toks[j].flags & TF_NL))
            break;
        size_t k = name_part(ctx, j, end);
        if (words > 0 && k == j + 1 && korean_given_name(ctx, j, end))
            k = j + 3;
        /* the surname Park, which is a place word too */
        if (words == 0 && k == j && (d->toks[j].flags & TF_CAP) && tok_is(d, j, "park") &&
            name_part(ctx, j + 1, end) == j + 2 && korean_given_name(ctx, j + 1, end))
            k = j + 1;
        if (k > j) {
            words++;
            last_end = j = k;
            continue;
        }
        /* initials in capitals between name words: "Andrew RT Davies" */
        if (words > 0 && d->toks[j].kind == TK_WORD && (d->toks[j].flags & TF_UPPER) &&
            tok_len(d, j) <= 3 && !d->toks[j].lx && !ex_country_at(ctx, j) && j + 1 < end &&
            name_part(ctx, j + 1, end) > j + 1) {
            j++;
            continue;
        }
        /* particles between name words: Jan van Veen, Ursula von der Leyen */
        size_t q = j;
        while (q < end && q < j + 3 && tok_in(d, q, particles))
            q++;
        if (words > 0 && q > j && q < end && name_part(ctx, q, end) > q) {
            j = q;
            continue;
        }
        /* a particle joined by a hyphen: Kamal al-Masri, Abdel Fattah el-Sisi */
        if (words > 0 && q == j + 1 && q + 1 < end && tok_is_dash(d, q) && tok_touch(d, q) &&
            tok_touch(d, q + 1) && name_part(ctx, q + 1, end) > q + 1) {
            j = q + 1;
            continue;
        }
        break;
    }
    if (!words)
        return i;
    /* "Rustico Mendoza Jr.": the suffix keeps its dot */
    if (words >= 2 && last_end < end && tok_is_punct(d, last_end, '.') && tok_touch(d, last_end) &&
        tok_in(d, last_end - 1, (const char *const[]){"jr", "sr", NULL}))
        last_end++;
    /* "Civil Defence", "Interior Ministry": a run of known words is no name;
     * but a currency's name is often a person's too (Wang Lei, Li Dong) */
    for (size_t k = i; k < last_end; k++)
        if (d->toks[k].kind == TK_WORD &&
            (!(d->toks[k].lx & ~(uint32_t)LX_CURRENCY) || place_word_surname(ctx, k)) &&
            !(d->toks[k].flags & TF_ABBR) && !tok_in(d, k, particles))
            return last_end;
    return i;
}

/* The name in tokens [i, end) as text, honorific dropped. Caller frees. */
static char *name_text(const ex_ctx *ctx, size_t i, size_t end, int *gender)
{
    const nf_doc *d = ctx->doc;
    if (i < end && (d->toks[i].lx & LX_HONORIFIC) && gender) {
        if (tok_is(d, i, "mr") || tok_is(d, i, "sir") || tok_is(d, i, "lord"))
            *gender = GENDER_M;
        else if (tok_in(d, i, (const char *const[]){"mrs", "ms", "miss", "dame", "lady", NULL}))
            *gender = GENDER_F;
    }
    i = honorific_end(d, i, end);
    if (i >= end)
        return NULL;
    return xstrndup(d->text + d->toks[i].start, d->toks[end - 1].end - d->toks[i].start);
}

/* ---- coreference ------------------------------------------------------------ */


WORDS(obliques,
    "to", "with", "by", "from", "of", "for", "at", "against", "about", "on", "and", "like");

void people_note_reference(ex_ctx *ctx, long person, size_t tok)
{
    if (person >= 0 && (size_t)person < ctx->n_people && tok > ctx->people[person].last_ref)
        ctx->people[person].last_ref = tok;
}

/* The latest token before `before` that refers to p, and whether it sits in
 * an oblique position ("speaking to Nina Shah") that pronouns skip. */
/* Is the mention at token at the object of a preposition ("called on
 * Brandt") or of a verb ("accused Kessler of"), within its sentence? Such
 * a person is no more the likely "he" than the subject before them. */
static bool oblique_mention(const nf_doc *d, size_t at)
{
    if (at == 0)
        return false;
    size_t prev = at - 1;
    while (prev > 0 && (d->toks[prev].lx & (LX_TITLE | LX_TITLE_MOD | LX_HONORIFIC | LX_RANK)))
        prev--;
    bool object = d->toks[prev].kind == TK_WORD && !(d->toks[prev].flags & TF_CAP) &&
                  tok_str_ends(tok_fold(d, prev), "ed") && prev > 0 &&
                  !tok_in(d, prev - 1, (const char *const[]){"the", "a", "an", NULL});
    return (tok_in(d, prev, obliques) || object) && d->toks[prev].sent == d->toks[at].sent;
}

static size_t latest_reference(const ex_ctx *ctx, const ex_person *p, size_t before, bool *oblique)
{
    const nf_doc *d = ctx->doc;
    size_t best = SIZE_MAX;
    *oblique = false;
    size_t lo = 0, hi = p->n_mention_toks;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (p->mention_toks[mid] < before)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo > 0)
        best = p->mention_toks[lo - 1];
    if (p->last_ref && p->last_ref < before && (best == SIZE_MAX || p->last_ref > best))
        best = p->last_ref;
    if (best != SIZE_MAX)
        *oblique = oblique_mention(d, best);
    return best;
}

long people_resolve_pronoun(const ex_ctx *ctx, size_t tok, int gender)
{
    long best = -1, best_any = -1;
    size_t best_at = 0, best_any_at = 0;
    uint32_t sent = tok < ctx->doc->n_toks ? ctx->doc->toks[tok].sent : 0;
    for (size_t i = 0; i < ctx->n_people; i++) {
        const ex_person *p = &ctx->people[i];
        if (p->org || (gender && p->gender && p->gender != gender))
            continue;
        bool oblique;
        size_t at = latest_reference(ctx, p, tok, &oblique);
        if (at == SIZE_MAX || ctx->doc->toks[at].sent + 6 < sent)
            continue;
        if (best_any < 0 || at > best_any_at) {
            best_any = (long)i;
            best_any_at = at;
        }
        if (!oblique && (best < 0 || at > best_at)) {
            best = (long)i;
            best_at = at;
        }
    }
    return best >= 0 ? best : best_any;
}

/* Folded content words of tokens [from, to): determiners and possessors dropped. */
static size_t title_words(const ex_ctx *ctx, size_t from, size_t to, const char **out, size_t cap)
{
    const nf_doc *d = ctx->doc;
    size_t n = 0;
    for (size_t i = from; i < to && n < cap; i++) {
        if (d->toks[i].kind != TK_WORD || tok_in(d, i, (const char *const[]){"the", "a", "an", "its", "their", "his", "her", "of", "for", "and", NULL}))
            continue;
        if (i + 1 < to && d->toks[i + 1].kind == TK_POSS)
            continue;   /* "Britain's health secretary": the possessor is not the role */
        if (ex_country_at(ctx, i))
            continue;   /* "French interior minister" holds the role "interior minister" */
        out[n++] = tok_fold(d, i);
    }
    return n;
}

/* A title folded for folded_has_word (a longer one is cut short). The
 * callers that test many words fold the title once for all of them:
 * folding (utf8proc) costs far more than the search. */
#define TITLE_FOLD_MAX 256

static void fold_title(const char *title, char out[TITLE_FOLD_MAX])
{
    utf8_fold(title, strlen(title), out, TITLE_FOLD_MAX);
}

/* Is word a whole word (between spaces and hyphens) of the folded title? */
static bool folded_has_word(const char *folded, const char *word)
{
    size_t w = strlen(word);
    for (const char *p = folded; (p = strstr(p, word)); p += w) {
        bool start = p == folded || p[-1] == ' ' || p[-1] == '-';
        bool end = p[w] == '\0' || p[w] == ' ' || p[w] == '-';
        if (start && end)
            return true;
    }
    return false;
}

/* Words that make another role of the same head: a shadow chancellor, a
 * deputy minister, a vice president. title is folded. */
static bool changes_role(const char *title, const char *const *words, size_t n)
{
    static const char *const modifiers[] = {"shadow", "deputy", "vice", "assistant", "junior",
                                            "acting", "former", NULL};
    for (size_t m = 0; modifiers[m]; m++) {
        if (!folded_has_word(title, modifiers[m]))
            continue;
        bool said = false;
        for (size_t k = 0; k < n && !said; k++)
            said = strcmp(words[k], modifiers[m]) == 0;
        if (!said)
            return true;
    }
    return false;
}

/* Does p hold the role word `word`: in the title (title is p's, folded;
 * NULL when p has none), under another name for it ("the judge" is Justice
 * X), or as a rank written before one of p's names ("the general" is Major
 * General X, whose title is another)? */
static bool holds_role_word(const ex_ctx *ctx, const ex_person *p, const char *title,
                            const char *word)
{
    static const char *const same_role[][2] = {
        {"judge", "justice"}, {"judge", "magistrate"}, {NULL, NULL}
    };
    if (title && folded_has_word(title, word))
        return true;
    for (size_t k = 0; title && same_role[k][0]; k++)
        if (strcmp(word, same_role[k][0]) == 0 && folded_has_word(title, same_role[k][1]))
            return true;
    const nf_doc *d = ctx->doc;
    for (size_t m = 0; m < p->n_mention_toks; m++) {
        size_t i = p->mention_toks[m];
        for (size_t back = 0; back < 3 && i > 0; back++) {
            i--;
            const nf_tok *t = &d->toks[i];
            if (t->kind != TK_WORD || !(t->lx & LX_RANK) || !(t->flags & TF_CAP))
                break;
            if (strcmp(tok_fold(d, i), word) == 0)
                return true;
        }
    }
    return false;
}

/* "the Commissioner of Police" for someone titled "CP", "the Director
 * General of Police" for "DGP": the words' initials spell the folded title. */
static bool initials_spell(const char *title, const char *const *words, size_t n)
{
    if (n < 2 || strlen(title) != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if (words[i][0] != title[i])
            return false;
    return true;
}

long people_resolve_title(const ex_ctx *ctx, size_t from, size_t to)
{
    const char *words[8];
    size_t n = title_words(ctx, from, to, words, 8);
    if (n == 0)
        return -1;
    long best = -1;
    size_t best_at = 0, best_ahead = SIZE_MAX;
    bool heading = (ctx->doc->sents[ctx->doc->toks[from].sent].flags & SF_HEADING) != 0;
    for (size_t i = 0; i < ctx->n_people; i++) {
        const ex_person *p = &ctx->people[i];
        if (!p->title && !p->official)
            continue;
        char folded[TITLE_FOLD_MAX];
        const char *title = NULL;
        if (p->title) {
            fold_title(p->title, folded);
            title = folded;
        }
        bool spelled = title && initials_spell(title, words, n);
        if (!spelled && !holds_role_word(ctx, p, title, words[n - 1]))
            continue;
        size_t k = 0;
        while (!spelled && k < n && holds_role_word(ctx, p, title, words[k]))
            k++;
        if (!spelled && k < n)
            continue;   /* "the prime minister" is not the interior minister */
        if (title && changes_role(title, words, n))
            continue;   /* "the chancellor" is not the shadow chancellor */
        bool oblique;
        size_t at = latest_reference(ctx, p, from, &oblique);
        if (at == SIZE_MAX) {
            /* a title alone refers back, to someone already named, except in
             * a headline, which announces the body: "Interior minister says
             * ..." over "Interior Minister Ali Yerlikaya said ..." */
            if (!heading || !p->n_mention_toks)
                continue;
            size_t ahead = p->mention_toks[0] - from;
            if (best < 0 || ahead < best_ahead) {
                best = (long)i;
                best_ahead = ahead;
            }
            continue;
        }
        if (best < 0 || best_ahead != SIZE_MAX || at > best_at) {
            best = (long)i;
            best_at = at;
            best_ahead = SIZE_MAX;
        }
    }
    return best;
}

/* ---- titles ----------------------------------------------------------------- */

static const uint64_t title_bits = LX_TITLE | LX_TITLE_MOD | LX_RANK;

WORDS(title_glue, "and", "of", "for", "&");
WORDS(not_current, "former", "ex", "late", "then", "outgoing");
/* "chief financial officer": a firm's, not a public, office */
WORDS(corporate_roles, "financial", "operating", "marketing", "commercial", "technology");
WORDS(vehicles,
    "boat", "ship", "vessel", "ferry", "bus", "coach", "plane", "aircraft", "train", "truck",
    "lorry", "trawler", "tanker", "dinghy", "team", "club", "side", "gang", "cartel", "militia",
    "band");
/* Titles that name the country they serve ("State Department
 * Spokesperson"). The seats below overlap them on purpose: a seat counts
 * anywhere in the sentence of a mention, and below a title's own country. */
static const struct { const char *title; const char *code; } national_titles[] = {
    {"home secretary", "GB"}, {"foreign secretary", "GB"}, {"chancellor of the exchequer", "GB"},
    {"taoiseach", "IE"}, {"tanaiste", "IE"}, {"ceann comhairle", "IE"}, {"state department", "US"},
    {"white house", "US"}, {"pentagon", "US"}, {"kremlin", "RU"}, {"home office", "GB"},
    {"foreign office", "GB"}, {NULL, NULL}
};
/* Seats of government: a person speaking from one serves its country. */
static const struct { const char *first, *second; const char *code; } seats[] = {
    {"downing", "street", "GB"}, {"whitehall", NULL, "GB"}, {"white", "house", "US"},
    {"kremlin", NULL, "RU"}, {"elysee", NULL, "FR"}, {"malacanang", NULL, "PH"},
    {"zhongnanhai", NULL, "CN"}, {"capitol", "hill", "US"}, {"pentagon", NULL, "US"},
    {"state", "department", "US"}, {"home", "office", "GB"}, {"foreign", "office", "GB"},
    {NULL, NULL, NULL}
};

/* "World Bank Country Manager for Cambodia", "City Manager": capitalised
 * within a sentence, a manager holds an office ("the factory manager" is
 * an employee); so does a capitalised Special Agent. */
static bool capital_office_word(const nf_doc *d, size_t i)
{
    if (!(d->toks[i].flags & TF_CAP))
        return false;
    /* "FBI Special Agent Monica Ferrell", "Chief Patrol Agent Sergio
     * Valdez": a federal agent's rank; not "His agent John Smith" */
    if (tok_is(d, i, "agent") && i > 0 &&
        tok_in(d, i - 1, (const char *const[]){"special", "patrol", NULL}) &&
        (d->toks[i - 1].flags & TF_CAP))
        return true;
    /* "Member of Parliament for the area, Sonia Brown-Clarke": a seat */
    if (tok_is(d, i, "member") && i + 2 < d->n_toks && tok_is(d, i + 1, "of")) {
        size_t b = i + 2 + (tok_is(d, i + 2, "the") && i + 3 < d->n_toks);
        WORDS(houses, "parliament", "congress", "senate", "assembly", "legislature");
        for (size_t k = b; k < d->n_toks && k < b + 3 && (d->toks[k].flags & TF_CAP); k++)
            if (tok_in(d, k, houses))
                return true;
    }
    return tok_is(d, i, "manager") && d->sents[d->toks[i].sent].tok_start != i;
}

static bool is_title_word(const ex_ctx *ctx, size_t i)
{
    const nf_tok *t = &ctx->doc->toks[i];
    return t->kind == TK_WORD && (((t->lx & title_bits) && !(t->lx & LX_STOP)) ||
                                  capital_office_word(ctx->doc, i));
}

/* "defense attorney Mitchell Grady": a lawyer for a party, not an office
 * (as "District Attorney" and "Attorney General" are). Counsel is an
 * office only for the state: "Senior Prosecution Counsel James Mutai",
 * "counsel to the EFCC"; not "Lim's counsel", "Senior Counsel Philip
 * Korir" (a rank of the bar). */
static bool private_attorney(const nf_doc *d, size_t i)
{
    if (tok_is(d, i, "counsel"))
        return !(i > 0 && tok_in(d, i - 1, (const char *const[]){"prosecution", "prosecuting",
                                                                 "state", "crown", "government",
                                                                 "public", NULL})) &&
               !(i + 3 < d->n_toks && tok_in(d, i + 1, (const char *const[]){"to", "for", NULL}) &&
                 tok_is(d, i + 2, "the") && (d->toks[i + 3].flags & (TF_CAP | TF_UPPER)));
    /* "Kowalczyk's attorney, Brian Shea": someone's lawyer */
    return tok_is(d, i, "attorney") && i > 0 &&
           (tok_in(d, i - 1, (const char *const[]){"defense", "defence", "trial", "personal",
                                                    "private", "family", NULL}) ||
            d->toks[i - 1].kind == TK_POSS);
}

static bool head_word(const ex_ctx *ctx, size_t i)
{
    const nf_tok *t = &ctx->doc->toks[i];
    return ((t->lx & (LX_TITLE | LX_RANK)) && !(t->lx & LX_STOP) &&
            !private_attorney(ctx->doc, i)) ||
           capital_office_word(ctx->doc, i);
}

/* Asked of every word of every sentence: what turns away most of them
 * (a lowercase word that is no title) is kept small enough to inline,
 * the rest asked of the few left (head_word). */
static inline bool is_head(const ex_ctx *ctx, size_t i)
{
    const nf_tok *t = &ctx->doc->toks[i];
    return t->kind == TK_WORD && ((t->lx & (LX_TITLE | LX_RANK)) || (t->flags & TF_CAP)) &&
           head_word(ctx, i);
}

/* A title word that only modifies the plain noun after it, the head of a
 * role that is no office: "chief economist", "senior engineer". */
static bool modifies_plain_noun(const ex_ctx *ctx, size_t i)
{
    const nf_doc *d = ctx->doc;
    if (!(d->toks[i].lx & LX_TITLE_MOD) || i + 1 >= d->n_toks)
        return false;
    const nf_tok *n = &d->toks[i + 1];
    return n->kind == TK_WORD && !(n->flags & (TF_CAP | TF_UPPER)) &&
           !(n->lx & (LX_STOP | LX_TITLE | LX_TITLE_MOD | LX_RANK | LX_SPEECH | LX_VERB_PAST)) &&
           n->sent == d->toks[i].sent;
}

/* A capitalised word that may lead a title as a place or body: "Borno",
 * "NSW", "Ford County", "NATO". */
static bool title_prefix_word(const ex_ctx *ctx, size_t i)
{
    const nf_doc *d = ctx->doc;
    const nf_tok *t = &d->toks[i];
    if (t->kind == TK_WORD && (t->lx & LX_INTL) && (t->flags & (TF_UPPER | TF_ABBR)))
        return true;   /* "WHO Director-General": an acronym, not the pronoun */
    if ((t->flags & TF_CAP) && tok_is(d, i, "under") && i + 1 < d->n_toks &&
        tok_is(d, i + 1, "secretary"))
        return true;   /* "Under Secretary for Terrorism", not the preposition */
    return t->kind == TK_WORD && (t->flags & (TF_CAP | TF_UPPER)) &&
           !(t->lx & (LX_STOP | LX_SPEECH | LX_MONTH | LX_WEEKDAY | LX_PRON_M | LX_PRON_F |
                      LX_HONORIFIC));
}

/* Extend a title leftwards from just before token `from` over title words,
 * places, country adjectives and possessors ("Britain's", "Crotone's"). */
/* No title runs longer than this many tokens: the bound keeps a page of
 * capitalised words without a full stop linear, not quadratic. */
#define TITLE_REACH 12

/* "Sr." and "Adj." before a rank: "Adj. Sr. Comr." (not "John Smith Sr."). */
static bool rank_modifier(const nf_doc *d, size_t i)
{
    return (d->toks[i].flags & TF_CAP) &&
           tok_in(d, i, (const char *const[]){"sr", "snr", "adj", NULL});
}

static size_t title_left(const ex_ctx *ctx, size_t from, size_t floor)
{
    const nf_doc *d = ctx->doc;
    size_t i = from;
    if (from > floor + TITLE_REACH)
        floor = from - TITLE_REACH;
    while (i > floor && !(d->toks[i].flags & TF_NL)) {
        size_t p = i - 1;
        if (is_title_word(ctx, p) || title_prefix_word(ctx, p) || ex_country_at(ctx, p) ||
            ((d->toks[p].lx & LX_ORG) && !(d->toks[p].lx & LX_STOP))) {
            i = p;   /* "Dutch central bank governor": the body is part of the role */
            continue;
        }
        if (tok_is_punct(d, p, '.') && tok_touch(d, p) && p > floor && is_title_word(ctx, p - 1)) {
            i = p;   /* "Lt. Col." */
            continue;
        }
        if (tok_is_punct(d, p, '.') && tok_touch(d, p) && p > floor && rank_modifier(d, p - 1) &&
            ((d->toks[i].lx & LX_RANK) || rank_modifier(d, i))) {
            i = p - 1;   /* "Adj. Sr. Comr.": senior and adjunct ranks */
            continue;
        }
        if (d->toks[p].kind == TK_POSS && p > floor && title_prefix_word(ctx, p - 1)) {
            i = p;
            continue;
        }
        if (tok_is_dash(d, p) && tok_touch(d, p) && p + 1 < d->n_toks && tok_touch(d, p + 1)) {
            i = p;
            continue;
        }
        /* "Mines and Energy Minister", never across a name: "Chancellor Olaf
         * Scholz and British Prime Minister Rishi Sunak" */
        if (tok_in(d, p, title_glue) && p > floor && is_title_word(ctx, p - 1) &&
            is_title_word(ctx, i)) {
            i = p;
            continue;
        }
        break;
    }
    while (i < from && (tok_in(d, i, title_glue) || tok_is_dash(d, i)))
        i++;
    return i;
}

/* Is the comma at k inside a list of portfolios: "of Industry, Trade and
 * Investment"? Only portfolio words may follow it up to the "and". */
static bool portfolio_comma(const nf_doc *d, size_t k, size_t end)
{
    size_t j = k + 1;
    while (j < end && d->toks[j].kind == TK_WORD && (d->toks[j].flags & TF_CAP) &&
           (d->toks[j].lx & LX_TITLE_MOD) && !(d->toks[j].lx & LX_STOP))
        j++;
    if (j + 2 < end && tok_is(d, j, "and") && tok_is(d, j + 1, "the"))
        j++;   /* "Agriculture, Food and the Marine" */
    return j > k + 1 && j + 1 < end &&
           (tok_is(d, j, "and") || tok_is(d, j, "the") || tok_is_punct(d, j, ',')) &&
           (d->toks[j + 1].flags & TF_CAP) && (d->toks[j + 1].lx & LX_TITLE_MOD);
}

/* A word of the body a title belongs to: "of the Georgia Bureau of
 * Investigation", "of Madeira's regional civil protection service". */
static bool complement_word(const ex_ctx *ctx, size_t k, size_t first, size_t end)
{
    const nf_doc *d = ctx->doc;
    const nf_tok *t = &d->toks[k];
    if (t->kind == TK_POSS)
        return k > first;
    if (tok_is_punct(d, k, ','))
        return k > first && portfolio_comma(d, k, end);
    if (t->kind != TK_WORD || (t->flags & TF_NL))
        return false;
    if (t->flags & (TF_CAP | TF_UPPER))
        return !(t->lx & (LX_SPEECH | LX_PRON_M | LX_PRON_F));
    if (tok_in(d, k, title_glue))
        return k > first && k + 1 < end &&
               ((d->toks[k + 1].flags & TF_CAP) ||
                (tok_is(d, k + 1, "the") && k + 2 < end && (d->toks[k + 2].flags & TF_CAP)));
    if (tok_is(d, k, "the") && k > first && tok_in(d, k - 1, title_glue))
        return k + 1 < end && (d->toks[k + 1].flags & TF_CAP);   /* "Food and the Marine" */
    return (t->lx & (LX_TITLE_MOD | LX_ORG | LX_PLACE_N)) && !(t->lx & LX_STOP);
}

/* A plural that names what an office deals with and ends its title:
 * "Director of Public Prosecutions", "of Criminal Investigations",
 * "Fisheries", "Services", "Partnerships". Names are not plurals like these. */
static bool office_plural(const nf_doc *d, size_t k)
{
    const char *f = tok_fold(d, k);
    return (d->toks[k].flags & TF_CAP) && strlen(f) > 6 &&
           (tok_str_ends(f, "ions") || tok_str_ends(f, "ies") || tok_str_ends(f, "ices") ||
            tok_str_ends(f, "ships"));
}

/* After a head: more title words ("Secretary General"), and "for/of" with
 * capitalised words ("Commissioner for Energy"). Returns the end. */
/* Does "of" (or "for", "in") and a place (a country's or a subdivision's
 * name) end just before token k, in a title's complement: "U.S. Attorney
 * for the District of Arizona", "Senior Coroner for Dorset"? Not "of the
 * Tonga Red Cross", "of the Kazakh Red Crescent". */
static bool place_ends_at(const ex_ctx *ctx, size_t k)
{
    for (size_t t = k; t-- > 1 && t + 4 > k;) {
        const ex_cmention *m = ex_country_at(ctx, t);
        gaz_country_hit hit;
        if (tok_in(ctx->doc, t - 1, (const char *const[]){"of", "for", "in", NULL}) &&
            ((m && m->tok == t && t + m->ntok == k && m->kind == GAZ_KIND_NAME) ||
             (gaz_subdivision_at(ctx->gaz, ctx->doc, t, k, &hit) && t + hit.ntok == k)))
            return true;
    }
    return false;
}

/* "SAPO", "NABU": a body by its initials, straight after "of", which are
 * its whole name ("Head of SAPO Taras Demydenko"; not "Director of the IMO
 * Legal Affairs Division"). */
static bool acronym_word(const nf_doc *d, size_t k)
{
    return d->toks[k].kind == TK_WORD && (d->toks[k].flags & TF_UPPER) && tok_len(d, k) >= 2;
}

/* A name of two words or more at k, not the end of an office's name:
 * "Ewa Nowak", not "Criminal Operations". */
static bool name_not_office(const ex_ctx *ctx, size_t k, size_t end)
{
    size_t ne = people_name_at(ctx, k, end);
    return ne >= k + 2 && !office_plural(ctx->doc, ne - 1) &&
           !(ctx->doc->toks[ne - 1].lx & (title_bits | LX_ORG));
}

/* A region of the world that a portfolio is for ends before token k, its
 * first word at j: "Commissioner for the Mediterranean Katarina Horvat",
 * "Minister for the Middle East Hamish Falconer". */
static bool region_ends_at(const nf_doc *d, size_t k, size_t j)
{
    WORDS(w_regions, "mediterranean", "caribbean", "pacific", "atlantic", "arctic", "antarctic",
          "balkans", "sahel", "baltic", "americas", "caucasus", "maghreb", "levant", "indo-pacific");
    if (k == j + 1 && tok_in(d, j, w_regions))
        return true;
    return k == j + 2 && tok_is(d, k - 1, "east") &&
           tok_in(d, j, (const char *const[]){"middle", "far", "near", NULL});
}

static size_t title_right(const ex_ctx *ctx, size_t i, size_t end, bool complement)
{
    const nf_doc *d = ctx->doc;
    if (end > i + TITLE_REACH)
        end = i + TITLE_REACH;
    while (i < end) {
        if (i + 1 < end && tok_is_dash(d, i) && tok_touch(d, i) && tok_touch(d, i + 1) &&
            d->toks[i + 1].kind == TK_WORD && (d->toks[i + 1].flags & TF_CAP) &&
            i > 0 && is_title_word(ctx, i - 1)) {
            i += 2;   /* "Judge-Executive", "Secretary-General" */
            continue;
        }
        if (is_title_word(ctx, i) && (d->toks[i].flags & (TF_CAP | TF_UPPER)) &&
            !(d->toks[i].flags & TF_NL)) {
            i++;
            if (i < end && tok_is_punct(d, i, '.') && tok_touch(d, i) && i + 1 < end &&
                (d->toks[i + 1].flags & TF_CAP))
                i++;   /* "Lt. Col. Matt Carper" */
            continue;
        }
        /* "Minister of State at the Department of Agriculture Seán Fitzgibbon" */
        bool at_body = tok_is(d, i, "at") && i + 2 < end && tok_is(d, i + 1, "the") &&
                       (d->toks[i + 2].flags & TF_CAP) && (d->toks[i + 2].lx & LX_ORG);
        /* "Special Agent in Charge Robert Wells": part of the title */
        if (i + 1 < end && tok_is(d, i, "in") && tok_is(d, i + 1, "charge") &&
            (d->toks[i + 1].flags & TF_CAP) && !(i + 2 < end && tok_is(d, i + 2, "of"))) {
            i += 2;
            continue;
        }
        /* "Minister in charge of Emergency Management" */
        bool in_charge = i + 3 < end && tok_is(d, i, "in") && tok_is(d, i + 1, "charge") &&
                         tok_is(d, i + 2, "of") && (d->toks[i + 3].flags & TF_CAP);
        if (complement && (tok_in(d, i, (const char *const[]){"of", "for", NULL}) || at_body ||
                           in_charge) &&
            i + 1 < end) {
            size_t j = in_charge ? i + 3 : i + 1;
            if (tok_is(d, j, "the"))
                j++;
            size_t k = j;
            while (k < end && complement_word(ctx, k, j, end)) {
                if (!(d->toks[k].lx & title_bits) && k > j && !office_plural(d, k) &&
                    (is_title_word(ctx, k - 1) || office_plural(d, k - 1) ||
                     (d->toks[k - 1].lx & LX_ORG) || place_ends_at(ctx, k) ||
                     (k - 1 == i + 1 && acronym_word(d, k - 1)) ||
                     ((d->toks[k - 1].lx & LX_PLACE_N) && !(d->toks[k - 1].flags & TF_CAP)) ||
                     region_ends_at(d, k, j)) &&
                    name_not_office(ctx, k, end))
                    break;   /* "Commissioner for Energy Ewa Nowak", "Director of the
                              * Airport Customs Department Ahmed Jassim", "U.S. Attorney
                              * for the District of Arizona Miriam Kessler": the name starts */
                k++;
            }
            if (k > j) {
                /* "of the International Organization for Migration (IOM)" */
                if (k + 2 < end && tok_is_punct(d, k, '(') && tok_is_punct(d, k + 2, ')'))
                    k += 3;
                i = k;
                continue;
            }
        }
        break;
    }
    return i;
}

static void title_case(char *s)
{
    bool start = true;
    for (char *p = s; *p; p++) {
        if (*p == ' ' || *p == '-') {
            start = true;
            continue;
        }
        if (start) {
            size_t w = strcspn(p, " -");
            bool small = (w == 2 && (!strncmp(p, "of", 2) || !strncmp(p, "in", 2) ||
                                     !strncmp(p, "to", 2))) ||
                         (w == 3 && (!strncmp(p, "for", 3) || !strncmp(p, "and", 3) ||
                                     !strncmp(p, "the", 3))) ||
                         particle_word(p, w);   /* "Consul in Rio de Janeiro" */
            if (!small && *p >= 'a' && *p <= 'z')
                *p = (char)(*p - 32);
            start = false;
        }
    }
}

/* An acronym that names the body a title belongs to: two or more capitals,
 * not a country, followed by more of the title. */
static bool acronym(const ex_ctx *ctx, size_t i, size_t to)
{
    const nf_tok *t = &ctx->doc->toks[i];
    return t->kind == TK_WORD && (t->flags & TF_UPPER) && i + 1 < to && !ex_country_at(ctx, i) &&
           !(t->lx & (LX_STOP | LX_HONORIFIC));
}

/* Does the title open with the name of a body ("European Commission
 * President", "Georgia Bureau of Investigation director"): capitalised words
 * before the first title word, one of them an organisation word? */
static bool names_body(const ex_ctx *ctx, size_t start, size_t to)
{
    const nf_doc *d = ctx->doc;
    for (size_t i = start; i < to && !is_title_word(ctx, i); i++)
        if ((d->toks[i].lx & LX_ORG) && (d->toks[i].flags & TF_CAP) && !(d->toks[i].lx & LX_STOP))
            return true;
    return false;
}

/* Are tokens [i, end) capitalised words (with "the", "of"): "Niger State"? */
static bool capitalised_to(const nf_doc *d, size_t i, size_t end)
{
    if (i < end && tok_is(d, i, "the"))
        i++;
    if (i >= end)
        return false;
    for (; i < end; i++)
        if (d->toks[i].kind != TK_WORD ||
            (!(d->toks[i].flags & (TF_CAP | TF_UPPER)) && !tok_in(d, i, title_glue)))
            return false;
    return true;
}

/* "U.N. humanitarian coordinator" → "UN humanitarian coordinator": one
 * spelling for one body, whatever the house style. */
static void drop_initialism_dots(char *s)
{
    char *o = s;
    char prev = ' ', prev2 = ' ';   /* the original characters, not the rewritten ones */
    for (char *p = s; *p; p++) {
        char c = *p;
        bool initial_dot = c == '.' && prev >= 'A' && prev <= 'Z' && (prev2 == ' ' || prev2 == '.');
        if (!initial_dot)
            *o++ = c;
        prev2 = prev;
        prev = c;
    }
    *o = '\0';
}

/* "the rebels' committee": an apostrophe closing a plural is a possessive,
 * not a quotation mark. */
static bool plural_possessive(const nf_doc *d, size_t k)
{
    const nf_tok *t = &d->toks[k];
    return t->kind == TK_QUOTE && (t->cp == '\'' || t->cp == 0x2019) && k > 0 &&
           tok_touch(d, k) && d->toks[k - 1].kind == TK_WORD &&
           tok_str_ends(tok_fold(d, k - 1), "s") && (k + 1 >= d->n_toks || !tok_touch(d, k + 1));
}

static const struct { const char *abbr, *full; } title_abbrevs[] = {
    {"gov", "Governor"}, {"sen", "Senator"}, {"rep", "Representative"},
    {"supt", "Superintendent"}, {"lt", "Lieutenant"}, {"col", "Colonel"}, {"gen", "General"},
    {"capt", "Captain"}, {"sgt", "Sergeant"}, {"insp", "Inspector"}, {"det", "Detective"},
    {"cmdr", "Commander"}, {"adm", "Admiral"}, {"maj", "Major"}, {"pres", "President"},
    {"const", "Constable"}, {"cpl", "Corporal"}, {"comr", "Commissioner"},
    {"cllr", "Councillor"}, {"coun", "Councillor"}, {"ald", "Alderman"},
    {NULL, NULL}
};

/* The words of a title as one string: possessive 's dropped ("UN's
 * humanitarian chief"), abbreviations spelt out ("Gov." → Governor).
 * Caller frees. */
static char *title_text(const nf_doc *d, size_t start, size_t end)
{
    size_t cap = d->toks[end - 1].end - d->toks[start].start + 64, n = 0;
    char *out = xmalloc(cap);
    for (size_t i = start; i < end; i++) {
        const nf_tok *t = &d->toks[i];
        if (t->kind == TK_POSS || (t->kind == TK_PUNCT && t->cp == '.'))
            continue;
        const char *w = d->text + t->start;
        size_t len = t->end - t->start;
        /* with its dot, or capitalised as British style writes it: "Det Insp" */
        bool abbr_form = tok_is_punct(d, i + 1, '.') || (t->flags & TF_CAP);
        for (size_t k = 0; abbr_form && title_abbrevs[k].abbr; k++) {
            if (tok_is(d, i, title_abbrevs[k].abbr)) {
                w = title_abbrevs[k].full;
                len = strlen(w);
            }
        }
        bool space = n > 0 && (t->flags & TF_SPACE);
        if (n + len + 2 > cap) {
            cap = (n + len + 2) * 2;
            out = xrealloc(out, cap);
        }
        if (space)
            out[n++] = ' ';
        memcpy(out + n, w, len);
        n += len;
    }
    out[n] = '\0';
    return out;
}

typedef struct title_info {
    char *text;          /* owned */
    char country[3];
    int rank;            /* 5 explicit, 4 by title, 3 by subdivision */
    bool intl;
    int gender;
} title_info;

/* Read the title in tokens [from, to): its text without determiners,
 * possessors, country words and leading place names; its country; whether
 * it belongs to an international body. */
/* "Texas Agriculture Commissioner": a region's name before nothing but
 * title words is the region the office serves (standing alone it may be a
 * firm's: "Texas Instruments"). */
static bool region_of_office(const ex_ctx *ctx, size_t i, size_t to, gaz_country_hit *hit)
{
    if (ex_country_at(ctx, i) || !gaz_subdivision_at(ctx->gaz, ctx->doc, i, to, hit) ||
        i + hit->ntok >= to)
        return false;
    for (size_t k = i + hit->ntok; k < to; k++)
        if (!is_title_word(ctx, k))
            return false;
    return true;
}

static void read_title(const ex_ctx *ctx, size_t from, size_t to, title_info *ti)
{
    const nf_doc *d = ctx->doc;
    memset(ti, 0, sizeof *ti);
    size_t start = from;
    for (size_t i = from; i < to; i++) {
        const ex_cmention *m = ex_country_at(ctx, i);
        gaz_country_hit hit;
        if (m) {
            if (ti->rank < 5 && !(i > from && tok_is(d, i - 1, "in") && ti->intl)) {
                memcpy(ti->country, m->code, 3);
                ti->rank = 5;
            }
            i = m->tok + m->ntok - 1;
            if (i + 1 < to && d->toks[i + 1].kind == TK_POSS)
                i++;
            if (start >= m->tok)
                start = i + 1;
            continue;
        }
        if (ti->rank < 3 && (ex_subdivision_at(ctx, i, to, &hit) || region_of_office(ctx, i, to, &hit))) {
            memcpy(ti->country, hit.code, 3);
            ti->rank = 3;
        }
        /* not a portfolio: "Minister of International Development" */
        if ((d->toks[i].lx & LX_INTL) ||
            (tok_in(d, i, (const char *const[]){"international", "european", "world", "united", "african", "arab", "asian", "interamerican", NULL}) &&
             !(i > from && tok_in(d, i - 1, (const char *const[]){"of", "for", NULL}))))
            ti->intl = true;
        WORDS(female, "spokeswoman", "chairwoman", "congresswoman", "assemblywoman",
              "councilwoman", "alderwoman");
        WORDS(male, "spokesman", "chairman", "congressman", "assemblyman", "councilman",
              "alderman");
        if (tok_in(d, i, female))
            ti->gender = GENDER_F;
        if (tok_in(d, i, male))
            ti->gender = GENDER_M;
    }
    /* drop determiners, possessors and place names before the first title
     * word; keep a body's acronym: "PCG spokesperson", "FRSC Sector Commander" */
    if (!names_body(ctx, start, to))
        while (start < to && !is_title_word(ctx, start) && !(d->toks[start].lx & LX_INTL) &&
               !acronym(ctx, start, to) &&
               !(d->toks[start].lx & LX_ORG && !(d->toks[start].flags & TF_CAP)))
            start++;
    else
        while (start < to && !(d->toks[start].flags & (TF_CAP | TF_UPPER)))
            start++;   /* keep "European Commission President" whole */
    /* drop a trailing "in Türkiye" / "in Greece": it locates, it is not the role */
    size_t end = to;
    for (size_t i = start; i + 1 < end; i++) {
        const ex_cmention *m = ex_country_at(ctx, i + 1);
        bool place = tok_in(d, i, (const char *const[]){"in", "at", NULL}) &&
                     capitalised_to(d, i + 1, end);
        if (place || (tok_in(d, i, (const char *const[]){"in", "at", "for", NULL}) && m &&
                      m->tok + m->ntok == end)) {
            end = i;
            break;
        }
    }
    if (start >= end)
        return;
    char *text = title_text(d, start, end);
    drop_initialism_dots(text);
    title_case(text);
    ti->text = text;
    char folded[TITLE_FOLD_MAX];
    fold_title(text, folded);
    for (size_t k = 0; national_titles[k].title && ti->rank < 4; k++) {
        if (folded_has_word(folded, national_titles[k].title)) {
            memcpy(ti->country, national_titles[k].code, 3);
            ti->rank = 4;
        }
    }
    if (ti->intl) {
        ti->country[0] = '\0';
        ti->rank = 6;
    }
}

/* ---- officials ------------------------------------------------------------- */

static size_t name_words(const ex_ctx *ctx, size_t i, size_t end)
{
    size_t n = 0;
    for (size_t k = i; k < end; k++)
        if (ctx->doc->toks[k].kind == TK_WORD && !(ctx->doc->toks[k].lx & LX_HONORIFIC) &&
            ((ctx->doc->toks[k].flags & TF_CAP) || !tok_in(ctx->doc, k, particles)))
            n++;   /* "de" in "Joost de Boer" is no name word; "Das" is */
    return n;
}

static bool has_honorific(const ex_ctx *ctx, size_t i)
{
    return (ctx->doc->toks[i].lx & LX_HONORIFIC) != 0;
}

/* The person named by tokens [ni, ne), registered (or found) with the
 * gender an honorific gives and this mention. -1 when there is no name. */
static long register_name(ex_ctx *ctx, size_t ni, size_t ne)
{
    int gender = GENDER_UNKNOWN;
    char *name = name_text(ctx, ni, ne, &gender);
    if (!name)
        return -1;
    long id = people_add(ctx, name, ni);
    free(name);
    if (gender && !ctx->people[id].gender)
        ctx->people[id].gender = gender;
    people_add_mention(ctx, id, ex_tok_span(ctx, ni, ne));
    return id;
}

/* The country written beside a title and name rather than in the title:
 * "President Nguyen Van Thanh of Vietnam", "his Philippine counterpart,
 * Foreign Secretary Maria Elena Cruz". */
static const char *country_beside(const ex_ctx *ctx, size_t ni, size_t ne, size_t tf)
{
    const nf_doc *d = ctx->doc;
    size_t c = ne + 1;
    if (c < d->n_toks && tok_is(d, c, "the"))
        c++;
    const ex_cmention *m = ne < d->n_toks && tok_is(d, ne, "of") ? ex_country_at(ctx, c) : NULL;
    if (m && m->tok == c && m->kind == GAZ_KIND_NAME)
        return m->code;
    if (tf >= 3 && tf <= ni && tok_is_punct(d, tf - 1, ',') &&
        tok_in(d, tf - 2, (const char *const[]){"counterpart", "counterparts", NULL})) {
        m = ex_country_at(ctx, tf - 3);
        if (m && m->tok + m->ntok == tf - 2)
            return m->code;
    }
    return NULL;
}

/* Register the person named by tokens [ni, ne) as holding the title in
 * tokens [tf, tt); a title that is not a public role makes no official. */
static long add_official(ex_ctx *ctx, size_t ni, size_t ne, size_t tf, size_t tt)
{
    const nf_doc *d = ctx->doc;
    if (name_words(ctx, ni, ne) < 2 && !has_honorific(ctx, ni))
        return -1;
    for (size_t k = tf; k < tt; k++)
        if (tok_in(d, k, not_current))
            return -1;
    /* lowercase modifiers before the title belong to it: "former chief
     * financial officer", "his former personal secretary"; a verb or a
     * function word ends them ("was then sent to Interior Minister X") */
    size_t b = tf;
    while (b > 0 && tf - b < 4 && d->toks[b - 1].kind == TK_WORD &&
           !(d->toks[b - 1].flags & (TF_CAP | TF_UPPER))) {
        if (tok_in(d, b - 1, corporate_roles))
            return -1;
        if ((d->toks[b - 1].lx & (LX_STOP | LX_VERB_PAST | LX_SPEECH)) ||
            tok_str_ends(tok_fold(d, b - 1), "ing") || tok_in(d, b - 1, not_current))
            break;
        b--;
    }
    if (b > 0 && tok_in(d, b - 1, not_current))
        return -1;
    long id = register_name(ctx, ni, ne);
    if (id < 0)
        return -1;
    ex_person *p = &ctx->people[id];
    title_info ti;
    read_title(ctx, tf, tt, &ti);
    if (!ti.text)
        return id;
    if (ti.gender && !p->gender)
        p->gender = ti.gender;
    if (!p->title || strlen(ti.text) > strlen(p->title)) {
        free(p->title);
        p->title = ti.text;
    } else {
        free(ti.text);
    }
    p->official = true;
    if (ti.intl)
        p->intl = true;
    const char *named = ti.intl ? NULL : country_beside(ctx, ni, ne, tf);
    if (named && ti.rank < 5) {
        memcpy(ti.country, named, 3);
        ti.rank = 5;
    }
    if (ti.rank > p->country_rank) {
        memcpy(p->country, ti.country, 3);
        p->country_rank = ti.rank;
    }
    return id;
}

/* Does the title belong to something that is not a public body: "the
 * boat's captain", "the team's coach"? */
static bool private_possessor(const ex_ctx *ctx, size_t tf, size_t tt)
{
    const nf_doc *d = ctx->doc;
    size_t from = tf >= 2 ? tf - 2 : 0;   /* "the gang's leader": the possessor precedes */
    for (size_t k = from; k + 1 < tt; k++)
        if (d->toks[k + 1].kind == TK_POSS && tok_in(d, k, vehicles))
            return true;
    return tok_is(d, tt - 1, "captain") && !(d->toks[tt - 1].flags & TF_CAP);
}

/* "PCG spokesperson Rear Admiral Armando Balilo": a rank in capitals after
 * a role in lowercase is the person's rank, not their role. */
static size_t role_end(const ex_ctx *ctx, size_t tf, size_t te)
{
    const nf_doc *d = ctx->doc;
    size_t end = te;
    /* and "Adj. Sr. Comr.", Indonesia's adjunct senior commissioner */
    while (end > tf && ((d->toks[end - 1].lx & LX_RANK) || tok_is_punct(d, end - 1, '.') ||
                        (rank_modifier(d, end - 1) && end < te && tok_is_punct(d, end, '.'))) &&
           (d->toks[end - 1].flags & TF_CAP || tok_is_punct(d, end - 1, '.')))
        end--;
    for (size_t k = tf; k < end; k++)
        if (is_head(ctx, k) && !(d->toks[k].flags & TF_CAP))
            return end;
    return te;
}

/* "Interior Minister Nancy Faeser", "police chief Colonel Ali Traoré". */
/* A press release's signature: "Issued by: Colonel Malesela Ledwaba" and,
 * on the next line, "Provincial Police Spokesperson, Limpopo". The name
 * [ni, ne) ends its line; a line of capitalised words with a title word
 * after it is the fuller title (add_official keeps the longer one). */
static void title_on_next_line(ex_ctx *ctx, size_t ni, size_t ne)
{
    const nf_doc *d = ctx->doc;
    if (ne >= d->n_toks || !(d->toks[ne].flags & TF_NL))
        return;
    size_t e = ne;
    bool head = false;
    while (e < d->n_toks && e < ne + 8 && d->toks[e].kind == TK_WORD &&
           (d->toks[e].flags & (TF_CAP | TF_UPPER)) && !(d->toks[e].lx & LX_STOP) &&
           (e == ne || !(d->toks[e].flags & TF_NL))) {
        head |= is_head(ctx, e);
        e++;
    }
    bool line_ends = e >= d->n_toks || (d->toks[e].flags & TF_NL) || tok_is_punct(d, e, ',') ||
                     tok_is_punct(d, e, ':');
    if (head && line_ends && e > ne + 1)
        add_official(ctx, ni, ne, ne, e);
}

/* Do tokens a..b (capitalised words) stand for a place elsewhere in the
 * story: after "in", "at", "from", "of" or "near", before a word for a
 * place ("Sanghar district") or as a dateline ("SANGHAR:"), and not
 * followed there by the word after b? */
static bool named_as_place_elsewhere(const ex_ctx *ctx, size_t a, size_t b)
{
    const nf_doc *d = ctx->doc;
    size_t n = b - a;
    for (size_t c = 0; c < d->n_caps; c++) {   /* its first word is capitalised there too */
        size_t q = d->caps[c];
        if (q == a || q + n >= d->n_toks || !tok_same_fold(d, q, a) ||
            (q > 0 && (d->toks[q - 1].flags & TF_CAP)))
            continue;   /* a place's first word ("in São Paulo state": not "Paulo") */
        size_t k = 1;
        while (k < n && q + k < d->n_toks && tok_same_fold(d, q + k, a + k))
            k++;
        size_t after = q + n;
        if (k < n || (after < d->n_toks && tok_same_fold(d, after, b)))
            continue;
        if ((q > 0 && tok_in(d, q - 1, (const char *const[]){"in", "at", "from", "of", "near",
                                                             NULL})) ||
            (after < d->n_toks && ((d->toks[after].lx & LX_PLACE_N) ||
                                   tok_is_punct(d, after, ':'))))
            return true;
    }
    return false;
}

/* "SSP Sanghar Abid Hussain Baloch", "Deputy Commissioner Upper Kohistan
 * Arif Khan Yousafzai": between an office and a name of two words or more,
 * one or two words the story names as a place elsewhere (which the
 * gazetteer does not know) are the office's district. Returns how many. */
static size_t office_place_words(const ex_ctx *ctx, size_t ni, size_t end)
{
    const nf_doc *d = ctx->doc;
    for (size_t w = 1; w <= 2; w++) {
        if (ni + w + 1 >= end || !(d->toks[ni + w - 1].flags & TF_CAP) ||
            (d->toks[ni + w - 1].flags & TF_UPPER) || d->toks[ni + w - 1].kind != TK_WORD)
            return 0;   /* initials ("DIG CTD Balochistan") are the office's */
        if (people_name_at(ctx, ni + w, end) >= ni + w + 2 &&
            named_as_place_elsewhere(ctx, ni, ni + w))
            return w;
    }
    return 0;
}

static void title_before_name(ex_ctx *ctx, const nf_sent *s, size_t h)
{
    const nf_doc *d = ctx->doc;
    size_t after = h + 1;
    if (after < s->tok_end && tok_is_punct(d, after, '.') && tok_touch(d, after))
        after++;   /* "Gov. Bill Lee", "Supt. Mark Reid" */
    /* "Officer-in-Charge Tofayel Ahmed", "Commander-in-Chief" */
    if (after + 3 < s->tok_end && tok_is_dash(d, after) && tok_touch(d, after) &&
        tok_is(d, after + 1, "in") && tok_is_dash(d, after + 2) && tok_touch(d, after + 2) &&
        tok_touch(d, after + 3) && d->toks[after + 3].kind == TK_WORD)
        after += 4;
    size_t te = title_right(ctx, after, s->tok_end, true);
    if (te + 2 < s->tok_end && tok_is(d, te, "in")) {
        const ex_cmention *m = ex_country_at(ctx, te + 1);
        if (m && m->tok == te + 1 && m->kind == GAZ_KIND_NAME)
            te = m->tok + m->ntok;   /* "UNICEF Representative in Mozambique Dr Sofia Andrade" */
    }
    size_t ni = te;
    /* "Upazila Nirbahi Officer (UNO) Farhana Yasmin", "DCP (Zone II) Navnath
     * Dhavale": the office's initials or unit between title and name */
    if (ni + 2 < s->tok_end && tok_is_punct(d, ni, '(')) {
        size_t c = ni + 1;
        while (c < s->tok_end && c < ni + 5 && !tok_is_punct(d, c, ')'))
            c++;
        if (c < s->tok_end && tok_is_punct(d, c, ')'))
            ni = c + 1;
    }
    /* "Director General of Police (DGP) Punjab Harpreet Singh Sandhu", "SSP
     * Ludhiana ...": after the office's initials, its state or city, then a
     * name of two words or more (not "Prosecutor Farah Ezlin Yusop") */
    if (ni > 0 && ni + 2 < s->tok_end &&
        (tok_is_punct(d, ni - 1, ')') || (d->toks[ni - 1].flags & TF_UPPER)) &&
        (d->toks[ni].gaz & (GAZ_MARK_SUBDIV_KEY | GAZ_MARK_CITY_KEY)) &&
        people_name_at(ctx, ni + 1, s->tok_end) >= ni + 3)
        ni++;
    else
        ni += office_place_words(ctx, ni, s->tok_end);
    size_t ne = people_name_at(ctx, ni, s->tok_end);
    if (ne == ni || (d->toks[ni].flags & TF_NL))
        return;
    /* "King Abdulaziz International Airport", "President Kennedy Street": a
     * place named after someone */
    if (ne < s->tok_end && (d->toks[ne].flags & TF_CAP) && (d->toks[ne].lx & LX_PLACE_N))
        return;
    size_t tf = title_left(ctx, h, s->tok_start);
    if (private_possessor(ctx, tf, te))
        return;
    add_official(ctx, ni, ne, tf, role_end(ctx, tf, te));
    title_on_next_line(ctx, ni, ne);
}

WORDS(public_possessors,
    "country", "country's", "nation", "government", "state", "city", "province", "region",
    "county", "district", "municipality");

/* "Nancy Faeser, Germany's interior minister," and "Lucía Gómez, the UN
 * resident coordinator in Türkiye,". */
static void name_then_title(ex_ctx *ctx, const nf_sent *s, size_t ni, size_t ne)
{
    const nf_doc *d = ctx->doc;
    size_t p = ni > s->tok_start && tok_is(d, ni - 1, "the") ? ni - 1 : ni;
    if (p > s->tok_start &&
        tok_in(d, p - 1, (const char *const[]){"at", "in", "near", "inside", "outside", NULL}))
        return;   /* "In a speech at Kenyatta Hall, the president said": a place */
    gaz_country_hit city;
    if (gaz_city_at(ctx->gaz, d, ni, ne, &city) && city.ntok == ne - ni)
        return;   /* "travelling to Cluj-Napoca, CFR spokesperson Bogdan Ilie told": a city */
    size_t j = ne + 1, end = s->tok_end;
    if (j + 1 < end && d->toks[j].kind == TK_NUM && tok_is_punct(d, j + 1, ','))
        j += 2;   /* an age: "Rekha Das, 34, ..." */
    size_t tf = j;
    size_t limit = j + 9 < end ? j + 9 : end;
    size_t h = SIZE_MAX;
    bool owned = false;   /* a possessor or a country came first: "Chad's ..." */
    for (size_t k = j; k < limit; k++) {
        const nf_tok *t = &d->toks[k];
        if (is_head(ctx, k) && !(t->lx & LX_TITLE_MOD && k + 1 < limit && is_head(ctx, k + 1))) {
            if (modifies_plain_noun(ctx, k))
                return;   /* "Jo Bloggs, chief economist at Acme," */
            h = k;
            break;
        }
        if (ex_country_at(ctx, k) ||
            (t->kind == TK_POSS && k > j && tok_in(d, k - 1, public_possessors)))
            owned = true;   /* "Chad's", "the country's risk management secretary" */
        /* "Chad's refugee relief and repatriation commissioner": after a
         * country, the plain nouns of a portfolio the lexicon lacks (after
         * a firm, "ING's global head of macro", they are no public role) */
        bool portfolio = owned && t->kind == TK_WORD && !(t->flags & (TF_CAP | TF_UPPER)) &&
                         !(t->lx & (LX_STOP | LX_KIN | LX_PERSON_N | LX_SPEECH)) && k + 1 < limit &&
                         (is_title_word(ctx, k + 1) || tok_in(d, k + 1, title_glue) ||
                          (d->toks[k + 1].kind == TK_WORD && !(d->toks[k + 1].flags & TF_CAP)));
        bool ok = portfolio || tok_in(d, k, (const char *const[]){"the", "a", "an", NULL}) ||
                  is_title_word(ctx, k) || title_prefix_word(ctx, k) || t->kind == TK_POSS ||
                  plural_possessive(d, k) ||
                  ex_country_at(ctx, k) || (t->lx & LX_INTL) ||
                  (tok_in(d, k, title_glue) && k > j) ||
                  (t->kind == TK_WORD && k + 1 < limit && d->toks[k + 1].kind == TK_POSS);
        if (!ok)
            return;
    }
    if (h == SIZE_MAX)
        return;
    size_t te = title_right(ctx, h + 1, end, true);
    /* "head of metals research at a brokerage": an unnamed firm's */
    for (size_t k = te; k + 1 < end && k < te + 8 && !tok_is_punct(d, k, ','); k++)
        if (tok_in(d, k, (const char *const[]){"at", "with", NULL}) &&
            tok_in(d, k + 1, (const char *const[]){"a", "an", NULL}))
            return;
    /* "in Greece for the International Organization for Migration" */
    for (int hop = 0; hop < 2 && te + 1 < end; hop++) {
        if (!tok_in(d, te, (const char *const[]){"in", "at", "for", "of", NULL}))
            break;
        size_t k = te + 1;
        if (tok_is(d, k, "the"))
            k++;
        size_t c = k;
        while (c < end && complement_word(ctx, c, k, end))
            c++;
        if (c == k)
            break;
        if (c + 2 < end && tok_is_punct(d, c, '(') && tok_is_punct(d, c + 2, ')'))
            c += 3;
        te = c;
    }
    if (!private_possessor(ctx, tf, te))
        add_official(ctx, ni, ne, tf, te);
}


/* A word that may stand between a title's head and the comma after it:
 * "chief inspector of borders and immigration,", "spokesman for the courts
 * in Sfax,", "head of UNHCR's Italy office,". Verbs and pronouns end it. */
static bool title_tail_word(const ex_ctx *ctx, size_t k)
{
    const nf_tok *t = &ctx->doc->toks[k];
    if (t->kind == TK_POSS || plural_possessive(ctx->doc, k))
        return true;
    if (tok_is_dash(ctx->doc, k) && tok_touch(ctx->doc, k) && k + 1 < ctx->doc->n_toks &&
        tok_touch(ctx->doc, k + 1))
        return true;   /* "the North-West region," */
    if (t->kind == TK_NUM && k > 0 && ctx->doc->toks[k - 1].kind == TK_WORD &&
        (ctx->doc->toks[k - 1].flags & TF_CAP))
        return true;   /* a service by its number: "a spokesman for Rescue 1122," */
    if (t->kind != TK_WORD)
        return false;
    if (t->lx & (LX_SPEECH | LX_PRON_M | LX_PRON_F | LX_PRON_PL | LX_VERB_PAST | LX_MONTH |
                 LX_WEEKDAY))
        return false;
    if (t->flags & (TF_CAP | TF_UPPER))
        return true;
    /* "Nepal's ambassador to the UAE,", "consul in Rio de Janeiro," */
    const nf_doc *d = ctx->doc;
    if (people_is_particle(d, k) && k > 0 && k + 1 < d->n_toks &&
        (d->toks[k - 1].flags & TF_CAP) && (d->toks[k + 1].flags & TF_CAP))
        return true;
    if (tok_is(d, k, "to") && k + 2 < d->n_toks &&
        ((d->toks[k + 1].flags & TF_CAP) || (tok_is(d, k + 1, "the") && (d->toks[k + 2].flags & TF_CAP))))
        return true;
    return !(t->lx & LX_STOP) || tok_in(d, k, (const char *const[]){"of", "for", "and", "in", "at", "the", NULL});
}

/* Do tokens k - 2 .. k read "(NADMO)", a body's initials in brackets? */
static bool bracketed_initials(const nf_doc *d, size_t k)
{
    return k >= 2 && tok_is_punct(d, k, ')') && tok_is_punct(d, k - 2, '(') &&
           (d->toks[k - 1].flags & TF_UPPER);
}

/* Does the title word at k name whose office someone works in: "in the
 * Office of the Prime Minister", "at the Office of the President"? */
static bool in_office_of(const nf_doc *d, size_t k, size_t start)
{
    size_t b = k;
    while (b > start && (d->toks[b - 1].flags & TF_CAP) && b + 3 > k)
        b--;   /* "Prime" */
    if (b > start && tok_is(d, b - 1, "the"))
        b--;
    return b >= start + 4 && tok_is(d, b - 1, "of") && tok_is(d, b - 2, "office") &&
           tok_is(d, b - 3, "the") && tok_in(d, b - 4, (const char *const[]){"in", "at", NULL});
}

/* The head of the title that ends just before `comma`: "the presiding
 * judge,", "The Director General of Fire Service and Civil Defence,".
 * Without a title word, a role owned by an organisation counts: "The Bureau
 * of Meteorology's senior meteorologist,". SIZE_MAX when there is none. */
static size_t find_title_head(const ex_ctx *ctx, const nf_sent *s, size_t comma)
{
    const nf_doc *d = ctx->doc;
    size_t k = comma;
    for (int steps = 0; k > s->tok_start && steps < 10; steps++) {
        k--;
        if (is_head(ctx, k) && (k + 1 == comma || !is_head(ctx, k + 1) ||
                                !(d->toks[k + 1].flags & TF_CAP))) {
            /* the last head of a run: "Director General", "police chief" */
            size_t h = k;
            while (h + 1 < comma && is_head(ctx, h + 1) && (d->toks[h + 1].flags & TF_CAP))
                h++;
            if (!in_office_of(d, k, s->tok_start))
                return h;
            continue;   /* "Commissioner for Refugees in the Office of the Prime Minister," */
        }
        if (d->toks[k].kind == TK_POSS) {
            bool org = false;
            for (size_t b = k; b-- > s->tok_start && b + 6 > k;) {
                if (!(d->toks[b].flags & (TF_CAP | TF_UPPER)) && !tok_in(d, b, title_glue))
                    break;
                if (d->toks[b].lx & LX_ORG)
                    org = true;
            }
            bool lower_role = k + 1 < comma && !(d->toks[comma - 1].flags & TF_CAP) &&
                              d->toks[comma - 1].kind == TK_WORD;
            if (org && lower_role)
                return comma - 1;
            continue;   /* "head of UNHCR's Italy office,": the head is further back */
        }
        if (tok_is_punct(d, k, ',') && portfolio_comma(d, k, comma))
            continue;   /* "Minister of Industry, Trade and Investment," */
        if (k >= s->tok_start + 2 && bracketed_initials(d, k)) {
            k -= 2;     /* "... Management Organisation (NADMO)," */
            continue;
        }
        if (!title_tail_word(ctx, k))
            return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* A bracket after a name, on its line: the bearer's party and seat "(APC,
 * Katsina North)", "(D-Calif.)". The token after it, or i when there is
 * none. Not an age, "K. Raman (58)": the way news names the people it
 * reports on, not officials. */
static size_t after_seat(const nf_doc *d, size_t i, size_t end)
{
    if (i + 1 >= end || !tok_is_punct(d, i, '(') || d->toks[i + 1].kind == TK_NUM)
        return i;
    for (size_t c = i + 1; c < end && c < i + 10; c++) {
        if (tok_is_punct(d, c, ')'))
            return c + 1;
        if (tok_is_punct(d, c, '(') || (d->toks[c].flags & TF_NL))
            break;
    }
    return i;
}

/* "the presiding judge, Anna Maria Conti," and "Santana's mayor, Rui
 * Pinto,": a title, a comma, then the name. */
static void title_comma_name(ex_ctx *ctx, const nf_sent *s, size_t comma)
{
    const nf_doc *d = ctx->doc;
    if (comma == s->tok_start)
        return;
    size_t te = comma;
    size_t h = find_title_head(ctx, s, comma);
    if (h == SIZE_MAX)
        return;
    if (te >= s->tok_start + 3 && bracketed_initials(d, te - 1))
        te -= 3;   /* the body's initials are no part of the title */
    size_t tf = title_left(ctx, h, s->tok_start);
    size_t ni = comma + 1;
    while (ni < s->tok_end && is_title_word(ctx, ni) && (d->toks[ni].flags & TF_CAP))
        ni++;   /* a rank before the name: "Brigadier General Kamal Hossain" */
    size_t ne = people_name_at(ctx, ni, s->tok_end);
    if (ne == ni || ne >= s->tok_end)
        return;
    size_t after = people_is_postnominal(d, ne) ? ne + 1 : ne;   /* "Ciarán Mac Lochlainn TD," */
    after = after_seat(d, after, s->tok_end);
    if (after >= s->tok_end ||
        (!tok_is_punct(d, after, ',') && !tok_is_punct(d, after, '.') && !(d->toks[after].lx & LX_SPEECH)))
        return;
    if (!private_possessor(ctx, tf, te))
        add_official(ctx, ni, ne, tf, te);
}

/* A court report's prosecutor: "Prosecuting, Siobhan Reilly told the
 * court", "Nicholas Hart, prosecuting for the HSE, said", "Rebecca Hale KC,
 * prosecuting, told the jury". */
static void prosecuting(ex_ctx *ctx, const nf_sent *s, size_t ni, size_t ne)
{
    const nf_doc *d = ctx->doc;
    if (ne <= ni)
        return;
    bool before = ni == s->tok_start + 2 && tok_is(d, s->tok_start, "prosecuting") &&
                  tok_is_punct(d, s->tok_start + 1, ',');
    size_t e = people_is_postnominal(d, ne) ? ne + 1 : ne;   /* "Rebecca Hale KC, prosecuting" */
    bool after = e + 1 < s->tok_end && tok_is_punct(d, e, ',') && tok_is(d, e + 1, "prosecuting");
    if (!(before || after) || name_words(ctx, ni, ne) < 2)
        return;
    long id = register_name(ctx, ni, ne);
    if (id < 0)
        return;
    ex_person *p = &ctx->people[id];
    if (!p->title) {
        p->title = xstrdup("Prosecutor");
        p->official = true;
    }
}

/* The singular of a plural title, in place: "Attorneys" -> "Attorney",
 * "Aldermen" -> "Alderman", "MPs" -> "MP". */
static void singular_title(char *t)
{
    size_t len = strlen(t);
    if (len > 3 && !strcmp(t + len - 3, "men"))
        t[len - 2] = 'a';
    else if (len > 1 && t[len - 1] == 's')
        t[len - 1] = '\0';   /* the words below all take -s */
}

/* Officials under one plural title: "Assistant U.S. Attorneys Jonathan P.
 * Reyes and Amanda K. Liu", "Councillors Ann Ray, Tom Lee and Ed Hall",
 * "Board members Pamela Greer, Dave Hult and Rochelle Amos". Each gets the
 * title in the singular; a plural read_title does not take as a title
 * word ("Senators") is the title itself. "members" only of a body named
 * before it: not "members Ann Ray and Tom Lee" alone. */
static void plural_title_names(ex_ctx *ctx, const nf_sent *s, size_t h)
{
    WORDS(plurals, "attorneys", "senators", "ministers", "commissioners", "detectives",
          "inspectors", "judges", "governors", "mayors", "councillors", "councilors",
          "constables", "sergeants", "superintendents", "representatives", "agents",
          "trustees", "supervisors", "aldermen", "councilmembers", "legislators", "mps",
          "meps", "members");
    WORDS(bodies, "board", "council", "committee", "commission", "assembly", "parliament",
          "cabinet", "senate", "congress", "city", "county", "school", "legislative");
    const nf_doc *d = ctx->doc;
    if (!tok_in(d, h, plurals))
        return;
    if (tok_is(d, h, "members") ? !(h > s->tok_start && (d->toks[h - 1].flags & TF_CAP) &&
                                     tok_in(d, h - 1, bodies))
                                : !(d->toks[h].flags & TF_CAP))
        return;
    size_t names[8][2], n = 0;
    for (size_t ni = h + 1; n < 8;) {
        size_t ne = people_name_at(ctx, ni, s->tok_end);
        if (name_words(ctx, ni, ne) < 2)
            return;   /* each a whole name, or none */
        names[n][0] = ni;
        names[n++][1] = ne;
        size_t k = ne;
        bool comma = k < s->tok_end && tok_is_punct(d, k, ',');
        k += comma;
        bool and = k < s->tok_end && tok_is(d, k, "and");
        if (!comma && !and)
            break;
        ni = k + and;
        if (!and && !(ni < s->tok_end && (d->toks[ni].flags & TF_CAP)))
            break;   /* "Senators Jane Doe and John Roe, both Democrats," */
    }
    if (n < 2)
        return;
    size_t tf = title_left(ctx, h, s->tok_start);
    for (size_t k = 0; k < n; k++) {
        long id = add_official(ctx, names[k][0], names[k][1], tf, h + 1);
        if (id < 0)
            continue;
        ex_person *p = &ctx->people[id];
        if (!p->title) {
            p->title = title_text(d, tf, h + 1);
            title_case(p->title);
            p->official = true;
        }
        const char *last = strrchr(p->title, ' ');
        if (strcasecmp(last ? last + 1 : p->title, tok_fold(d, h)) == 0)
            singular_title(p->title);   /* not a title told elsewhere, "Director of Public Works" */
    }
}

static void officials_in_sentence(ex_ctx *ctx, const nf_sent *s)
{
    const nf_doc *d = ctx->doc;
    for (size_t i = s->tok_start; i < s->tok_end; i++) {
        if (is_head(ctx, i) && !modifies_plain_noun(ctx, i))
            title_before_name(ctx, s, i);
        /* "Senators", "Board members", "Aldermen": a plural, after or in capitals */
        char last = d->text[d->toks[i].end - 1];
        if ((last == 's' || last == 'n') && d->toks[i].kind == TK_WORD &&
            ((d->toks[i].flags & TF_CAP) || (i > s->tok_start && (d->toks[i - 1].flags & TF_CAP))) &&
            !ex_in_quote(ctx, i))
            plural_title_names(ctx, s, i);
        if (tok_is_punct(d, i, ','))
            title_comma_name(ctx, s, i);
    }
    size_t next = s->tok_start;   /* names are read from the capitalised words, past the last */
    for (size_t c = tok_caps_from(d, s->tok_start); c < d->n_caps && d->caps[c] < s->tok_end; c++) {
        size_t i = d->caps[c];
        if (i < next || ex_in_quote(ctx, i))
            continue;
        size_t ne = people_name_at(ctx, i, s->tok_end);
        bool byline = i == s->tok_start + 1 && tok_is(d, s->tok_start, "by");
        if (ne > i && ne < s->tok_end && tok_is_punct(d, ne, ',') && !byline)
            name_then_title(ctx, s, i, ne);
        prosecuting(ctx, s, i, ne);
        if (ne > i)
            next = ne;
    }
}

int ex_people(ex_ctx *ctx)
{
    const nf_doc *d = ctx->doc;
    for (size_t s = 0; s < d->n_sents; s++)
        officials_in_sentence(ctx, &d->sents[s]);
    return 0;
}

void people_set_title(ex_ctx *ctx, long person, size_t from, size_t to)
{
    if (person < 0 || (size_t)person >= ctx->n_people)
        return;
    ex_person *p = &ctx->people[person];
    if (p->org || p->title)
        return;
    title_info ti;
    read_title(ctx, from, to, &ti);
    if (!ti.text)
        return;
    p->title = ti.text;
    p->official = true;
    p->intl = ti.intl;
    if (ti.rank > p->country_rank) {
        memcpy(p->country, ti.country, 3);
        p->country_rank = ti.rank;
    }
}

/* A seat of government in a sentence that mentions p: "Speaking in Downing
 * Street, Mr Hart said". */
static const char *seat_at(const nf_doc *d, size_t i)
{
    if (!(d->toks[i].flags & TF_CAP))
        return NULL;
    for (size_t k = 0; seats[k].first; k++)
        if (tok_is(d, i, seats[k].first) && (!seats[k].second || tok_is(d, i + 1, seats[k].second)))
            return seats[k].code;
    return NULL;
}

/* The seat of government each sentence names, if any: one pass over the
 * story, so that looking it up per mention stays cheap. Caller frees. */
static const char **sentence_seats(const nf_doc *d)
{
    const char **seat = xcalloc(d->n_sents ? d->n_sents : 1, sizeof *seat);
    for (size_t c = 0; c < d->n_caps; c++) {   /* seat_at needs a capitalised word */
        size_t i = d->caps[c];
        const char *code = seat_at(d, i);
        if (code && !seat[d->toks[i].sent])
            seat[d->toks[i].sent] = code;
    }
    return seat;
}

static const char *seat_country(const ex_ctx *ctx, const ex_person *p, const char **seats_of)
{
    const nf_doc *d = ctx->doc;
    for (size_t m = 0; m < p->n_mention_toks; m++) {
        size_t t = p->mention_toks[m];
        if (t < d->n_toks && seats_of[d->toks[t].sent])
            return seats_of[d->toks[t].sent];
    }
    return NULL;
}

/* Later mentions by surname: "Mr Dupont", "Novak said". */
static void surname_mentions(ex_ctx *ctx)
{
    const nf_doc *d = ctx->doc;
    for (size_t c = 0; c < d->n_caps; c++) {
        size_t i = d->caps[c];
        if (ex_country_at(ctx, i))
            continue;
        long p = people_surname_at(ctx, i);
        if (p < 0 || ctx->people[p].org)
            continue;
        size_t from = i;
        if (i >= 1 && (d->toks[i - 1].lx & LX_HONORIFIC))
            from = i - 1;
        else if (i >= 2 && tok_is_punct(d, i - 1, '.') && (d->toks[i - 2].lx & LX_HONORIFIC))
            from = i - 2;
        people_add_mention(ctx, p, ex_tok_span(ctx, from, i + 1));
    }
}

/* The person a sentence opens with, when that sentence then speaks or
 * announces: "Rachel Reeves has announced...", "Ellen Hart has urged". */
static long speaking_subject(const ex_ctx *ctx, const nf_sent *s)
{
    const nf_doc *d = ctx->doc;
    for (size_t i = 0; i < ctx->n_people; i++) {
        const ex_person *p = &ctx->people[i];
        if (p->org)
            continue;
        size_t lo = 0, hi = p->n_mention_toks;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (p->mention_toks[mid] < s->tok_start)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo == p->n_mention_toks || p->mention_toks[lo] > s->tok_start + 1)
            continue;
        for (size_t k = p->mention_toks[lo]; k < s->tok_end && k < p->mention_toks[lo] + 8; k++)
            if (d->toks[k].lx & LX_SPEECH)
                return (long)i;
        return -1;
    }
    return -1;
}

/* A full name opening a sentence that speaks, not yet in the registry:
 * registered so that a title alone can refer to it. */
static long register_speaking_subject(ex_ctx *ctx, const nf_sent *s)
{
    const nf_doc *d = ctx->doc;
    size_t i = s->tok_start;
    size_t ne = people_name_at(ctx, i, s->tok_end);
    if (ne == i || name_words(ctx, i, ne) < 2)
        return -1;
    bool speaks = false;
    for (size_t k = ne; k < s->tok_end && k < ne + 4 && !speaks; k++)
        speaks = (d->toks[k].lx & LX_SPEECH) != 0;
    if (!speaks)
        return -1;
    return register_name(ctx, i, ne);
}

/* "The chancellor told MPs ..." right after "Rachel Reeves has announced
 * ...": a title alone, held by no one the story named, is the role of the
 * person the previous sentence was about. */
static void title_anaphora(ex_ctx *ctx)
{
    const nf_doc *d = ctx->doc;
    for (size_t si = 1; si < d->n_sents; si++) {
        const nf_sent *s = &d->sents[si];
        size_t i = s->tok_start;
        if (!tok_is(d, i, "the") || ex_in_quote(ctx, i))
            continue;
        size_t h = i + 1;
        while (h < s->tok_end && is_title_word(ctx, h) && !is_head(ctx, h))
            h++;
        if (h >= s->tok_end || !is_head(ctx, h) || h + 1 >= s->tok_end)
            continue;
        const nf_tok *next = &d->toks[h + 1];
        if (!(next->lx & LX_SPEECH) && !tok_in(d, h + 1, (const char *const[]){"has", "had", "was", "is", "will", NULL}))
            continue;
        if (people_resolve_title(ctx, i, h + 1) >= 0)
            continue;
        long p = speaking_subject(ctx, &d->sents[si - 1]);
        if (p < 0)
            p = register_speaking_subject(ctx, &d->sents[si - 1]);
        if (p >= 0 && !ctx->people[p].title) {
            people_set_title(ctx, p, i + 1, h + 1);
            people_note_reference(ctx, p, i);
        }
    }
}

/* The country named, or the city named, at token i: its code and length
 * in *hit; false when neither starts there. */
static bool place_at(const ex_ctx *ctx, size_t i, size_t end, gaz_country_hit *hit)
{
    const ex_cmention *m = i < end ? ex_country_at(ctx, i) : NULL;
    memset(hit, 0, sizeof *hit);
    if (m && m->kind == GAZ_KIND_NAME && m->tok == i) {
        memcpy(hit->code, m->code, 3);
        hit->ntok = m->ntok;
        return true;
    }
    return !m && i < end && gaz_city_at(ctx->gaz, ctx->doc, i, end, hit);
}

/* "In neighbouring Tanzania, ... according to Prime Minister Kassim
 * Majaliwa", "In London, ...": a sentence set in one country, or in one of
 * its cities, places the officials it names; so does "... spokeswoman Dana
 * Seitkali said in Astana", where the person spoke. */
static bool locative_country(const ex_ctx *ctx, const ex_person *p, char code[3])
{
    const nf_doc *d = ctx->doc;
    if (!p->n_mention_toks)
        return false;
    const nf_sent *s = &d->sents[d->toks[p->mention_toks[0]].sent];
    gaz_country_hit hit;
    for (size_t k = p->mention_toks[0]; k + 2 < s->tok_end && k < p->mention_toks[0] + 8; k++)
        if ((d->toks[k].lx & LX_SPEECH) && tok_is(d, k + 1, "in")) {
            if (!place_at(ctx, k + 2, s->tok_end, &hit))
                break;
            memcpy(code, hit.code, 3);
            return true;
        }
    size_t i = s->tok_start;
    if (!tok_is(d, i, "in"))
        return false;
    i++;
    while (i < s->tok_end && d->toks[i].kind == TK_WORD && !(d->toks[i].flags & TF_CAP))
        i++;   /* "neighbouring", "northern" */
    if (!place_at(ctx, i, s->tok_end, &hit) || i + hit.ntok >= s->tok_end ||
        !tok_is_punct(d, i + hit.ntok, ','))
        return false;
    memcpy(code, hit.code, 3);
    return true;
}

/* A spokesperson named in the sentence after the body speaking, whose
 * country that sentence gives: "South Korea's foreign ministry says ...
 * Spokeswoman Park Min-ji said" serves South Korea, wherever the story is.
 * The first body the sentence names counts: "the CIB of Nepal Police
 * arrested ... recruited into the Russian army". */
static bool spokes_body_before(const ex_ctx *ctx, const ex_person *p, char code[3])
{
    const nf_doc *d = ctx->doc;
    if (!p->title || !p->n_mention_toks || !strstr(p->title, "Spokes"))
        return false;
    uint32_t sent = d->toks[p->mention_toks[0]].sent;
    if (sent == 0)
        return false;
    const nf_sent *s = &d->sents[sent - 1];
    for (size_t k = s->tok_start; k < s->tok_end; k++) {
        const ex_cmention *m = ex_country_at(ctx, k);
        if (!m || m->tok != k || !(m->kind == GAZ_KIND_NAME || m->kind == GAZ_KIND_ADJ))
            continue;
        size_t b = k + m->ntok;
        if (m->kind == GAZ_KIND_NAME && b < s->tok_end && d->toks[b].kind == TK_POSS)
            b++;   /* "South Korea's foreign ministry", "Nepal Police" */
        for (size_t o = b; o < s->tok_end && o < b + 3; o++)
            if (d->toks[o].lx & LX_ORG) {
                memcpy(code, m->code, 3);
                return true;
            }
    }
    return false;
}

/* The country of the section the person is first named in, where a
 * round-up heads each section with one: "ZIMBABWE: Bees kill mourner in
 * Chipinge". Only the nearest heading above counts. */
static bool section_country(const ex_ctx *ctx, const ex_person *p, char code[3])
{
    const nf_doc *d = ctx->doc;
    if (!p->n_mention_toks)
        return false;
    for (size_t s = d->toks[p->mention_toks[0]].sent; s-- > 0;) {
        if (!(d->sents[s].flags & SF_HEADING))
            continue;
        size_t i = d->sents[s].tok_start;
        const ex_cmention *m = ex_country_at(ctx, i);
        if (!m || m->tok != i || m->kind != GAZ_KIND_NAME || !(d->toks[i].flags & TF_UPPER) ||
            i + m->ntok >= d->sents[s].tok_end || !tok_is_punct(d, i + m->ntok, ':'))
            return false;
        memcpy(code, m->code, 3);
        return true;
    }
    return false;
}

void people_finalize(ex_ctx *ctx)
{
    surname_mentions(ctx);
    title_anaphora(ctx);
    for (size_t i = 0; i < ctx->n_people; i++) {
        ex_person *p = &ctx->people[i];
        char where[3];
        if (p->official && !p->intl && p->country_rank < 3 &&
            (locative_country(ctx, p, where) ||
             (p->country_rank < 2 && spokes_body_before(ctx, p, where)))) {
            memcpy(p->country, where, 3);
            p->country_rank = 3;
        }
    }
    const char **seats_of = sentence_seats(ctx->doc);
    for (size_t i = 0; i < ctx->n_people; i++) {
        ex_person *p = &ctx->people[i];
        if (!p->official || p->intl || p->country_rank >= 3)
            continue;
        const char *seat = seat_country(ctx, p, seats_of);
        char section[3];
        if (seat) {
            memcpy(p->country, seat, 3);
            p->country_rank = 2;
        } else if (!p->country[0] && section_country(ctx, p, section)) {
            memcpy(p->country, section, 3);
        } else if (!p->country[0]) {
            memcpy(p->country, ctx->home, 3);
        }
    }
    free(seats_of);
    for (size_t i = 0; i < ctx->n_people; i++)
        tidy_mentions(&ctx->people[i]);
}
