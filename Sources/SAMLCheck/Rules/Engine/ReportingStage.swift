/// The pipeline stage that reports a rule's findings, for rules whose logic is not in their own
/// `check` methods: the parser refuses a document, the schema validator finds a violation, the
/// signature stage judges a signature, the Mattermost diagnosis probes a deployment. Such a rule's
/// file is its description; the stage names the rule by its type when it reports.
public enum ReportingStage: String, Sendable, CaseIterable {
    /// The safe parser (well-formedness, DTDs).
    case parser
    /// Schema validation against the SAML XSDs.
    case schema
    /// The signature stage: the SAML signature profile and the verdict.
    case signature
    /// The Mattermost deployment diagnostics (D1–D8).
    case mattermost

    /// Where the stage's logic lives, for `samlcheck explain` and for maintainers.
    public var source: String {
        switch self {
        case .parser: return "Sources/SAMLCheck/XML/SafeParser.swift and Checker.load"
        case .schema: return "Sources/SAMLCheck/Schema/SchemaStage.swift"
        case .signature: return "Sources/SAMLCheck/Signature/SignatureStage.swift and SignatureProfile.swift"
        case .mattermost: return "Sources/SAMLCheck/Mattermost/MattermostChecks.swift"
        }
    }

    /// The stage in words, for `samlcheck explain`.
    public var title: String {
        switch self {
        case .parser: return "the parser"
        case .schema: return "schema validation"
        case .signature: return "the signature stage"
        case .mattermost: return "the Mattermost deployment diagnostics"
        }
    }
}
