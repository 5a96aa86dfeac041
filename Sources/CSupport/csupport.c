#include "csupport.h"

#include <pthread.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <stdlib.h>
#include <string.h>

#include <libxml/parserInternals.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlerror.h>
#include <libxml/SAX2.h>
#include <libxml/valid.h>
#include <libxml/tree.h>

#include <xmlsec/xmlsec.h>
#include <xmlsec/transforms.h>
#include <xmlsec/xmldsig.h>
#include <xmlsec/errors.h>
#include <stdio.h>

void samlcheck_xml_free(void *pointer) {
    if (pointer != NULL) xmlFree(pointer);
}

static void samlcheck_ignore_generic_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

#define SAMLCHECK_MAX_ALLOWED_DIRECTORIES 16
static pthread_mutex_t allowed_lock = PTHREAD_MUTEX_INITIALIZER;
static char *allowed_directories[SAMLCHECK_MAX_ALLOWED_DIRECTORIES];
static int allowed_count = 0;
static unsigned long refused_loads = 0;

int samlcheck_allow_local_directory(const char *absolute_directory) {
    if (absolute_directory == NULL || absolute_directory[0] != '/') return -1;
    size_t length = strlen(absolute_directory);
    if (length == 0 || absolute_directory[length - 1] != '/') return -1;
    int result = -1;
    pthread_mutex_lock(&allowed_lock);
    for (int i = 0; i < allowed_count; i++) {
        if (strcmp(allowed_directories[i], absolute_directory) == 0) { result = 0; break; }
    }
    if (result != 0 && allowed_count < SAMLCHECK_MAX_ALLOWED_DIRECTORIES) {
        allowed_directories[allowed_count] = strdup(absolute_directory);
        if (allowed_directories[allowed_count] != NULL) { allowed_count++; result = 0; }
    }
    pthread_mutex_unlock(&allowed_lock);
    return result;
}

unsigned long samlcheck_refused_entity_loads(void) {
    pthread_mutex_lock(&allowed_lock);
    unsigned long count = refused_loads;
    pthread_mutex_unlock(&allowed_lock);
    return count;
}

/* Only plain absolute paths (or file:/// URLs) inside an allowed directory, with no ".." segment,
   are served; everything else (http, ftp, relative names, other files) is refused. */
static int samlcheck_path_is_allowed(const char *path) {
    if (path == NULL || path[0] != '/' || strstr(path, "/../") != NULL) return 0;
    int allowed = 0;
    pthread_mutex_lock(&allowed_lock);
    for (int i = 0; i < allowed_count && !allowed; i++) {
        size_t prefix = strlen(allowed_directories[i]);
        if (strncmp(path, allowed_directories[i], prefix) == 0) allowed = 1;
    }
    if (!allowed) refused_loads++;
    pthread_mutex_unlock(&allowed_lock);
    return allowed;
}

/* Well-known schema URLs (http://www.w3.org/…) mapped to local copies, and small schema documents
   kept in memory; both registered by the schema set-up before any schema is compiled. */
#define SAMLCHECK_MAX_MAPPINGS 32
static char *mapped_urls[SAMLCHECK_MAX_MAPPINGS];
static char *mapped_paths[SAMLCHECK_MAX_MAPPINGS];
static int mapped_count = 0;
static char *memory_urls[SAMLCHECK_MAX_MAPPINGS];
static char *memory_contents[SAMLCHECK_MAX_MAPPINGS];
static int memory_count = 0;

int samlcheck_map_url(const char *url, const char *absolute_path) {
    if (url == NULL || absolute_path == NULL || absolute_path[0] != '/') return -1;
    int result = -1;
    pthread_mutex_lock(&allowed_lock);
    for (int i = 0; i < mapped_count; i++) {
        if (strcmp(mapped_urls[i], url) == 0) {
            char *copy = strdup(absolute_path);
            if (copy != NULL) { free(mapped_paths[i]); mapped_paths[i] = copy; result = 0; }
            pthread_mutex_unlock(&allowed_lock);
            return result;
        }
    }
    if (mapped_count < SAMLCHECK_MAX_MAPPINGS) {
        mapped_urls[mapped_count] = strdup(url);
        mapped_paths[mapped_count] = strdup(absolute_path);
        if (mapped_urls[mapped_count] != NULL && mapped_paths[mapped_count] != NULL) { mapped_count++; result = 0; }
    }
    pthread_mutex_unlock(&allowed_lock);
    return result;
}

