/* gaz_snapshot.c — the build's gazetteer snapshot (loader/gazetteer.h):
 * parses the iso-codes JSON as newsfacts would, and writes the finished
 * gazetteer to OUT, which the build embeds in the binary.
 *
 *   build/gen/gaz_snapshot OUT
 */
#include "gazetteer.h"
#include "write_out.h"

#include <stdio.h>

static bool write_gaz(const void *g, FILE *fp)
{
    return gaz_write_snapshot(g, fp);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: gaz_snapshot OUT\n");
        return 2;
    }
    nf_error err;
    nf_error_clear(&err);
    nf_gaz *g = gaz_parse(NULL, &err);
    if (!g) {
        fprintf(stderr, "gaz_snapshot: %s: %s\n", err.file, err.text);
        return 1;
    }
    int rc = write_out("gaz_snapshot", argv[1], write_gaz, g);
    gaz_free(g);
    return rc;
}
