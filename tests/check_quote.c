/* check_quote.c — (placeholder until the module's tests land) */
#include "tests.h"

Suite *quote_suite(void)
{
    return suite_create("quote");
}
