/* check_main.c — the one test runner: every suite declared in tests.h. */
#include "tests.h"

#include <stdlib.h>

int main(void)
{
    Suite *(*const suites[])(void) = {
        strmap_suite, token_suite, sentence_suite, number_suite, gazetteer_suite, country_suite,
        people_suite, quote_suite, event_suite, casualty_suite, arrest_suite,
        amount_suite, json_suite, jsonw_suite, input_suite, db_suite, side_suite, e2e_suite,
        jobs_suite,
    };
    SRunner *sr = srunner_create(suites[0]());
    for (size_t i = 1; i < sizeof suites / sizeof suites[0]; i++)
        srunner_add_suite(sr, suites[i]());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
