/// CERT-KEY-COMPROMISED: keys known to be breakable.
struct CERTKeyCompromised: Rule {
    static let description = RuleDescription(
        id: "CERT-KEY-COMPROMISED",
        title: "No known-compromised keys",
        severity: .error,
        profiles: [.coreExt, .secBP],
        citation: "IOP §2.5; UKF validation-beans.xml (debian, ROCA, compromised lists)",
        rationale: "Compromised keys MUST be removed from an entity's metadata. samlcheck detects RSA moduli with the ROCA fingerprint (CVE-2017-15361: keys made by Infineon's library, whose private key can be computed from the public one) and RSA keys on lists of known-compromised keys in the openssl-blacklist format: two shipped lists of keys published with software (demo and dummy keys, from the Shibboleth metadata aggregator), and any list given with --weak-keys or the weakKeys configuration key, such as Debian's lists of keys made during the 2008 OpenSSL random-number bug (not packaged for Debian 12).",
        hint: "Treat the key as known to attackers: generate a new key on other hardware or software, publish it, and remove this one.",
        examples: [
            .triggers(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.roca, marked: true))),
            .passes(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.good))),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        let lists = context.settings.weakKeyLists
        for entry in context.certificates.firstInEachEntity {
            guard let info = entry.info else { continue }
            if info.hasROCAFingerprint {
                context.report("\(entry.phrase.capitalizedFirst) has an RSA key with the ROCA fingerprint (CVE-2017-15361): its private key can be computed.",
                               at: entry)
            }
            if let digest = info.weakKeyDigest, let list = lists.first(where: { $0.entries.contains(digest) }) {
                context.report("\(entry.phrase.capitalizedFirst) has an RSA key on the list of known-compromised keys \(list.name) (entry \(digest)): anyone may hold its private key.",
                               at: entry)
            }
        }
    }
}
