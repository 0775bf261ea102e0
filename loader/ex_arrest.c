/* ex_arrest.c — (stub) */
#include "extract.h"

int ex_arrest(ex_ctx *ctx)
{
    (void)ctx;
    return 0;
}
