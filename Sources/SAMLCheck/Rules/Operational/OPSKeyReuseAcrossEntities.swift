/// OPS-KEY-REUSE-ACROSS-ENTITIES: one signing key shared by several entities.
struct OPSKeyReuseAcrossEntities: Rule {
    static let description = RuleDescription(
        id: "OPS-KEY-REUSE-ACROSS-ENTITIES",
        title: "Signing keys are not shared between entities",
        severity: .info,
        profiles: [.ops, .secBP],
        citation: "IOP §2.5 (compromise handling); UKF validation-beans.xml (compromised/sample keys)",
        rationale: "The same signing key in several unrelated entities is usually a vendor default or sample key, or one hosting provider's key: compromise of one entity is compromise of all, and the key cannot be revoked for one of them alone.",
        hint: "Give each entity its own signing key; replace any vendor-supplied sample key.",
        examples: [
            .triggers(ExampleMetadata.aggregate([
                ExampleMetadata.member(ExampleMetadata.role("IDPSSODescriptor", CertificateExamples.keyDescriptor(CertificateExamples.good) + "\n" + ExampleMetadata.redirectSSO),
                                       entityID: "https://idp1.example.org/idp"),
                ExampleMetadata.member(ExampleMetadata.role("IDPSSODescriptor", CertificateExamples.keyDescriptor(CertificateExamples.good, marked: true) + "\n" + ExampleMetadata.redirectSSO),
                                       entityID: "https://idp2.example.org/idp"),
            ])),
            .passes(ExampleMetadata.aggregate([
                ExampleMetadata.member(ExampleMetadata.role("IDPSSODescriptor", CertificateExamples.keyDescriptor(CertificateExamples.good) + "\n" + ExampleMetadata.redirectSSO),
                                       entityID: "https://idp1.example.org/idp"),
                ExampleMetadata.member(ExampleMetadata.role("IDPSSODescriptor", CertificateExamples.keyDescriptor(CertificateExamples.goodSecond) + "\n" + ExampleMetadata.redirectSSO),
                                       entityID: "https://idp2.example.org/idp"),
            ])),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        var firstEntity: [Fingerprint: (entity: Int, line: Int)] = [:]
        var reported: Set<String> = []
        for entry in context.certificates.entries where entry.isInKeyDescriptor && entry.isForSigning {
            guard let key = entry.info?.keyFingerprint, let entityIndex = entry.entityIndex else { continue }
            if let first = firstEntity[key] {
                guard first.entity != entityIndex, reported.insert("\(entityIndex)|\(key)").inserted else { continue }
                let other = document.entities[first.entity].displayID
                context.report("This signing key is also the signing key of \(other) (line \(first.line)).", at: entry)
            } else {
                firstEntity[key] = (entityIndex, entry.position.line)
            }
        }
    }
}
