#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The second lane of a check over a parsed tree: it registers the schema's IDs (then tells the
/// model lane, whose signature verification reads them), validates the schema, waits for the
/// model, decodes the certificates and runs the rules that do not need the signature verdict,
/// sharing those loops with the model lane once that lane is free.
struct FindingsLane {
    /// What the lane found, and how long each step took (in order).
    struct Output: Sendable {
        var schema: Result<[Finding], SchemaRequiredError>
        var certificates: CertificateIndex
        var findings: [Finding]
        var phases: [(name: String, seconds: Double)]
    }

    let tree: XMLTree
    /// nil when the schema is not validated (turned off, or the document is not metadata).
    let schemaStage: SchemaStage?
    let engine: RuleEngine
    /// What was known before the lanes started (the origin of a fetched document…).
    let facts: StageFacts
    /// Whether certificates are decoded (a diff's snapshot reads only those it reports).
    let decodesCertificates: Bool
    let runsRules: Bool
    let links: LaneLinks

    func run() -> Output {
        defer { links.share.close() }
        var phases: [(name: String, seconds: Double)] = []
        var start = ContinuousClock.now
        if schemaStage != nil {
            // What schema validation would add to the ID table, added first: the validator then
            // only reads the tree. This writes the document's ID table and the ID attributes'
            // type field, which neither the model builder nor xmlsec read until the handoff below.
            tree.registerSchemaIDs()
        }
        links.idsRegistered.put(true)
        let schema: Result<[Finding], SchemaRequiredError> = schemaStage.map { stage in
            Result { () throws(SchemaRequiredError) -> [Finding] in try stage.run(on: tree) }
        } ?? .success([])
        phases.append(("schema", (ContinuousClock.now - start).seconds))
        start = ContinuousClock.now
        let document = links.modelReady.take()
        if (ContinuousClock.now - start).seconds >= 0.001 { phases.append(("awaiting model", (ContinuousClock.now - start).seconds)) }
        guard links.holdsEntity(document), decodesCertificates, !links.stopRequested() else { return Output(schema: schema, certificates: .empty, findings: [], phases: phases) }
        start = ContinuousClock.now
        var factsBeforeVerdict = facts
        factsBeforeVerdict.certificates = CertificateStage.run(on: document, share: links.share)
        phases.append(("certificates", (ContinuousClock.now - start).seconds))
        guard runsRules, !links.stopRequested() else { return Output(schema: schema, certificates: factsBeforeVerdict.certificates, findings: [], phases: phases) }
        start = ContinuousClock.now
        let findings = engine.run(on: document, facts: factsBeforeVerdict, phase: .beforeSignatureVerdict, share: links.share)
        phases.append(("rules", (ContinuousClock.now - start).seconds))
        return Output(schema: schema, certificates: factsBeforeVerdict.certificates, findings: findings, phases: phases)
    }
}
