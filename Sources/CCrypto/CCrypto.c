#include "CCrypto.h"

#include <openssl/evp.h>

/* The handle is OpenSSL's own digest context. */
static EVP_MD_CTX *context(rx_sha256 *digest) { return (EVP_MD_CTX *)digest; }

rx_sha256 *rx_sha256_new(void) {
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    if (ctx == NULL) return NULL;
    if (EVP_DigestInit_ex(ctx, EVP_sha256(), NULL) != 1) {
        EVP_MD_CTX_free(ctx);
        return NULL;
    }
    return (rx_sha256 *)ctx;
}

int rx_sha256_update(rx_sha256 *digest, const void *bytes, size_t count) {
    return EVP_DigestUpdate(context(digest), bytes, count);
}

int rx_sha256_finish(rx_sha256 *digest, unsigned char out[32]) {
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(context(digest), out, &length) != 1 || length != 32) return 0;
    return EVP_DigestInit_ex(context(digest), EVP_sha256(), NULL);
}

void rx_sha256_free(rx_sha256 *digest) { EVP_MD_CTX_free(context(digest)); }