int samlcheck_register_memory_document(const char *url, const char *contents) {
    if (url == NULL || contents == NULL) return -1;
    int result = -1;
    pthread_mutex_lock(&allowed_lock);
    for (int i = 0; i < memory_count; i++) {
        if (strcmp(memory_urls[i], url) == 0) { pthread_mutex_unlock(&allowed_lock); return 0; }
    }
    if (memory_count < SAMLCHECK_MAX_MAPPINGS) {
        memory_urls[memory_count] = strdup(url);
        memory_contents[memory_count] = strdup(contents);
        if (memory_urls[memory_count] != NULL && memory_contents[memory_count] != NULL) { memory_count++; result = 0; }
    }
    pthread_mutex_unlock(&allowed_lock);
    return result;
}

static xmlParserInputPtr samlcheck_entity_loader(const char *url, const char *id, xmlParserCtxtPtr context) {
    (void)id;
    if (url == NULL) return NULL;
    const char *memory = NULL;
    char *mapped = NULL;
    pthread_mutex_lock(&allowed_lock);
    for (int i = 0; i < memory_count && memory == NULL; i++) {
        if (strcmp(memory_urls[i], url) == 0) memory = memory_contents[i];
    }
    for (int i = 0; i < mapped_count && mapped == NULL && memory == NULL; i++) {
        if (strcmp(mapped_urls[i], url) == 0) mapped = strdup(mapped_paths[i]);
    }
    pthread_mutex_unlock(&allowed_lock);
    if (memory != NULL) {
        xmlParserInputBufferPtr buffer = xmlParserInputBufferCreateMem(memory, (int)strlen(memory), XML_CHAR_ENCODING_NONE);
        if (buffer == NULL) return NULL;
        xmlParserInputPtr input = xmlNewIOInputStream(context, buffer, XML_CHAR_ENCODING_NONE);
        if (input == NULL) { xmlFreeParserInputBuffer(buffer); return NULL; }
        input->filename = (char *)xmlStrdup((const xmlChar *)url);
        return input;
    }
    const char *path = mapped != NULL ? mapped : url;
    if (strncmp(path, "file://", 7) == 0) path += 7;
    xmlParserInputPtr input = NULL;
    if (samlcheck_path_is_allowed(path)) input = xmlNewInputFromFile(context, path);
    free(mapped);
    return input;
}

static pthread_once_t global_once = PTHREAD_ONCE_INIT;

static void samlcheck_libxml_global_init_once(void) {
    xmlInitParser();
    xmlThrDefSetGenericErrorFunc(NULL, samlcheck_ignore_generic_error);
    xmlSetGenericErrorFunc(NULL, samlcheck_ignore_generic_error);
    xmlSetExternalEntityLoader(samlcheck_entity_loader);
}

void samlcheck_libxml_global_init(void) {
    pthread_once(&global_once, samlcheck_libxml_global_init_once);
    /* The generic error function is per thread in a threaded libxml2; a thread whose state was
       created before the once-block ran keeps the default printer, so set it on every call. */
    xmlSetGenericErrorFunc(NULL, samlcheck_ignore_generic_error);
}

/* context->_private points at the caller's samlcheck_parse_state. */
static void samlcheck_internal_subset(void *user_data, const xmlChar *name, const xmlChar *external_id,
                                      const xmlChar *system_id) {
    (void)external_id;
    (void)system_id;
    xmlParserCtxtPtr context = (xmlParserCtxtPtr)user_data;
    samlcheck_parse_state *state = (samlcheck_parse_state *)context->_private;
    if (state != NULL) {
        state->doctype_seen = 1;
        state->doctype_line = context->input != NULL ? context->input->line : 0;
        state->doctype_is_html = (name != NULL && xmlStrcasecmp(name, (const xmlChar *)"html") == 0) ? 1 : 0;
    }
    xmlStopParser(context);
}

