/* check_number.c — numbers in digits and words. */
#include "tests.h"
#include "number.h"

#include <stdio.h>

static const struct { const char *text; double value; size_t ntok; } rows[] = {
    {"31 lives", 31, 1},
    {"1,200 workers", 1200, 1},
    {"thirty-one bodies", 31, 3},
    {"Twenty-three people", 23, 3},
    {"twenty three", 23, 2},
    {"forty-two people", 42, 3},
    {"a dozen fans", 12, 2},
    {"two dozen", 24, 2},
    {"one hundred and fifty", 150, 4},
    {"two thousand", 2000, 2},
    {"Twenty-three (23) workers", 23, 6},
    {"2.5 million", 2500000, 2},
    {"1.2bn", 1200000000, 2},
    {"10 lakh", 1000000, 2},
    {"half a million", 500000, 3},
    {"seven", 7, 1},
};

START_TEST(test_values)
{
    nf_doc d;
    test_doc(&d, rows[_i].text);
    num_val v;
    ck_assert(num_parse(&d, 0, d.n_toks, true, &v));
    ck_assert_double_eq(v.value, rows[_i].value);
    ck_assert_uint_eq(v.ntok, rows[_i].ntok);
    doc_free(&d);
}
END_TEST

/* number.c looks a word up in its units and tens only when the lexicon has
 * tagged it LX_NUMWORD, and a multiplier only when it is LX_MULT: every
 * number word and multiplier must parse, so the lists and the lexicon agree. */
START_TEST(test_every_number_word)
{
    static const char *const units[] = {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"};
    static const char *const tens[] = {"twenty", "thirty", "forty", "fifty", "sixty",
                                       "seventy", "eighty", "ninety"};
    char text[64];
    for (int n = 0; n < 100; n++) {
        if (n < 20)
            snprintf(text, sizeof text, "%s people", units[n]);
        else if (n % 10 == 0)
            snprintf(text, sizeof text, "%s people", tens[n / 10 - 2]);
        else
            snprintf(text, sizeof text, "%s-%s people", tens[n / 10 - 2], units[n % 10]);
        nf_doc d;
        test_doc(&d, text);
        num_val v;
        ck_assert_msg(num_parse(&d, 0, d.n_toks, true, &v), "%s", text);
        ck_assert_msg(v.value == n, "%s: %g", text, v.value);
        doc_free(&d);
    }
    static const struct { const char *w; double v; } mult[] = {
        {"thousand", 1e3}, {"million", 1e6}, {"millions", 1e6}, {"mn", 1e6}, {"mln", 1e6},
        {"billion", 1e9}, {"billions", 1e9}, {"bn", 1e9}, {"trillion", 1e12}, {"tn", 1e12},
        {"lakh", 1e5}, {"lakhs", 1e5}, {"crore", 1e7}, {"crores", 1e7}};
    for (size_t i = 0; i < sizeof mult / sizeof *mult; i++) {
        snprintf(text, sizeof text, "3 %s rupees", mult[i].w);
        nf_doc d;
        test_doc(&d, text);
        num_val v;
        ck_assert_msg(num_parse(&d, 0, d.n_toks, true, &v), "%s", text);
        ck_assert_msg(v.value == 3 * mult[i].v, "%s: %g", text, v.value);
        ck_assert_uint_eq(v.ntok, 2);
        doc_free(&d);
    }
}
END_TEST

START_TEST(test_not_numbers)
{
    const char *texts[] = {"a girl", "several people", "dozens", "the boat"};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        nf_doc d;
        test_doc(&d, texts[i]);
        num_val v;
        ck_assert_msg(!num_parse(&d, 0, d.n_toks, true, &v), "%s", texts[i]);
        doc_free(&d);
    }
}
END_TEST

START_TEST(test_year_like)
{
    nf_doc d;
    test_doc(&d, "in 2019 and 1,500 and 1987");
    num_val v;
    ck_assert(num_parse(&d, 1, d.n_toks, false, &v) && v.year_like);
    ck_assert(num_parse(&d, 3, d.n_toks, false, &v) && !v.year_like);
    ck_assert(num_parse(&d, 5, d.n_toks, false, &v) && v.year_like);
    doc_free(&d);
}
END_TEST

Suite *number_suite(void)
{
    Suite *s = suite_create("number");
    TCase *tc = tcase_create("core");
    tcase_add_loop_test(tc, test_values, 0, (int)(sizeof rows / sizeof rows[0]));
    tcase_add_test(tc, test_every_number_word);
    tcase_add_test(tc, test_not_numbers);
    tcase_add_test(tc, test_year_like);
    suite_add_tcase(s, tc);
    return s;
}
