#ifndef SAMLCHECK_COPENSSL_SHIM_H
#define SAMLCHECK_COPENSSL_SHIM_H

#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <openssl/pem.h>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/bn.h>
#include <openssl/rsa.h>
#include <openssl/ec.h>
#include <openssl/sha.h>
#include <openssl/objects.h>
#include <openssl/core_names.h>

#endif
