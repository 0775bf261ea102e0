/* cli.c — option helpers shared by the commands (see cli.h). */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool cli_is(const char *arg, const char *name)
{
    return strcmp(arg, name) == 0;
}

bool cli_opt_value(int argc, char **argv, int *i, const char *name, const char **value, bool *bad)
{
    const char *arg = argv[*i];
    size_t n = strlen(name);
    if (strncmp(arg, name, n) != 0)
        return false;
    if (arg[n] == '=') {
        *value = arg + n + 1;
        return true;
    }
    if (arg[n] != '\0')
        return false;
    if (*i + 1 >= argc) {
        fprintf(stderr, "newsfacts: option %s needs a value\n", name);
        *bad = true;
        return true;
    }
    *value = argv[++*i];
    return true;
}

int cli_usage_error(const char *cmd, const char *fmt, const char *arg)
{
    fprintf(stderr, "newsfacts %s: ", cmd);
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\nTry 'newsfacts %s --help'.\n", cmd);
    return EXIT_USAGE;
}

size_t cli_parse_size(const char *s)
{
    char *end;
    double v = strtod(s, &end);
    if (end == s || v <= 0)
        return 0;
    switch (*end) {
    case 'k': case 'K': v *= 1024; end++; break;
    case 'm': case 'M': v *= 1024 * 1024; end++; break;
    case 'g': case 'G': v *= 1024.0 * 1024 * 1024; end++; break;
    default: break;
    }
    if (*end == 'B' || *end == 'b')
        end++;
    return *end ? 0 : (size_t)v;
}

nf_gaz *cli_gazetteer(void)
{
    nf_error err;
    nf_error_clear(&err);
    nf_gaz *g = gaz_new(NULL, &err);
    if (!g)
        fprintf(stderr, "newsfacts: %s: %s\n(newsfacts needs the iso-codes package: "
                "apt-get install iso-codes, or set NEWSFACTS_ISO_CODES to its json directory)\n",
                err.file, err.text);
    return g;
}
