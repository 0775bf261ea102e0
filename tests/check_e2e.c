/* check_e2e.c — (placeholder until the module's tests land) */
#include "tests.h"

Suite *e2e_suite(void)
{
    return suite_create("e2e");
}
