#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A rule about a SAML protocol message (`samlcheck message`). It is an ordinary ``Rule`` (it
/// describes itself, `explain` prints it, its examples run), whose examples are messages, and
/// which the message diagnosis calls with the message and what the user said about its receiver.
public protocol MessageRule: Rule {
    /// The kinds of message the rule reads.
    static var messageKinds: Set<SAMLMessage.Kind> { get }
    func check(message: MessageCase, context: inout MessageContext)
}

/// A message with everything the rules judge it against: the receiver's and the sender's
/// metadata, the request it answers, the clock, and the signature verdicts.
public struct MessageCase: Sendable {
    /// The message.
    public let message: SAMLMessage
    /// How it arrived.
    public let received: ReceivedMessage
    /// The SP (`--sp`), when given.
    public let sp: PairSide?
    /// The IdP (`--idp`), when given.
    public let idp: PairSide?
    /// What the receiver expects.
    public let expectations: MessageExpectations
    /// The verdicts on the message's signatures.
    public let signatures: MessageSignatureFacts
    /// What decryption found, when the message carried encrypted parts.
    public let decryption: DecryptionOutcome?
    /// The profiles selected.
    public let profiles: Set<Profile>

    /// The clock allowance in seconds.
    public var skew: TimeInterval { expectations.clockSkew }
    /// The run's clock.
    public var now: Date { expectations.now }

    /// The URL the message was delivered to: `--acs-url`, else what the input shows.
    public var deliveredTo: String? { expectations.acsURL ?? received.receivedAt }

    /// Every EncryptedAssertion as sent, decrypted or not: what the encryption rules judge.
    public var encryptions: [EncryptedElementFacts] {
        message.encryptedAssertions + (decryption?.attempts.filter { $0.decryptedWith != nil && $0.element == "EncryptedAssertion" }.map(\.facts) ?? [])
    }

    /// The SP's ACS locations, when the SP is known.
    public var spACSLocations: [String] {
        sp?.role.endpoints.filter { $0.kind == .assertionConsumerService }.compactMap(\.location) ?? []
    }
}

/// What the receiver of a message expects: from the options, and from the request that came
/// before it in the same input.
public struct MessageExpectations: Sendable, Hashable {
    /// The run's clock.
    public var now: Date
    /// Allowed clock difference in seconds (`--clock-skew`, default 180).
    public var clockSkew: TimeInterval = 180
    /// The outstanding AuthnRequest's ID (`--request-id`, or the request earlier in the input).
    public var requestID: String?
    /// The URL the response was delivered to (`--acs-url`).
    public var acsURL: String?
    /// The RelayState the SP sent (`--relay-state`).
    public var relayState: String?
    /// Assertion IDs already consumed (`--seen-ids`); nil when not given.
    public var seenIDs: Set<String>?
    /// The AuthnRequest the message answers, when the input holds it.
    public var request: AuthnRequestFields?
    /// For a Mattermost SP read with an admin token: each attribute setting (EmailAttribute…)
    /// and the attribute name it is configured with.
    public var mattermostAttributes: [String: String]?

    /// Expectations at `now` with the default skew.
    public init(now: Date) { self.now = now }
}

/// Collects the findings of the message rules, graded by the run's settings.
public struct MessageContext {
    let message: SAMLMessage
    let settings: RuleSettings
    var rule: RuleDescription
    private(set) var findings: [Finding] = []
    private(set) var notChecked: [PairSummary.NotChecked] = []

    init(message: SAMLMessage, settings: RuleSettings, rule: RuleDescription) {
        self.message = message
        self.settings = settings
        self.rule = rule
    }

    /// The run's thresholds.
    public var thresholds: Thresholds { settings.thresholds }

    /// Reports at `position` (nil: the document element).
    public mutating func report(_ text: String, at position: SourcePosition? = nil, severity: Severity? = nil, hint: String? = nil) {
        let position = position ?? message.position
        findings.append(settings.finding(of: rule, text, severity: severity, entityID: message.issuer?.value,
                                         line: position.line > 0 ? position.line : nil, path: message.path(of: position), hint: hint))
    }

    /// Says that the rule could not run for want of input, and what to give.
    public mutating func notChecked(_ reason: String) {
        notChecked.append(PairSummary.NotChecked(rule: rule.id, reason: reason))
    }
}
