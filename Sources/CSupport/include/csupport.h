#ifndef SAMLCHECK_CSUPPORT_H
#define SAMLCHECK_CSUPPORT_H

/* The few lines of C that Swift cannot express: variadic libxml2 callbacks, the xmlFree global,
   SAX hooks on a parser context, and ABI probes for the xmlsec headers. */

#include <stddef.h>
#include <stdint.h>

#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>

/* Releases memory that libxml2 allocated (xmlFree is a C global, which Swift 6 refuses). */
void samlcheck_xml_free(void *pointer);

/* Process-wide libxml2 set-up, done once before any thread parses: silences libxml2's variadic
   generic error printer on every thread (errors are collected through the structured handler
   instead, never printed) and installs an external entity loader that serves nothing except files
   under the directories registered with samlcheck_allow_local_directory. */
void samlcheck_libxml_global_init(void);

/* Registers a directory (an absolute path ending in '/') from which the entity loader may read,
   e.g. the XSD directory for schema imports. Returns 0 on success. */
int samlcheck_allow_local_directory(const char *absolute_directory);

/* Serves `url` from a local file instead (for the W3C schema URLs the OASIS schemas import). */
int samlcheck_map_url(const char *url, const char *absolute_path);

/* Serves `url` from a NUL-terminated document kept in memory for the life of the process. */
int samlcheck_register_memory_document(const char *url, const char *contents);

/* Counts the loads the entity loader refused; tests read it to prove nothing escaped. */
unsigned long samlcheck_refused_entity_loads(void);

/* What the parser hooks record while a document is parsed. Owned by the caller; free the node
   list with samlcheck_parse_state_release. */
typedef struct samlcheck_parse_state {
    int doctype_seen;     /* 1 when a DOCTYPE was met (parsing stopped there) */
    int doctype_line;
    int doctype_is_html;  /* 1 when the DOCTYPE names an HTML document */
    /* Elements whose own text or attribute values contain a carriage return, in the order met
       (an element may appear more than once). Parsing turns every literal CR into a line feed,
       so such a CR came from a character reference (&#13;, &#xD;). */
    xmlNodePtr *carriage_return_elements;
    size_t carriage_return_count;
    size_t carriage_return_capacity;
} samlcheck_parse_state;

/* Hooks a parser context before parsing:
   - stops at the first DOCTYPE, before any of its declarations is read;
   - records each element's line as the line its start tag begins on (libxml2 keeps the line
     where the tag ends), and past line 65,535 keeps it exactly (see samlcheck_node_line);
   - notes elements whose text or attribute values carry a carriage return, as the text passes
     by, so nobody has to walk every text node of the tree again to find them. */
void samlcheck_install_parser_hooks(xmlParserCtxtPtr context, samlcheck_parse_state *state);
void samlcheck_parse_state_release(samlcheck_parse_state *state);

/* The line of a node parsed with those hooks: exact for elements and comments at any line (see
   samlcheck_set_line), an attribute's element's line, otherwise xmlGetLineNo. */
long samlcheck_node_line(const xmlNode *node);

/* A large document parsed as two halves at once (see SplitParse.swift): the second half's
   document element stands in for the first's, so its children are moved under the first half's
   document element, given the first document, and their lines shifted by the lines that came
   before them in the file. The record keeps what is needed to undo that before freeing: each
   document's dictionary owns the names of its own nodes. */
typedef struct samlcheck_graft {
    xmlDocPtr host;             /* the first half: the document everyone reads */
    xmlDocPtr donor;            /* the second half: keeps its dictionary and namespace declarations */
    xmlNodePtr host_last;       /* the host root's last child before grafting (may be NULL) */
    xmlNodePtr first, last;     /* the donor root's children, now the host root's last children */
    xmlNodePtr trailing_first;  /* comments and processing instructions after the donor's root, */
    xmlNodePtr trailing_last;   /* now after the host's root */
} samlcheck_graft;

/* Grafts `donor`'s content onto `host`; `line_offset` is added to every moved node's line.
   Returns 0, or -1 when either document has no document element (nothing is changed then). */
int samlcheck_graft_halves(xmlDocPtr host, xmlDocPtr donor, long line_offset, samlcheck_graft *graft);

/* Gives the donor its nodes back (structure and document pointers), so each document can be freed. */
void samlcheck_ungraft_halves(samlcheck_graft *graft);

/* Registers, as XML Schema validation would, every xs:ID attribute of the document in its ID
   table (ID on SAML elements, Id on XML-Signature and XML-Encryption elements; NCName values,
   whitespace stripped, first occurrence wins). Done once before schema validation and signature
   verification run side by side: validation then only reads the tree. Returns the count. */
int samlcheck_register_ids(xmlDocPtr document);

/* Whether two subtrees (of the same or different documents) read the same to anything that reads
   their content: the same nodes in the same order, with the same types, names, namespace URIs and
   prefixes, attributes (in order, with their values) and text, comment and processing-instruction
   content. Lines, namespace declarations and the documents the nodes belong to are not compared.
   Iterative, so a deep tree cannot exhaust the stack. Returns 1 when they are the same, else 0. */
int samlcheck_same_subtree(const xmlNode *a, const xmlNode *b);

/* xmlsec errors: a process-wide callback that keeps each thread's messages apart. Install once,
   reset before a call, then read what that call reported. Nothing is printed. */
void samlcheck_xmlsec_install_error_sink(void);
void samlcheck_xmlsec_errors_reset(void);
int samlcheck_xmlsec_error_count(void);
const char *samlcheck_xmlsec_error_message(int index);
int samlcheck_xmlsec_error_reason(int index);

/* sizeof as the C compiler sees the xmlsec types: compared with Swift's MemoryLayout at start-up,
   so a header/ABI mismatch (see CXMLSec/include/shim.h) is caught instead of corrupting memory. */
size_t samlcheck_xmlsec_size_of_xmlSecSize(void);
size_t samlcheck_xmlsec_size_of_transform_klass(void);
size_t samlcheck_xmlsec_size_of_dsig_ctx(void);


/* Tunes glibc's allocator for a process that checks one large document and exits: keeps freed
   memory rather than returning it to the kernel and asking again, and turns off fastbins, whose
     consolidation otherwise lands in the middle of rendering. Affects the whole process. */
void samlcheck_tune_allocator_for_one_document(void);

#endif
