/* extract.c — runs the extraction stages in order (see extract.h). */
#include "extract.h"
#include "alloc.h"
#include "lexicon.h"
#include "sentence.h"
#include "sha256.h"

#include <stdlib.h>
#include <string.h>

/* The order matters: each stage may read what the stages above it found. */
static const struct { const char *name; ex_stage run; } stages[] = {
    {"countries", ex_country},
    {"quote spans", ex_quote_spans},
    {"quote index", ex_index_quotes},
    {"people", ex_people},
    {"quotes", ex_quote},
    {"events", ex_event},
    {"casualties", ex_casualty},
    {"arrests", ex_arrest},
    {"amounts", ex_amount},
    {"finish", ex_finish},
};

void nf_doc_build(nf_doc *doc, const nf_gaz *gaz, const char *text, size_t len)
{
    tok_split(doc, text, len);
    gaz_tag(gaz, doc);
    sent_split(doc);
}

nf_span ex_tok_span(const ex_ctx *ctx, size_t from, size_t to)
{
    const nf_doc *d = ctx->doc;
    nf_span s = {0, 0};
    if (from < to && to <= d->n_toks) {
        s.start = d->toks[from].start;
        s.end = d->toks[to - 1].end;
    }
    return s;
}

/* The first token whose end is past offset: a binary search without
 * branches on the data (the compiler makes the choice a conditional move). */
bool ex_since_period(const nf_doc *d, size_t k, size_t e)
{
    WORDS(long_events, "war", "conflict", "start", "beginning", "outbreak", "invasion", "coup",
          "crackdown", "uprising", "insurgency", "pandemic");
    if (k + 1 >= e || !tok_is(d, k, "since"))
        return false;
    size_t n = k + 1;
    for (size_t m = n; m + 1 < e && m < n + 5; m++)
        if (tok_is_punct(d, m, ',') && tok_is(d, m + 1, "when"))
            return false;
    return (d->toks[n].kind == TK_NUM && tok_len(d, n) == 4) || (d->toks[n].lx & LX_MONTH) ||
           (n + 1 < e && tok_is(d, n, "the") && tok_in(d, n + 1, long_events));
}

size_t ex_tok_at(const nf_doc *d, size_t offset)
{
    size_t n = d->n_toks;
    if (!n)
        return 0;
    const nf_tok *base = d->toks;
    while (n > 1) {
        size_t half = n / 2;
        base = base[half - 1].end <= offset ? base + half : base;
        n -= half;
    }
    return (size_t)(base - d->toks) + (base->end <= offset);
}

/* ex_country_at before the mentions are indexed: a binary search. */
const ex_cmention *ex_country_search(const ex_ctx *ctx, size_t i)
{
    size_t lo = 0, hi = ctx->n_cmentions;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const ex_cmention *m = &ctx->cmentions[mid];
        if (m->tok + m->ntok <= i)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < ctx->n_cmentions && ctx->cmentions[lo].tok <= i)
        return &ctx->cmentions[lo];
    return NULL;
}

/* ex_in_quote before the spans are indexed: a binary search (the spans
 * are sorted and do not overlap). */
bool ex_in_quote_search(const ex_ctx *ctx, size_t i)
{
    size_t lo = 0, hi = ctx->n_quotes;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (ctx->quotes[mid].close_tok < i)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < ctx->n_quotes && ctx->quotes[lo].open_tok < i && i < ctx->quotes[lo].close_tok;
}

/* One pass answers ex_in_quote for every token, as ex_in_quote_search
 * would: token i asks the first span ending at or after it, which is span q
 * for the tokens after the end of span q-1 (the ends being in order), so
 * span q marks those of them inside it, a run filled at once. Left NULL
 * (the search answers) in the unlikely case of spans not in order of their
 * ends. */
int ex_index_quotes(ex_ctx *ctx)
{
    for (size_t q = 1; q < ctx->n_quotes; q++)
        if (ctx->quotes[q].close_tok < ctx->quotes[q - 1].close_tok)
            return 0;
    size_t n = ctx->doc->n_toks;
    bool *in = xcalloc(n ? n : 1, sizeof *in);
    size_t after_prev = 0;   /* the first token past the end of span q-1 */
    for (size_t q = 0; q < ctx->n_quotes; q++) {
        size_t open = ctx->quotes[q].open_tok, close = ctx->quotes[q].close_tok;
        size_t from = open + 1 > after_prev ? open + 1 : after_prev;
        size_t to = close < n ? close : n;
        if (from < to)
            memset(in + from, true, to - from);
        after_prev = close + 1;
    }
    ctx->in_quote = in;
    return 0;
}

/* "Constable Lufuno Mudau (32) was fatally wounded": an official killed
 * in the incident is a victim, not an official (FACTS.md), unless the
 * story also quotes them. */
