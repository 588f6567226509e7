#include "CIsal.h"

#include <limits.h>
#include <stdlib.h>
#include <isa-l/crc.h>
#include <isa-l/igzip_lib.h>

/* ISA-L's AVX kernels return with the upper halves of the vector registers in use (no
   vzeroupper). Until something clears them, every SSE instruction on that thread pays for it: the
   program's floating point (Swift emits SSE) ran three to four times slower, the network layout
   taking 0.14 s instead of 0.04 s after a run had checked its cache entries' CRCs. */
static void clear_upper_vector_state(void) {
#if defined(__x86_64__)
    if (__builtin_cpu_supports("avx")) __asm__ volatile("vzeroupper");
#endif
}

/* igzip counts in uint32_t; larger runs are fed in steps of this many bytes. */
static const size_t step = 1u << 30;

size_t rx_deflate_bound(size_t count) {
    /* Level 0 codes every byte with the piece's tables, never falling back to stored blocks: at
       most 15 bits a byte (deflate's longest code; random bytes after a sample of XML take about
       11), and a block header of at most ISAL_DEF_MAX_HDR_SIZE bytes, counted here for every 16 KB. */
    return count + count / 8 * 7 + 8 + (ISAL_DEF_MAX_HDR_SIZE + 8) * (count / 16384 + 2);
}

/* The Huffman tables of a piece are fitted to its first this many bytes: as small a file as the
   whole piece's would give (within 0.5 % on the sheets' XML), for a sixteenth of the counting. */
static const size_t sample = 1u << 16;

/* Level 0, igzip's fastest, with the piece's own Huffman tables (`isal_create_hufftables`): the
   sheets' XML comes out a little smaller than zlib's level 1 makes it, four to five times as fast.
   igzip's levels 1 to 3, which make their tables themselves, give the same input different bytes
   on different threads in ISA-L 2.30 (seen here in about one piece in a thousand, a byte apart),
   and the workbook must not depend on which worker compressed a piece. Level 0 with tables made
   from the piece alone gives the same bytes on any thread, and on any x86-64 with SSE4.2 whichever
   of igzip's kernels (SSE, AVX2, AVX-512) the CPU picks. */
long rx_deflate_piece(const unsigned char *in, size_t count, int last, unsigned char *out, size_t capacity) {
    struct isal_huff_histogram *histogram = calloc(1, sizeof *histogram);
    struct isal_hufftables *tables = malloc(sizeof *tables);
    int failed = histogram == NULL || tables == NULL;
    if (!failed) {
        isal_update_histogram((uint8_t *)in, (int)(count < sample ? count : sample), histogram);
        failed = isal_create_hufftables(tables, histogram) != 0;
    }
    struct isal_zstream stream;
    isal_deflate_init(&stream);
    stream.level = 0;
    stream.hufftables = tables;
    stream.flush = SYNC_FLUSH;
    size_t consumed = 0, written = 0;
    int done = 0;
    while (!failed && !done) {
        size_t input = count - consumed < step ? count - consumed : step;
        size_t room = capacity - written < step ? capacity - written : step;
        stream.end_of_stream = last && consumed + input == count;
        stream.next_in = (uint8_t *)(in + consumed);
        stream.avail_in = (uint32_t)input;
        stream.next_out = out + written;
        stream.avail_out = (uint32_t)room;
        failed = isal_deflate(&stream) != COMP_OK;
        consumed += input - stream.avail_in;
        written += room - stream.avail_out;
        /* All input taken and flushed: the stream ended, or (igzip's criterion for a flush) room
           left in the output after the input is gone. */
        done = consumed == count && stream.avail_in == 0
            && (last ? stream.internal_state.state == ZSTATE_END : stream.avail_out > 0);
        /* No room left while not done: the bound was wrong; stop rather than loop. */
        failed = failed || (!done && stream.avail_out == 0 && written == capacity);
    }
    free(histogram);
    free(tables);
    clear_upper_vector_state();
    return failed || written > LONG_MAX ? -1 : (long)written;
}

uint32_t rx_crc32(uint32_t crc, const unsigned char *bytes, size_t count) {
    while (count > 0) {
        size_t run = count < step ? count : step;
        crc = crc32_gzip_refl(crc, bytes, (uint64_t)run);
        bytes += run;
        count -= run;
    }
    clear_upper_vector_state();
    return crc;
}

/* Arithmetic modulo the CRC's polynomial in reflected bit order (as zlib's crc32_combine): the
   CRC of two runs is the first's multiplied by x^(8 · second_length), plus the second's. */
static const uint32_t polynomial = 0xedb88320u;

/* a · b modulo the polynomial. */
static uint32_t multiply(uint32_t a, uint32_t b) {
    uint32_t m = 1u << 31, product = 0;
    for (;;) {
        if (a & m) {
            product ^= b;
            if ((a & (m - 1)) == 0) break;
        }
        m >>= 1;
        b = b & 1 ? (b >> 1) ^ polynomial : b >> 1;
    }
    return product;
}

uint32_t rx_crc32_combine(uint32_t first, uint32_t second, uint64_t second_length) {
    /* x^(2^k) for k = 3 (a byte's 8 bits) upwards, squared at each bit of the length. */
    uint32_t power = 1u << 30; /* x^1 */
    for (int k = 0; k < 3; k++) power = multiply(power, power);
    uint32_t shift = 1u << 31; /* x^0 */
    for (uint64_t n = second_length; n > 0; n >>= 1) {
        if (n & 1) shift = multiply(power, shift);
        power = multiply(power, power);
    }
    return multiply(shift, first) ^ second;
}
