#!/usr/bin/python3
"""A real HTTP(S) server on 127.0.0.1 for samlcheck's fetch tests.

Usage: metadata_server.py DOCROOT [--cert CERT --key KEY] [--http-port-file FILE]
Prints the port it listens on as the first line of standard output, then serves:
  /files/NAME          DOCROOT/NAME as application/samlmetadata+xml
  /gzip/NAME           the same, gzip-compressed (Content-Encoding: gzip)
  /as-html/NAME        DOCROOT/NAME served with the wrong type, text/html
  /gzip-file/NAME      DOCROOT/NAME gzip-compressed as a file (application/gzip, no Content-Encoding)
  /redirect?to=URL     302 to URL (any scheme)
  /chain/N             302 to /chain/N-1 ... /chain/0 serves files/chain.xml
  /loop/a, /loop/b     302 to each other
  /html                200, a login page (text/html)
  /missing             404 with an HTML body
  /error               500 with a text body
  /slow?seconds=S      waits S seconds, then serves files/ok.xml
  /big?mb=N            N MiB of XML-ish filler
  /empty               200 with an empty body
  /gzipbomb?mb=N       N MiB of zeros, gzip-compressed to a few hundred KB
  /entities/ID         MDQ: DOCROOT/mdq/<sha1 of the entityID>.xml, by entityID or {sha1}hex
  /conditional/NAME    DOCROOT/NAME with an ETag (SHA-1 of the bytes) and the file's mtime as
                       Last-Modified; 304 when If-None-Match or If-Modified-Since says the client
                       has it; 503 while DOCROOT/NAME.down exists. Each request's conditional
                       headers are appended to DOCROOT/requests.log.
"""
import email.utils, gzip, hashlib, http.server, os, signal, ssl, sys, time, urllib.parse, zlib

# The test process may start us with signals blocked (the mask is inherited): take them back so
# that terminating the server works.
signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})

docroot = sys.argv[1]
args = sys.argv[2:]
cert = key = None
if "--cert" in args:
    cert = args[args.index("--cert") + 1]
    key = args[args.index("--key") + 1]


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, status, body, content_type="application/samlmetadata+xml", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Last-Modified", "Fri, 01 May 2026 00:00:00 GMT")
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location):
        self.send(302, b"", "text/plain", [("Location", location)])

    def file(self, name):
        path = os.path.join(docroot, os.path.basename(name))
        if not os.path.isfile(path):
            return self.send(404, b"<html><head><title>Not Found</title></head><body>no such file</body></html>", "text/html")
        with open(path, "rb") as handle:
            return handle.read()

    def do_GET(self):
        parsed = urllib.parse.urlsplit(self.path)
        query = urllib.parse.parse_qs(parsed.query)
        path = parsed.path
        if path.startswith("/files/"):
            body = self.file(path[len("/files/"):])
            if body is not None:
                self.send(200, body)
        elif path.startswith("/gzip/"):
            body = self.file(path[len("/gzip/"):])
            if body is not None:
                self.send(200, gzip.compress(body), headers=[("Content-Encoding", "gzip")])
        elif path.startswith("/as-html/"):
            body = self.file(path[len("/as-html/"):])
            if body is not None:
                self.send(200, body, "text/html; charset=utf-8")
        elif path.startswith("/gzip-file/"):
            body = self.file(path[len("/gzip-file/"):])
            if body is not None:
                self.send(200, gzip.compress(body), "application/gzip")
        elif path == "/redirect":
            self.redirect(query["to"][0])
        elif path.startswith("/chain/"):
            left = int(path.split("/")[2])
            if left == 0:
                self.send(200, self.file("ok.xml"))
            else:
                self.redirect("/chain/%d" % (left - 1))
        elif path == "/loop/a":
            self.redirect("/loop/b")
        elif path == "/loop/b":
            self.redirect("/loop/a")
        elif path == "/html":
            self.send(200, b"<!DOCTYPE html>\n<html><head><title>Sign in - Northwind SSO</title></head><body><form></form></body></html>", "text/html; charset=utf-8")
        elif path == "/missing":
            self.send(404, b"<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>", "text/html")
        elif path == "/error":
            self.send(500, b"metadata generation failed: signing key unavailable", "text/plain")
        elif path == "/slow":
            time.sleep(float(query.get("seconds", ["5"])[0]))
            self.send(200, self.file("ok.xml"))
        elif path == "/big":
            size = int(float(query.get("mb", ["1"])[0]) * 1024 * 1024)
            self.send(200, b"<x>" + b"a" * size + b"</x>")
        elif path == "/gzipbomb":
            # N MiB of zeros compressed to a few hundred KB: what decompression must not trust.
            compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
            chunk = b"\0" * (1 << 20)
            body = b"".join(compressor.compress(chunk) for _ in range(int(query.get("mb", ["256"])[0]))) + compressor.flush()
            self.send(200, body, headers=[("Content-Encoding", "gzip")])
        elif path == "/empty":
            self.send(200, b"")
        elif path.startswith("/conditional/"):
            name = os.path.basename(path[len("/conditional/"):])
            with open(os.path.join(docroot, "requests.log"), "a") as log:
                log.write("%s If-None-Match=%s If-Modified-Since=%s\n" % (name, self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since")))
            if os.path.exists(os.path.join(docroot, name + ".down")):
                return self.send(503, b"maintenance", "text/plain")
            body = self.file(name)
            if body is None:
                return
            etag = '"%s"' % hashlib.sha1(body).hexdigest()
            modified = email.utils.formatdate(int(os.path.getmtime(os.path.join(docroot, name))), usegmt=True)
            headers = [("ETag", etag)]
            since = self.headers.get("If-Modified-Since")
            if self.headers.get("If-None-Match") == etag or (self.headers.get("If-None-Match") is None and since == modified):
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/samlmetadata+xml")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Last-Modified", modified)
            self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(body)
        elif path.startswith("/entities/"):
            identifier = urllib.parse.unquote(path[len("/entities/"):])
            digest = identifier[len("{sha1}"):] if identifier.startswith("{sha1}") else hashlib.sha1(identifier.encode()).hexdigest()
            name = os.path.join("mdq", digest + ".xml")
            if os.path.isfile(os.path.join(docroot, name)):
                with open(os.path.join(docroot, name), "rb") as handle:
                    self.send(200, handle.read())
            else:
                self.send(404, b"unknown entity", "text/plain")
        else:
            self.send(404, b"no route", "text/plain")


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
if cert:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
print(server.server_address[1], flush=True)
try:
    server.serve_forever()
except KeyboardInterrupt:
    pass
