internal import CFetch

/// The scheme, host and port a URL leads to, read by libcurl's own URL parser: the one the
/// transfer will use, so `http://chat.example.com\@evil.example/` or a userinfo trick cannot make
/// samlcheck and libcurl disagree about where a request goes.
struct URLOrigin: Sendable, Hashable, CustomStringConvertible {
    let scheme: String
    /// Lower-cased; IPv6 literals keep their brackets.
    let host: String
    let port: Int

    init?(_ url: String) {
        var parts = samlcheck_url_origin_parts()
        guard samlcheck_url_origin(url, &parts) == 0 else { return nil }
        scheme = withUnsafeBytes(of: parts.scheme) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }.lowercased()
        host = withUnsafeBytes(of: parts.host) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }.lowercased()
        port = parts.port
    }

    var description: String { "\(scheme)://\(host):\(port)" }

    /// A loopback host: `localhost` (which libcurl always resolves to loopback), 127.0.0.0/8, ::1.
    var isLoopback: Bool {
        if host == "localhost" || host.hasSuffix(".localhost") || host == "[::1]" { return true }
        if let octets = HostClassification.ipv4(host) { return octets[0] == 127 }
        return false
    }
}
