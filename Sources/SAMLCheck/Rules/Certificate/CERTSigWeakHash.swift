/// CERT-SIG-WEAK-HASH: certificates signed with MD5 or SHA-1.
struct CERTSigWeakHash: Rule {
    static let description = RuleDescription(
        id: "CERT-SIG-WEAK-HASH",
        title: "Certificates are not signed with MD5 or SHA-1",
        severity: .info,
        profiles: [.coreExt, .saml2int],
        citation: "S2I SDP-MD05; IIP IIP-MD12",
        rationale: "The certificate's own signature does not matter to SAML trust (only its key does), but saml2int suggests avoiding MD5 and SHA-1 because some products check it, and a certificate signed with them tells of tooling that is decades old. MD5 is a warning, SHA-1 an info.",
        hint: "When you next roll the key over, sign the new certificate with SHA-256.",
        examples: [
            .triggers(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.sha1Signed, marked: true)), profiles: [.saml2int]),
            .triggers(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.md5Signed, marked: true)),
                      note: "MD5: a warning in the default profiles."),
            .passes(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.good)), profiles: [.saml2int]),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        for entry in context.certificates.firstInEachEntity {
            guard let info = entry.info, let hash = info.signatureHash, ["md2", "md5", "sha1"].contains(hash) else { continue }
            context.report("\(entry.phrase.capitalizedFirst) is signed with \(info.signatureAlgorithm).", at: entry,
                           severity: hash == "sha1" ? .info : .warning)
        }
    }
}
