/* check_sentence.c — (placeholder until the module's tests land) */
#include "tests.h"

Suite *sentence_suite(void)
{
    return suite_create("sentence");
}
