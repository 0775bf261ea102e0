/* check_country.c — (placeholder until the module's tests land) */
#include "tests.h"

Suite *country_suite(void)
{
    return suite_create("country");
}
