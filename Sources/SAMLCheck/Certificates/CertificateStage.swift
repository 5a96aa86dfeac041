/// Inspects every ds:X509Certificate of a document: in KeyDescriptors of entities, roles and
/// affiliations, and in the KeyInfo of every signature.
///
/// Identical certificates (the same text in several entities) are decoded once, and the distinct
/// ones are decoded on all cores. Decoding uses the light DER reader, not OpenSSL's d2i_X509.
public enum CertificateStage {
    private struct Location {
        var entityIndex: Int?
        var role: RoleKind?
        var origin: CertificateIndex.Entry.Origin
        var container: SourcePosition
        var certificate: X509CertificateText
    }

    /// Inspects every certificate of `document`.
    public static func run(on document: MetadataDocument) -> CertificateIndex { run(on: document, share: nil) }

    /// The same, decoding through `share` when given (see ``WorkShare``).
    static func run(on document: MetadataDocument, share: WorkShare?) -> CertificateIndex {
        let locations = collect(document)
        guard !locations.isEmpty else { return .empty }

        var uniqueIndex: [CertificateTextKey: Int] = [:]
        var uniqueTexts: [String] = []
        var textIndex: [Int] = []
        textIndex.reserveCapacity(locations.count)
        for location in locations {
            let key = CertificateTextKey(text: location.certificate.base64)
            if let known = uniqueIndex[key] {
                textIndex.append(known)
            } else {
                uniqueIndex[key] = uniqueTexts.count
                textIndex.append(uniqueTexts.count)
                uniqueTexts.append(location.certificate.base64)
            }
        }

        let results = decodeConcurrently(uniqueTexts, share: share)
        var entries: [CertificateIndex.Entry] = []
        entries.reserveCapacity(locations.count)
        for (offset, location) in locations.enumerated() {
            entries.append(CertificateIndex.Entry(
                entityIndex: location.entityIndex,
                entityID: location.entityIndex.flatMap { document.entities[$0].entityID },
                role: location.role,
                origin: location.origin,
                containerPosition: location.container,
                position: location.certificate.position,
                result: results[textIndex[offset]],
                containsComment: location.certificate.containsComment,
                textNumber: textIndex[offset]))
        }
        return CertificateIndex(entries: entries)
    }

    private static func decodeConcurrently(_ texts: [String], share: WorkShare?) -> [Result<CertificateInfo, CertificateProblem>] {
        Parallel.map(texts.count, chunkSize: 256, share: share) { index in
            CertificateDecoder.decode(base64: texts[index]).map(\.info)
        }
    }

    private static func collect(_ document: MetadataDocument) -> [Location] {
        var locations: [Location] = []
        func add(_ keyInfo: KeyInfo?, entity: Int?, role: RoleKind?, origin: CertificateIndex.Entry.Origin, container: SourcePosition) {
            for certificate in keyInfo?.certificates ?? [] {
                locations.append(Location(entityIndex: entity, role: role, origin: origin, container: container, certificate: certificate))
            }
        }
        if let signature = document.rootSignature {
            add(signature.keyInfo, entity: document.rootEntity == nil ? nil : 0, role: nil, origin: .signature, container: signature.position)
        }
        for group in document.groups.dropFirst() {
            if let signature = group.signature { add(signature.keyInfo, entity: nil, role: nil, origin: .signature, container: signature.position) }
        }
        for (index, entity) in document.entities.enumerated() {
            if !entity.isDocumentElement, let signature = entity.signature {
                add(signature.keyInfo, entity: index, role: nil, origin: .signature, container: signature.position)
            }
            for role in entity.roles {
                if let signature = role.signature {
                    add(signature.keyInfo, entity: index, role: role.kind, origin: .signature, container: signature.position)
                }
                for key in role.keyDescriptors {
                    add(key.keyInfo, entity: index, role: role.kind, origin: .keyDescriptor(use: key.use), container: key.position)
                }
            }
            for key in entity.affiliation?.keyDescriptors ?? [] {
                add(key.keyInfo, entity: index, role: nil, origin: .keyDescriptor(use: key.use), container: key.position)
            }
        }
        return locations
    }
}

/// A dictionary key for certificate texts that hashes only their length and ends: hashing all of
/// every 1.3 KB text cost more than the de-duplication saved. Equality still compares the whole text.
private struct CertificateTextKey: Hashable {
    let text: String

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { bytes in
            hasher.combine(bytes.count)
            hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes.prefix(48))))
            hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes.suffix(48))))
        }
    }

    static func == (lhs: CertificateTextKey, rhs: CertificateTextKey) -> Bool { lhs.text == rhs.text }
}
