/// What kind of host an http(s) URL names, for the entityID and endpoint host rules.
enum HostClassification {
    enum Kind: Equatable {
        case localhost
        case ipLiteral(privateRange: Bool)
        case singleLabel
        case reserved(String)
        case ordinary
    }

    static func classify(_ host: String) -> Kind {
        let host = host.utf8.contains(where: { (0x41...0x5A).contains($0) }) ? host.lowercased() : host
        if host == "localhost" || host.hasSuffix(".localhost") { return .localhost }
        if host.hasPrefix("[") { return .ipLiteral(privateRange: isPrivateIPv6(String(host.dropFirst().dropLast()))) }
        if let last = host.utf8.last, (0x30...0x39).contains(last), let octets = ipv4(host) { return .ipLiteral(privateRange: isPrivateIPv4(octets)) }
        // Byte and Substring comparisons: this runs for every endpoint of every entity, and
        // String.contains(String) builds a search table on each call.
        if !host.utf8.contains(UInt8(ascii: ".")) { return .singleLabel }
        let labels = host.split(separator: ".")
        if let last = labels.last, reservedTopLabels.contains(where: { last == $0 }) {
            return .reserved(String(last))
        }
        if labels.count >= 2, labels[labels.count - 2] == "example", let last = labels.last, exampleTopLabels.contains(where: { last == $0 }) {
            return .reserved("example.\(last)")
        }
        return .ordinary
    }

    /// Top labels reserved for documentation, testing and local networks (RFC 2606, 6761, 6762).
    private static let reservedTopLabels = ["example", "test", "invalid", "local", "localdomain", "internal", "lan"]
    private static let exampleTopLabels = ["com", "org", "net"]

    static func ipv4(_ host: String) -> [Int]? {
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        let octets = parts.compactMap { Int($0) }.filter { (0...255).contains($0) }
        return octets.count == 4 ? octets : nil
    }

    static func isPrivateIPv4(_ octets: [Int]) -> Bool {
        switch (octets[0], octets[1]) {
        case (10, _), (127, _), (0, _): return true
        case (172, 16...31), (192, 168), (169, 254), (100, 64...127): return true
        default: return false
        }
    }

    static func isPrivateIPv6(_ address: String) -> Bool {
        let lower = address.lowercased()
        return lower == "::1" || lower.hasPrefix("fc") || lower.hasPrefix("fd") || lower.hasPrefix("fe80")
    }

    /// The registrable domain, approximately: the last two labels, or three under a generic
    /// second-level label of a country code (ac.uk, co.jp, edu.au…).
    static func registrableDomain(_ host: String) -> String {
        let labels = host.lowercased().split(separator: ".").map(String.init)
        guard labels.count > 2 else { return labels.joined(separator: ".") }
        let second = labels[labels.count - 2]
        let last = labels[labels.count - 1]
        if last.count == 2, genericSecondLevelLabels.contains(second) {
            return labels.suffix(3).joined(separator: ".")
        }
        return labels.suffix(2).joined(separator: ".")
    }

    /// Second-level labels under which country codes register organisations (ac.uk, edu.au…).
    private static let genericSecondLevelLabels: Set<String> = ["ac", "co", "com", "edu", "gov", "net", "org", "or", "ne", "go", "gv", "gob", "mil", "nhs", "sch"]

    /// Whether a domain is, approximately, a public suffix: a top-level domain, or a generic
    /// second-level label under a country code (ac.uk, edu.au).
    static func isPublicSuffix(_ domain: String) -> Bool {
        let labels = domain.lowercased().split(separator: ".").map(String.init)
        if labels.count == 1 { return true }
        return labels.count == 2 && labels[1].count == 2 && genericSecondLevelLabels.contains(labels[0])
    }
}
