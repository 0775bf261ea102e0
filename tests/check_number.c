/* check_number.c — numbers in digits and words. */
#include "tests.h"
#include "number.h"

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
    tcase_add_test(tc, test_not_numbers);
    tcase_add_test(tc, test_year_like);
    suite_add_tcase(s, tc);
    return s;
}
