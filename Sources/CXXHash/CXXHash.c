#include "CXXHash.h"

#include <xxhash.h>

/* The handle is libxxhash's own state. */
static XXH3_state_t *state_of(rx_xxh128 *state) { return (XXH3_state_t *)state; }

rx_xxh128 *rx_xxh128_new(void) {
    XXH3_state_t *state = XXH3_createState();
    if (state == NULL) return NULL;
    XXH3_128bits_reset(state);
    return (rx_xxh128 *)state;
}

int rx_xxh128_update(rx_xxh128 *state, const void *bytes, size_t count) {
    return XXH3_128bits_update(state_of(state), bytes, count) == XXH_OK;
}

void rx_xxh128_finish(rx_xxh128 *state, unsigned char out[16]) {
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, XXH3_128bits_digest(state_of(state)));
    for (int i = 0; i < 16; i++) out[i] = canonical.digest[i];
    XXH3_128bits_reset(state_of(state));
}

void rx_xxh128_free(rx_xxh128 *state) { XXH3_freeState(state_of(state)); }
