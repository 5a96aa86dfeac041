#ifndef SAMLCHECK_CCURL_SHIM_H
#define SAMLCHECK_CCURL_SHIM_H
#include <curl/curl.h>
#endif
