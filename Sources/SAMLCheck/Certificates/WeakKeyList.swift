#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A list of known-compromised RSA keys in the openssl-blacklist format (see `WeakKeyDigest`):
/// the two shipped with samlcheck, or one an operator gives (`--weak-keys`, `weakKeys`), such as
/// Debian's openssl-blacklist files.
public struct WeakKeyList: Sendable, Hashable {
    /// The list's name as findings cite it: its file name.
    public let name: String
    package let entries: Set<WeakKeyDigest>

    /// Reads a list: one digest a line, `#` comments and blank lines ignored. A line that is
    /// neither is an error naming it, so a wrong file is never taken for an empty list.
    public init(name: String, text: String) throws(WeakKeyListError) {
        var entries = Set<WeakKeyDigest>()
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map { $0.trimmingWhitespace() } ?? ""
            if line.isEmpty { continue }
            guard let digest = WeakKeyDigest(hex: line) else {
                throw WeakKeyListError("\(name):\(index + 1): '\(line.prefix(40))' is not a key digest (20 hex digits, as in openssl-blacklist files)")
            }
            entries.insert(digest)
        }
        self.name = name
        self.entries = entries
    }

    /// Reads a list from a file.
    public static func load(_ path: String) throws(WeakKeyListError) -> WeakKeyList {
        guard let data = FileManager.default.contents(atPath: path) else { throw WeakKeyListError("weak-key list \(path) cannot be read") }
        return try WeakKeyList(name: path.split(separator: "/").last.map(String.init) ?? path, text: String(decoding: data, as: UTF8.self))
    }

    /// The lists shipped with samlcheck: keys published with software (demo and dummy keys),
    /// from the Shibboleth metadata aggregator (Apache-2.0; Resources/WeakKeys/PROVENANCE.md).
    public static let shipped: [WeakKeyList] = [
        try! WeakKeyList(name: "compromised-1024.txt", text: String(decoding: PackageResources.compromised_1024_txt, as: UTF8.self)),
        try! WeakKeyList(name: "compromised-2048.txt", text: String(decoding: PackageResources.compromised_2048_txt, as: UTF8.self)),
    ]
}

/// Why a weak-key list could not be used, in one line.
public struct WeakKeyListError: Error, Sendable, CustomStringConvertible {
    /// What is wrong with the list, naming it.
    public let description: String
    init(_ description: String) { self.description = description }
}
