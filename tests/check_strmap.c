/* check_strmap.c — the string map (strmap.h): values found by key and by
 * hash, keys that are prefixes of one another told apart, a look-up by
 * hash reads no further than the word holding the key's NUL, and a map
 * written as a snapshot reads back the same (or, damaged, not at all). */
#include "tests.h"
#include "strmap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const keys[] = {
    "", "a", "of", "the", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmnop",
    "abcdefghijklmnopq", "côte d'ivoire", "türkiye", NULL,
};

static void fill(strmap *m)
{
    strmap_init(m);
    for (size_t i = 0; keys[i]; i++)
        strmap_put(m, keys[i], strlen(keys[i]), 100 + i);
}

/* key copied into a buffer where the bytes after its NUL are not zeros, as
 * in doc->fold (the next folded word follows). */
static const char *dirty_copy(char *buf, size_t size, const char *key)
{
    memset(buf, 'x', size);
    memcpy(buf, key, strlen(key) + 1);
    return buf;
}

START_TEST(test_strmap_get_by_key_and_hash)
{
    strmap m;
    fill(&m);
    char buf[64];
    for (size_t i = 0; keys[i]; i++) {
        size_t len = strlen(keys[i]);
        uint64_t *v = strmap_get(&m, keys[i], len);
        ck_assert_ptr_nonnull(v);
        ck_assert_uint_eq(*v, 100 + i);
        v = strmap_get_hashed(&m, dirty_copy(buf, sizeof buf, keys[i]), strmap_hash(keys[i], len));
        ck_assert_msg(v && *v == 100 + i, "'%s' not found by its hash", keys[i]);
    }
    ck_assert_ptr_null(strmap_get(&m, "abcdefghij", 10));
    ck_assert_ptr_null(strmap_get_hashed(&m, dirty_copy(buf, sizeof buf, "thee"),
                                         strmap_hash("thee", 4)));
    strmap_free(&m);
}
END_TEST

/* The same hash, another key: a key one byte shorter or longer than a
 * stored one, at every length around a word of eight, is not it. */
START_TEST(test_strmap_prefix_not_same_key)
{
    strmap m;
    fill(&m);
    char buf[64];
    const char *const pairs[][2] = {
        {"abcdefgh", "abcdefg"}, {"abcdefg", "abcdefgh"}, {"abcdefghi", "abcdefgh"},
        {"abcdefgh", "abcdefghi"}, {"abcdefghijklmnopq", "abcdefghijklmnop"},
        {"abcdefghijklmnop", "abcdefghijklmnopq"}, {"the", "th"}, {"a", ""}, {"", "a"},
        {"the", "thx"},
    };
    for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
        uint32_t h = strmap_hash(pairs[i][0], strlen(pairs[i][0]));
        uint64_t *v = strmap_get_hashed(&m, dirty_copy(buf, sizeof buf, pairs[i][1]), h);
        ck_assert_msg(v == NULL, "'%s' taken for '%s'", pairs[i][1], pairs[i][0]);
    }
    strmap_free(&m);
}
END_TEST

/* Many keys (the map grows, and its blocks fill): each found, by hash. */
START_TEST(test_strmap_many_keys)
{
    strmap m;
    strmap_init(&m);
    char key[32], buf[64];
    for (unsigned i = 0; i < 20000; i++) {
        int n = snprintf(key, sizeof key, "k%u%.*s", i, (int)(i % 13), "zzzzzzzzzzzzz");
        strmap_put(&m, key, (size_t)n, i);
    }
    for (unsigned i = 0; i < 20000; i += 7) {
        int n = snprintf(key, sizeof key, "k%u%.*s", i, (int)(i % 13), "zzzzzzzzzzzzz");
        uint64_t *v = strmap_get_hashed(&m, dirty_copy(buf, sizeof buf, key),
                                        strmap_hash(key, (size_t)n));
        ck_assert_msg(v && *v == i, "%s", key);
    }
    strmap_free(&m);
}
END_TEST

/* The map in snapshot form: written to memory and the bytes returned
 * (caller frees). */
static unsigned char *written(const strmap *m, size_t *n)
{
    char *buf = NULL;
    FILE *fp = open_memstream(&buf, n);
    ck_assert_ptr_nonnull(fp);
    ck_assert(strmap_write(m, fp));
    ck_assert_int_eq(fclose(fp), 0);
    return (unsigned char *)buf;
}

/* Written and read back, the map finds every key by key and by hash, with
 * its value, and a key it does not hold is not found; read again, it
 * writes the same bytes. */
START_TEST(test_strmap_snapshot_round_trip)
{
    strmap m, back;
    fill(&m);
    size_t n, n2;
    unsigned char *bytes = written(&m, &n);
    snap_reader r = {bytes, bytes + n, false};
    ck_assert(strmap_read(&back, &r));
    ck_assert_ptr_eq(r.p, r.end);
    char buf[64];
    for (size_t i = 0; keys[i]; i++) {
        size_t len = strlen(keys[i]);
        uint64_t *v = strmap_get(&back, keys[i], len);
        ck_assert_msg(v && *v == 100 + i, "'%s' lost", keys[i]);
        v = strmap_get_hashed(&back, dirty_copy(buf, sizeof buf, keys[i]), strmap_hash(keys[i], len));
        ck_assert_msg(v && *v == 100 + i, "'%s' not found by its hash", keys[i]);
    }
    ck_assert_ptr_null(strmap_get(&back, "abcdefghij", 10));
    unsigned char *again = written(&back, &n2);
    ck_assert_uint_eq(n2, n);
    ck_assert(memcmp(again, bytes, n) == 0);
    free(again);
    strmap_free(&back);
    strmap_free(&m);
    free(bytes);
}
END_TEST

/* Cut short anywhere, or with its count of keys changed, the snapshot is
 * refused and the map left empty (under ASan: nothing is read past it). */
START_TEST(test_strmap_snapshot_damaged)
{
    strmap m, back;
    fill(&m);
    size_t n;
    unsigned char *bytes = written(&m, &n);
    for (size_t cut = 0; cut < n; cut++) {
        snap_reader r = {bytes, bytes + cut, false};
        ck_assert_msg(!strmap_read(&back, &r), "read from %zu of %zu bytes", cut, n);
        ck_assert_uint_eq(back.n, 0);
        ck_assert_ptr_null(back.slots);
    }
    bytes[8]--;    /* n, one fewer than the slots in use */
    snap_reader r = {bytes, bytes + n, false};
    ck_assert(!strmap_read(&back, &r));
    strmap_free(&m);
    free(bytes);
}
END_TEST

Suite *strmap_suite(void)
{
    Suite *s = suite_create("strmap");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_strmap_get_by_key_and_hash);
    tcase_add_test(tc, test_strmap_prefix_not_same_key);
    tcase_add_test(tc, test_strmap_many_keys);
    tcase_add_test(tc, test_strmap_snapshot_round_trip);
    tcase_add_test(tc, test_strmap_snapshot_damaged);
    suite_add_tcase(s, tc);
    return s;
}
