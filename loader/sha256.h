/* sha256.h — SHA-256 of a story's bytes, the key a story is stored under. */
#ifndef NF_SHA256_H
#define NF_SHA256_H

#include <stdbool.h>
#include <stddef.h>

/* Write the lowercase hex digest of data[0..len) into hex (65 bytes). */
void sha256_hex(const void *data, size_t len, char hex[65]);

/* The same digest from the portable rounds whatever the CPU offers, for the
 * tests to check the accelerated ones against. */
void sha256_hex_portable(const void *data, size_t len, char hex[65]);

/* Whether sha256_hex uses the CPU's SHA instructions (x86 SHA-NI). */
bool sha256_accelerated(void);

#endif
