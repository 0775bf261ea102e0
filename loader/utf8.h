/* utf8.h — decoding, classifying and folding UTF-8 text.
 *
 * The story is never rewritten: everything here reads bytes and reports byte
 * offsets. Folding (lowercase, accents stripped, curly apostrophes made
 * straight) is what gazetteer keys and name keys are compared in; it uses
 * utf8proc so that Côte, Türkiye and Yıldırım fold like their ASCII spellings.
 */
#ifndef NF_UTF8_H
#define NF_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define UTF8_BAD 0xFFFDu

/* The out-of-line halves of the inline functions below: code points (and
 * sequences) beyond ASCII, which need utf8proc. */
size_t utf8_next_multi(const char *s, size_t len, size_t i, uint32_t *cp);
bool utf8_is_letter_multi(uint32_t cp);
bool utf8_is_upper_multi(uint32_t cp);
bool utf8_is_lower_multi(uint32_t cp);
bool utf8_is_space_multi(uint32_t cp);

/* The tokenizer asks these of every byte of every story, and nearly all of
 * them are ASCII: the ASCII answer is inline, the rest a call. */

/* Decode the code point at s[i] (i < len). Returns the bytes it takes (>= 1);
 * an invalid sequence gives *cp = UTF8_BAD and length 1. */
static inline size_t utf8_next(const char *s, size_t len, size_t i, uint32_t *cp)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    return utf8_next_multi(s, len, i, cp);
}

/* Byte offset of the first invalid sequence, or -1 when s is valid UTF-8. */
long long utf8_first_invalid(const char *s, size_t len);

/* letters and combining marks */
static inline bool utf8_is_letter(uint32_t cp)
{
    if (cp < 0x80)
        return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    return utf8_is_letter_multi(cp);
}

/* Lu and Lt */
static inline bool utf8_is_upper(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    return utf8_is_upper_multi(cp);
}

static inline bool utf8_is_lower(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= 'a' && cp <= 'z';
    return utf8_is_lower_multi(cp);
}

/* ASCII 0-9 only: numbers are parsed in ASCII */
static inline bool utf8_is_digit(uint32_t cp)
{
    return cp >= '0' && cp <= '9';
}

/* Unicode white space, incl. no-break space */
static inline bool utf8_is_space(uint32_t cp)
{
    if (cp < 0x80)
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v';
    return utf8_is_space_multi(cp);
}

/* Fold s[0..n) into out (NUL-terminated, at most cap bytes with the NUL).
 * Returns the folded length, or the length it would need when cap is too
 * small (out is then truncated but terminated). */
size_t utf8_fold(const char *s, size_t n, char *out, size_t cap);

/* Eight bytes at p (which must be readable) at once: nonzero when any of
 * them is '"', '\\', below 0x20 or above 0x7F -- the bytes a JSON string
 * reader or writer has to look at one by one; zero lets it skip all eight. */
static inline uint64_t utf8_json_special8(const unsigned char *p)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    uint64_t x;
    memcpy(&x, p, 8);
    uint64_t q = x ^ (ones * '"'), b = x ^ (ones * '\\');
    return (x | ((x - ones * 0x20) & ~x) | ((q - ones) & ~q) | ((b - ones) & ~b)) & high;
}

#endif
