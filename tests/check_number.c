/* check_number.c — (placeholder until the module's tests land) */
#include "tests.h"

Suite *number_suite(void)
{
    return suite_create("number");
}
