#include "COpenCC.h"

#include <stdlib.h>
#include <string.h>
#include <opencc/opencc.h>

struct rx_opencc {
    opencc_t handle;
};

rx_opencc *rx_opencc_open(const char *config) {
    opencc_t handle = opencc_open(config);
    if (handle == (opencc_t)-1) return NULL;
    rx_opencc *converter = malloc(sizeof *converter);
    if (converter == NULL) {
        opencc_close(handle);
        return NULL;
    }
    converter->handle = handle;
    return converter;
}

char *rx_opencc_convert(rx_opencc *converter, const char *text, size_t length, size_t *out_length) {
    char *converted = opencc_convert_utf8(converter->handle, text, length);
    if (converted == NULL) return NULL;
    *out_length = strlen(converted);
    return converted;
}

void rx_opencc_free(char *buffer) { opencc_convert_utf8_free(buffer); }

void rx_opencc_close(rx_opencc *converter) {
    if (converter == NULL) return;
    opencc_close(converter->handle);
    free(converter);
}

const char *rx_opencc_error(void) { return opencc_error(); }
