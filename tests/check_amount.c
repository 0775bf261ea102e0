/* check_amount.c — (placeholder until the module's tests land) */
#include "tests.h"

Suite *amount_suite(void)
{
    return suite_create("amount");
}