static void samlcheck_note_carriage_return(xmlParserCtxtPtr context, xmlNodePtr element) {
    samlcheck_parse_state *state = (samlcheck_parse_state *)context->_private;
    if (state == NULL || element == NULL) return;
    size_t count = state->carriage_return_count;
    if (count > 0 && state->carriage_return_elements[count - 1] == element) return;
    if (count == state->carriage_return_capacity) {
        size_t capacity = state->carriage_return_capacity == 0 ? 16 : state->carriage_return_capacity * 2;
        xmlNodePtr *grown = realloc(state->carriage_return_elements, capacity * sizeof(xmlNodePtr));
        if (grown == NULL) return;
        state->carriage_return_elements = grown;
        state->carriage_return_capacity = capacity;
    }
    state->carriage_return_elements[count] = element;
    state->carriage_return_count = count + 1;
}

/* Text goes to the tree as before; a carriage return in it marks the element it belongs to. */
static void samlcheck_characters(void *user_data, const xmlChar *text, int length) {
    xmlParserCtxtPtr context = (xmlParserCtxtPtr)user_data;
    xmlSAX2Characters(user_data, text, length);
    if (length > 0 && memchr(text, '\r', (size_t)length) != NULL) samlcheck_note_carriage_return(context, context->node);
}

/* Lines as libxml2 keeps them with XML_PARSE_BIG_LINES: `line` up to 65,534; from 65,535 on,
   `line` holds 65,535 and the true line goes to `psvi`. libxml2 does that for text nodes only and
   recovers an element's line from the text near it, which is off by many lines inside a long
   certificate; we do it for elements and comments too (nothing else uses their psvi field), and
   samlcheck_node_line reads it back. */
static void samlcheck_set_line(xmlNodePtr node, long line) {
    if (line < 65535) {
        node->line = (unsigned short)line;
    } else {
        node->line = 65535;
        node->psvi = (void *)(ptrdiff_t)line;
    }
}

/* libxml2 records an element's line when its start tag has been read, i.e. the line of its '>'.
   Attribute values cannot contain a raw '<', so the nearest '<' before the parser's position is
   where the tag began: count the line breaks in between to report the line the element starts on. */
static void samlcheck_start_element(void *user_data, const xmlChar *local_name, const xmlChar *prefix,
                                    const xmlChar *uri, int namespace_count, const xmlChar **namespaces,
                                    int attribute_count, int defaulted_count, const xmlChar **attributes) {
    xmlParserCtxtPtr context = (xmlParserCtxtPtr)user_data;
    xmlSAX2StartElementNs(user_data, local_name, prefix, uri, namespace_count, namespaces, attribute_count,
                          defaulted_count, attributes);
    xmlNodePtr node = context->node;
    /* Attributes come as (local name, prefix, URI, value, end) with character references resolved. */
    for (int index = 0; index < attribute_count && node != NULL; index++) {
        const xmlChar *value = attributes[index * 5 + 3];
        const xmlChar *end = attributes[index * 5 + 4];
        if (value != NULL && end > value && memchr(value, '\r', (size_t)(end - value)) != NULL) {
            samlcheck_note_carriage_return(context, node);
            break;
        }
    }
    xmlParserInputPtr input = context->input;
    if (node == NULL || input == NULL || input->cur == NULL || input->base == NULL) return;
    const xmlChar *cursor = input->cur;
    int line_breaks = 0;
    while (cursor > input->base) {
        cursor--;
        if (*cursor == '<') break;
        if (*cursor == '\n') line_breaks++;
    }
    /* When the tag's start has left the buffer, keep libxml2's line (where the tag ends). */
    int line = *cursor == '<' ? input->line - line_breaks : input->line;
    if (line > 0) samlcheck_set_line(node, line);
}

