#ifndef SAMLCHECK_CXMLSEC_SHIM_H
#define SAMLCHECK_CXMLSEC_SHIM_H

/* `pkg-config --cflags xmlsec1-openssl` emits these -D flags and SwiftPM drops them
   ("prohibited flag"). Without them the headers either fail (#error No crypto library defined)
   or, worse, compile against the wrong ABI: xmlSecSize must be `unsigned int` (XMLSEC_NO_SIZE_T)
   as in Debian's build, or every klass field after klassSize/objSize moves. Keep this list equal
   to the pkg-config output; Tests/SAMLCheckTests/Interop checks it and the sizes at run time. */
#ifndef XMLSEC_CRYPTO_OPENSSL
#define __XMLSEC_FUNCTION__ __func__
#define XMLSEC_NO_SIZE_T 1
#define XMLSEC_OPENSSL3_ENGINES 1
#define XMLSEC_NO_GOST 1
#define XMLSEC_NO_GOST2012 1
#define XMLSEC_NO_CRYPTO_DYNAMIC_LOADING 1
#define XMLSEC_CRYPTO_OPENSSL 1
#endif

#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <xmlsec/xmlsec.h>
#include <xmlsec/xmltree.h>
#include <xmlsec/xmldsig.h>
#include <xmlsec/xmlenc.h>
#include <xmlsec/transforms.h>
#include <xmlsec/keys.h>
#include <xmlsec/keysmngr.h>
#include <xmlsec/keyinfo.h>
#include <xmlsec/errors.h>
#include <xmlsec/crypto.h>
#include <xmlsec/openssl/app.h>
#include <xmlsec/openssl/crypto.h>
#include <xmlsec/openssl/x509.h>
#include <xmlsec/openssl/evp.h>

#endif
