/* check_token.c — (placeholder until the module's tests land) */
#include "tests.h"

Suite *token_suite(void)
{
    return suite_create("token");
}
