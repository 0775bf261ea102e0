/* main.c — the command table: newsfacts COMMAND [OPTIONS] [ARGS]. */
#include "cli.h"
#include "input.h"
#include "newsfacts.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} commands[] = {
    {"extract", cmd_extract, "print the facts of stories as JSON"},
    {"load", cmd_load, "extract stories (or load facts JSON) into an SQLite database"},
    {"query", cmd_query, "run a saved query on the database; --list lists them"},
    {"search", cmd_search, "full-text search of the sentences in the database"},
};

static void usage(FILE *out)
{
    fprintf(out,
        "usage: newsfacts COMMAND [OPTIONS] [ARGS]\n"
        "\n"
        "Reads news stories and turns them into facts -- countries, officials,\n"
        "casualties, arrests, quotes, sums of money, events -- each tied to the\n"
        "bytes of the story it came from; prints them as JSON or loads them into\n"
        "an SQLite database with saved queries.\n"
        "\n"
        "commands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(out, "  %-9s %s\n", commands[i].name, commands[i].summary);
    fprintf(out,
        "\n"
        "examples:\n"
        "  newsfacts extract story.txt              facts of one story, indented JSON\n"
        "  newsfacts load --db news.db stories/     load a folder of *.txt stories\n"
        "  newsfacts query --db news.db casualties  dead, injured, missing per event\n"
        "  newsfacts query --list                   the saved queries\n"
        "\n"
        "'newsfacts COMMAND --help' tells more. Exit status: 0 success, 1 an input\n"
        "or the database is at fault (a message names it), 2 usage error.\n");
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (cli_is(cmd, "--help") || cli_is(cmd, "-h") || cli_is(cmd, "help")) {
        if (argc > 2 && !cli_is(cmd, "--help") && !cli_is(cmd, "-h")) {
            char *help_argv[] = {argv[2], (char *)"--help", NULL};
            for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
                if (strcmp(commands[i].name, argv[2]) == 0)
                    return commands[i].run(2, help_argv);
        }
        usage(stdout);
        return EXIT_OK;
    }
    if (cli_is(cmd, "--version") || cli_is(cmd, "-V")) {
        printf("newsfacts %s\n", NF_VERSION);
        return EXIT_OK;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(commands[i].name, cmd) == 0)
            return commands[i].run(argc - 1, argv + 1);
    fprintf(stderr, "newsfacts: unknown command '%s'\n", cmd);
    usage(stderr);
    return EXIT_USAGE;
}
