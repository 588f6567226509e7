#ifndef RHETORIC_COPENCC_H
#define RHETORIC_COPENCC_H

#include <stddef.h>

/*
 * OpenCC (Debian's libopencc) behind an opaque handle: phrase-aware conversion between Chinese
 * scripts, here Traditional to Simplified with its "t2s.json" configuration (顯著 → 显著, 著名
 * stays 著名). A converter is not thread-safe: each worker opens its own.
 */
typedef struct rx_opencc rx_opencc;

/** Opens the converter of a configuration file in OpenCC's data folder; NULL on failure. */
rx_opencc *rx_opencc_open(const char *config);

/** Converts UTF-8 text. Returns a new buffer (free it with rx_opencc_free), or NULL on failure. */
char *rx_opencc_convert(rx_opencc *converter, const char *text, size_t length, size_t *out_length);

void rx_opencc_free(char *buffer);
void rx_opencc_close(rx_opencc *converter);

/** OpenCC's description of the last error. */
const char *rx_opencc_error(void);

#endif
