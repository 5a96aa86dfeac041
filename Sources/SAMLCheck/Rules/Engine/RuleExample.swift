#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A small metadata document that must (or must not) make a rule report.
///
/// A `↓` in the text marks the start tag where the finding must be reported; it is removed before
/// parsing. Examples are checked at ``RuleExample/clock`` so validity dates stay meaningful.
public struct RuleExample: Sendable {
    /// Whether the example must make the rule report.
    public enum Expectation: String, Sendable { case triggers, passes }

    /// Whether the rule must report on this example.
    public let expectation: Expectation
    /// The document with its `↓` markers.
    public let markedDocument: String
    /// Profiles to select in addition to the defaults when running the example.
    public let profiles: Set<Profile>
    /// What the example shows, when that is not obvious.
    public let note: String?
    /// Certificates (base64 DER) the example is checked with as `--trust`.
    public let trust: [String]
    /// The `--schemas` directory the example is checked with (nil: the installed schemas).
    public let schemaDirectory: String?
    /// Where the example pretends to have been fetched from (nil: a local file).
    public let origin: DocumentOrigin?
    /// For Mattermost deployment rules: the recorded observation the example is (the document
    /// text is then its description).
    public let scenario: MattermostObservation?
    /// For pair rules: the SP and the IdP documents (the document text is the SP's).
    public let pair: PairDocuments?
    /// What the operator tells samlcheck when the example runs (``RuleSettings/inputs``).
    public var inputs = PolicyInputs()
    /// For message rules: the receiver the message (the document text) is checked against.
    public var message: MessageReceiver?

    /// What a message rule's example is checked against: the metadata of both sides and what
    /// `samlcheck message` is told on its command line.
    public struct MessageReceiver: Sendable {
        /// The IdP's metadata (`--idp`); nil to give none.
        public var idp: String?
        /// The SP's metadata (`--sp`); nil to give none.
        public var sp: String?
        /// `--acs-url`.
        public var acsURL: String?
        /// `--request-id`.
        public var requestID: String?
        /// `--relay-state`.
        public var relayState: String?
        /// `--seen-ids` (the file's lines).
        public var seenIDs: [String]?
        /// `--request`: the AuthnRequest the message answers.
        public var request: String?
        /// A Mattermost SP's attribute settings and names (read with an admin token).
        public var mattermostAttributes: [String: String]?
        /// `--clock-skew` in seconds.
        public var clockSkew: Double = 180

        /// The options as `samlcheck message` would be given them, for `explain`.
        public var commandLine: [String] {
            var options: [String] = []
            if idp != nil { options.append("--idp idp.xml") }
            if sp != nil { options.append("--sp sp.xml") }
            if let acsURL { options.append("--acs-url " + acsURL) }
            if let requestID { options.append("--request-id " + requestID) }
            if let relayState { options.append("--relay-state '\(relayState)'") }
            if let seenIDs { options.append("--seen-ids FILE (" + seenIDs.joined(separator: ", ") + ")") }
            if request != nil { options.append("--request request.xml") }
            if let mattermostAttributes {
                options.append("Mattermost's SamlSettings " + mattermostAttributes.sorted { $0.key < $1.key }.map { "\($0.key)=\"\($0.value)\"" }.joined(separator: ", "))
            }
            if clockSkew != 180 { options.append("--clock-skew \(Int(clockSkew))") }
            return options
        }
    }

    /// The two documents of a pair rule's example, each with its `↓` markers.
    public struct PairDocuments: Sendable {
        /// The SP's metadata.
        public let sp: String
        /// The IdP's metadata.
        public let idp: String
        /// The ACS URL the SP's AuthnRequest asks for, when the example gives one.
        public let acsURL: String?
    }

    /// The clock examples run at.
    public static let clock = Date(timeIntervalSince1970: 1_780_272_000)  // 2026-06-01T00:00:00Z
    /// The character that marks, before a start tag, where a finding must be reported.
    public static let marker: Character = "↓"

    /// A document that must make the rule report, at each marked line.
    public static func triggers(_ document: String, profiles: Set<Profile> = [], trust: [String] = [], schemaDirectory: String? = nil,
                                origin: DocumentOrigin? = nil, inputs: PolicyInputs = PolicyInputs(),
                                note: String? = nil) -> RuleExample {
        RuleExample(expectation: .triggers, markedDocument: document, profiles: profiles, note: note, trust: trust, schemaDirectory: schemaDirectory,
                    origin: origin, scenario: nil, pair: nil, inputs: inputs)
    }

