/* OpenSSL's libcrypto through its runtime soname, for SHA-256 only (the Content-Security-
   Policy hashes of the HTML export). libssl3 is on every machine that runs Swift (its
   libcurl needs it); libssl-dev need not be, so the two prototypes are declared here. */
#ifndef READOUTS_CCRYPTO_SHIM_H
#define READOUTS_CCRYPTO_SHIM_H
#include <stddef.h>
typedef struct evp_md_st EVP_MD;
typedef struct engine_st ENGINE;
const EVP_MD *EVP_sha256(void);
int EVP_Digest(const void *data, size_t count, unsigned char *md, unsigned int *size,
               const EVP_MD *type, ENGINE *impl);
#endif
