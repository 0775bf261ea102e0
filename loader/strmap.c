/* strmap.c — see strmap.h.
 *
 * Open addressing in two arrays: the 32-bit hashes alone, which a look-up
 * probes, and beside them the entries, read only when a hash matches. The
 * gazetteer looks up every word of every story in a map of some ten
 * thousand keys; probing four bytes a slot keeps those look-ups in cache.
 * The keys are copied into large blocks the map owns, not one allocation
 * each: the gazetteer builds its maps (tens of thousands of keys) at every
 * start. */
#include "strmap.h"
#include "alloc.h"

#include <stdlib.h>
#include <string.h>

struct strmap_slot {
    const char *key;   /* in one of m->blocks; NULL when the slot is free */
    size_t len;
    uint64_t value;
};

struct strmap_block {
    struct strmap_block *next;
    size_t used, cap;
    char bytes[];
};

#define BLOCK_BYTES 65536

/* A slot's mark in m->hashes: the key's hash, never 0 (a free slot). */
static uint32_t mark(uint32_t h)
{
    return h ? h : 1;
}

void strmap_init(strmap *m)
{
    memset(m, 0, sizeof *m);
}

void strmap_free(strmap *m)
{
    for (struct strmap_block *b = m->blocks, *next; b; b = next) {
        next = b->next;
        free(b);
    }
    free(m->slots);
    free(m->hashes);
    strmap_init(m);
}

/* A NUL-terminated copy of key[0..len) in the map's blocks, followed by
 * zeros up to a multiple of eight bytes, which same_cstring reads. */
static const char *copy_key(strmap *m, const char *key, size_t len)
{
    size_t size = (len + 8) & ~(size_t)7;
    struct strmap_block *b = m->blocks;
    if (!b || b->cap - b->used < size) {
        size_t cap = size > BLOCK_BYTES ? size : BLOCK_BYTES;
        b = xmalloc(sizeof *b + cap);
        b->used = 0;
        b->cap = cap;
        b->next = m->blocks;
        m->blocks = b;
    }
    char *copy = b->bytes + b->used;
    memcpy(copy, key, len);
    memset(copy + len, 0, size - len);
    b->used += size;
    return copy;
}

/* find's len for a NUL-terminated key of unknown length. */
#define KEY_CSTRING ((size_t)-1)

/* strcmp(stored, key) == 0, eight bytes at a time: the gazetteer asks it
 * of most words of every story, and strcmp's call cost more than the
 * compare (2.5 % of extraction). The stored key is followed by zeros to a
 * multiple of eight (copy_key); key may be followed by anything, but is
 * readable seven bytes past its NUL (strmap_get_hashed). */
static bool same_cstring(const char *stored, const char *key)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t ones = UINT64_C(0x0101010101010101), highs = ones << 7;
    for (size_t i = 0;; i += 8) {
        uint64_t a, b;
        memcpy(&a, stored + i, 8);
        memcpy(&b, key + i, 8);
        /* Its lowest set bit is the top bit of a's first zero byte. */
        uint64_t zero = (a - ones) & ~a & highs;
        if (zero)   /* compare up to and including that byte */
            return ((a ^ b) & (zero ^ (zero - 1))) == 0;
        if (a != b)
            return false;
    }
#else
    return strcmp(stored, key) == 0;
#endif
}

static bool same_key(const struct strmap_slot *s, const char *key, size_t len)
{
    if (len == KEY_CSTRING)
        return same_cstring(s->key, key);
    return s->len == len && memcmp(s->key, key, len) == 0;
}

/* The slot of key (len bytes, or KEY_CSTRING), or the free slot where it
 * would go. */
static size_t find(const strmap *m, const char *key, size_t len, uint32_t h)
{
    size_t mask = m->cap - 1;
    uint32_t want = mark(h);
    for (size_t i = want & mask;; i = (i + 1) & mask) {
        uint32_t got = m->hashes[i];
        if (!got)
            return i;
        if (got == want && same_key(&m->slots[i], key, len))
            return i;
    }
}

/* Double the table. The keys are known distinct, and each slot's mark says
 * where its probe starts: no key is hashed or compared again. */
static void grow(strmap *m)
{
    strmap old = *m;
    m->cap = old.cap ? old.cap * 2 : 256;
    m->slots = xcalloc(m->cap, sizeof *m->slots);
    m->hashes = xcalloc(m->cap, sizeof *m->hashes);
    size_t mask = m->cap - 1;
    for (size_t i = 0; i < old.cap; i++) {
        if (!old.hashes[i])
            continue;
        size_t k = old.hashes[i] & mask;
        while (m->hashes[k])
            k = (k + 1) & mask;
        m->slots[k] = old.slots[i];
        m->hashes[k] = old.hashes[i];
    }
    free(old.slots);
    free(old.hashes);
}

uint64_t *strmap_slot(strmap *m, const char *key, size_t len)
{
    if ((m->n + 1) * 2 > m->cap)
        grow(m);
    uint32_t h = strmap_hash(key, len);
    size_t k = find(m, key, len, h);
    struct strmap_slot *s = &m->slots[k];
    if (!m->hashes[k]) {
        s->key = copy_key(m, key, len);
        s->len = len;
        s->value = 0;
        m->hashes[k] = mark(h);
        m->n++;
    }
    return &s->value;
}

