/* ex_event.c — (stub) */
#include "extract.h"

int ex_event(ex_ctx *ctx)
{
    (void)ctx;
    return 0;
}
