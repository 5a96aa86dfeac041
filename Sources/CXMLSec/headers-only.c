/* CXMLSec is headers only (include/: the shim, its module map, and a link to xmlsec's headers);
   a C target needs one source file. */
