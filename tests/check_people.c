/* check_people.c — (placeholder until the module's tests land) */
#include "tests.h"

Suite *people_suite(void)
{
    return suite_create("people");
}