uint64_t *strmap_put(strmap *m, const char *key, size_t len, uint64_t value)
{
    uint64_t *v = strmap_slot(m, key, len);
    *v = value;
    return v;
}

static uint64_t *lookup(const strmap *m, const char *key, size_t len, uint32_t hash)
{
    if (!m->cap)
        return NULL;
    size_t k = find(m, key, len, hash);
    return m->hashes[k] ? &m->slots[k].value : NULL;
}

uint64_t *strmap_get(const strmap *m, const char *key, size_t len)
{
    return lookup(m, key, len, strmap_hash(key, len));
}

uint64_t *strmap_get_hashed(const strmap *m, const char *key, uint32_t hash)
{
    return lookup(m, key, KEY_CSTRING, hash);
}

void strmap_prefetch(const strmap *m, uint32_t hash)
{
#ifdef __GNUC__
    if (!m->cap)
        return;
    size_t i = mark(hash) & (m->cap - 1);
    __builtin_prefetch(&m->hashes[i]);
    __builtin_prefetch(&m->slots[i]);
#else
    (void)m;
    (void)hash;
#endif
}

bool strmap_next(const strmap *m, size_t *pos, const char **key, size_t *len, uint64_t *value)
{
    for (; *pos < m->cap; (*pos)++) {
        if (m->hashes[*pos]) {
            const struct strmap_slot *s = &m->slots[*pos];
            *key = s->key;
            *len = s->len;
            *value = s->value;
            (*pos)++;
            return true;
        }
    }
    return false;
}

/* Key bytes a key takes in a block: copy_key's NUL and zero padding. */
static size_t key_size(size_t len)
{
    return (len + 8) & ~(size_t)7;
}

/* cap, n and the keys' bytes; the hashes; each entry's length and value
 * in slot order; the keys as copy_key laid them out, in the same order. */
bool strmap_write(const strmap *m, FILE *fp)
{
    size_t key_bytes = 0;
    for (size_t i = 0; i < m->cap; i++)
        if (m->hashes[i])
            key_bytes += key_size(m->slots[i].len);
    bool ok = snap_put_u64(fp, m->cap) && snap_put_u64(fp, m->n) &&
              snap_put_u64(fp, key_bytes) && snap_put(fp, m->hashes, m->cap * sizeof *m->hashes);
    for (size_t i = 0; ok && i < m->cap; i++)
        if (m->hashes[i])
            ok = snap_put_u64(fp, m->slots[i].len) && snap_put_u64(fp, m->slots[i].value);
    for (size_t i = 0; ok && i < m->cap; i++)
        if (m->hashes[i]) {
            static const char zeros[8];
            size_t len = m->slots[i].len;
            ok = snap_put(fp, m->slots[i].key, len) && snap_put(fp, zeros, key_size(len) - len);
        }
    return ok;
}

/* The map's arrays from the snapshot's, its keys into one block. */
static bool fill_from(strmap *m, const unsigned char *hashes, const unsigned char *entries,
                      const unsigned char *keys, size_t key_bytes)
{
    memcpy(m->hashes, hashes, m->cap * sizeof *m->hashes);
    struct strmap_block *b = xmalloc(sizeof *b + key_bytes);
    b->next = NULL;
    b->used = b->cap = key_bytes;
    memcpy(b->bytes, keys, key_bytes);
    m->blocks = b;
    size_t seen = 0, off = 0;
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->hashes[i])
            continue;
        if (seen == m->n)
            return false;
        uint64_t len, value;
        memcpy(&len, entries + seen * 16, 8);
        memcpy(&value, entries + seen * 16 + 8, 8);
        if (len >= key_bytes || key_size(len) > key_bytes - off)
            return false;
        m->slots[i] = (struct strmap_slot){b->bytes + off, len, value};
        off += key_size(len);
        seen++;
    }
    return seen == m->n && off == key_bytes;
}

bool strmap_read(strmap *m, snap_reader *r)
{
    strmap_init(m);
    uint64_t cap = snap_u64(r), n = snap_u64(r), key_bytes = snap_u64(r);
    /* a power of two at most half full, as grow keeps it; the bound keeps
     * the products below from overflowing */
    if (r->bad || cap > (UINT64_C(1) << 32) || (cap & (cap - 1)) || n * 2 > cap ||
        key_bytes > (size_t)(r->end - r->p))
        return false;
    const unsigned char *hashes = snap_take(r, cap * sizeof *m->hashes);
    const unsigned char *entries = snap_take(r, n * 16);
    const unsigned char *keys = snap_take(r, key_bytes);
    if (r->bad || cap == 0)
        return !r->bad && n == 0 && key_bytes == 0;
    m->cap = cap;
    m->n = n;
    m->hashes = xmalloc(cap * sizeof *m->hashes);
    m->slots = xcalloc(cap, sizeof *m->slots);
    if (!fill_from(m, hashes, entries, keys, key_bytes)) {
        strmap_free(m);
        return false;
    }
    return true;
}
