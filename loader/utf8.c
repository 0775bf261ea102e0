/* utf8.c — see utf8.h. */
#include "utf8.h"

#include <string.h>
#include <utf8proc.h>

size_t utf8_next_multi(const char *s, size_t len, size_t i, uint32_t *cp)
{
    const unsigned char *p = (const unsigned char *)s + i;
    size_t left = len - i;
    utf8proc_int32_t out;
    utf8proc_ssize_t k = utf8proc_iterate(p, left > 4 ? 4 : (utf8proc_ssize_t)left, &out);
    if (k < 1) {
        *cp = UTF8_BAD;
        return 1;
    }
    *cp = (uint32_t)out;
    return (size_t)k;
}

long long utf8_first_invalid(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        uint64_t w;   /* eight ASCII bytes at a time: most text is ASCII */
        if (i + 8 <= len && (memcpy(&w, s + i, 8), !(w & UINT64_C(0x8080808080808080)))) {
            i += 8;
            continue;
        }
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        size_t left = len - i;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                              left > 4 ? 4 : (utf8proc_ssize_t)left, &cp);
        if (k < 1)
            return (long long)i;
        i += (size_t)k;
    }
    return -1;
}

static utf8proc_category_t category(uint32_t cp)
{
    return utf8proc_category((utf8proc_int32_t)cp);
}

bool utf8_is_letter_multi(uint32_t cp)
{
    if (cp == UTF8_BAD)
        return false;
    utf8proc_category_t c = category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME);
}

bool utf8_is_upper_multi(uint32_t cp)
{
    utf8proc_category_t c = category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

bool utf8_is_lower_multi(uint32_t cp)
{
    return category(cp) == UTF8PROC_CATEGORY_LL;
}

bool utf8_is_space_multi(uint32_t cp)
{
    if (cp == 0x85 || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF || cp == 0x200B)
        return true;
    return category(cp) == UTF8PROC_CATEGORY_ZS;
}

static size_t put(char *out, size_t cap, size_t n, const char *bytes, size_t k)
{
    for (size_t j = 0; j < k; j++, n++)
        if (n + 1 < cap)
            out[n] = bytes[j];
    return n;
}

size_t utf8_fold(const char *s, size_t n, char *out, size_t cap)
{
    size_t o = 0, i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if (o + 1 < cap)
                out[o] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            o++;
            i++;
            continue;
        }
        uint32_t cp;
        i += utf8_next(s, n, i, &cp);
        if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC) {      /* ’ ‘ ʼ */
            o = put(out, cap, o, "'", 1);
            continue;
        }
        if (cp == 0x0131) {                                      /* dotless ı */
            o = put(out, cap, o, "i", 1);
            continue;
        }
        utf8proc_int32_t buf[8];
        int last = 0;
        utf8proc_ssize_t k = utf8proc_decompose_char(
            (utf8proc_int32_t)cp, buf, 8,
            UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD | UTF8PROC_COMPAT, &last);
        if (k < 0 || k > 8) {
            o = put(out, cap, o, "?", 1);
            continue;
        }
        for (utf8proc_ssize_t j = 0; j < k; j++) {
            utf8proc_uint8_t enc[4];
            utf8proc_ssize_t e = utf8proc_encode_char(buf[j], enc);
            o = put(out, cap, o, (const char *)enc, (size_t)e);
        }
    }
    if (cap)
        out[o < cap ? o : cap - 1] = '\0';
    return o;
}
