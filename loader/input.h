/* input.h — where stories come from: files, directories (recursed, sorted),
 * standard input ("-"), and JSON Lines files of stories or of facts.
 *
 * The walker reads each input, refuses what is not text (binary files, over
 * the size limit) with a message naming the path, warns about invalid UTF-8
 * (the story is still processed; offsets stay byte offsets of the original),
 * and hands every story or facts document to a callback. One bad input never
 * stops the others. The walker owns the buffers it passes; they are valid
 * only during the callback.
 */
#ifndef NF_INPUT_H
#define NF_INPUT_H

#include "newsfacts.h"

#define NF_DEFAULT_MAX_BYTES ((size_t)8 << 20)

typedef enum {
    NF_IN_STORY,   /* data is a story's text */
    NF_IN_FACTS    /* data is facts JSON as `extract` prints it (for load) */
} nf_in_kind;

typedef struct nf_input {
    nf_in_kind kind;
    const char *path;     /* the file, or "<stdin>" */
    long line;            /* line in a JSON Lines file, 0 for a whole file */
    const char *data;
    size_t len;
    nf_docmeta meta;      /* source, title, url, published (borrowed) */
} nf_input;

/* Return 0 when the input was handled, -1 when it failed (fill err; the walk
 * goes on), -2 to stop the whole walk (fill err: a fault no later input can
 * escape, such as a full disk). */
typedef int (*nf_input_fn)(void *ctx, const nf_input *in, nf_error *err);

typedef struct nf_input_opts {
    bool jsonl;           /* treat every file as JSON Lines of stories */
    bool facts;           /* .json and .jsonl files may hold facts (load) */
    size_t max_bytes;     /* largest story; 0 = NF_DEFAULT_MAX_BYTES */
} nf_input_opts;

typedef struct nf_input_stats {
    size_t handled, failed, warnings;
    bool stopped;
} nf_input_stats;

/* Walk the inputs in order. Messages go to stderr as "newsfacts: PATH: ...".
 * Returns 0 when every input was handled, 1 when any failed or was refused. */
int nf_inputs_walk(char *const *args, size_t n, const nf_input_opts *opts,
                   nf_input_fn fn, void *ctx, nf_input_stats *st);

/* How many stories the inputs hold, counted cheaply (files, and lines of
 * JSON Lines files), for progress reports. Standard input counts as one. */
size_t nf_inputs_count(char *const *args, size_t n, const nf_input_opts *opts);

/* The members of a JSON Lines story record that the walk uses. Strings are
 * decoded (NUL-terminated) and borrowed from the line; NULL when the member
 * is missing or not a string. A later member of the same name wins. */
typedef struct nf_jsonl_story {
    const char *text;
    size_t text_len;
    const char *id, *title, *url, *published;
    bool id_is_int;       /* "id" is an integer: id_int */
    long long id_int;
    bool has_document;    /* a "document" member: facts rather than a story */
} nf_jsonl_story;

/* Read the record line[0..n) without a JSON tree. Returns 1 when it is one
 * JSON object of strings, numbers, true, false and null that jansson's
 * json_loadb would accept, with *out filled and its strings decoded in place
 * in line (when facts is set and it has a "document" member, line is left
 * as it was). Returns 0, line untouched, for anything else: malformed,
 * nested or unusual lines are for jansson to parse or to refuse. */
int nf_jsonl_scan(char *line, size_t n, bool facts, nf_jsonl_story *out);

/* Print an nf_error as "newsfacts: FILE:LINE:COL: message" on stderr. */
void nf_error_print(const nf_error *err);

#endif
