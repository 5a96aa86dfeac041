#if canImport(Glibc)
import Glibc
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
internal import CFetch
import Dispatch

/// HTTP(S) GET through libcurl: TLS verified by default, only http and https, redirects followed
/// by hand (at most `maximumRedirects`, never from https to http, never to another scheme, no
/// loops), bodies capped after decompression, and failures explained in one line.
package struct HTTPFetcher: Sendable {
    package let options: FetchOptions

    /// libcurl itself is loaded by the first request, so runs that only read files never pay for it.
    package init(options: FetchOptions = FetchOptions()) {
        self.options = options
    }

    /// Fetches `url`, following redirects unless `followRedirects` is false (then a 3xx is returned).
    package func get(_ url: String, headers: [String] = [], followRedirects: Bool = true) async throws(FetchError) -> HTTPResponse {
        try await request(url, headers: headers, credential: nil, body: nil, followRedirects: followRedirects)
    }

    /// POSTs `body` to `url` (redirects are not followed: a POST is not repeated elsewhere).
    package func post(_ url: String, body: [UInt8], headers: [String] = []) async throws(FetchError) -> HTTPResponse {
        try await request(url, headers: headers, credential: nil, body: body, followRedirects: false)
    }

    /// A request carrying `credential`, which goes only where `FetchCredential.permits(_:)`
    /// allows: a redirect anywhere else is not followed (`FetchError.Kind.credentialWithheld`).
    func request(_ url: String, headers: [String], credential: FetchCredential, body: [UInt8]? = nil) async throws(FetchError) -> HTTPResponse {
        try await request(url, headers: headers, credential: Optional(credential), body: body, followRedirects: body == nil)
    }

    private func request(_ url: String, headers: [String], credential: FetchCredential?, body: [UInt8]?,
                         followRedirects: Bool) async throws(FetchError) -> HTTPResponse {
        try checkScheme(url, requestedURL: url)
        var current = url
        var redirects: [String] = []
        var visited: Set<String> = [url]
        var seconds = 0.0
        while true {
            var hopHeaders = headers
            if let credential {
                // Each hop is checked where libcurl will connect, with libcurl's URL parser.
                guard let origin = URLOrigin(current), credential.permits(origin) else {
                    throw FetchError(.credentialWithheld, url: url,
                                     current == url ? (credential.refusal ?? "the token may not go to \(current); it was not sent")
                                                    : "the site redirects \(Self.path(of: url)) to \(current); the token was not sent")
                }
                hopHeaders.append(credential.header)
            }
            let hop = try await perform(current, headers: hopHeaders, body: body)
            seconds += hop.seconds
            let isRedirect = [301, 302, 303, 307, 308].contains(hop.status)
            guard followRedirects, isRedirect, let target = hop.redirectURL else {
                return HTTPResponse(requestedURL: url, finalURL: current, redirects: redirects, status: hop.status, headers: hop.headers,
                                    body: hop.body, seconds: seconds, tlsVerified: hop.tlsVerified, address: hop.address)
            }
            try checkScheme(target, requestedURL: url)
            if current.lowercased().hasPrefix("https:") && target.lowercased().hasPrefix("http:") {
                throw FetchError(.redirect, url: url, "redirect from https to plain http refused (\(current) → \(target))")
            }
            guard visited.insert(target).inserted else {
                throw FetchError(.redirect, url: url, "redirect loop: \(target) was already visited")
            }
            redirects.append(target)
            guard redirects.count <= options.maximumRedirects else {
                throw FetchError(.redirect, url: url, "more than \(options.maximumRedirects) redirects")
            }
            current = target
        }
    }

    /// The path and query of an absolute URL, for messages ("/api/v4/config").
    static func path(of url: String) -> String {
        let parts = url.split(separator: "://", maxSplits: 1)
        guard parts.count == 2 else { return url }
        return parts[1].firstIndex(of: "/").map { String(parts[1][$0...]) } ?? "/"
    }

    private func checkScheme(_ target: String, requestedURL: String) throws(FetchError) {
        let scheme = URIText(target).scheme
        guard scheme == "http" || scheme == "https" else {
            let shown = scheme.map { "\($0):" } ?? "a URL without scheme"
            let message = target == requestedURL ? "only http and https URLs can be fetched, not \(shown)"
                : "redirect to \(target) refused: only http and https are followed"
            throw FetchError(target == requestedURL ? .scheme : .redirect, url: requestedURL, message)
        }
    }

    private struct Hop: Sendable {
        var status: Int
        var headers: [(name: String, value: String)]
        var body: [UInt8]
        var redirectURL: String?
        var seconds: Double
        var tlsVerified: Bool
        var address: String?
    }

    private func perform(_ url: String, headers: [String], body: [UInt8]?) async throws(FetchError) -> Hop {
        let options = self.options
        if Task.isCancelled { throw FetchError(.cancelled, url: url, "cancelled before the request was sent") }
        // Cancelling the task raises the flag; libcurl's progress callback sees it within a
        // second and aborts the transfer, so a cancelled fetch from a slow server does not run on.
        let flag = CancellationFlag()
        let result: Result<Hop, FetchError> = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                // curl_easy_perform blocks: run it on a Dispatch worker, not on a cooperative thread.
                DispatchQueue.global().async {
                    continuation.resume(returning: HTTPFetcher.blockingRequest(url, headers: headers, body: body, options: options, cancelled: flag))
                }
            }
        } onCancel: {
            flag.raise()
        }
        return try result.get()
    }

    private static func blockingRequest(_ url: String, headers: [String], body: [UInt8]?, options: FetchOptions,
                                        cancelled: CancellationFlag) -> Result<Hop, FetchError> {
        var response = samlcheck_http_response()
        defer { samlcheck_http_response_free(&response) }
        let code: Int32 = url.withCString { urlPointer in
            withCStrings(headers) { headerPointers in
                withOptionalCString(options.caFile) { caPointer in
                    withOptionalBytes(body) { bodyPointer, bodyLength in
                        var request = samlcheck_http_request(
                            url: urlPointer, ca_file: caPointer, insecure: options.insecure ? 1 : 0,
                            connect_timeout_ms: Int(options.connectTimeoutSeconds * 1000), timeout_ms: Int(options.timeoutSeconds * 1000),
                            max_bytes: Int64(options.maximumBytes), headers: headerPointers, post_body: bodyPointer, post_length: bodyLength,
                            cancelled: cancelled.pointer)
                        return samlcheck_http_get(&request, &response)
                    }
                }
            }
        }
        let message = withUnsafeBytes(of: response.error) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        if code != 0 {
            if cancelled.isRaised { return .failure(FetchError(.cancelled, url: url, "cancelled; the transfer was aborted")) }
            return .failure(explain(code: code, message: message, verifyResult: response.ssl_verify_result, systemError: response.os_errno,
                                    tooLarge: response.body_too_large != 0, url: url, options: options))
        }
        let body = response.body.map { Array(UnsafeBufferPointer(start: $0, count: response.body_length)) } ?? []
        let headerText = response.headers.map { String(decoding: UnsafeBufferPointer(start: UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self),
                                                                                     count: response.headers_length), as: UTF8.self) } ?? ""
        return .success(Hop(status: response.status, headers: parseHeaders(headerText), body: body,
                            redirectURL: response.redirect_url.map { String(cString: $0) }, seconds: response.total_seconds,
                            tlsVerified: url.lowercased().hasPrefix("https:") && !options.insecure,
                            address: response.primary_ip.map { String(cString: $0) }))
    }

    /// "Name: value" lines of the last header block (a proxy's 200 Connection established or a
    /// 100 Continue come before it).
    static func parseHeaders(_ text: String) -> [(name: String, value: String)] {
        var fields: [(String, String)] = []
        // "\r\n" is one Character in Swift: split on any line break.
        for trimmed in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if trimmed.hasPrefix("HTTP/") { fields = []; continue }
            guard let colon = trimmed.firstIndex(of: ":") else { continue }
            fields.append((String(trimmed[..<colon]), String(trimmed[trimmed.index(after: colon)...]).trimmingWhitespace()))
        }
        return fields
    }

    private static func explain(code: Int32, message: String, verifyResult: Int, systemError: Int, tooLarge: Bool, url: String,
                                options: FetchOptions) -> FetchError {
        let uri = URIText(url)
        let host = uri.host ?? url
        if tooLarge || code == 63 {
            return FetchError(.tooLarge, url: url, "the response is larger than the \(options.maximumBytes)-byte limit (raise it with --max-download)")
        }
        switch code {
        case 6:
            return FetchError(.dns, url: url, "cannot resolve the host name \(host) (DNS)")
        case 7:
            let port = uri.port ?? (uri.isHTTPS ? 443 : 80)
            let reason: String
            switch Int32(systemError) {
            case ECONNREFUSED: reason = "connection refused (nothing listens there)"
            case EHOSTUNREACH: reason = "no route to host"
            case ENETUNREACH: reason = "network unreachable"
            default: reason = message
            }
            return FetchError(.refused, url: url, "cannot connect to \(host) port \(port): \(reason)")
        case 28:
            let phase = message.lowercased().contains("connection timed out") || message.lowercased().contains("connect")
                ? "connecting timed out after \(seconds(options.connectTimeoutSeconds))"
                : "no complete answer within \(seconds(options.timeoutSeconds))"
            return FetchError(.timeout, url: url, phase + " (raise it with --connect-timeout / --timeout)")
        case 60, 51, 58, 77, 83, 90, 91:
            return FetchError(.tls, url: url, "TLS: " + tlsReason(verifyResult: verifyResult, message: message, host: host))
        case 35:
            return FetchError(.tls, url: url, "TLS handshake failed: \(message)")
        case 1:
            return FetchError(.scheme, url: url, "only http and https URLs can be fetched")
        case 3:
            return FetchError(.network, url: url, "the URL is malformed")
        case 52:
            return FetchError(.network, url: url, "the server closed the connection without answering")
        case 61:
            return FetchError(.network, url: url, "the response's Content-Encoding could not be decoded: \(message)")
        default:
            return FetchError(.network, url: url, message.isEmpty ? String(cString: samlcheck_http_strerror(code)) : message)
        }
    }

    private static func tlsReason(verifyResult: Int, message: String, host: String) -> String {
        let lowered = message.lowercased()
        if lowered.contains("subject name") || lowered.contains("host name") || lowered.contains("hostname") || verifyResult == 62 {
            return "the server's certificate is not valid for the host name \(host)"
        }
        switch verifyResult {
        case 10: return "the server's certificate has expired"
        case 9: return "the server's certificate is not yet valid"
        case 18: return "the server's certificate is self-signed and not trusted (trust it with --ca-file)"
        case 19: return "the server's certificate chain ends in a self-signed CA that is not trusted (add it with --ca-file)"
        case 20, 21: return "the server's certificate is issued by a CA that is not trusted (add it with --ca-file)"
        case 23: return "the server's certificate has been revoked"
        default: return message.isEmpty ? "the server's certificate could not be verified" : message
        }
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}

