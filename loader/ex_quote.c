/* ex_quote.c — (stub) */
#include "extract.h"

int ex_quote(ex_ctx *ctx)
{
    (void)ctx;
    return 0;
}

int ex_quote_spans(ex_ctx *ctx)
{
    (void)ctx;
    return 0;
}
