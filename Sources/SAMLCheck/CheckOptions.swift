#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// How to check: the rules and their grading, input limits, and what to look at.
public struct CheckOptions: Sendable {
    /// Which rules run, how their findings are graded, and the clock they judge dates by.
    public var rules: RuleSettings
    /// Limits the parser enforces on hostile input (size, depth, text nodes).
    public var parseLimits: ParseLimits
    /// Check only the entity with this entityID (document-wide findings are kept).
    public var entityFilter: String?
    /// What signatures must be and whom they must come from.
    public var signature: SignaturePolicy
    /// Schema validation: where the XSDs are, whether they are required.
    public var schema: SchemaOptions
    /// How URLs and MDQ queries are fetched.
    public var fetch: FetchOptions
    /// Whether findings carry ``Finding/path`` (and with it a path-based fingerprint). A path is
    /// built for every finding, and an aggregate has tens of thousands of them; output that shows
    /// no paths (the text report) can turn this off. On by default.
    public var elementPaths = true
    /// A state directory for fetched sources (conditional fetches, last good copies, history);
    /// nil checks every URL afresh.
    public var refresh: RefreshOptions?
    /// When the tree and model of a checked or snapshotted document are freed: in the
    /// background by default; the command line keeps them to the exit when it reads one document.
    package var release = AnalysisRelease.background

    /// Options with the default profiles at the current time, the parser's default limits, no trust
    /// anchors, installed schemas and default fetch limits, unless given.
    public init(rules: RuleSettings = RuleSettings(now: Date()), parseLimits: ParseLimits = ParseLimits(), entityFilter: String? = nil,
                signature: SignaturePolicy = SignaturePolicy(), schema: SchemaOptions = SchemaOptions(), fetch: FetchOptions = FetchOptions()) {
        self.rules = rules
        self.parseLimits = parseLimits
        self.entityFilter = entityFilter
        self.signature = signature
        self.schema = schema
        self.fetch = fetch
    }
}
