/// `samlcheck pair`: checks an SP's and an IdP's metadata each alone (as `check` would, limited to
/// the chosen entity), then runs the pair rules over both, and returns one report: the two
/// documents, and the pair's findings, keys and verdict.
public enum PairDiagnosis {
    /// One side as given: the metadata, and the entity to use when it holds several.
    public struct Side: Sendable {
        /// Where the metadata comes from.
        public var input: MetadataInput
        /// The entity to use; nil to pick the only (or only fitting) one.
        public var entityID: String?

        /// A side read from `input`.
        public init(input: MetadataInput, entityID: String? = nil) {
            self.input = input
            self.entityID = entityID
        }
    }

    /// Checks both sides, runs the pair rules and returns the report; throws PairError when a side
    /// cannot be used.
    public static func run(sp: Side, idp: Side, request: SPRequest? = nil, options: CheckOptions) async throws -> Report {
        try await CheckFailure.converting {
            var documentOptions = options
            documentOptions.entityFilter = nil
            let checker = Checker(options: documentOptions)
            async let checkedSP = checker.checkKeepingModel(sp.input)
            async let checkedIdP = checker.checkKeepingModel(idp.input)
            let (spChecked, idpChecked) = try await (checkedSP, checkedIdP)
            try Task.checkCancellation()
            return try report(sp: spChecked, spEntity: sp.entityID, idp: idpChecked, idpEntity: idp.entityID, request: request, options: options)
        }
    }

    /// The same for two documents in memory (a rule's pair example, a library caller's strings).
    public static func run(spBytes: [UInt8], spSource: String, idpBytes: [UInt8], idpSource: String, spEntity: String? = nil,
                           idpEntity: String? = nil, request: SPRequest? = nil, options: CheckOptions) throws -> Report {
        try CheckFailure.converting {
            var documentOptions = options
            documentOptions.entityFilter = nil
            let checker = Checker(options: documentOptions)
            return try report(sp: checker.checkKeepingModel(bytes: spBytes, source: spSource), spEntity: spEntity,
                              idp: checker.checkKeepingModel(bytes: idpBytes, source: idpSource), idpEntity: idpEntity,
                              request: request, options: options)
        }
    }

    private static func report(sp spChecked: (report: DocumentReport, kept: Checker.KeptAnalysis?), spEntity: String?,
                               idp idpChecked: (report: DocumentReport, kept: Checker.KeptAnalysis?), idpEntity: String?,
                               request: SPRequest?, options: CheckOptions) throws -> Report {
        let (spSide, spReport) = try choose(.serviceProvider, from: spChecked, asked: spEntity, option: "--sp-entity")
        let (idpSide, idpReport) = try choose(.identityProvider, from: idpChecked, asked: idpEntity, option: "--idp-entity")
        let pair = SSOPair(sp: spSide, idp: idpSide, request: request, spIsMattermost: options.rules.profiles.contains(.mattermost),
                           profiles: options.rules.profiles, now: options.rules.now)
        let (findings, notChecked) = diagnose(pair, settings: options.rules)
        let summary = PairSummary(sp: PairSummary.Side(document: spSide.source, entityID: spSide.entityID),
                                  idp: PairSummary.Side(document: idpSide.source, entityID: idpSide.entityID),
                                  findings: findings, keys: pair.keySummaries(), notChecked: notChecked)
        return Report(documents: [spReport, idpReport], pair: summary)
    }

    /// Runs every enabled pair rule over `pair`: their findings (errors first) and the rules that
    /// could not run.
    public static func diagnose(_ pair: SSOPair, settings: RuleSettings) -> (findings: [Finding], notChecked: [PairSummary.NotChecked]) {
        var findings: [Finding] = []
        var notChecked: [PairSummary.NotChecked] = []
        for type in RuleRegistry.all where settings.isEnabled(type.description) {
            guard let rule = type.init() as? any PairRule else { continue }
            var context = PairContext(pair: pair, settings: settings, rule: type.description)
            rule.check(pair: pair, context: &context)
            findings += context.findings
            notChecked += context.notChecked
        }
        let order = findings.indices.sorted { left, right in
            let (a, b) = (findings[left], findings[right])
            if a.severity != b.severity { return a.severity > b.severity }
            if a.rule != b.rule { return a.rule < b.rule }
            return left < right
        }
        return (order.map { findings[$0] }, notChecked)
    }

    /// The side's entity: the one asked for, or the only one with the role; and the side's
    /// report limited to it (as `check --entity` would).
    static func choose(_ kind: RoleKind, from checked: (report: DocumentReport, kept: Checker.KeptAnalysis?), asked: String?,
                       option: String) throws(PairError) -> (PairSide, DocumentReport) {
        let source = checked.report.source
        let what = kind == .serviceProvider ? "SP" : "IdP"
        guard let kept = checked.kept else {
            let first = checked.report.findings.first.map { ": \($0.rule) \($0.message)" } ?? ""
            throw PairError("the \(what) metadata \(source) cannot be read as metadata\(first)")
        }
        let entity: EntityDescriptor
        if let asked {
            guard let found = kept.document.entities.first(where: { $0.entityID == asked }) else {
                throw PairError("\(source) has no entity with entityID '\(asked)'")
            }
            guard found.roles.contains(where: { $0.kind == kind }) else {
                throw PairError("the entity '\(asked)' in \(source) has no \(kind.elementName)")
            }
            entity = found
        } else {
            let candidates = kept.document.entities.filter { $0.roles.contains { $0.kind == kind } }
            switch candidates.count {
            case 0: throw PairError("\(source) holds no \(kind.elementName), so it has no \(what) to pair")
            case 1: entity = candidates[0]
            default:
                let names = candidates.prefix(3).map(\.displayID).joined(separator: ", ")
                throw PairError("\(source) holds \(candidates.count) \(what)s (\(names)\(candidates.count > 3 ? ", …" : "")); choose one with \(option)")
            }
        }
        let roles = entity.roles.filter { $0.kind == kind }
        let role = roles.first(where: \.supportsSAML2) ?? roles[0]
        let side = PairSide(source: source, document: kept.document, entity: entity, role: role,
                            certificates: kept.facts.certificates, signature: kept.facts.signature, fetch: checked.report.fetch)
        var report = checked.report
        report.findings.removeAll { $0.entityID != nil && $0.entityID != entity.entityID }
        report.entityCount = 1
        report.entityIDs = [entity.displayID]
        report.certificates.removeAll { $0.entityID != nil && $0.entityID != entity.entityID }
        return (side, report)
    }
}

/// Why `samlcheck pair` could not run: a side cannot be read, or has no usable entity.
public struct PairError: Error, Sendable, CustomStringConvertible {
    /// What is wrong, in one line.
    public let description: String
    init(_ description: String) { self.description = description }
}