/* Comments get their exact line too (the line the comment ends on, as libxml2 counts it). */
static void samlcheck_comment(void *user_data, const xmlChar *value) {
    xmlParserCtxtPtr context = (xmlParserCtxtPtr)user_data;
    xmlSAX2Comment(user_data, value);
    xmlNodePtr parent = context->node != NULL ? context->node : (xmlNodePtr)context->myDoc;
    xmlNodePtr comment = parent != NULL ? parent->last : NULL;
    if (comment != NULL && comment->type == XML_COMMENT_NODE && context->input != NULL && context->input->line > 0) {
        samlcheck_set_line(comment, context->input->line);
    }
}

long samlcheck_node_line(const xmlNode *node) {
    if (node == NULL) return 0;
    if (node->type == XML_ATTRIBUTE_NODE) {
        node = node->parent;
        if (node == NULL) return 0;
    }
    if ((node->type == XML_ELEMENT_NODE || node->type == XML_COMMENT_NODE || node->type == XML_TEXT_NODE)
        && node->line == 65535 && node->psvi != NULL) {
        return (long)(ptrdiff_t)node->psvi;
    }
    return xmlGetLineNo(node);
}

void samlcheck_install_parser_hooks(xmlParserCtxtPtr context, samlcheck_parse_state *state) {
    context->_private = state;
    if (context->sax != NULL) {
        context->sax->internalSubset = samlcheck_internal_subset;
        context->sax->externalSubset = NULL;
        context->sax->startElementNs = samlcheck_start_element;
        /* Whitespace between elements comes through ignorableWhitespace, which SAX2 points at the
           same function when blanks are kept (as here: the signature needs them). */
        if (context->sax->ignorableWhitespace == xmlSAX2Characters) context->sax->ignorableWhitespace = samlcheck_characters;
        context->sax->characters = samlcheck_characters;
        context->sax->comment = samlcheck_comment;
    }
}

void samlcheck_parse_state_release(samlcheck_parse_state *state) {
    free(state->carriage_return_elements);
    state->carriage_return_elements = NULL;
    state->carriage_return_count = 0;
    state->carriage_return_capacity = 0;
}

/* xmlsec's error callback is process-wide; each thread collects the errors of its own calls. */
#define SAMLCHECK_XMLSEC_MAX_ERRORS 16
#define SAMLCHECK_XMLSEC_ERROR_LENGTH 384
static _Thread_local char xmlsec_errors[SAMLCHECK_XMLSEC_MAX_ERRORS][SAMLCHECK_XMLSEC_ERROR_LENGTH];
static _Thread_local int xmlsec_reasons[SAMLCHECK_XMLSEC_MAX_ERRORS];
static _Thread_local int xmlsec_error_count = 0;

static void samlcheck_xmlsec_error_sink(const char *file, int line, const char *func, const char *error_object,
                                        const char *error_subject, int reason, const char *message) {
    (void)file;
    (void)line;
    if (xmlsec_error_count >= SAMLCHECK_XMLSEC_MAX_ERRORS) return;
    snprintf(xmlsec_errors[xmlsec_error_count], SAMLCHECK_XMLSEC_ERROR_LENGTH, "%s: %s%s%s%s%s",
             func != NULL ? func : "xmlsec",
             message != NULL ? message : "",
             error_object != NULL ? " (object " : "", error_object != NULL ? error_object : "",
             error_subject != NULL ? ", subject " : "", error_subject != NULL ? error_subject : "");
    size_t length = strlen(xmlsec_errors[xmlsec_error_count]);
    if (error_object != NULL && length + 1 < SAMLCHECK_XMLSEC_ERROR_LENGTH) {
        xmlsec_errors[xmlsec_error_count][length] = ')';
        xmlsec_errors[xmlsec_error_count][length + 1] = 0;
    }
    xmlsec_reasons[xmlsec_error_count] = reason;
    xmlsec_error_count++;
}

