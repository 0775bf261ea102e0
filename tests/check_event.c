/* check_event.c — (placeholder until the module's tests land) */
#include "tests.h"

Suite *event_suite(void)
{
    return suite_create("event");
}
