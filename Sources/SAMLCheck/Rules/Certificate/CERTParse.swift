/// CERT-PARSE: every ds:X509Certificate is base64 DER X.509.
struct CERTParse: Rule {
    static let description = RuleDescription(
        id: "CERT-PARSE",
        title: "Certificates decode",
        severity: .error,
        profiles: [.coreExt],
        citation: "IOP §2.5.1; UKF check_shibboleth.xsl (\"X509Certificate contains XML comment\")",
        rationale: "A ds:X509Certificate that is not base64 of a DER X.509 certificate yields no key: signatures made with it cannot be verified and nothing can be encrypted to it. XML comments inside the element break many readers too.",
        hint: "Paste the certificate again from its PEM file, without the BEGIN/END lines, comments or other text.",
        examples: [
            .triggers(CertificateExamples.idp(CertificateExamples.keyDescriptor("MIIBAAAA-not-base64", marked: true))),
            .triggers(CertificateExamples.idp(CertificateExamples.keyDescriptor("TUlJQkFBQUEgaXMgbm90IGEgY2VydGlmaWNhdGU=", marked: true)),
                      note: "Valid base64 of text that is not a certificate."),
            .passes(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.good))),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        for entry in context.certificates.firstInEachEntity {
            if case .failure(let problem) = entry.result {
                context.report("A ds:X509Certificate cannot be read: \(problem).", at: entry)
            } else if let problem = entry.problem {
                context.report(problem, at: entry)
            }
        }
    }
}
