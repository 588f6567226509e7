#ifndef RHETORIC_CCRYPTO_H
#define RHETORIC_CCRYPTO_H

#include <stddef.h>

/*
 * SHA-256 from OpenSSL's libcrypto (Debian's libssl-dev) behind an opaque handle: it uses the
 * processor's SHA instructions where there are any, so hashing the corpus for the partials cache
 * costs a fraction of what a portable implementation does.
 */
typedef struct rx_sha256 rx_sha256;

/** A new digest in progress; NULL when libcrypto cannot make one. */
rx_sha256 *rx_sha256_new(void);

/** Adds `count` bytes; returns 1, or 0 on failure. */
int rx_sha256_update(rx_sha256 *digest, const void *bytes, size_t count);

/** Writes the 32-byte digest to `out` and starts the digest over; returns 1, or 0 on failure. */
int rx_sha256_finish(rx_sha256 *digest, unsigned char out[32]);

void rx_sha256_free(rx_sha256 *digest);

#endif
