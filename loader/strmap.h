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

typedef struct strmap {
    struct strmap_slot *slots;
    size_t cap, n;
} strmap;

void strmap_init(strmap *m);
void strmap_free(strmap *m);
/* Insert or overwrite; returns a pointer to the stored value. */
uint64_t *strmap_put(strmap *m, const char *key, size_t len, uint64_t value);
/* The stored value, or NULL when key is absent. */
uint64_t *strmap_get(const strmap *m, const char *key, size_t len);

#endif
