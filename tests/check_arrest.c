/* check_arrest.c — (placeholder until the module's tests land) */
#include "tests.h"

Suite *arrest_suite(void)
{
    return suite_create("arrest");
}
