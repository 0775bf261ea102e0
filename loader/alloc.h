/* alloc.h — the only place that handles running out of memory.
 *
 * Every x* function either returns usable memory or prints a message and
 * aborts: callers never test for NULL. The caller owns what is returned and
 * releases it with free().
 */
#ifndef NF_ALLOC_H
#define NF_ALLOC_H

#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

/* Make room for one more element in a growing array: *cap doubles when
 * n == *cap. Returns the (possibly moved) array. */
void *xgrow(void *arr, size_t n, size_t *cap, size_t elem_size);

#define VEC_PUSH(arr, n, cap) \
    ((arr) = xgrow((arr), (n), &(cap), sizeof *(arr)), &(arr)[(n)++])

#endif