private func withOptionalCString<Result>(_ text: String?, _ body: (UnsafePointer<CChar>?) -> Result) -> Result {
    guard let text else { return body(nil) }
    return text.withCString { body($0) }
}

private func withOptionalBytes<Result>(_ bytes: [UInt8]?, _ body: (UnsafePointer<UInt8>?, Int) -> Result) -> Result {
    guard let bytes else { return body(nil, 0) }
    // A zero-length body still needs a non-NULL pointer to mean "POST".
    let storage = bytes.isEmpty ? [0] : bytes
    return storage.withUnsafeBufferPointer { body($0.baseAddress, bytes.count) }
}

private func withCStrings<Result>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> Result) -> Result {
    guard !strings.isEmpty else { return body(nil) }
    let copies: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
    defer { copies.forEach { free($0) } }
    var pointers: [UnsafePointer<CChar>?] = copies.map { $0.map { UnsafePointer($0) } }
    pointers.append(nil)
    return pointers.withUnsafeBufferPointer { body($0.baseAddress) }
}


/// A flag a task's cancellation handler raises and libcurl's progress callback reads, from
/// different threads (atomically, in C). It lives as long as the request that reads it.
final class CancellationFlag: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Int32>

    init() {
        pointer = .allocate(capacity: 1)
        pointer.initialize(to: 0)
    }

    deinit { pointer.deallocate() }

    func raise() { samlcheck_flag_raise(pointer) }

    var isRaised: Bool { samlcheck_flag_is_raised(pointer) != 0 }
}
