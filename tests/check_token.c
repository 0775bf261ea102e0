/* check_token.c — the tokenizer keeps byte offsets and splits words the way
 * the extractors read them. */
#include "tests.h"

#include <string.h>

/* Each row: a text and its tokens, written as they appear, joined by '|'. */
static const struct { const char *text; const char *tokens; } rows[] = {
    {"Mr. Darmanin’s boat", "Mr|.|Darmanin|’s|boat"},
    {"thirty-one people", "thirty|-|one|people"},
    {"a 34-year-old man", "a|34|-|year|-|old|man"},
    {"£54 million from the U.S. today", "£|54|million|from|the|U.S.|today"},
    {"1,200 people; 2.5bn", "1,200|people|;|2.5|bn"},
    {"“France will not,” he said", "“|France|will|not|,|”|he|said"},
    {"haven’t been O'Brien's", "haven’t|been|O'Brien|'s"},
    {"Côte d’Ivoire and Türkiye", "Côte|d’Ivoire|and|Türkiye"},
    {"the victims’ families", "the|victims|’|families"},
    {"US$2.5 million", "US|$|2.5|million"},
    {"Tk25,000 (USD 296)", "Tk|25,000|(|USD|296|)"},
    {"K. Srinivas Rao", "K|.|Srinivas|Rao"},
    {"at 11 a.m. on", "at|11|a.m.|on"},
};

START_TEST(test_tokens)
{
    nf_doc d;
    test_doc(&d, rows[_i].text);
    char joined[512] = "";
    for (size_t i = 0; i < d.n_toks; i++) {
        if (i)
            strcat(joined, "|");
        strncat(joined, rows[_i].text + d.toks[i].start, d.toks[i].end - d.toks[i].start);
    }
    ck_assert_str_eq(joined, rows[_i].tokens);
    doc_free(&d);
}
END_TEST

START_TEST(test_offsets_and_flags)
{
    const char *text = "ROME (AP) —\n\nThe  PM said";
    nf_doc d;
    test_doc(&d, text);
    ck_assert_uint_eq(d.n_toks, 8);
    ck_assert_uint_eq(d.toks[0].start, 0);
    ck_assert_uint_eq(d.toks[0].end, 4);
    ck_assert(d.toks[0].flags & TF_UPPER);
    ck_assert_uint_eq(d.toks[4].start, 10);          /* the em dash is 3 bytes */
    ck_assert(tok_is_dash(&d, 4));
    ck_assert(d.toks[5].flags & TF_PARA);           /* "The" after a blank line */
    ck_assert(d.toks[5].flags & TF_CAP);
    ck_assert_str_eq(tok_fold(&d, 5), "the");
    ck_assert_uint_eq(d.toks[6].start, 20);          /* two spaces before PM */
    doc_free(&d);
}
END_TEST

START_TEST(test_folding)
{
    nf_doc d;
    test_doc(&d, "Côte d’Ivoire YILMAZ Yılmaz");
    ck_assert_str_eq(tok_fold(&d, 0), "cote");
    ck_assert_str_eq(tok_fold(&d, 1), "d'ivoire");
    ck_assert_str_eq(tok_fold(&d, 2), "yilmaz");
    ck_assert_str_eq(tok_fold(&d, 3), "yilmaz");
    doc_free(&d);
}
END_TEST

/* A compatibility character whose fold is five times longer than its
 * three bytes (U+FDFB, eight Arabic code points): folded whole, and the
 * words after it keep theirs. */
START_TEST(test_folding_longer_than_thrice)
{
    nf_doc d;
    test_doc(&d, "\xef\xb7\xbb\xef\xb7\xbb\xef\xb7\xbb Word");
    ck_assert_uint_eq(strlen(tok_fold(&d, 0)), 3 * 15);
    ck_assert_str_eq(tok_fold(&d, d.n_toks - 1), "word");
    doc_free(&d);
}
END_TEST

START_TEST(test_invalid_utf8_keeps_offsets)
{
    const char text[] = "bad \xff\xfe byte 31 dead";
    nf_doc d;
    test_doc(&d, text);
    /* every token still maps onto the original bytes */
    for (size_t i = 0; i < d.n_toks; i++)
        ck_assert(d.toks[i].end <= sizeof text - 1);
    ck_assert_str_eq(test_slice(text, (nf_span){d.toks[d.n_toks - 2].start, d.toks[d.n_toks - 2].end}), "31");
    doc_free(&d);
}
END_TEST

Suite *token_suite(void)
{
    Suite *s = suite_create("token");
    TCase *tc = tcase_create("core");
    tcase_add_loop_test(tc, test_tokens, 0, (int)(sizeof rows / sizeof rows[0]));
    tcase_add_test(tc, test_offsets_and_flags);
    tcase_add_test(tc, test_folding);
    tcase_add_test(tc, test_folding_longer_than_thrice);
    tcase_add_test(tc, test_invalid_utf8_keeps_offsets);
    suite_add_tcase(s, tc);
    return s;
}
