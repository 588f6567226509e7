#include "CICU.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/uclean.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

struct rx_breaker {
    UBreakIterator *iterator;
};

rx_breaker *rx_breaker_open(rx_break_kind kind, const char *locale, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UBreakIteratorType type = kind == RX_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD;
    UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &error);
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

struct rx_transliterator {
    UTransliterator *transliterator;
};

rx_transliterator *rx_transliterator_open(const char *id, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UChar uid[64];
    int32_t n = 0;
    for (; id[n] != 0 && n < 63; n++) uid[n] = (UChar)(unsigned char)id[n];
    UTransliterator *t = utrans_openU(uid, n, UTRANS_FORWARD, NULL, 0, NULL, &error);
    *status = error;
    if (U_FAILURE(error)) return NULL;
    rx_transliterator *result = malloc(sizeof *result);
    if (result == NULL) {
        utrans_close(t);
        *status = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    result->transliterator = t;
    return result;
}

void rx_transliterate(const rx_transliterator *transliterator, uint16_t *text, int32_t *length,
                      int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    int32_t limit = *length;
    utrans_transUChars(transliterator->transliterator, (UChar *)text, length, capacity, 0, &limit, &error);
    *status = error;
}

void rx_transliterator_close(rx_transliterator *transliterator) {
    if (transliterator == NULL) return;
    utrans_close(transliterator->transliterator);
    free(transliterator);
}

void rx_icu_version(char *buffer) {
    UVersionInfo info;
    u_getVersion(info);
    u_versionToString(info, buffer);
}

const char *rx_error_name(int32_t status) {
    return u_errorName((UErrorCode)status);
}
