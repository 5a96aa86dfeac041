#include "cfetch.h"

#include <curl/curl.h>
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <zlib.h>
#include <stdlib.h>
#include <string.h>

/* libcurl is loaded on the first fetch rather than at start-up: it brings some thirty libraries
   (GnuTLS for RTMP, Kerberos, LDAP, SSH...) whose loading and relocation cost every run about
   4 ms, a fifth of checking one local entity, although most runs read files. The headers still
   come from libcurl4-openssl-dev; the library is its soname, libcurl.so.4. curl_global_init then
   runs once (pthread_once) with other threads alive, which libcurl allows since 7.84 when built
   thread-safe (CURL_VERSION_THREADSAFE; Debian 12's 7.88.1 is). */
static struct {
    CURLcode (*global_init)(long flags);
    CURL *(*easy_init)(void);
    CURLcode (*easy_setopt)(CURL *curl, CURLoption option, ...);
    CURLcode (*easy_perform)(CURL *curl);
    CURLcode (*easy_getinfo)(CURL *curl, CURLINFO info, ...);
    const char *(*easy_strerror)(CURLcode code);
    void (*easy_cleanup)(CURL *curl);
    struct curl_slist *(*slist_append)(struct curl_slist *list, const char *string);
    void (*slist_free_all)(struct curl_slist *list);
    CURLU *(*url)(void);
    CURLUcode (*url_set)(CURLU *handle, CURLUPart what, const char *part, unsigned int flags);
    CURLUcode (*url_get)(const CURLU *handle, CURLUPart what, char **part, unsigned int flags);
    void (*url_cleanup)(CURLU *handle);
    void (*curl_free)(void *pointer);
} curl_api;
static int curl_loaded = 0;
static char curl_load_error[200];
static pthread_once_t curl_once = PTHREAD_ONCE_INIT;

static void load_curl(void) {
    void *library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        const char *reason = dlerror();
        snprintf(curl_load_error, sizeof(curl_load_error), "libcurl could not be loaded (install libcurl4): %s",
                 reason ? reason : "libcurl.so.4 not found");
        return;
    }
#define SAMLCHECK_LOAD(field, symbol) \
    if (!(*(void **)&curl_api.field = dlsym(library, symbol))) { \
        snprintf(curl_load_error, sizeof(curl_load_error), "libcurl.so.4 lacks %s", symbol); \
        return; \
    }
    SAMLCHECK_LOAD(global_init, "curl_global_init")
    SAMLCHECK_LOAD(easy_init, "curl_easy_init")
    SAMLCHECK_LOAD(easy_setopt, "curl_easy_setopt")
    SAMLCHECK_LOAD(easy_perform, "curl_easy_perform")
    SAMLCHECK_LOAD(easy_getinfo, "curl_easy_getinfo")
    SAMLCHECK_LOAD(easy_strerror, "curl_easy_strerror")
    SAMLCHECK_LOAD(easy_cleanup, "curl_easy_cleanup")
    SAMLCHECK_LOAD(slist_append, "curl_slist_append")
    SAMLCHECK_LOAD(slist_free_all, "curl_slist_free_all")
    SAMLCHECK_LOAD(url, "curl_url")
    SAMLCHECK_LOAD(url_set, "curl_url_set")
    SAMLCHECK_LOAD(url_get, "curl_url_get")
    SAMLCHECK_LOAD(url_cleanup, "curl_url_cleanup")
    SAMLCHECK_LOAD(curl_free, "curl_free")
#undef SAMLCHECK_LOAD
    if (curl_api.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
        snprintf(curl_load_error, sizeof(curl_load_error), "curl_global_init failed");
        return;
    }
    curl_loaded = 1;
}

const char *samlcheck_http_global_init(void) {
    pthread_once(&curl_once, load_curl);
    return curl_loaded ? NULL : curl_load_error;
}

typedef struct buffer {
    unsigned char *data;
    size_t length;
    size_t capacity;
    long long limit;
    int too_large;
} buffer;

static int buffer_append(buffer *target, const void *bytes, size_t count) {
    if (target->limit >= 0 && (long long)(target->length + count) > target->limit) {
        target->too_large = 1;
        return 0;
    }
    if (target->length + count + 1 > target->capacity) {
        size_t capacity = target->capacity ? target->capacity : 16384;
        while (capacity < target->length + count + 1) capacity *= 2;
        unsigned char *grown = realloc(target->data, capacity);
        if (!grown) return 0;
        target->data = grown;
        target->capacity = capacity;
    }
    memcpy(target->data + target->length, bytes, count);
    target->length += count;
    target->data[target->length] = 0;
    return 1;
}

static size_t write_body(char *data, size_t size, size_t count, void *user) {
    return buffer_append((buffer *)user, data, size * count) ? size * count : 0;
}

static size_t write_header(char *data, size_t size, size_t count, void *user) {
    return buffer_append((buffer *)user, data, size * count) ? size * count : 0;
}