void samlcheck_xmlsec_install_error_sink(void) { xmlSecErrorsSetCallback(samlcheck_xmlsec_error_sink); }
void samlcheck_xmlsec_errors_reset(void) { xmlsec_error_count = 0; }
int samlcheck_xmlsec_error_count(void) { return xmlsec_error_count; }
const char *samlcheck_xmlsec_error_message(int index) {
    return (index >= 0 && index < xmlsec_error_count) ? xmlsec_errors[index] : "";
}
int samlcheck_xmlsec_error_reason(int index) {
    return (index >= 0 && index < xmlsec_error_count) ? xmlsec_reasons[index] : 0;
}

size_t samlcheck_xmlsec_size_of_xmlSecSize(void) { return sizeof(xmlSecSize); }
size_t samlcheck_xmlsec_size_of_transform_klass(void) { return sizeof(xmlSecTransformKlass); }
size_t samlcheck_xmlsec_size_of_dsig_ctx(void) { return sizeof(xmlSecDSigCtx); }

/* A node moved between documents: the document pointer of the node, its attributes and their
   text, and (when grafting) its line. Lines follow libxml2's convention: up to 65,534 in `line`;
   at 65,535 and above `line` holds 65,535 and a text node keeps the true line in `psvi`
   (XML_PARSE_BIG_LINES), which is where xmlGetLineNo finds it. */
static void samlcheck_shift_line(xmlNodePtr node, long offset) {
    if (offset == 0) return;
    if (node->type == XML_TEXT_NODE || node->type == XML_ELEMENT_NODE || node->type == XML_COMMENT_NODE) {
        /* 65,535 without a psvi line: unknown, recovered from nearby text by xmlGetLineNo. */
        long local = node->line == 65535 ? (long)(ptrdiff_t)node->psvi : (long)node->line;
        if (local > 0) samlcheck_set_line(node, local + offset);
    } else if (node->type == XML_PI_NODE && node->line != 0 && node->line != 65535) {
        long line = (long)node->line + offset;
        node->line = (unsigned short)(line < 65535 ? line : 65535);
    }
}

static void samlcheck_move_node(xmlNodePtr node, xmlDocPtr document, long offset) {
    node->doc = document;
    samlcheck_shift_line(node, offset);
    if (node->type != XML_ELEMENT_NODE) return;
    for (xmlAttrPtr attribute = node->properties; attribute != NULL; attribute = attribute->next) {
        attribute->doc = document;
        for (xmlNodePtr text = attribute->children; text != NULL; text = text->next) {
            text->doc = document;
            samlcheck_shift_line(text, offset);
        }
    }
}

/* Every node of the sibling run first..last and of their subtrees, in document order, without
   recursion (the parser admits deep trees). */
static void samlcheck_move_run(xmlNodePtr first, xmlNodePtr last, xmlNodePtr parent, xmlDocPtr document, long offset) {
    for (xmlNodePtr top = first; top != NULL; top = top->next) {
        top->parent = parent;
        xmlNodePtr node = top;
        while (node != NULL) {
            samlcheck_move_node(node, document, offset);
            if (node->type == XML_ELEMENT_NODE && node->children != NULL) { node = node->children; continue; }
            while (node != top && node->next == NULL) node = node->parent;
            node = node == top ? NULL : node->next;
        }
        if (top == last) break;
    }
}

int samlcheck_graft_halves(xmlDocPtr host, xmlDocPtr donor, long line_offset, samlcheck_graft *graft) {
    memset(graft, 0, sizeof(*graft));
    xmlNodePtr host_root = xmlDocGetRootElement(host);
    xmlNodePtr donor_root = xmlDocGetRootElement(donor);
    if (host_root == NULL || donor_root == NULL) return -1;
    graft->host = host;
    graft->donor = donor;
    graft->host_last = host_root->last;
    graft->first = donor_root->children;
    graft->last = donor_root->last;
    if (graft->first != NULL) {
        samlcheck_move_run(graft->first, graft->last, host_root, host, line_offset);
        if (host_root->last != NULL) host_root->last->next = graft->first; else host_root->children = graft->first;
        graft->first->prev = host_root->last;
        host_root->last = graft->last;
        donor_root->children = NULL;
        donor_root->last = NULL;
    }
    /* What follows the document element (comments, processing instructions) was only in the
       second half; the host's document element was its last child. */
    graft->trailing_first = donor_root->next;
    if (graft->trailing_first != NULL) {
        graft->trailing_last = donor->last;
        samlcheck_move_run(graft->trailing_first, graft->trailing_last, (xmlNodePtr)host, host, line_offset);
        graft->trailing_first->prev = host->last;
        if (host->last != NULL) host->last->next = graft->trailing_first; else host->children = graft->trailing_first;
        host->last = graft->trailing_last;
        donor_root->next = NULL;
        donor->last = donor_root;
    }
    /* Attributes such as xml:lang point at a document's built-in xml namespace, which the
       parser creates when it first meets one: make sure the host has it too, so no reader has
       to create it later while another reads the tree. */
    if (host->oldNs == NULL && donor->oldNs != NULL) xmlSearchNs(host, host_root, (const xmlChar *)"xml");
    return 0;
}

