/// Observes a Mattermost deployment from outside, as an anonymous client (and, with a personal
/// access token, as an admin): the endpoints of Mattermost's SAML API, for the diagnostics D1–D8.
/// Nothing here judges; ``MattermostDiagnosis`` does.
public struct MattermostProbe: Sendable {
    /// How requests are made.
    public let fetch: FetchOptions
    /// A personal access token of a system admin, for D7/D8.
    public let token: String?

    /// A probe with `fetch` options and, for the admin diagnostics, a token.
    public init(fetch: FetchOptions = FetchOptions(), token: String? = nil) {
        self.fetch = fetch
        self.token = token
    }

    /// Why the token cannot be used with `siteURL`, as one line; nil when it can. A token goes
    /// only to the site's own origin, and over plain http only to a loopback host unless
    /// `fetch.insecure` insists (see `FetchCredential`).
    public static func tokenRefusal(siteURL: String, fetch: FetchOptions) -> String? {
        guard let credential = FetchCredential(bearerToken: "-", for: siteURL, plainHTTPAccepted: fetch.insecure) else {
            return "the site URL \(siteURL) cannot be read as a URL, so the token has nowhere safe to go"
        }
        return credential.refusal
    }

    /// Probes `siteURL`; `idpMetadata` is a URL or a file (nil: the configured IdpMetadataURL,
    /// when the token can read it); `idpCertificate` is the saml-idp.crt file, when given.
    ///
    /// The token goes only to the site's origin (a redirect elsewhere is not followed for a
    /// request that carries it), and nothing recorded here contains it: answers and errors are
    /// scrubbed, so no report can echo it.
    public func observe(siteURL: String, idpMetadata: String? = nil, idpCertificate: String? = nil) async -> MattermostObservation {
        let fetcher = HTTPFetcher(options: fetch)
        var base = siteURL
        while base.hasSuffix("/") { base.removeLast() }
        let credential = token.flatMap { FetchCredential(bearerToken: $0, for: base, plainHTTPAccepted: fetch.insecure) }
        let api = ["Accept: application/json", "X-Requested-With: XMLHttpRequest"]

        func scrubbed(_ exchange: HTTPExchange) -> HTTPExchange {
            credential.map { exchange.redacted(by: $0) } ?? exchange
        }
        func get(_ path: String, headers: [String] = [], follow: Bool = true) async -> HTTPExchange {
            do {
                return scrubbed(HTTPExchange(response: try await fetcher.get(base + path, headers: headers, followRedirects: follow)))
            } catch {
                return scrubbed(HTTPExchange(failure: error.message))
            }
        }
        /// A request that carries the token (GET, or POST with `body`).
        func authorized(_ path: String, body: [UInt8]? = nil, headers: [String] = []) async -> HTTPExchange {
            guard let credential else { return HTTPExchange(failure: "the site URL cannot be read as a URL; the token was not sent") }
            do {
                return scrubbed(HTTPExchange(response: try await fetcher.request(base + path, headers: api + headers, credential: credential, body: body)))
            } catch {
                return scrubbed(HTTPExchange(failure: error.message))
            }
        }

        var observation = MattermostObservation(siteURL: siteURL, tokenGiven: token != nil)
        observation.tokenOverPlainHTTP = credential.map { $0.origin.scheme == "http" && !$0.origin.isLoopback } ?? false
        observation.clientConfig = await get("/api/v4/config/client?format=old", headers: api)
        observation.clientLicense = await get("/api/v4/license/client?format=old", headers: api)
        observation.spMetadata = await get("/api/v4/saml/metadata", headers: [MetadataFetcher.accept])
        observation.loginProbe = await get("/login/sso/saml", follow: false)
        if token != nil {
            observation.adminConfig = await authorized("/api/v4/config")
            observation.certificateStatus = await authorized("/api/v4/saml/certificate/status")
        }

        let configuredURL = observation.adminConfig?.jsonObject?["SamlSettings"]?["IdpMetadataURL"]?.stringValue
            ?? observation.adminConfig?.jsonObject?["SamlSettings"]?["IdpMetadataUrl"]?.stringValue
        if let configuredURL, !configuredURL.isEmpty, token != nil {
            let body = "{\"saml_metadata_url\":\"\(JSONText.escaped(configuredURL))\"}"
            observation.metadataFromIdP = await authorized("/api/v4/saml/metadatafromidp", body: Array(body.utf8),
                                                           headers: ["Content-Type: application/json"])
        }

        // The IdP metadata: what the user gave, else what Mattermost is configured to fetch
        // (with https:// prepended when the scheme is missing, as Mattermost does).
        if let source = idpMetadata ?? configuredURL.flatMap({ $0.isEmpty ? nil : $0 }) {
            observation.idpMetadataSource = source
            observation.idpMetadataGiven = idpMetadata != nil
            if case .url(let url) = MetadataInput(argument: source) {
                do {
                    observation.idpMetadata = scrubbed(HTTPExchange(response: try await fetcher.get(url, headers: [MetadataFetcher.accept])))
                } catch {
                    observation.idpMetadata = scrubbed(HTTPExchange(failure: error.message))
                }
                if let host = URIText(url).host { observation.idpMetadataAddresses = await HostResolver.addresses(of: host) }
            } else if idpMetadata == nil {
                let url = "https://" + source
                do {
                    observation.idpMetadata = scrubbed(HTTPExchange(response: try await fetcher.get(url, headers: [MetadataFetcher.accept])))
                } catch {
                    observation.idpMetadata = scrubbed(HTTPExchange(failure: error.message))
                }
                if let host = URIText(url).host { observation.idpMetadataAddresses = await HostResolver.addresses(of: host) }
            } else {
                observation.idpMetadataIsFile = true
                do {
                    observation.idpMetadata = HTTPExchange(status: 200, body: try InputReader.readAll(source, maximumBytes: fetch.maximumBytes))
                } catch {
                    observation.idpMetadata = HTTPExchange(failure: error.description)
                }
            }
        }
        if let idpCertificate {
            observation.idpCertificate = try? InputReader.readAll(idpCertificate, maximumBytes: 1 << 20)
        }
        return observation
    }
}

/// JSON string escaping for the few request bodies samlcheck writes.
enum JSONText {
    static func escaped(_ text: String) -> String {
        text.escaping { scalar in
            switch scalar {
            case "\"": return "\\\""
            case "\\": return "\\\\"
            case "\n": return "\\n"
            case "\r": return "\\r"
            case "\t": return "\\t"
            default:
                guard scalar.value < 0x20 else { return nil }
                let hex = String(scalar.value, radix: 16)
                return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
        }
    }
}
