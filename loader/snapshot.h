/* snapshot.h — the byte format of the gazetteer's build-time snapshot
 * (gazetteer.h): fixed-width integers in the machine's own byte order and
 * runs of bytes, written to a FILE by the build and read back from the
 * bytes the binary embeds. A snapshot is only ever read by the binary
 * built with it, so no byte order or version is negotiated; what is
 * checked is every length, so that a damaged snapshot is refused, never
 * read past its end. Owns nothing: a reader borrows the bytes it reads. */
#ifndef NF_SNAPSHOT_H
#define NF_SNAPSHOT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

typedef struct snap_reader {
    const unsigned char *p, *end;
    bool bad;            /* a read ran past the end: every later read fails */
} snap_reader;

/* The next n bytes (borrowed), or NULL once the reader is bad. */
static inline const unsigned char *snap_take(snap_reader *r, size_t n)
{
    if (r->bad || n > (size_t)(r->end - r->p)) {
        r->bad = true;
        return NULL;
    }
    const unsigned char *at = r->p;
    r->p += n;
    return at;
}

/* The next eight bytes as a number; 0 once the reader is bad. */
static inline uint64_t snap_u64(snap_reader *r)
{
    uint64_t v = 0;
    const unsigned char *at = snap_take(r, sizeof v);
    if (at)
        memcpy(&v, at, sizeof v);
    return v;
}

static inline bool snap_put(FILE *fp, const void *bytes, size_t n)
{
    return n == 0 || fwrite(bytes, 1, n, fp) == n;
}

static inline bool snap_put_u64(FILE *fp, uint64_t v)
{
    return snap_put(fp, &v, sizeof v);
}

#endif
