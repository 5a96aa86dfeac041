#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `samlcheck diff`'s reports: text for people (entities marked + added, - removed, ~ modified,
/// with each change on its own line and key rollovers named as such) and JSON for scripts.
public enum DiffRenderer {
    /// The changes as `samlcheck diff` prints them: entities added, removed and modified, with what changed.
    public static func text(_ diff: MetadataDiff) -> String {
        let added = diff.changes.filter { $0.change == .added }.count
        let removed = diff.changes.filter { $0.change == .removed }.count
        let modified = diff.changes.filter { $0.change == .modified }.count
        guard !diff.isEmpty else { return "\(diff.old) → \(diff.new): no changes\n" }
        var out = "\(diff.old) → \(diff.new): \(added) entit\(added == 1 ? "y" : "ies") added, \(removed) removed, \(modified) modified"
            + (diff.document.isEmpty ? "" : "; the document changed") + "\n"
        if !diff.document.isEmpty {
            out += "document\n"
            for detail in diff.document { out += line(detail) }
        }
        for change in diff.changes {
            switch change.change {
            case .added: out += "+ \(change.entityID) (line \(change.line))\n"
            case .removed: out += "- \(change.entityID) (was line \(change.line))\n"
            case .modified:
                out += "~ \(change.entityID) (line \(change.line))\n"
                for rollover in rollovers(change.details) { out += "    key rollover: the \(rollover) was replaced\n" }
                for detail in change.details { out += line(detail) }
            }
        }
        return out
    }

    private static func line(_ detail: MetadataDiff.Detail) -> String {
        let at = detail.line.map { "  (line \($0))" } ?? ""
        switch (detail.before, detail.after) {
        case (nil, let after?): return "    + \(detail.kind.rawValue): \(after)\(at)\n"
        case (let before?, nil): return "    - \(detail.kind.rawValue): \(before)\(at)\n"
        case (let before?, let after?): return "    ~ \(detail.kind.rawValue): \(before) → \(after)\(at)\n"
        case (nil, nil): return "    \(detail.kind.rawValue)\(at)\n"
        }
    }

    /// "signing key in IDPSSODescriptor" for each use and role that lost a key and gained one.
    static func rollovers(_ details: [MetadataDiff.Detail]) -> [String] {
        // A key's description is "USE key … in ROLE": the use is its first word, the role its last.
        func slot(_ description: String?) -> String? {
            guard let description, let use = description.split(separator: " ").first, let role = description.split(separator: " ").last else { return nil }
            return "\(use) key in \(role)"
        }
        let gained = Set(details.filter { $0.kind == .keyAdded }.compactMap { slot($0.after) })
        let lost = Set(details.filter { $0.kind == .keyRemoved }.compactMap { slot($0.before) })
        return gained.intersection(lost).sorted()
    }

    /// `{"old", "new", "identical", "summary": {added, removed, modified}, "document": [...],
    /// "changes": [...]}` with sorted keys, every detail key present.
    public static func json(_ diff: MetadataDiff) -> String {
        struct Summary: Encodable { var added: Int; var removed: Int; var modified: Int }
        struct Wrapper: Encodable {
            var old: String
            var new: String
            var identical: Bool
            var summary: Summary
            var document: [MetadataDiff.Detail]
            var changes: [MetadataDiff.EntityChange]
            var tool: String
        }
        let wrapper = Wrapper(old: diff.old, new: diff.new, identical: diff.isEmpty,
                              summary: Summary(added: diff.changes.filter { $0.change == .added }.count,
                                               removed: diff.changes.filter { $0.change == .removed }.count,
                                               modified: diff.changes.filter { $0.change == .modified }.count),
                              document: diff.document, changes: diff.changes, tool: "samlcheck " + SAMLCheckVersion.current)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(wrapper)) ?? Data("{}".utf8), as: UTF8.self) + "\n"
    }
}
