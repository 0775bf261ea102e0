/* sha256.h — SHA-256 of a story's bytes, the key a story is stored under. */
#ifndef NF_SHA256_H
#define NF_SHA256_H

#include <stddef.h>

/* Write the lowercase hex digest of data[0..len) into hex (65 bytes). */
void sha256_hex(const void *data, size_t len, char hex[65]);

#endif
