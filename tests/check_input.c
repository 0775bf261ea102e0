/* check_input.c — (placeholder until the module's tests land) */
#include "tests.h"

Suite *input_suite(void)
{
    return suite_create("input");
}
