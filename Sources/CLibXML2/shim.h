#ifndef SAMLCHECK_CLIBXML2_SHIM_H
#define SAMLCHECK_CLIBXML2_SHIM_H

/* Debian's libxml2 enables ICU, whose <unicode/ucnv.h> defines a UErrorCode that clashes with
   Foundation's private ICU module in any Swift module importing both. The ICU-only members sit at
   the end of xmlCharEncodingHandler, which Swift never touches, so dropping the define is safe. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlschemastypes.h>
#include <libxml/xpath.h>
#include <libxml/c14n.h>
#include <libxml/valid.h>
#include <libxml/uri.h>

#endif
