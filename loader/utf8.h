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

#define UTF8_BAD 0xFFFDu

/* Decode the code point at s[i] (i < len). Returns the bytes it takes (>= 1);
 * an invalid sequence gives *cp = UTF8_BAD and length 1. */
size_t utf8_next(const char *s, size_t len, size_t i, uint32_t *cp);

/* Byte offset of the first invalid sequence, or -1 when s is valid UTF-8. */
long long utf8_first_invalid(const char *s, size_t len);

bool utf8_is_letter(uint32_t cp);   /* letters and combining marks */
bool utf8_is_upper(uint32_t cp);    /* Lu and Lt */
bool utf8_is_lower(uint32_t cp);
bool utf8_is_digit(uint32_t cp);    /* ASCII 0-9 only: numbers are parsed in ASCII */
bool utf8_is_space(uint32_t cp);    /* Unicode white space, incl. no-break space */

/* Fold s[0..n) into out (NUL-terminated, at most cap bytes with the NUL).
 * Returns the folded length, or the length it would need when cap is too
 * small (out is then truncated but terminated). */
size_t utf8_fold(const char *s, size_t n, char *out, size_t cap);

#endif