    /// A document that must not make the rule report.
    public static func passes(_ document: String, profiles: Set<Profile> = [], trust: [String] = [], schemaDirectory: String? = nil,
                              origin: DocumentOrigin? = nil, inputs: PolicyInputs = PolicyInputs(),
                              note: String? = nil) -> RuleExample {
        RuleExample(expectation: .passes, markedDocument: document, profiles: profiles, note: note, trust: trust, schemaDirectory: schemaDirectory,
                    origin: origin, scenario: nil, pair: nil, inputs: inputs)
    }

    /// A Mattermost deployment, described in words, that must make the rule report.
    public static func triggers(scenario: MattermostObservation, _ description: String) -> RuleExample {
        RuleExample(expectation: .triggers, markedDocument: description, profiles: [], note: nil, trust: [], schemaDirectory: nil,
                    origin: nil, scenario: scenario, pair: nil)
    }

    /// A Mattermost deployment that must not make the rule report.
    public static func passes(scenario: MattermostObservation, _ description: String) -> RuleExample {
        RuleExample(expectation: .passes, markedDocument: description, profiles: [], note: nil, trust: [], schemaDirectory: nil,
                    origin: nil, scenario: scenario, pair: nil)
    }

    /// An SP and an IdP that must make the pair rule report (at each marked line, on either side).
    public static func triggers(sp: String, idp: String, acsURL: String? = nil, profiles: Set<Profile> = [], note: String? = nil) -> RuleExample {
        RuleExample(expectation: .triggers, markedDocument: sp, profiles: profiles, note: note, trust: [], schemaDirectory: nil, origin: nil,
                    scenario: nil, pair: PairDocuments(sp: sp, idp: idp, acsURL: acsURL))
    }

    /// An SP and an IdP that must not make the pair rule report.
    public static func passes(sp: String, idp: String, acsURL: String? = nil, profiles: Set<Profile> = [], note: String? = nil) -> RuleExample {
        RuleExample(expectation: .passes, markedDocument: sp, profiles: profiles, note: note, trust: [], schemaDirectory: nil, origin: nil,
                    scenario: nil, pair: PairDocuments(sp: sp, idp: idp, acsURL: acsURL))
    }

    /// A message that must make the message rule report, at each marked line, when checked
    /// against `receiver`.
    public static func triggers(message: String, receiver: MessageReceiver, profiles: Set<Profile> = [], note: String? = nil) -> RuleExample {
        var example = RuleExample(expectation: .triggers, markedDocument: message, profiles: profiles, note: note, trust: [], schemaDirectory: nil,
                                  origin: nil, scenario: nil, pair: nil)
        example.message = receiver
        return example
    }

    /// A message that must not make the message rule report.
    public static func passes(message: String, receiver: MessageReceiver, profiles: Set<Profile> = [], note: String? = nil) -> RuleExample {
        var example = RuleExample(expectation: .passes, markedDocument: message, profiles: profiles, note: note, trust: [], schemaDirectory: nil,
                                  origin: nil, scenario: nil, pair: nil)
        example.message = receiver
        return example
    }

    /// The example's trust anchors, decoded.
    public func trustAnchors() -> [TrustAnchor] {
        trust.flatMap { base64 -> [TrustAnchor] in
            guard case .success(let der) = Base64.decode(base64) else { return [] }
            return (try? TrustAnchor.load(der, name: "the example's trusted certificate")) ?? []
        }
    }

    /// The document as parsed: markers removed.
    public var document: String { markedDocument.filter { $0 != RuleExample.marker } }

    /// Lines (1-based) that carry a marker.
    public var markedLines: [Int] { Self.markedLines(in: markedDocument) }

    /// Lines (1-based) of `text` that carry a marker.
    public static func markedLines(in text: String) -> [Int] {
        var lines: [Int] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.contains(RuleExample.marker) {
            lines.append(number + 1)
        }
        return lines
    }

    /// `text` without its markers.
    public static func unmarked(_ text: String) -> String { text.filter { $0 != marker } }
}
