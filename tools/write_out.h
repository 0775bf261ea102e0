/* write_out.h — how the build's tools (gaz_snapshot.c, schema_snapshot.c)
 * write their output: all of it, or a message naming the file and nothing
 * left behind for make to take as done. */
#ifndef NF_TOOLS_WRITE_OUT_H
#define NF_TOOLS_WRITE_OUT_H

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

/* Writes what to fp; false on a failed write (errno says why). */
typedef bool (*write_out_fn)(const void *what, FILE *fp);

/* 0 when path holds all of what; 1, the message printed and path removed,
 * otherwise. */
static inline int write_out(const char *tool, const char *path, write_out_fn write,
                            const void *what)
{
    FILE *fp = fopen(path, "wb");
    bool ok = fp && write(what, fp);
    int saved = errno;
    if (fp && fclose(fp) != 0)
        ok = false;
    if (ok)
        return 0;
    fprintf(stderr, "%s: cannot write %s: %s\n", tool, path, strerror(saved));
    remove(path);
    return 1;
}

#endif
