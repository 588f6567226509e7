#ifndef RHETORIC_CISAL_H
#define RHETORIC_CISAL_H

#include <stddef.h>
#include <stdint.h>

/*
 * ISA-L's igzip (Debian's libisal-dev) for the workbook's zip container: raw deflate in
 * independent pieces that join into one stream, as pigz does, so the pieces of a sheet can be
 * compressed on different threads; and the CRC-32 the zip format wants, combined across the pieces.
 */

/** The most bytes `rx_deflate_piece` writes for `count` input bytes. */
size_t rx_deflate_bound(size_t count);

/**
 * Compresses `count` bytes as raw deflate at igzip's level 0, with Huffman tables made from the
 * bytes themselves, so the result depends on nothing else (not the thread, not the CPU's kernel).
 * The stream starts fresh (no reference to earlier pieces) and ends on a byte boundary: with a
 * sync flush, so the next piece can follow it, or, when `last`, with the stream's final block.
 * Writes to `out`, which holds at least `rx_deflate_bound(count)` bytes; returns the bytes
 * written, or -1 on failure.
 */
long rx_deflate_piece(const unsigned char *in, size_t count, int last, unsigned char *out, size_t capacity);

/** The CRC-32 (zlib's, the zip format's) of `count` bytes, continuing `crc` (0 to start). */
uint32_t rx_crc32(uint32_t crc, const unsigned char *bytes, size_t count);

/** The CRC-32 of two byte runs one after the other, from their CRCs and the second's length. */
uint32_t rx_crc32_combine(uint32_t first, uint32_t second, uint64_t second_length);

#endif
