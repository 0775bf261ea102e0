/* number.h — numbers as news writes them: 1,200; 2.5; thirty-one; twenty
 * three; a dozen; one hundred and fifty; half a million; 1.2 million;
 * "Twenty-three (23)". Reads tokens, never the raw text; owns nothing.
 */
#ifndef NF_NUMBER_H
#define NF_NUMBER_H

#include <stdbool.h>
#include "token.h"

typedef struct num_val {
    double value;
    size_t ntok;      /* tokens read */
    bool digits;      /* written in digits (1,200) rather than words */
    bool year_like;   /* four digits 1800-2099 with no separator */
} num_val;

/* Parse a number starting at token i, reading no further than token end.
 * Multipliers (million, bn, lakh) are read only when with_mult is true.
 * "a" and "an" are not numbers here except in "a dozen", "a hundred",
 * "half a million". */
bool num_parse(const nf_doc *d, size_t i, size_t end, bool with_mult, num_val *out);

/* The value of a multiplier word (million → 1e6, bn → 1e9, lakh → 1e5), 0 if none. */
double num_multiplier(const char *folded);

#endif
