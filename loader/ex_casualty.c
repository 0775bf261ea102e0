/* ex_casualty.c — (stub) */
#include "extract.h"

int ex_casualty(ex_ctx *ctx)
{
    (void)ctx;
    return 0;
}