void samlcheck_ungraft_halves(samlcheck_graft *graft) {
    if (graft->host == NULL || graft->donor == NULL) return;
    xmlNodePtr host_root = xmlDocGetRootElement(graft->host);
    xmlNodePtr donor_root = xmlDocGetRootElement(graft->donor);
    if (host_root == NULL || donor_root == NULL) return;
    if (graft->trailing_first != NULL) {
        xmlNodePtr before = graft->trailing_first->prev;
        if (before != NULL) before->next = NULL; else graft->host->children = NULL;
        graft->host->last = before;
        samlcheck_move_run(graft->trailing_first, graft->trailing_last, (xmlNodePtr)graft->donor, graft->donor, 0);
        graft->trailing_first->prev = donor_root;
        donor_root->next = graft->trailing_first;
        graft->donor->last = graft->trailing_last;
    }
    if (graft->first != NULL) {
        if (graft->host_last != NULL) graft->host_last->next = NULL; else host_root->children = NULL;
        host_root->last = graft->host_last;
        samlcheck_move_run(graft->first, graft->last, donor_root, graft->donor, 0);
        graft->first->prev = NULL;
        donor_root->children = graft->first;
        donor_root->last = graft->last;
    }
    graft->host = NULL;
    graft->donor = NULL;
}

static int samlcheck_has_prefix(const xmlChar *text, const char *prefix) {
    return text != NULL && strncmp((const char *)text, prefix, strlen(prefix)) == 0;
}

static void samlcheck_register_id_attribute(xmlDocPtr document, xmlAttrPtr attribute, int *count) {
    if (attribute->atype == XML_ATTRIBUTE_ID) return;
    xmlChar *value = xmlNodeListGetString(document, attribute->children, 1);
    if (value == NULL) return;
    /* xs:ID collapses whitespace: strip it as the schema validator does before registering. */
    xmlChar *start = value;
    while (*start == ' ' || *start == '\t' || *start == '\n' || *start == '\r') start++;
    size_t length = strlen((const char *)start);
    while (length > 0 && (start[length - 1] == ' ' || start[length - 1] == '\t' || start[length - 1] == '\n' || start[length - 1] == '\r')) length--;
    start[length] = 0;
    if (length > 0 && xmlValidateNCName(start, 0) == 0 && xmlGetID(document, start) == NULL) {
        if (xmlAddID(NULL, document, start, attribute) != NULL) (*count)++;
    }
    xmlFree(value);
}

int samlcheck_register_ids(xmlDocPtr document) {
    int count = 0;
    xmlNodePtr root = xmlDocGetRootElement(document);
    xmlNodePtr node = root;
    while (node != NULL) {
        if (node->type == XML_ELEMENT_NODE) {
            const xmlChar *href = node->ns != NULL ? node->ns->href : NULL;
            const char *name = NULL;
            if (samlcheck_has_prefix(href, "urn:oasis:names:tc:SAML:")) name = "ID";
            else if (samlcheck_has_prefix(href, "http://www.w3.org/2000/09/xmldsig#") || samlcheck_has_prefix(href, "http://www.w3.org/2009/xmldsig11#")
                     || samlcheck_has_prefix(href, "http://www.w3.org/2001/04/xmlenc#") || samlcheck_has_prefix(href, "http://www.w3.org/2009/xmlenc11#")) name = "Id";
            if (name != NULL) {
                for (xmlAttrPtr attribute = node->properties; attribute != NULL; attribute = attribute->next) {
                    if (attribute->ns == NULL && xmlStrEqual(attribute->name, (const xmlChar *)name)) {
                        samlcheck_register_id_attribute(document, attribute, &count);
                    }
                }
            }
            if (node->children != NULL) { node = node->children; continue; }
        }
        while (node != NULL && node != root && node->next == NULL) node = node->parent;
        if (node == NULL || node == root) break;
        node = node->next;
    }
    return count;
}

