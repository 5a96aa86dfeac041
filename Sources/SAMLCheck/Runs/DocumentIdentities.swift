/// What one document claims that must be unique across all the documents of a run: its
/// entityIDs and its entities' signing keys, each with its line. Kept in the report (not in its
/// JSON) so that ``CrossDocumentChecks`` can compare documents after each was checked alone.
package struct DocumentIdentities: Sendable, Hashable {
    package struct Entity: Sendable, Hashable {
        package var entityID: String
        package var line: Int
    }

    package struct SigningKey: Sendable, Hashable {
        /// SHA-256 of the public key (the same key in two certificates is the same key).
        package var keyFingerprint: String
        package var entityID: String
        package var line: Int
    }

    package var entities: [Entity] = []
    package var signingKeys: [SigningKey] = []

    package init() {}

    init(document: MetadataDocument, certificates: CertificateIndex) {
        entities = document.entities.compactMap { entity in entity.entityID.map { Entity(entityID: $0, line: entity.position.line) } }
        var seen = Set<String>()
        for entry in certificates.entries where entry.isInKeyDescriptor && entry.isForSigning {
            guard let key = entry.info?.keyFingerprint.description, let entityID = entry.entityID,
                  seen.insert(entityID + "|" + key).inserted else { continue }
            signingKeys.append(SigningKey(keyFingerprint: key, entityID: entityID, line: entry.position.line))
        }
    }
}
