/* check_event.c — events: the main incident's type, place, date and
 * evidence; earlier incidents a story recalls; which event a token is of. */
#include "tests.h"
#include "extract.h"

#include <string.h>


/* The main event's type from the headline and lede (NULL: no event). */
static const struct { const char *text, *type; } types[] = {
    {"A ferry capsized off the coast of Sulawesi on Monday, killing 12 people.", "capsize"},
    {"A bus plunged into a ravine in northern Peru on Sunday, killing 20.", "bus_crash"},
    {"A passenger train derailed near the town of Kosice on Friday.", "train_crash"},
    {"A methane explosion tore through a coal mine in Silesia on Tuesday.", "mine_collapse"},
    {"A gunman opened fire at a shopping centre on Saturday.", "shooting"},
    {"Police opened fire on protesters in the capital on Friday.", "shooting"},
    {"A suicide bomber blew himself up at a checkpoint on Thursday.", "bombing"},
    {"A powerful earthquake struck the island on Wednesday, causing a bridge to collapse.",
     "earthquake"},
    {"A fire broke out at a hotel in the city centre on Friday night.", "fire"},
    {"Eight people died in a stampede at a temple festival on Monday.", "stampede"},
    {"Homes were swamped after the river burst its banks on Monday.", "flood"},
    {"Police said they had foiled a plot to attack a concert in Vienna.", "terror_plot"},
    {"A car ploughed into shoppers on a busy street on Saturday.", "vehicle_attack"},
    {"Two cargo ships collided in the Strait of Malacca on Monday.", "collision"},
    {"Ferry sinks off Bali\n\nTwelve people died when a ferry went down on Monday.", "capsize"},
    {"A man attacked passers-by with a knife, the fire service said.", "attack"},
    {"A tailings dam burst in the state of Minas Gerais on Friday.", "collapse"},
    {"An out-of-control wildfire pushed towards the town on Friday.", "fire"},
    /* no incident */
    {"Ministers from six countries met in Oslo on Tuesday to agree a new fisheries deal.", NULL},
    {"The company said it would open a plot of land to visitors.", NULL},
};

START_TEST(test_types)
{
    nf_facts *f = test_extract(types[_i].text);
    if (!types[_i].type) {
        ck_assert_msg(f->n_events == 0, "%s: %zu events", types[_i].text, f->n_events);
    } else {
        ck_assert_msg(f->n_events >= 1, "%s: no event", types[_i].text);
        ck_assert(f->events[0].main);
        ck_assert_int_eq(f->events[0].id, 1);
        ck_assert_str_eq(f->events[0].type, types[_i].type);
    }
    nf_facts_free(f);
}
END_TEST

/* Place, date and evidence of the main event. */
static const struct { const char *text, *location, *date, *evidence; } details[] = {
    {"A ferry capsized off the coast of Sulawesi on Monday, killing 12 people.",
     "off the coast of Sulawesi", "Monday", "A ferry capsized off the coast of Sulawesi"},
    {"At least 30 people died when a boat sank in the harbour of Tripoli on 4 May.",
     "in the harbour of Tripoli", "4 May", "a boat sank in the harbour of Tripoli"},
    {"A bomb exploded on a crowded bus, officials said.", NULL, NULL, "A bomb"},
};

START_TEST(test_details)
{
    nf_facts *f = test_extract(details[_i].text);
    ck_assert_uint_ge(f->n_events, 1);
    const nf_event *e = &f->events[0];
    if (details[_i].location)
        ck_assert_str_eq(e->location, details[_i].location);
    else
        ck_assert_ptr_null(e->location);
    if (details[_i].date)
        ck_assert_str_eq(e->date, details[_i].date);
    else
        ck_assert_ptr_null(e->date);
    ck_assert_str_eq(test_slice(details[_i].text, e->text), details[_i].evidence);
    nf_facts_free(f);
}
END_TEST

