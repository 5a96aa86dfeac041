#ifndef SAMLCHECK_CFETCH_H
#define SAMLCHECK_CFETCH_H

#include <stddef.h>

/// One HTTP(S) GET, done in C because curl_easy_setopt and curl_easy_getinfo are variadic.
/// Redirects are never followed here: the caller decides about each one.
typedef struct samlcheck_http_request {
    const char *url;
    /// A PEM CA bundle added to verification (CURLOPT_CAINFO); NULL for the system store.
    const char *ca_file;
    /// Non-zero turns TLS peer and host verification off.
    int insecure;
    long connect_timeout_ms;
    long timeout_ms;
    /// Largest body accepted (after decompression); larger bodies stop the transfer.
    long long max_bytes;
    /// Extra request headers ("Name: value"), NULL-terminated; may be NULL.
    const char *const *headers;
    /// A request body to POST; NULL for a GET.
    const unsigned char *post_body;
    size_t post_length;
    /// When non-NULL, a flag the caller sets (samlcheck_flag_raise) to abort the transfer; it is
    /// looked at from libcurl's progress callback, at least once a second.
    const int *cancelled;
} samlcheck_http_request;

/// Sets a cancellation flag from any thread.
void samlcheck_flag_raise(int *flag);
/// Reads a cancellation flag (non-zero once raised).
int samlcheck_flag_is_raised(const int *flag);

typedef struct samlcheck_http_response {
    long status;
    unsigned char *body;
    size_t body_length;
    /// The raw header block of the response ("Name: value" lines).
    char *headers;
    size_t headers_length;
    /// CURLINFO_REDIRECT_URL: where a 3xx points, resolved against the request URL; NULL otherwise.
    char *redirect_url;
    char *content_type;
    char *primary_ip;
    long ssl_verify_result;
    double total_seconds;
    /// The CURLcode of the transfer (0 when it completed).
    int curl_code;
    /// Non-zero when the body exceeded max_bytes.
    int body_too_large;
    /// CURLINFO_OS_ERRNO: the system error behind a failed connect (ECONNREFUSED…).
    long os_errno;
    char error[256];
} samlcheck_http_response;

/// Loads libcurl (on first use, not at start-up) and runs curl_global_init, once. Returns NULL
/// when libcurl is ready, otherwise why it is not (a one-line message).
const char *samlcheck_http_global_init(void);

/// Performs the request; fills `response` (free it with samlcheck_http_response_free).
/// Returns the CURLcode.
int samlcheck_http_get(const samlcheck_http_request *request, samlcheck_http_response *response);

void samlcheck_http_response_free(samlcheck_http_response *response);

/// Where a URL leads, as libcurl's own URL parser reads it (the parser a transfer to it uses).
typedef struct samlcheck_url_origin_parts {
    char scheme[16];
    char host[256];
    long port;
} samlcheck_url_origin_parts;

/// Fills `parts` with the scheme, host and port (the scheme's default when none is written) of
/// `url`. Returns 0 on success, -1 when libcurl cannot parse it (or cannot be loaded).
int samlcheck_url_origin(const char *url, samlcheck_url_origin_parts *parts);

/// The libcurl message for a CURLcode.
const char *samlcheck_http_strerror(int code);

/// Inflates raw DEFLATE data (as the HTTP-Redirect binding carries SAML messages) into at most
/// `max_out` bytes. Returns 0 on success, 1 when the output would exceed `max_out`, -1 on
/// corrupt input. `*out` is malloc'ed; free it with free().
int samlcheck_inflate_raw(const unsigned char *in, size_t in_length, unsigned char **out, size_t *out_length, size_t max_out);

/// Decompresses a gzip file's bytes, with the same conventions as samlcheck_inflate_raw.
int samlcheck_gunzip(const unsigned char *in, size_t in_length, unsigned char **out, size_t *out_length, size_t max_out);

/// Deflates raw (no zlib header) for tests and stand-ins. Same conventions.
int samlcheck_deflate_raw(const unsigned char *in, size_t in_length, unsigned char **out, size_t *out_length);

void samlcheck_free(void *pointer);

#endif
