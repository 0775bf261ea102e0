/* fuzz_common.h — what the libFuzzer targets share: the gazetteer, built once
 * for the whole run (libFuzzer calls the target in one process), and a check
 * that aborts with a message, so libFuzzer saves the input as a crash. */
#ifndef NF_FUZZ_COMMON_H
#define NF_FUZZ_COMMON_H

#include "gazetteer.h"
#include "newsfacts.h"

#include <stdio.h>
#include <stdlib.h>

static inline const nf_gaz *fuzz_gaz(void)
{
    static nf_gaz *gaz;
    if (!gaz) {
        nf_error err;
        nf_error_clear(&err);
        if (!(gaz = gaz_new(NULL, &err))) {
            fprintf(stderr, "fuzz: gazetteer: %s: %s\n", err.file, err.text);
            abort();
        }
    }
    return gaz;
}

#define FUZZ_CHECK(cond, ...)                                              \
    do {                                                                   \
        if (!(cond)) {                                                     \
            fprintf(stderr, "fuzz: %s:%d: check failed: %s: ", __FILE__,   \
                    __LINE__, #cond);                                      \
            fprintf(stderr, __VA_ARGS__);                                  \
            fputc('\n', stderr);                                           \
            abort();                                                       \
        }                                                                  \
    } while (0)

#endif
