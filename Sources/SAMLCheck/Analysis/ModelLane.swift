#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The first lane of a check over a parsed tree: it builds the model, hands it to the other lane,
/// waits until that lane has registered the schema's IDs (xmlsec looks IDs up in that table),
/// verifies the signature — the longest single step, so it gets a core to itself — and then
/// helps the other lane with its certificate and rule chunks.
struct ModelLane: Sendable {
    /// What the lane hands on: the model, the signature verdict (nil when the entity the check is
    /// limited to is not in the document) and how long each step took.
    struct Output: Sendable {
        var document: MetadataDocument
        var signature: SignatureStage.Result?
        var modelSeconds: Double
        var signatureSeconds: Double
    }

    let tree: XMLTree
    let signatureStage: SignatureStage
    let links: LaneLinks
    /// Whether an aggregate's entities are left out of the model (see ``ModelBuilder/build(tree:skippingEntities:)``).
    var skippingEntities = false

    func run() -> Output {
        let start = ContinuousClock.now
        let document = ModelBuilder.build(tree: tree, skippingEntities: skippingEntities)
        links.modelReady.put(document)
        let built = ContinuousClock.now
        _ = links.idsRegistered.take()
        let started = ContinuousClock.now
        let signature = links.holdsEntity(document) && !links.stopRequested() ? signatureStage.run(on: document) : nil
        let verified = ContinuousClock.now
        links.share.help()
        return Output(document: document, signature: signature, modelSeconds: (built - start).seconds,
                      signatureSeconds: (verified - started).seconds)
    }
}
