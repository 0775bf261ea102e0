/* json_out.h — facts → the JSON of FACTS.md, written straight into one
 * buffer (no JSON tree: output is a fifth of extraction time otherwise),
 * byte for byte what jansson would print (tests/check_jsonw.c checks it). */
#ifndef NF_JSON_OUT_H
#define NF_JSON_OUT_H

#include "newsfacts.h"

enum {
    NF_JSON_INDENT = 1,     /* pretty-print (one story) rather than one line (JSON Lines) */
    NF_JSON_WITH_TEXT = 2   /* include document.text so the JSON stands alone */
};

/* Render f, whose spans point into text[0..len). Returns a NUL-terminated
 * string the caller frees with free(), or NULL on failure. Text slices that
 * are not valid UTF-8 are written with U+FFFD in place of bad bytes. */
char *nf_facts_to_json(const nf_facts *f, const char *text, size_t len, int flags);

#endif
