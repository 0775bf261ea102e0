/* strmap.h — a string → 64-bit value hash map (open addressing).
 *
 * Keys are copied into the map; strmap_free releases them. Used by the
 * gazetteer for words, country names and currencies; read-only after it is
 * built, so a built map can be shared by threads.
 */
#ifndef NF_STRMAP_H
#define NF_STRMAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "snapshot.h"

typedef struct strmap {
    uint32_t *hashes;            /* per slot: the key's hash (never 0), 0 when free */
    struct strmap_slot *slots;
    size_t cap, n;
    struct strmap_block *blocks; /* the copies of the keys */
} strmap;

void strmap_init(strmap *m);
void strmap_free(strmap *m);
/* Insert or overwrite; returns a pointer to the stored value. */
uint64_t *strmap_put(strmap *m, const char *key, size_t len, uint64_t value);
/* The stored value of key, inserted as 0 when key is absent. The pointer
 * (like strmap_put's) holds until the next insertion. */
uint64_t *strmap_slot(strmap *m, const char *key, size_t len);
/* The stored value, or NULL when key is absent. */
uint64_t *strmap_get(const strmap *m, const char *key, size_t len);

/* The hash of the keys, read eight bytes at a time (the last eight padded
 * with zero bytes): strmap_hash_step for each eight, then strmap_hash_end.
 * The tokenizer keeps it of every folded word (nf_tok.fold_hash), so that
 * gaz_tag need not hash again. */
static inline uint64_t strmap_hash_step(uint64_t h, uint64_t eight)
{
    h = (h ^ eight) * UINT64_C(0x9E3779B97F4A7C15);
    return h ^ (h >> 32);
}

static inline uint32_t strmap_hash_end(uint64_t h, size_t len)
{
    h = (h ^ len) * UINT64_C(0xBF58476D1CE4E5B9);
    return (uint32_t)(h ^ (h >> 31) ^ (h >> 47));
}

static inline uint32_t strmap_hash(const char *key, size_t len)
{
    uint64_t h = 0, eight;
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        memcpy(&eight, key + i, 8);
        h = strmap_hash_step(h, eight);
    }
    if (i < len) {
        unsigned char tail[8] = {0};
        for (size_t k = 0; i + k < len; k++)
            tail[k] = (unsigned char)key[i + k];
        memcpy(&eight, tail, 8);
        h = strmap_hash_step(h, eight);
    }
    return strmap_hash_end(h, len);
}
/* strmap_get for a NUL-terminated key whose strmap_hash is known, in a map
 * whose keys hold no NUL byte: the tokens' folded forms, which gaz_tag looks
 * up without measuring them first. The seven bytes after key's NUL must be
 * readable (their values do not matter): it is compared eight bytes at a
 * time. doc->fold has them after every folded form. */
uint64_t *strmap_get_hashed(const strmap *m, const char *key, uint32_t hash);
/* Start loading into the cache the slot where a look-up of hash begins (a
 * hint: it changes no answer). A caller that knows the next keys' hashes
 * asks for them a few look-ups ahead. */
void strmap_prefetch(const strmap *m, uint32_t hash);
/* Visit every entry: start with *pos = 0; each call that returns true sets
 * *key (borrowed, NUL-terminated), *len and *value of the next entry. */
bool strmap_next(const strmap *m, size_t *pos, const char **key, size_t *len, uint64_t *value);

/* The map in snapshot.h's format (false when fp fails), and read back:
 * strmap_read fills an empty m with the same keys in the same slots, so
 * that it answers every look-up as the written map did. On false (the
 * bytes are short or inconsistent) m is left empty. */
bool strmap_write(const strmap *m, FILE *fp);
bool strmap_read(strmap *m, snap_reader *r);

#endif