void samlcheck_tune_allocator_for_one_document(void) {
#if defined(__GLIBC__)
    mallopt(M_MXFAST, 0);
    mallopt(M_TOP_PAD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
#endif
}

/* Two strings (or both NULL) alike. libc's strcmp, not xmlStrEqual, which goes byte by byte:
   a diff compares every name and value of two aggregates. */
static int samlcheck_same_string(const xmlChar *a, const xmlChar *b) {
    if (a == b) return 1;
    if (a == NULL || b == NULL) return 0;
    return strcmp((const char *)a, (const char *)b) == 0;
}

/* Both unqualified, or both in a namespace with the same URI and prefix. */
static int samlcheck_same_namespace(const xmlNs *a, const xmlNs *b) {
    if (a == NULL || b == NULL) return a == b;
    return samlcheck_same_string(a->href, b->href) && samlcheck_same_string(a->prefix, b->prefix);
}

/* The node itself, without its children: type, name, namespace, content and attributes. */
static int samlcheck_same_node(const xmlNode *a, const xmlNode *b) {
    if (a->type != b->type) return 0;
    switch (a->type) {
    case XML_ELEMENT_NODE: {
        if (!samlcheck_same_string(a->name, b->name) || !samlcheck_same_namespace(a->ns, b->ns)) return 0;
        const xmlAttr *x = a->properties, *y = b->properties;
        for (; x != NULL && y != NULL; x = x->next, y = y->next) {
            if (!samlcheck_same_string(x->name, y->name) || !samlcheck_same_namespace(x->ns, y->ns)) return 0;
            /* An attribute's value is its chain of text (and, with a DTD, entity reference) nodes. */
            const xmlNode *u = x->children, *v = y->children;
            for (; u != NULL && v != NULL; u = u->next, v = v->next) {
                if (u->type != v->type || !samlcheck_same_string(u->name, v->name) || !samlcheck_same_string(u->content, v->content)) return 0;
            }
            if (u != NULL || v != NULL) return 0;
        }
        return x == NULL && y == NULL;
    }
    case XML_TEXT_NODE:
    case XML_CDATA_SECTION_NODE:
    case XML_COMMENT_NODE:
    case XML_PI_NODE:
        return samlcheck_same_string(a->name, b->name) && samlcheck_same_string(a->content, b->content);
    case XML_ENTITY_REF_NODE:
        return samlcheck_same_string(a->name, b->name);
    default:
        /* Nothing else occurs inside an element of a parsed document; never call it the same. */
        return 0;
    }
}

int samlcheck_same_subtree(const xmlNode *a, const xmlNode *b) {
    if (a == NULL || b == NULL) return a == b;
    const xmlNode *x = a, *y = b;
    for (;;) {
        if (!samlcheck_same_node(x, y)) return 0;
        if (x->type == XML_ELEMENT_NODE && (x->children != NULL || y->children != NULL)) {
            if (x->children == NULL || y->children == NULL) return 0;
            x = x->children;
            y = y->children;
            continue;
        }
        /* No children to enter: on to the next sibling, climbing as far as needed. The two walks
           move in step, so when one is back at its start so is the other. */
        for (;;) {
            if (x == a) return 1;
            if (x->next != NULL || y->next != NULL) {
                if (x->next == NULL || y->next == NULL) return 0;
                x = x->next;
                y = y->next;
                break;
            }
            x = x->parent;
            y = y->parent;
        }
    }
}
