/* json_out.h — facts → the JSON of FACTS.md, written straight into one
 * buffer (no JSON tree: output is a fifth of extraction time otherwise),
 * byte for byte what jansson would print (tests/check_jsonw.c checks it). */
#ifndef NF_JSON_OUT_H
#define NF_JSON_OUT_H

#include "newsfacts.h"

enum {
    NF_JSON_INDENT = 1,     /* pretty-print (one story) rather than one line (JSON Lines) */
    NF_JSON_WITH_TEXT = 2,  /* include document.text so the JSON stands alone */
    NF_JSON_NEWLINE = 4     /* end with a newline (a line of JSON Lines) */
};

/* Render f, whose spans point into text[0..len). Returns a NUL-terminated
 * string the caller frees with free(), or NULL on failure. Text slices that
 * are not valid UTF-8 are written with U+FFFD in place of bad bytes. */
char *nf_facts_to_json(const nf_facts *f, const char *text, size_t len, int flags);

/* A growing output buffer: data[0..len) written, data[len] == '\0' once
 * anything was appended, cap bytes allocated. Start it as {0}; the owner
 * frees data with free(). */
typedef struct nf_jbuf {
    char *data;
    size_t len, cap;
} nf_jbuf;

/* Append the JSON of f, exactly as nf_facts_to_json renders it, to b: many
 * stories can share one buffer and one write. */
void nf_facts_json_append(nf_jbuf *b, const nf_facts *f, const char *text, size_t len, int flags);

#endif
