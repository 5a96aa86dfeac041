/// What the two lanes of a check share: the limit on the entity checked, the cancellation, and
/// how they wait for each other (the model lane puts the model, the findings lane puts word that
/// the ID table is complete) and split the certificate and rule chunks.
struct LaneLinks: Sendable {
    /// Whether the document holds the entity the check is limited to (true without a limit).
    let holdsEntity: @Sendable (MetadataDocument) -> Bool
    /// Whether the check was cancelled: each lane stops after the step it is in.
    let stopRequested: @Sendable () -> Bool
    /// Where the model goes as soon as it is built.
    let modelReady = Handoff<MetadataDocument>()
    /// Put once the ID table is complete (xmlsec looks IDs up in it).
    let idsRegistered = Handoff<Bool>()
    /// The certificate and rule chunks, taken by either lane.
    let share = WorkShare()
}
