/* ex_amount.c — (stub) */
#include "extract.h"

int ex_amount(ex_ctx *ctx)
{
    (void)ctx;
    return 0;
}
