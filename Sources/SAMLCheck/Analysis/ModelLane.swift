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
    /// Whether the document holds the entity the check is limited to (true without a limit).
    let holdsEntity: @Sendable (MetadataDocument) -> Bool
    /// Whether the check was cancelled: the lane then skips the verification.
    let stopRequested: @Sendable () -> Bool
    /// Where the model goes as soon as it is built.
    let modelReady: Handoff<MetadataDocument>
    /// Put by the other lane once the ID table is complete.
    let idsRegistered: Handoff<Bool>
    /// The other lane's certificate and rule chunks, to take once the signature is done.
    let share: WorkShare

    func run() -> Output {
        let start = ContinuousClock.now
        let document = ModelBuilder.build(tree: tree)
        modelReady.put(document)
        let built = ContinuousClock.now
        _ = idsRegistered.take()
        let started = ContinuousClock.now
        let signature = holdsEntity(document) && !stopRequested() ? signatureStage.run(on: document) : nil
        let verified = ContinuousClock.now
        share.help()
        return Output(document: document, signature: signature, modelSeconds: (built - start).seconds,
                      signatureSeconds: (verified - started).seconds)
    }
}
