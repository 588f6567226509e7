#include "CZlib.h"

#include <limits.h>
#include <string.h>
#include <zlib.h>

/* zlib counts in uInt; larger runs are fed in steps of this many bytes. */
static const size_t step = 1u << 30;

size_t rx_deflate_bound(size_t count) {
    /* compressBound is zlib's bound for its own format; raw deflate is smaller, and a sync flush
       adds at most an empty stored block (5 bytes) per step. */
    return count + (count >> 12) + (count >> 14) + (count >> 25) + 13 + 5 * (count / step + 2);
}

long rx_deflate_piece(const unsigned char *in, size_t count, int level, int last, unsigned char *out, size_t capacity) {
    z_stream stream;
    memset(&stream, 0, sizeof stream);
    if (deflateInit2(&stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) return -1;
    size_t consumed = 0, written = 0;
    int status = Z_OK, failed = 0;
    do {
        size_t input = count - consumed < step ? count - consumed : step;
        int flush = consumed + input < count ? Z_NO_FLUSH : last ? Z_FINISH : Z_SYNC_FLUSH;
        stream.next_in = (Bytef *)(in + consumed);
        stream.avail_in = (uInt)input;
        /* Until zlib leaves room in the output: then it has taken the input and done the flush. */
        do {
            size_t room = capacity - written < step ? capacity - written : step;
            stream.next_out = out + written;
            stream.avail_out = (uInt)room;
            status = deflate(&stream, flush);
            written += room - stream.avail_out;
            failed = status == Z_STREAM_ERROR || room == 0;
        } while (!failed && stream.avail_out == 0);
        consumed += input - stream.avail_in;
        failed = failed || stream.avail_in != 0;
    } while (!failed && consumed < count);
    failed = failed || (last && status != Z_STREAM_END);
    deflateEnd(&stream);
    return failed || written > LONG_MAX ? -1 : (long)written;
}

uint32_t rx_crc32(uint32_t crc, const unsigned char *bytes, size_t count) {
    while (count > 0) {
        size_t run = count < step ? count : step;
        crc = (uint32_t)crc32(crc, bytes, (uInt)run);
        bytes += run;
        count -= run;
    }
    return crc;
}

uint32_t rx_crc32_combine(uint32_t first, uint32_t second, uint64_t second_length) {
    return (uint32_t)crc32_combine(first, second, (z_off_t)second_length);
}
