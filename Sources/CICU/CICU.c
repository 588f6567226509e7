#include "CICU.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>
#include <unicode/uclean.h>
#include <unicode/uversion.h>

struct rx_breaker {
    UBreakIterator *iterator;
};

rx_breaker *rx_breaker_open(const char *locale, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_WORD, locale, NULL, 0, &error);
    *status = error;
    if (U_FAILURE(error)) return NULL;
    rx_breaker *breaker = malloc(sizeof *breaker);
    if (breaker == NULL) {
        ubrk_close(iterator);
        *status = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    breaker->iterator = iterator;
    return breaker;
}

void rx_breaker_set_text(rx_breaker *breaker, const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    ubrk_setText(breaker->iterator, (const UChar *)text, length, &error);
    *status = error;
}

int32_t rx_breaker_next(rx_breaker *breaker) {
    int32_t boundary = ubrk_next(breaker->iterator);
    return boundary == UBRK_DONE ? -1 : boundary;
}

int32_t rx_breaker_rule_status(const rx_breaker *breaker) {
    return ubrk_getRuleStatus((UBreakIterator *)breaker->iterator);
}

void rx_breaker_close(rx_breaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    free(breaker);
}

void rx_icu_version(char *buffer) {
    UVersionInfo info;
    u_getVersion(info);
    u_versionToString(info, buffer);
}

const char *rx_error_name(int32_t status) {
    return u_errorName((UErrorCode)status);
}

int32_t rx_detect_charset(const char *bytes, int32_t length, rx_charset_guess *guesses, int32_t max, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&error);
    if (U_FAILURE(error)) { *status = error; return 0; }
    ucsdet_setText(detector, bytes, length, &error);
    int32_t found = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector, &found, &error);
    int32_t written = 0;
    for (int32_t i = 0; U_SUCCESS(error) && i < found && written < max; i++) {
        const char *name = ucsdet_getName(matches[i], &error);
        int32_t confidence = ucsdet_getConfidence(matches[i], &error);
        if (U_FAILURE(error) || name == NULL) break;
        strncpy(guesses[written].name, name, sizeof guesses[written].name - 1);
        guesses[written].name[sizeof guesses[written].name - 1] = 0;
        guesses[written].confidence = confidence;
        written++;
    }
    *status = error;
    ucsdet_close(detector);
    return written;
}

int32_t rx_convert_to_utf16(const char *charset, const char *bytes, int32_t length, uint16_t *dest, int32_t capacity,
                            int32_t lossy, int32_t *error_offset, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    *error_offset = -1;
    UConverter *converter = ucnv_open(charset, &error);
    if (U_FAILURE(error)) { *status = error; return 0; }
    if (!lossy) {
        ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &error);
    }
    const char *source = bytes;
    const char *source_limit = bytes + length;
    UChar buffer[4096];
    int32_t total = 0;
    for (;;) {
        UChar *target = buffer;
        UErrorCode step = U_ZERO_ERROR;
        ucnv_toUnicode(converter, &target, buffer + 4096, &source, source_limit, NULL, 1, &step);
        int32_t produced = (int32_t)(target - buffer);
        for (int32_t i = 0; i < produced && dest != NULL && total + i < capacity; i++) dest[total + i] = buffer[i];
        total += produced;
        if (step == U_BUFFER_OVERFLOW_ERROR) continue;
        if (U_FAILURE(step)) {
            char invalid[32];
            int8_t invalid_length = sizeof invalid;
            UErrorCode ignored = U_ZERO_ERROR;
            ucnv_getInvalidChars(converter, invalid, &invalid_length, &ignored);
            *error_offset = (int32_t)(source - bytes) - (U_SUCCESS(ignored) ? invalid_length : 0);
            error = step;
        }
        break;
    }
    ucnv_close(converter);
    *status = error;
    return total;
}

int32_t rx_convert_from_utf16(const char *charset, const uint16_t *text, int32_t length, char *dest, int32_t capacity,
                              int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &error);
    if (U_FAILURE(error)) { *status = error; return 0; }
    int32_t needed = ucnv_fromUChars(converter, dest, capacity, (const UChar *)text, length, &error);
    ucnv_close(converter);
    *status = error == U_STRING_NOT_TERMINATED_WARNING ? U_ZERO_ERROR : error;
    return needed;
}

void rx_encodable(const char *charset, const uint16_t *units, int32_t count, uint8_t *result, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &error);
    if (U_FAILURE(error)) { *status = error; return; }
    ucnv_setFromUCallBack(converter, UCNV_FROM_U_CALLBACK_STOP, NULL, NULL, NULL, &error);
    char out[8];
    for (int32_t i = 0; i < count; i++) {
        UErrorCode step = U_ZERO_ERROR;
        ucnv_reset(converter);
        ucnv_fromUChars(converter, out, sizeof out, (const UChar *)&units[i], 1, &step);
        result[i] = U_SUCCESS(step) ? 1 : 0;
    }
    ucnv_close(converter);
    *status = error;
}

int32_t rx_charset_exists(const char *charset) {
    UErrorCode error = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &error);
    if (U_FAILURE(error)) return 0;
    ucnv_close(converter);
    return 1;
}
