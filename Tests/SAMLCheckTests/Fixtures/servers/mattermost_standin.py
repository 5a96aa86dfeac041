#!/usr/bin/python3
"""A Mattermost stand-in on 127.0.0.1 serving the endpoint shapes of Mattermost's SAML API.

Usage: mattermost_standin.py SCENARIO.json
The scenario file is read on every request, so a test can write it after learning the port
(printed as the first line of standard output). Keys (all optional):
  version            X-Version-Id header value
  client_config      object for GET /api/v4/config/client?format=old
  license            object for GET /api/v4/license/client?format=old
  metadata           {"status": 200, "content_type": "...", "body": "..."} for GET /api/v4/saml/metadata
  login              {"mode": "redirect", "endpoint", "destination", "issuer", "acs", "sig_alg"} or
                     {"mode": "error"}: GET /login/sso/saml (a real deflated AuthnRequest)
  token              the admin token; the admin endpoints answer 401 without it
  admin_missing      true: the admin endpoints answer 404 (an older server, or a proxy that hides them)
  admin_config       object for GET /api/v4/config
  cert_status        object for GET /api/v4/saml/certificate/status
  metadata_from_idp  object for POST /api/v4/saml/metadatafromidp
  idp_metadata       XML served at /idp/metadata.xml
"""
import base64, http.server, json, signal, sys, urllib.parse, zlib

signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
scenario_path = sys.argv[1]


def scenario():
    with open(scenario_path) as handle:
        return json.load(handle)


def app_error(status, error_id, message):
    return {"id": error_id, "message": message, "detailed_error": "", "request_id": "standin", "status_code": status}


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, status, body, content_type, headers=()):
        data = body.encode() if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        version = scenario().get("version")
        if version:
            self.send_header("X-Version-Id", version)
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def json(self, status, value):
        self.send(status, json.dumps(value), "application/json")

    def admin(self):
        if scenario().get("admin_missing"):
            self.json(404, app_error(404, "api.context.404.app_error", "Sorry, we could not find the page."))
            return False
        token = scenario().get("token")
        if not token or self.headers.get("Authorization") != "Bearer " + token:
            self.json(401, app_error(401, "api.context.session_expired.app_error", "Invalid or expired session, please login again."))
            return False
        return True

    def do_GET(self):
        current = scenario()
        path = urllib.parse.urlsplit(self.path).path
        if path == "/api/v4/config/client":
            self.json(200, current.get("client_config", {}))
        elif path == "/api/v4/license/client":
            self.json(200, current.get("license", {}))
        elif path == "/api/v4/saml/metadata":
            answer = current.get("metadata", {"status": 501, "body": json.dumps(app_error(501, "api.admin.saml.not_available.app_error",
                                                                                         "SAML 2.0 is not configured or supported on this server.")),
                                              "content_type": "application/json"})
            headers = [("Content-Disposition", 'attachment; filename="metadata.xml"')] if answer.get("status") == 200 else []
            self.send(answer["status"], answer["body"], answer.get("content_type", "application/xml"), headers)
        elif path == "/login/sso/saml":
            login = current.get("login", {"mode": "error"})
            if login["mode"] == "error":
                self.send(302, "", "text/html", [("Location", "/error?type=oauth_invalid_param&message=SAML+2.0+is+not+configured")])
                return
            request = ('<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"'
                       ' ID="_standin" Version="2.0" IssueInstant="2026-11-29T00:00:00Z" Destination="%s" AssertionConsumerServiceURL="%s"'
                       ' ProtocolBinding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"><saml:Issuer>%s</saml:Issuer>'
                       '<samlp:NameIDPolicy AllowCreate="true"/></samlp:AuthnRequest>') % (login["destination"], login["acs"], login["issuer"])
            compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
            deflated = compressor.compress(request.encode()) + compressor.flush()
            query = {"SAMLRequest": base64.b64encode(deflated).decode(), "RelayState": base64.b64encode(b'{"action":""}').decode()}
            if login.get("sig_alg"):
                query["SigAlg"] = login["sig_alg"]
                query["Signature"] = base64.b64encode(b"not a real signature").decode()
            location = login.get("endpoint", login["destination"]) + "?" + urllib.parse.urlencode(query, quote_via=urllib.parse.quote)
            self.send(302, "", "text/html", [("Location", location)])
        elif path == "/api/v4/config":
            if self.admin():
                self.json(200, current.get("admin_config", {}))
        elif path == "/api/v4/saml/certificate/status":
            if self.admin():
                self.json(200, current.get("cert_status", {}))
        elif path == "/idp/metadata.xml":
            if "idp_metadata" in current:
                self.send(200, current["idp_metadata"], "application/samlmetadata+xml")
            else:
                self.send(404, "<html><head><title>Not Found</title></head></html>", "text/html")
        else:
            self.json(404, app_error(404, "api.context.404.app_error", "Sorry, we could not find the page."))

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        body = json.loads(self.rfile.read(length) or b"{}")
        path = urllib.parse.urlsplit(self.path).path
        if path == "/api/v4/saml/metadatafromidp":
            if not self.admin():
                return
            answer = scenario().get("metadata_from_idp")
            if answer is None or "saml_metadata_url" not in body:
                self.json(400, app_error(400, "api.admin.saml.failure_get_metadata_from_idp.app_error", "Failed to obtain metadata from Identity Provider URL."))
            else:
                self.json(200, answer)
        else:
            self.json(404, app_error(404, "api.context.404.app_error", "Sorry, we could not find the page."))


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
print(server.server_address[1], flush=True)
server.serve_forever()