static char *copy_string(const char *text) {
    if (!text) return NULL;
    size_t length = strlen(text);
    char *copy = malloc(length + 1);
    if (copy) memcpy(copy, text, length + 1);
    return copy;
}

void samlcheck_flag_raise(int *flag) { __atomic_store_n(flag, 1, __ATOMIC_RELEASE); }
int samlcheck_flag_is_raised(const int *flag) { return __atomic_load_n(flag, __ATOMIC_ACQUIRE); }

/* libcurl calls this often while data flows and about once a second when nothing does: the
   place to notice that the caller gave up. Non-zero aborts (CURLE_ABORTED_BY_CALLBACK). */
static int abort_when_cancelled(void *flag, curl_off_t down_total, curl_off_t down_now, curl_off_t up_total, curl_off_t up_now) {
    (void)down_total; (void)down_now; (void)up_total; (void)up_now;
    return __atomic_load_n((const int *)flag, __ATOMIC_ACQUIRE) != 0;
}

int samlcheck_http_get(const samlcheck_http_request *request, samlcheck_http_response *response) {
    memset(response, 0, sizeof(*response));
    const char *load_error = samlcheck_http_global_init();
    if (load_error) {
        response->curl_code = CURLE_FAILED_INIT;
        strncpy(response->error, load_error, sizeof(response->error) - 1);
        return CURLE_FAILED_INIT;
    }
    CURL *curl = curl_api.easy_init();
    if (!curl) {
        response->curl_code = CURLE_FAILED_INIT;
        strncpy(response->error, "libcurl could not be initialised", sizeof(response->error) - 1);
        return CURLE_FAILED_INIT;
    }
    buffer body = {0}, headers = {0};
    body.limit = request->max_bytes;
    headers.limit = 1024 * 1024;
    struct curl_slist *header_list = NULL;
    if (request->headers) {
        for (const char *const *header = request->headers; *header; header++) header_list = curl_api.slist_append(header_list, *header);
    }
    char error[CURL_ERROR_SIZE] = {0};

    curl_api.easy_setopt(curl, CURLOPT_URL, request->url);
    curl_api.easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_api.easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    curl_api.easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_api.easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");
    curl_api.easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, request->connect_timeout_ms);
    curl_api.easy_setopt(curl, CURLOPT_TIMEOUT_MS, request->timeout_ms);
    curl_api.easy_setopt(curl, CURLOPT_USERAGENT, "samlcheck/0.1");
    curl_api.easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
    curl_api.easy_setopt(curl, CURLOPT_WRITEFUNCTION, write_body);
    curl_api.easy_setopt(curl, CURLOPT_WRITEDATA, &body);
    curl_api.easy_setopt(curl, CURLOPT_HEADERFUNCTION, write_header);
    curl_api.easy_setopt(curl, CURLOPT_HEADERDATA, &headers);
    if (request->max_bytes >= 0) curl_api.easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)request->max_bytes);
    if (header_list) curl_api.easy_setopt(curl, CURLOPT_HTTPHEADER, header_list);
    if (request->ca_file) curl_api.easy_setopt(curl, CURLOPT_CAINFO, request->ca_file);
    if (request->post_body) {
        curl_api.easy_setopt(curl, CURLOPT_POST, 1L);
        curl_api.easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)request->post_length);
        curl_api.easy_setopt(curl, CURLOPT_COPYPOSTFIELDS, (const char *)request->post_body);
    }
    if (request->cancelled) {
        curl_api.easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, abort_when_cancelled);
        curl_api.easy_setopt(curl, CURLOPT_XFERINFODATA, (void *)request->cancelled);
        curl_api.easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    }
    if (request->insecure) {
        curl_api.easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_api.easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
    }

    CURLcode code = curl_api.easy_perform(curl);
    response->curl_code = (int)code;
    if (code == CURLE_FILESIZE_EXCEEDED) body.too_large = 1;
    response->body_too_large = body.too_large;
    curl_api.easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response->status);
    char *redirect = NULL;
    curl_api.easy_getinfo(curl, CURLINFO_REDIRECT_URL, &redirect);
    response->redirect_url = copy_string(redirect);
    char *content_type = NULL;
    curl_api.easy_getinfo(curl, CURLINFO_CONTENT_TYPE, &content_type);
    response->content_type = copy_string(content_type);
    char *ip = NULL;
    curl_api.easy_getinfo(curl, CURLINFO_PRIMARY_IP, &ip);
    response->primary_ip = copy_string(ip);
    curl_api.easy_getinfo(curl, CURLINFO_SSL_VERIFYRESULT, &response->ssl_verify_result);
    curl_api.easy_getinfo(curl, CURLINFO_TOTAL_TIME, &response->total_seconds);
    curl_api.easy_getinfo(curl, CURLINFO_OS_ERRNO, &response->os_errno);
    strncpy(response->error, error[0] ? error : curl_api.easy_strerror(code), sizeof(response->error) - 1);

    response->body = body.data;
    response->body_length = body.length;
    response->headers = (char *)headers.data;
    response->headers_length = headers.length;
    curl_api.slist_free_all(header_list);
    curl_api.easy_cleanup(curl);
    return (int)code;
}

