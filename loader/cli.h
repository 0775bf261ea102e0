/* cli.h — what the commands share: option parsing and the gazetteer.
 *
 * Each command is `int cmd_NAME(int argc, char **argv)` returning the exit
 * status: 0 success, 1 an input or the database is at fault, 2 usage error.
 */
#ifndef NF_CLI_H
#define NF_CLI_H

#include <stdbool.h>
#include <stddef.h>

#include "gazetteer.h"

enum { EXIT_OK = 0, EXIT_FAULT = 1, EXIT_USAGE = 2 };

int cmd_extract(int argc, char **argv);
int cmd_load(int argc, char **argv);
int cmd_query(int argc, char **argv);
int cmd_search(int argc, char **argv);

/* Option parsing: argv[*i] is "--name" (value in the next argument) or
 * "--name=value". Returns true and sets *value when it matches; a missing
 * value prints a usage error and sets *bad. */
bool cli_opt_value(int argc, char **argv, int *i, const char *name, const char **value, bool *bad);
bool cli_is(const char *arg, const char *name);
/* Print "newsfacts CMD: msg" and "Try 'newsfacts CMD --help'." */
int cli_usage_error(const char *cmd, const char *fmt, const char *arg);
/* Parse a byte size like 8M, 512k, 1048576. Returns 0 when invalid. */
size_t cli_parse_size(const char *s);
/* Load the gazetteer or print why it cannot be loaded. */
nf_gaz *cli_gazetteer(void);

#endif
