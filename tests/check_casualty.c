/* check_casualty.c — (placeholder until the module's tests land) */
#include "tests.h"

Suite *casualty_suite(void)
{
    return suite_create("casualty");
}