int samlcheck_url_origin(const char *url, samlcheck_url_origin_parts *parts) {
    memset(parts, 0, sizeof(*parts));
    if (samlcheck_http_global_init()) return -1;
    CURLU *handle = curl_api.url();
    if (!handle) return -1;
    int result = -1;
    char *scheme = NULL, *host = NULL, *port = NULL;
    if (curl_api.url_set(handle, CURLUPART_URL, url, 0) == CURLUE_OK
        && curl_api.url_get(handle, CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK
        && curl_api.url_get(handle, CURLUPART_HOST, &host, 0) == CURLUE_OK
        && curl_api.url_get(handle, CURLUPART_PORT, &port, CURLU_DEFAULT_PORT) == CURLUE_OK
        && strlen(scheme) < sizeof(parts->scheme) && strlen(host) < sizeof(parts->host)) {
        strcpy(parts->scheme, scheme);
        strcpy(parts->host, host);
        parts->port = strtol(port, NULL, 10);
        result = 0;
    }
    if (scheme) curl_api.curl_free(scheme);
    if (host) curl_api.curl_free(host);
    if (port) curl_api.curl_free(port);
    curl_api.url_cleanup(handle);
    return result;
}

void samlcheck_http_response_free(samlcheck_http_response *response) {
    free(response->body);
    free(response->headers);
    free(response->redirect_url);
    free(response->content_type);
    free(response->primary_ip);
    memset(response, 0, sizeof(*response));
}

const char *samlcheck_http_strerror(int code) {
    return samlcheck_http_global_init() ? "libcurl is not available" : curl_api.easy_strerror((CURLcode)code);
}

static int samlcheck_inflate(const unsigned char *in, size_t in_length, unsigned char **out, size_t *out_length, size_t max_out,
                             int window_bits) {
    *out = NULL;
    *out_length = 0;
    z_stream stream;
    memset(&stream, 0, sizeof(stream));
    if (inflateInit2(&stream, window_bits) != Z_OK) return -1;
    size_t capacity = 4096;
    unsigned char *result = malloc(capacity);
    if (!result) { inflateEnd(&stream); return -1; }
    stream.next_in = (Bytef *)in;
    stream.avail_in = (uInt)in_length;
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        if (stream.total_out >= capacity) {
            if (capacity >= max_out) { free(result); inflateEnd(&stream); return 1; }
            capacity = capacity * 2 > max_out ? max_out : capacity * 2;
            unsigned char *grown = realloc(result, capacity);
            if (!grown) { free(result); inflateEnd(&stream); return -1; }
            result = grown;
        }
        stream.next_out = result + stream.total_out;
        stream.avail_out = (uInt)(capacity - stream.total_out);
        status = inflate(&stream, Z_NO_FLUSH);
        if (status == Z_BUF_ERROR && stream.avail_in == 0) break;
        if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR) { free(result); inflateEnd(&stream); return -1; }
        if (status == Z_BUF_ERROR && stream.avail_out != 0) { free(result); inflateEnd(&stream); return -1; }
    }
    if (status != Z_STREAM_END) { free(result); inflateEnd(&stream); return -1; }
    *out = result;
    *out_length = stream.total_out;
    inflateEnd(&stream);
    return 0;
}

int samlcheck_inflate_raw(const unsigned char *in, size_t in_length, unsigned char **out, size_t *out_length, size_t max_out) {
    return samlcheck_inflate(in, in_length, out, out_length, max_out, -MAX_WBITS);
}

int samlcheck_gunzip(const unsigned char *in, size_t in_length, unsigned char **out, size_t *out_length, size_t max_out) {
    /* 16 + MAX_WBITS: a gzip header and trailer around the DEFLATE data. */
    return samlcheck_inflate(in, in_length, out, out_length, max_out, 16 + MAX_WBITS);
}

int samlcheck_deflate_raw(const unsigned char *in, size_t in_length, unsigned char **out, size_t *out_length) {
    *out = NULL;
    *out_length = 0;
    z_stream stream;
    memset(&stream, 0, sizeof(stream));
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) return -1;
    size_t capacity = deflateBound(&stream, (uLong)in_length) + 16;
    unsigned char *result = malloc(capacity);
    if (!result) { deflateEnd(&stream); return -1; }
    stream.next_in = (Bytef *)in;
    stream.avail_in = (uInt)in_length;
    stream.next_out = result;
    stream.avail_out = (uInt)capacity;
    if (deflate(&stream, Z_FINISH) != Z_STREAM_END) { free(result); deflateEnd(&stream); return -1; }
    *out = result;
    *out_length = stream.total_out;
    deflateEnd(&stream);
    return 0;
}

void samlcheck_free(void *pointer) { free(pointer); }
