#!/usr/bin/python3
"""A minimal Mattermost site that logs the Authorization header of every request it receives.

Usage: token_site.py --bind ADDRESS --log FILE [--tls CERT KEY] [--token TOKEN]
                     [--redirect-to BASE | --same-origin-redirect]
Prints its port as the first line of standard output. Each request appends one JSON line to the
log: {"method", "path", "authorization"} (null when the header was absent).
  --redirect-to BASE      every request answers 302 to BASE + the same path and query
  --same-origin-redirect  GET /api/v4/config answers 302 to /api/v4/config?moved=1 on this origin
  --token TOKEN           the admin endpoints answer 200 with this token, else 401 with a body that
                          echoes the Authorization header it got (as some proxies' error pages do)
"""
import argparse, http.server, json, signal, ssl, threading, urllib.parse

signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
parser = argparse.ArgumentParser()
parser.add_argument("--bind", required=True)
parser.add_argument("--log", required=True)
parser.add_argument("--tls", nargs=2)
parser.add_argument("--token")
parser.add_argument("--redirect-to")
parser.add_argument("--same-origin-redirect", action="store_true")
options = parser.parse_args()
log_lock = threading.Lock()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def record(self, method):
        with log_lock, open(options.log, "a") as handle:
            handle.write(json.dumps({"method": method, "path": self.path, "authorization": self.headers.get("Authorization")}) + "\n")

    def send(self, status, body, content_type="application/json", headers=()):
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-Version-Id", "10.5.1.14523.abcdef.true")
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def admin(self, body):
        expected = "Bearer " + (options.token or "")
        received = self.headers.get("Authorization")
        if options.token and received == expected:
            self.send(200, json.dumps(body))
        else:
            echo = json.dumps({"id": "api.context.session_expired.app_error", "status_code": 401,
                               "message": "Invalid or expired session, please login again.",
                               "detailed_error": "request header was Authorization: %s" % received})
            self.send(401, echo)

    def handle_request(self, method):
        self.record(method)
        if method == "POST":
            length = int(self.headers.get("Content-Length", "0"))
            self.rfile.read(length)
        if options.redirect_to:
            self.send(302, "", "text/html", [("Location", options.redirect_to + self.path)])
            return
        parts = urllib.parse.urlsplit(self.path)
        if options.same_origin_redirect and parts.path == "/api/v4/config" and "moved" not in parts.query:
            self.send(302, "", "text/html", [("Location", "/api/v4/config?moved=1")])
            return
        scheme = "https" if options.tls else "http"
        site = "%s://%s:%d" % (scheme, options.bind, self.server.server_address[1])
        if parts.path == "/api/v4/config/client":
            self.send(200, json.dumps({"SiteURL": site, "EnableSaml": "true", "BuildEnterpriseReady": "true", "Version": "10.5.1"}))
        elif parts.path == "/api/v4/license/client":
            self.send(200, json.dumps({"IsLicensed": "true", "SAML": "true"}))
        elif parts.path == "/api/v4/config":
            self.admin({"ServiceSettings": {"SiteURL": site}, "SamlSettings": {"Enable": True, "Verify": True, "Encrypt": False}})
        elif parts.path == "/api/v4/saml/certificate/status":
            self.admin({"idp_certificate_file": True, "private_key_file": False, "public_certificate_file": False})
        else:
            self.send(404, json.dumps({"id": "api.context.404.app_error", "message": "Sorry, we could not find the page.", "status_code": 404}))

    def do_GET(self):
        self.handle_request("GET")

    def do_POST(self):
        self.handle_request("POST")


server = http.server.ThreadingHTTPServer((options.bind, 0), Handler)
server.daemon_threads = True
if options.tls:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(options.tls[0], options.tls[1])
    server.socket = context.wrap_socket(server.socket, server_side=True)
print(server.server_address[1], flush=True)
server.serve_forever()