static bool killed_official(const ex_ctx *ctx, size_t person)
{
    const nf_doc *d = ctx->doc;
    const ex_person *p = &ctx->people[person];
    for (size_t q = 0; q < ctx->n_quotes; q++)
        if (ctx->quotes[q].speaker == (long)person)
            return false;
    for (size_t m = 0; m < p->n_mentions; m++) {
        size_t k = ex_tok_at(d, p->mentions[m].end);
        if (k >= d->n_toks)
            continue;
        size_t e = d->sents[d->toks[k].sent].tok_end;
        if (k + 2 < e && tok_is_punct(d, k, '(') && tok_is_punct(d, k + 2, ')'))
            k += 3;   /* an age: "(32)" */
        if (k < e && (tok_is(d, k, "was") || tok_is(d, k, "had")))
            k++;
        if (k < e && tok_is(d, k, "been"))
            k++;
        if (k < e && (tok_is(d, k, "fatally") || tok_is(d, k, "shot")))
            return true;   /* "was fatally wounded", "was shot dead" */
        if (k < e && (tok_is(d, k, "killed") || tok_is(d, k, "died")))
            return true;
    }
    return false;
}

/* Officials and quotes are written last: a person's fullest name, title and
 * country may be learnt after the first mention. */
int ex_finish(ex_ctx *ctx)
{
    nf_facts *f = ctx->facts;
    people_finalize(ctx);
    for (size_t i = 0; i < ctx->n_people; i++) {
        const ex_person *p = &ctx->people[i];
        if (!p->official || p->org || killed_official(ctx, i))
            continue;
        nf_official *o = nf_facts_add_official(f);
        o->name = nf_facts_strdup(f, p->name);
        o->title = nf_facts_strdup(f, p->title);
        if (!p->intl)
            memcpy(o->country, p->country, 3);
        for (size_t m = 0; m < p->n_mentions; m++)
            nf_official_add_mention(f, o, p->mentions[m]);
    }
    for (size_t i = 0; i < ctx->n_quotes; i++) {
        const ex_qspan *q = &ctx->quotes[i];
        if (q->scare || q->text.end <= q->text.start)
            continue;
        nf_quote *out = nf_facts_add_quote(f);
        out->text = q->text;
        if (q->speaker >= 0 && (size_t)q->speaker < ctx->n_people)
            out->speaker = nf_facts_strdup(f, ctx->people[q->speaker].name);
    }
    return 0;
}

static void copy_meta(nf_facts *f, const nf_docmeta *meta, const char *text, size_t len)
{
    if (meta) {
        f->doc.source = nf_facts_strdup(f, meta->source);
        f->doc.title = nf_facts_strdup(f, meta->title);
        f->doc.url = nf_facts_strdup(f, meta->url);
        f->doc.published = nf_facts_strdup(f, meta->published);
    }
    f->doc.bytes = len;
    sha256_hex(text, len, f->doc.sha256);
}

static void free_ctx(ex_ctx *ctx)
{
    for (size_t i = 0; i < ctx->n_people; i++) {
        ex_person *p = &ctx->people[i];
        free(p->name);
        free(p->surname);
        free(p->title);
        free(p->mentions);
        free(p->mention_toks);
    }
    free(ctx->people);
    free(ctx->cmentions);
    free(ctx->cmention_of_tok);
    free(ctx->quotes);
    free(ctx->in_quote);
}

static nf_span *sentence_spans(const nf_doc *doc, size_t *n)
{
    nf_span *s = xmalloc((doc->n_sents ? doc->n_sents : 1) * sizeof *s);
    for (size_t i = 0; i < doc->n_sents; i++) {
        s[i].start = doc->sents[i].start;
        s[i].end = doc->sents[i].end;
    }
    *n = doc->n_sents;
    return s;
}

nf_span *nf_sentences(const nf_gaz *gaz, const char *text, size_t len, size_t *n)
{
    nf_doc doc;
    nf_doc_build(&doc, gaz, text, len);
    nf_span *s = sentence_spans(&doc, n);
    doc_free(&doc);
    return s;
}

nf_facts *nf_extract(const nf_gaz *gaz, const char *text, size_t len, const nf_docmeta *meta,
                     nf_span **sents, size_t *n_sents)
{
    nf_facts *f = nf_facts_new();
    copy_meta(f, meta, text, len);
    nf_doc doc;
    nf_doc_build(&doc, gaz, text, len);
    ex_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.doc = &doc;
    ctx.gaz = gaz;
    ctx.facts = f;
    for (size_t i = 0; i < sizeof stages / sizeof stages[0]; i++)
        stages[i].run(&ctx);
    free_ctx(&ctx);
    if (sents)
        *sents = sentence_spans(&doc, n_sents);
    doc_free(&doc);
    return f;
}
