/// CERT-KEY-COMPROMISED: keys known to be breakable.
struct CERTKeyCompromised: Rule {
    static let description = RuleDescription(
        id: "CERT-KEY-COMPROMISED",
        title: "No known-compromised keys",
        severity: .error,
        profiles: [.coreExt, .secBP],
        citation: "IOP §2.5; UKF validation-beans.xml (debian, ROCA, compromised lists)",
        rationale: "Compromised keys MUST be removed from an entity's metadata. samlcheck detects RSA moduli with the ROCA fingerprint (CVE-2017-15361: keys made by Infineon's library, whose private key can be computed from the public one). Debian's weak-key lists are not packaged for this system, so that check is not made.",
        hint: "Treat the key as known to attackers: generate a new key on other hardware or software, publish it, and remove this one.",
        examples: [
            .triggers(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.roca, marked: true))),
            .passes(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.good))),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        for entry in context.certificates.firstInEachEntity where entry.info?.hasROCAFingerprint == true {
            context.report("\(entry.phrase.capitalizedFirst) has an RSA key with the ROCA fingerprint (CVE-2017-15361): its private key can be computed.",
                           at: entry)
        }
    }
}
