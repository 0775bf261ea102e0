/* check_sentence.c — sentence boundaries in the house styles of news. */
#include "tests.h"
#include "sentence.h"

#include <stdlib.h>
#include <string.h>

/* Each row: a text and its sentences joined by " || ". */
static const struct { const char *text; const char *sentences; } rows[] = {
    {"Mr. Smith arrived. He spoke.", "Mr. Smith arrived. || He spoke."},
    {"The U.S. Navy helped. Then it left.", "The U.S. Navy helped. || Then it left."},
    {"It happened in the U.S. The president spoke.", "It happened in the U.S. || The president spoke."},
    {"Officer K. Srinivas Rao said so.", "Officer K. Srinivas Rao said so."},
    {"The river peaked at 13.4 metres. It fell.", "The river peaked at 13.4 metres. || It fell."},
    {"Gen. Ali and Dr. Jones met.", "Gen. Ali and Dr. Jones met."},
    {"Engr. Bello, Adv. Naidoo and Atty. Cruz met.", "Engr. Bello, Adv. Naidoo and Atty. Cruz met."},
    {"Arc. Eze and Barr. Obi met. The road formed an arc. It ended.",
     "Arc. Eze and Barr. Obi met. || The road formed an arc. || It ended."},
    {"LONDON, Ont. — Council met. SASKATOON, Sask. — It snowed.",
     "LONDON, Ont. — Council met. || SASKATOON, Sask. — It snowed."},
    {"“It was chaos.” He ran.", "“It was chaos.” || He ran."},
    {"“Is it safe?” she asked.", "“Is it safe?” she asked."},
    {"Headline here\n\nBody text. More.", "Headline here || Body text. || More."},
    {"14:05 Toll rises to 45\n\nThe minister said.", "14:05 Toll rises to 45 || The minister said."},
    {"a line that wraps\nin lowercase goes on.", "a line that wraps\nin lowercase goes on."},
    {"At 11 a.m. The police said so.", "At 11 a.m. || The police said so."},
    {"At 9 a.m. Tuesday it rained.", "At 9 a.m. Tuesday it rained."},
    {"It began at 2.15 a.m. Twenty-nine were rescued.",
     "It began at 2.15 a.m. || Twenty-nine were rescued."},
    {"The U.S. Seventh Fleet sailed.", "The U.S. Seventh Fleet sailed."},
};

START_TEST(test_split)
{
    nf_doc d;
    const char *text = rows[_i].text;
    test_doc(&d, text);
    char joined[512] = "";
    for (size_t i = 0; i < d.n_sents; i++) {
        if (i)
            strcat(joined, " || ");
        strncat(joined, text + d.sents[i].start, d.sents[i].end - d.sents[i].start);
    }
    ck_assert_str_eq(joined, rows[_i].sentences);
    doc_free(&d);
}
END_TEST

START_TEST(test_heading_and_dateline)
{
    const char *text = "Five dead in flood\n\nROME (AP) — Five people died. It rained.\n";
    nf_doc d;
    test_doc(&d, text);
    ck_assert_uint_eq(d.n_sents, 3);
    ck_assert(d.sents[0].flags & SF_HEADING);
    ck_assert(!(d.sents[1].flags & SF_HEADING));
    ck_assert(d.sents[1].flags & SF_DATELINE);
    ck_assert_uint_eq(d.sents[1].para, 1);
    ck_assert_uint_eq(sent_at(&d, strstr(text, "rained") - text), 2);
    doc_free(&d);
    /* a line of its own of a place and a date; not a headline with a comma */
    test_doc(&d, "Kathmandu, January 14\n\nNepal, India agree\n\nThree were held.\n");
    ck_assert_uint_eq(d.n_sents, 3);
    ck_assert(d.sents[0].flags & SF_DATELINE);
    ck_assert(!(d.sents[1].flags & SF_DATELINE));
    ck_assert(!(d.sents[2].flags & SF_DATELINE));
    doc_free(&d);
    /* "PUTRAJAYA:" opening a paragraph; not a roundup's "ZIMBABWE:" heading */
    test_doc(&d, "PUTRAJAYA: Chile and Malaysia signed deals.\n\nZIMBABWE: Bees kill mourner\n\n"
                 "Police said so.\n");
    ck_assert_uint_eq(d.n_sents, 3);
    ck_assert(d.sents[0].flags & SF_DATELINE);
    ck_assert_uint_eq(sent_colon_dateline(&d, &d.sents[0]), 1);
    ck_assert(!(d.sents[1].flags & SF_DATELINE));
    ck_assert_uint_eq(sent_colon_dateline(&d, &d.sents[2]), 0);
    doc_free(&d);
    test_doc(&d, "UPDATE: Police said two were held.\n");
    ck_assert(!(d.sents[0].flags & SF_DATELINE));
    doc_free(&d);
}
END_TEST

/* Long runs with no punctuation and many quote marks split in linear time. */
START_TEST(test_pathological)
{
    size_t n = 1 << 20;
    char *text = malloc(n + 1);
    for (size_t i = 0; i < n; i++)
        text[i] = (i % 7 == 6) ? ' ' : (i % 3 ? 'a' : '"');
    text[n] = '\0';
    nf_doc d;
    test_doc(&d, text);
    ck_assert_uint_ge(d.n_toks, 100000);
    ck_assert_uint_ge(d.n_sents, 1);
    doc_free(&d);
    free(text);
}
END_TEST

Suite *sentence_suite(void)
{
    Suite *s = suite_create("sentence");
    TCase *tc = tcase_create("core");
    tcase_add_loop_test(tc, test_split, 0, (int)(sizeof rows / sizeof rows[0]));
    tcase_add_test(tc, test_heading_and_dateline);
    tcase_add_test(tc, test_pathological);
    tcase_set_timeout(tc, 30);
    suite_add_tcase(s, tc);
    return s;
}
