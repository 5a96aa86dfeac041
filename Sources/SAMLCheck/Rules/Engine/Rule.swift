/// A check of the rule catalogue. Each rule is one type in its own file under `Rules/`, named
/// after its ID (`EPHTTPS` holds `EP-HTTPS`); the build discovers it, so adding a rule is adding
/// that file.
///
/// A rule reads the model and reports through the context; it never prints and never reads the
/// input again. It implements whichever hook fits: `check(document:)` runs once per document,
/// `check(entity:)` once per entity and may run for different entities concurrently.
/// Rules whose findings come from another stage (parsing, schema, signature, certificates) only
/// describe themselves.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    /// Whether the rule reads the signature verdict (``StageFacts/signature``, ``StageFacts/signerKey``).
    /// The others run while the signature is being verified.
    static var needsSignatureVerdict: Bool { get }
    init()
    func check(document: MetadataDocument, context: inout RuleContext)
    func check(entity: EntityDescriptor, context: inout RuleContext)
}

extension Rule {
    /// Rules do not read the signature verdict unless they say so.
    public static var needsSignatureVerdict: Bool { false }
    /// Nothing to check per document unless the rule implements it.
    public func check(document: MetadataDocument, context: inout RuleContext) {}
    /// Nothing to check per entity unless the rule implements it.
    public func check(entity: EntityDescriptor, context: inout RuleContext) {}
}
