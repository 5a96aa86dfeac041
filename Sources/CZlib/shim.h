#ifndef SAMLCHECK_CZLIB_SHIM_H
#define SAMLCHECK_CZLIB_SHIM_H
#include <zlib.h>
#endif
