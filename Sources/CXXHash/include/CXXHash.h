#ifndef RHETORIC_CXXHASH_H
#define RHETORIC_CXXHASH_H

#include <stddef.h>
#include <stdint.h>

/*
 * XXH3's 128-bit hash from libxxhash (Debian's libxxhash-dev) behind an opaque handle: the names
 * of cache entries, which hash the corpus and the rendered tables on every run. It is not a
 * cryptographic hash, but at 128 bits two different inputs meet by accident with a chance far
 * below a disk's error rate, and it runs at memory speed where SHA-256 takes a millisecond a megabyte.
 */
typedef struct rx_xxh128 rx_xxh128;

/** A new hash in progress (seed 0); NULL when there is no memory for one. */
rx_xxh128 *rx_xxh128_new(void);

/** Adds `count` bytes; returns 1, or 0 on failure. */
int rx_xxh128_update(rx_xxh128 *state, const void *bytes, size_t count);

/** Writes the 16-byte digest to `out` (XXH128's canonical form: big-endian, high half first) and
 *  starts the hash over. */
void rx_xxh128_finish(rx_xxh128 *state, unsigned char out[16]);

void rx_xxh128_free(rx_xxh128 *state);

#endif
