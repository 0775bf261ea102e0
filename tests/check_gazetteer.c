/* check_gazetteer.c — (placeholder until the module's tests land) */
#include "tests.h"

Suite *gazetteer_suite(void)
{
    return suite_create("gazetteer");
}