/* Earlier incidents: how many events a story gives and the recalled type. */
static const struct { const char *text; size_t n; const char *recalled; } recalls[] = {
    {"A ferry capsized off Bali on Monday, killing 12 people.\n\n"
     "The island's worst disaster came in 2011, when a boat sank off Lombok and 40 people "
     "drowned.", 2, "capsize"},
    /* a month or "last year" opening the sentence dates an earlier incident too */
    {"Water flooded a coal mine on Wednesday.\n\nIn February, a collapse at an open-pit mine "
     "killed 53 people.", 2, "mine_collapse"},
    {"A bus crashed in the Andes on Sunday.\n\nIn 2016, a train collided with a lorry at a "
     "crossing nearby.", 2, "train_crash"},
    {"A quake struck the province on Monday.\n\nMemories of the March 2011 disaster remain raw.",
     2, "earthquake"},
    {"A plane crashed in the Andes on Thursday.\n\nIt was the deadliest air disaster since "
     "1996, when a Boeing 757 crashed into the sea, killing 70 people.", 2, "crash"},
    /* statistics, the main event's own date, generic plurals: no earlier incident */
    {"A quake struck the province on Monday.\n\nEarthquakes have killed thousands of people "
     "in the region since 1999.", 1, NULL},
    {"A fire broke out at a garment factory in Dhaka on Thursday.\n\n"
     "The fire started on the fourth floor on 17 April 2025.", 1, NULL},
    {"A fire broke out in Dhaka in April 2025, killing ten workers.\n\nOfficials said more "
     "staff were hired.\n\nA fire broke out again in a nearby mill in 2025.", 1, NULL},
    {"Ferry accidents are common.\n\nA ferry sank on Monday.\n\nFerry accidents have killed "
     "hundreds since 2015.", 1, NULL},
};

START_TEST(test_recalled)
{
    nf_facts *f = test_extract(recalls[_i].text);
    ck_assert_msg(f->n_events == recalls[_i].n, "%s: %zu events", recalls[_i].text, f->n_events);
    if (recalls[_i].recalled) {
        ck_assert(!f->events[1].main);
        ck_assert_int_eq(f->events[1].id, 2);
        ck_assert_str_eq(f->events[1].type, recalls[_i].recalled);
    }
    nf_facts_free(f);
}
END_TEST

/* A count in the sentence that recalls an earlier incident belongs to it;
 * any other count to the main event. */
START_TEST(test_event_for_token)
{
    const char *text = "A ferry capsized off Bali on Monday, killing 12 people.\n\n"
                       "In 2011, a boat sank off Lombok and 40 people drowned.\n\n"
                       "Rescuers found 3 survivors on Tuesday.";
    nf_doc doc;
    test_doc(&doc, text);
    ex_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.doc = &doc;
    ctx.gaz = test_gaz();
    ctx.facts = nf_facts_new();
    ck_assert_int_eq(ex_event(&ctx), 0);
    ck_assert_int_eq(ctx.main_event, 1);
    ck_assert_uint_eq(ctx.facts->n_events, 2);
    size_t t12 = doc.n_toks, t40 = doc.n_toks, t3 = doc.n_toks;
    for (size_t i = 0; i < doc.n_toks; i++) {
        if (tok_is(&doc, i, "12"))
            t12 = i;
        if (tok_is(&doc, i, "40"))
            t40 = i;
        if (tok_is(&doc, i, "3"))
            t3 = i;
    }
    ck_assert(t12 < doc.n_toks && t40 < doc.n_toks && t3 < doc.n_toks);
    ck_assert_int_eq(ex_event_for_token(&ctx, t12), 1);
    ck_assert_int_eq(ex_event_for_token(&ctx, t40), 2);
    ck_assert_int_eq(ex_event_for_token(&ctx, t3), 1);
    nf_facts_free(ctx.facts);
    doc_free(&doc);
}
END_TEST

Suite *event_suite(void)
{
    Suite *s = suite_create("event");
    TCase *tc = tcase_create("event");
    tcase_add_loop_test(tc, test_types, 0, sizeof types / sizeof types[0]);
    tcase_add_loop_test(tc, test_details, 0, sizeof details / sizeof details[0]);
    tcase_add_loop_test(tc, test_recalled, 0, sizeof recalls / sizeof recalls[0]);
    tcase_add_test(tc, test_event_for_token);
    suite_add_tcase(s, tc);
    return s;
}
