/* check_json.c — (placeholder until the module's tests land) */
#include "tests.h"

Suite *json_suite(void)
{
    return suite_create("json");
}
