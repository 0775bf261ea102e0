/* cmd_extract.c — `newsfacts extract`: stories in, facts JSON out. */
#include "cli.h"
#include "extract.h"
#include "input.h"
#include "json_out.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char extract_help[] =
    "usage: newsfacts extract [OPTIONS] [FILE|DIR|-]...\n"
    "\n"
    "Prints the facts of each story as JSON (the shape of FACTS.md): one\n"
    "indented object for a single story, JSON Lines (one object a line) for\n"
    "several. DIR is searched recursively for *.txt and *.jsonl; '-' (or no\n"
    "argument, when input is piped) reads standard input. A JSON Lines file\n"
    "(*.jsonl, or --jsonl) holds one story a line: {\"id\", \"title\", \"url\",\n"
    "\"published\", \"text\"}.\n"
    "\n"
    "Every fact with a \"text\" has \"start\" and \"end\": byte offsets into the\n"
    "story exactly as read, so story[start:end] == text.\n"
    "\n"
    "options:\n"
    "  --text            include the story in document.text (self-contained JSON\n"
    "                    that `newsfacts load` can take on another machine)\n"
    "  --jsonl           read every input as JSON Lines of stories\n"
    "  --lines           always print JSON Lines, even for one story\n"
    "  --max-bytes SIZE  refuse stories larger than SIZE (default 8M)\n"
    "  -h, --help        this help\n"
    "\n"
    "Exit status: 0 when every story was read, 1 when any input was refused\n"
    "(each named on stderr; the others are still printed), 2 usage error.\n";

/* The facts JSON is gathered in one buffer and written a batch at a time
 * (stdio would copy every story once more and make a system call per 4 KB);
 * on a terminal every story is written at once. */
#define EXTRACT_BATCH ((size_t)1 << 16)

typedef struct extract_run {
    const nf_gaz *gaz;
    int json_flags;
    nf_jbuf out;          /* facts JSON not yet written */
    size_t batch;         /* write out once this much is waiting */
} extract_run;

/* Write what is waiting. False on a write error (what was waiting is
 * dropped: the walk stops). */
static bool flush_out(extract_run *run)
{
    size_t n = run->out.len;
    run->out.len = 0;
    return n == 0 || fwrite(run->out.data, 1, n, stdout) == n;
}

static int extract_one(void *vctx, const nf_input *in, nf_error *err)
{
    extract_run *run = vctx;
    if (in->kind != NF_IN_STORY) {
        nf_error_set(err, NF_EINPUT, in->path, "not a story");
        return -1;
    }
    nf_facts *f = nf_extract(run->gaz, in->data, in->len, &in->meta, NULL, NULL);
    nf_facts_json_append(&run->out, f, in->data, in->len, run->json_flags | NF_JSON_NEWLINE);
    nf_facts_free(f);
    if (run->out.len >= run->batch && !flush_out(run)) {
        nf_error_set(err, NF_EINPUT, "<stdout>", "write error");
        return -2;
    }
    return 0;
}

/* One story prints indented; anything that may hold several prints lines. */
static bool single_story(char **args, int n, bool jsonl)
{
    if (n != 1 || jsonl)
        return false;
    size_t len = strlen(args[0]);
    if (len >= 6 && strcmp(args[0] + len - 6, ".jsonl") == 0)
        return false;
    struct stat sb;
    return strcmp(args[0], "-") == 0 || (stat(args[0], &sb) == 0 && !S_ISDIR(sb.st_mode));
}

int cmd_extract(int argc, char **argv)
{
    nf_input_opts opts = {0};
    bool with_text = false, lines = false, bad = false;
    char **args = calloc((size_t)argc + 1, sizeof *args);
    int n = 0;
    const char *v;
    for (int i = 1; i < argc && !bad; i++) {
        if (cli_is(argv[i], "-h") || cli_is(argv[i], "--help")) {
            fputs(extract_help, stdout);
            free(args);
            return EXIT_OK;
        } else if (cli_is(argv[i], "--text")) {
            with_text = true;
        } else if (cli_is(argv[i], "--jsonl")) {
            opts.jsonl = true;
        } else if (cli_is(argv[i], "--lines")) {
            lines = true;
        } else if (cli_opt_value(argc, argv, &i, "--max-bytes", &v, &bad)) {
            if (!bad && !(opts.max_bytes = cli_parse_size(v))) {
                free(args);
                return cli_usage_error("extract", "bad size '%s' (try 8M)", v);
            }
        } else if (argv[i][0] == '-' && argv[i][1]) {
            free(args);
            return cli_usage_error("extract", "unknown option '%s'", argv[i]);
        } else {
            args[n++] = argv[i];
        }
    }
    if (bad) {
        free(args);
        return EXIT_USAGE;
    }
    if (n == 0) {
        if (isatty(STDIN_FILENO)) {
            free(args);
            return cli_usage_error("extract", "%s", "no story given (a FILE, a DIR, or - for standard input)");
        }
        args[n++] = (char *)"-";
    }
    nf_gaz *gaz = cli_gazetteer();
    if (!gaz) {
        free(args);
        return EXIT_FAULT;
    }
    extract_run run = {gaz, with_text ? NF_JSON_WITH_TEXT : 0, {NULL, 0, 0},
                       isatty(STDOUT_FILENO) ? 0 : EXTRACT_BATCH};
    if (!lines && single_story(args, n, opts.jsonl))
        run.json_flags |= NF_JSON_INDENT;
    nf_input_stats st;
    int rc = nf_inputs_walk(args, (size_t)n, &opts, extract_one, &run, &st);
    /* the last batch, and what stdio holds: a full disk is an error here too */
    bool written = flush_out(&run);
    written = fflush(stdout) == 0 && written;
    if (!written && !st.stopped) {
        nf_error e;
        nf_error_set(&e, NF_EINPUT, "<stdout>", "write error");
        nf_error_print(&e);
        rc = 1;
    }
    free(run.out.data);
    gaz_free(gaz);
    free(args);
    return rc ? EXIT_FAULT : EXIT_OK;
}
