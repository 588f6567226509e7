#ifndef RHETORIC_CICU_H
#define RHETORIC_CICU_H

#include <stdint.h>

/*
 * A thin wrapper around the parts of ICU that rhetoric uses.
 *
 * ICU's C names are version-suffixed macros that Swift cannot call, and ICU's headers clash
 * with the copy Foundation carries, so this header exposes only opaque handles and plain C
 * types. Text is always UTF-16 (`uint16_t`), ICU's native form, so nothing is copied.
 * Functions that can fail take an `int32_t *status` that receives ICU's UErrorCode
 * (0 is success, negative a warning, positive an error).
 */

/** Rule-status ranges of ICU's word iterator (UBRK_WORD_*). */
enum {
    RX_WORD_NONE = 0, RX_WORD_NONE_LIMIT = 100,
    RX_WORD_NUMBER = 100, RX_WORD_NUMBER_LIMIT = 200,
    RX_WORD_LETTER = 200, RX_WORD_LETTER_LIMIT = 300,
    RX_WORD_KANA = 300, RX_WORD_KANA_LIMIT = 400,
    RX_WORD_IDEO = 400, RX_WORD_IDEO_LIMIT = 500
};

typedef struct rx_breaker rx_breaker;

/** Opens a word break iterator for `locale` (e.g. "zh"); NULL on failure. */
rx_breaker *rx_breaker_open(const char *locale, int32_t *status);
/** Points the iterator at `text`, which must stay alive until the next call or close. */
void rx_breaker_set_text(rx_breaker *breaker, const uint16_t *text, int32_t length, int32_t *status);
/** The next boundary after the current one, or -1 at the end. */
int32_t rx_breaker_next(rx_breaker *breaker);
/** The rule status of the boundary just returned (see RX_WORD_*). */
int32_t rx_breaker_rule_status(const rx_breaker *breaker);
void rx_breaker_close(rx_breaker *breaker);

/** One guess of ICU's charset detector. */
typedef struct {
    char name[40];
    int32_t confidence; /* 0-100 */
} rx_charset_guess;

/**
 * Guesses the charset of `bytes` with ICU's detector (ucsdet). Writes up to `max` guesses, best
 * first, and returns how many were written.
 */
int32_t rx_detect_charset(const char *bytes, int32_t length, rx_charset_guess *guesses, int32_t max, int32_t *status);

/**
 * Converts `bytes` in `charset` to UTF-16 with ICU's converters (ucnv). Returns the number of code
 * units needed; writes them if `capacity` is large enough. With `lossy` 0 an illegal or truncated
 * sequence stops the conversion: `*status` is ICU's error and `*error_offset` the byte offset of the
 * sequence (otherwise -1). With `lossy` 1 such bytes become U+FFFD.
 */
int32_t rx_convert_to_utf16(const char *charset, const char *bytes, int32_t length, uint16_t *dest, int32_t capacity,
                            int32_t lossy, int32_t *error_offset, int32_t *status);

/**
 * Converts UTF-16 `text` to `charset`. Returns the number of bytes needed; writes them if `capacity`
 * is large enough. Characters the charset lacks become its substitution character.
 */
int32_t rx_convert_from_utf16(const char *charset, const uint16_t *text, int32_t length, char *dest, int32_t capacity,
                              int32_t *status);

/**
 * Whether each of `count` UTF-16 code units (BMP characters) can be encoded in `charset`: writes 1
 * or 0 into `result` for each.
 */
void rx_encodable(const char *charset, const uint16_t *units, int32_t count, uint8_t *result, int32_t *status);

/** Whether ICU knows a converter by this name (e.g. "GB18030", "Big5"). */
int32_t rx_charset_exists(const char *charset);

/** ICU's version as "72.1", written into `buffer` (at least 32 bytes). */
void rx_icu_version(char *buffer);
/** A readable name for an ICU status code. */
const char *rx_error_name(int32_t status);

#endif
