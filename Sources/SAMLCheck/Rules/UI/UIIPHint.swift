#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// UI-IPHINT: IPHint is a CIDR block.
struct UIIPHint: Rule {
    static let description = RuleDescription(
        id: "UI-IPHINT",
        title: "IPHint is an IPv4 or IPv6 CIDR block",
        severity: .error,
        profiles: [.coreExt],
        citation: "MDUI §2.2.2",
        rationale: "IPHint is defined as an RFC 4632 CIDR block (address/prefix); a bare address, a range or a host name cannot be matched against the user's address.",
        hint: "Write the network as address/prefix, e.g. 192.0.2.0/24 or 2001:db8::/32.",
        examples: [
            .triggers(MDUI.idp(#"<mdui:DiscoHints \#(MDUI.namespace)>↓<mdui:IPHint>192.0.2.0-192.0.2.255</mdui:IPHint></mdui:DiscoHints>"#)),
            .passes(MDUI.idp(#"<mdui:DiscoHints \#(MDUI.namespace)><mdui:IPHint>192.0.2.0/24</mdui:IPHint><mdui:IPHint>2001:db8::/32</mdui:IPHint></mdui:DiscoHints>"#)),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for hint in MDUI.elements("IPHint", in: entity) where !Self.isCIDR(hint.trimmedText) {
            context.report("IPHint \"\(hint.trimmedText)\" is not a CIDR block (address/prefix).", at: hint.position)
        }
    }

    static func isCIDR(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let prefix = Int(parts[1]), parts[1].allSatisfy(\.isASCII) else { return false }
        var buffer = [UInt8](repeating: 0, count: 16)
        let address = String(parts[0])
        if inet_pton(AF_INET, address, &buffer) == 1 { return (0...32).contains(prefix) }
        if inet_pton(AF_INET6, address, &buffer) == 1 { return (0...128).contains(prefix) }
        return false
    }
}
