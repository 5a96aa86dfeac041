/// `samlcheck explain`: a rule's self-description laid out for reading.
public enum RuleExplanation {
    /// The rule laid out as `samlcheck explain` prints it: severity, profiles, source, why it matters,
    /// how to fix it, and its examples with the marked lines.
    public static func render(_ rule: RuleDescription) -> String {
        var out = "\(rule.id): \(rule.title)\n\n"
        out += "  severity  \(rule.severityNotation)\n"
        out += "  profiles  \(rule.profiles.map(\.rawValue).joined(separator: ", "))\n"
        out += "  source    \(rule.citation)\n"
        if let stage = rule.reportedBy { out += "  reported  by \(stage.title) (\(stage.source))\n" }
        out += "\n"
        out += "Why it matters\n" + wrap(rule.rationale, indent: 2) + "\n"
        out += "How to fix it\n" + wrap(rule.hint, indent: 2) + "\n"
        for (profile, hint) in rule.serviceProviderHints.sorted(by: { $0.key < $1.key }) {
            out += "How to fix it in \(profile.rawValue)'s own SP metadata (--profile \(profile.rawValue))\n" + wrap(hint, indent: 2) + "\n"
        }
        if !rule.supersedes.isEmpty {
            out += "Reported instead of\n" + wrap(rule.supersedes.joined(separator: ", ") + " on the same element: one cause, one finding.", indent: 2) + "\n"
        }
        for example in rule.examples {
            let heading = example.expectation == .triggers ? "Example that triggers it" : "Example that does not"
            var extra: [String] = []
            if !example.profiles.isEmpty { extra.append("with --profile " + example.profiles.sorted().map(\.rawValue).joined(separator: ",")) }
            extra += example.inputs.commandLine.map { "with " + $0 }
            if let directory = example.schemaDirectory { extra.append("with --schemas \(directory)") }
            for anchor in example.trustAnchors() { extra.append("with --trust set to the certificate \(anchor.subject ?? anchor.fingerprint.description)") }
            if let note = example.note { extra.append(note) }
            out += heading + (extra.isEmpty ? "" : " (" + extra.joined(separator: "; ") + ")") + "\n"
            if let receiver = example.message {
                // A message example is the message and what `samlcheck message` is told.
                for option in receiver.commandLine { out += "  with " + option + "\n" }
                out += numbered(example.markedDocument) + "\n"
                continue
            }
            if let pair = example.pair {
                // A pair example is two documents (and maybe the ACS URL the SP asks for).
                if let acsURL = pair.acsURL { out += "  with --acs-url \(acsURL)\n" }
                out += "  SP metadata\n" + numbered(pair.sp) + "  IdP metadata\n" + numbered(pair.idp) + "\n"
                continue
            }
            // A Mattermost deployment example is a situation in words, not a document.
            out += (example.scenario != nil ? wrap(example.markedDocument, indent: 4) : numbered(example.markedDocument)) + "\n"
        }
        return out
    }

    /// The example's lines, numbered, with `>` on the lines where the finding is reported.
    private static func numbered(_ markedDocument: String) -> String {
        let marked = Set(RuleExample.markedLines(in: markedDocument))
        let lines = RuleExample.unmarked(markedDocument).split(separator: "\n", omittingEmptySubsequences: false)
        let width = String(lines.count).count
        var out = ""
        for (offset, line) in lines.enumerated() {
            let number = String(offset + 1)
            let pad = String(repeating: " ", count: width - number.count)
            out += (marked.contains(offset + 1) ? "  > " : "    ") + pad + number + " | " + line + "\n"
        }
        return out
    }

    static func wrap(_ text: String, indent: Int, width: Int = 96) -> String {
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty, current.count + 1 + word.count > width - indent {
                lines.append(pad + current)
                current = String(word)
            } else {
                current += (current.isEmpty ? "" : " ") + word
            }
        }
        if !current.isEmpty { lines.append(pad + current) }
        return lines.joined(separator: "\n") + "\n"
    }
}
