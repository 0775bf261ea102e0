/* gaz_snapshot.c — the build's gazetteer snapshot (loader/gazetteer.h):
 * parses the iso-codes JSON as newsfacts would, and writes the finished
 * gazetteer to OUT, which the build embeds in the binary.
 *
 *   build/gen/gaz_snapshot OUT
 */
#include "gazetteer.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

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
    FILE *fp = fopen(argv[1], "wb");
    bool ok = fp && gaz_write_snapshot(g, fp);
    int saved = errno;
    if (fp && fclose(fp) != 0)
        ok = false;
    gaz_free(g);
    if (!ok) {
        fprintf(stderr, "gaz_snapshot: cannot write %s: %s\n", argv[1], strerror(saved));
        remove(argv[1]);
        return 1;
    }
    return 0;
}
