/* strmap.c — see strmap.h. */
#include "strmap.h"
#include "alloc.h"

#include <stdlib.h>
#include <string.h>

struct strmap_slot {
    char *key;
    size_t len;
    uint64_t hash, value;
};

static uint64_t hash_bytes(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;   /* FNV-1a */
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ull;
    }
    return h;
}

void strmap_init(strmap *m)
{
    memset(m, 0, sizeof *m);
}

void strmap_free(strmap *m)
{
    for (size_t i = 0; i < m->cap; i++)
        free(m->slots[i].key);
    free(m->slots);
    strmap_init(m);
}

static struct strmap_slot *find(const strmap *m, const char *key, size_t len, uint64_t h)
{
    size_t mask = m->cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        struct strmap_slot *s = &m->slots[i];
        if (!s->key || (s->hash == h && s->len == len && memcmp(s->key, key, len) == 0))
            return s;
    }
}

static void grow(strmap *m)
{
    strmap old = *m;
    m->cap = old.cap ? old.cap * 2 : 256;
    m->slots = xcalloc(m->cap, sizeof *m->slots);
    for (size_t i = 0; i < old.cap; i++)
        if (old.slots[i].key)
            *find(m, old.slots[i].key, old.slots[i].len, old.slots[i].hash) = old.slots[i];
    free(old.slots);
}

uint64_t *strmap_put(strmap *m, const char *key, size_t len, uint64_t value)
{
    if ((m->n + 1) * 2 > m->cap)
        grow(m);
    uint64_t h = hash_bytes(key, len);
    struct strmap_slot *s = find(m, key, len, h);
    if (!s->key) {
        s->key = xstrndup(key, len);
        s->len = len;
        s->hash = h;
        m->n++;
    }
    s->value = value;
    return &s->value;
}

uint64_t *strmap_get(const strmap *m, const char *key, size_t len)
{
    if (!m->cap)
        return NULL;
    struct strmap_slot *s = find(m, key, len, hash_bytes(key, len));
    return s->key ? &s->value : NULL;
}
