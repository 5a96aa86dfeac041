/// RESP-SIG-ALG: the signature and digest algorithms are acceptable.
struct RESPSigAlg: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = Set(SAMLMessage.Kind.allCases)
    static let description = RuleDescription(
        id: "RESP-SIG-ALG",
        title: "Signature and digest algorithms are current",
        severity: .warning,
        profiles: [.core],
        citation: "DSIG11; S2I SDP-ALG01; IIP IIP-ALG08",
        rationale: "Algorithms are classified as for metadata (Appendix A): SHA-1 is deprecated and refused unless --allow-sha1 is given (then a warning); MD5, DSA, HMAC and unknown algorithms are never accepted (an error). The Redirect binding's SigAlg is classified the same way.",
        hint: "Have the sender sign with rsa-sha256 (or ecdsa-sha256) and a sha256 digest.",
        examples: [
            .triggers(message: MessageExamples.response(("<ds:SignatureMethod Algorithm=\"http://www.w3.org/2001/04/xmldsig-more#rsa-sha256\"/>", "<ds:SignatureMethod Algorithm=\"http://www.w3.org/2000/09/xmldsig#rsa-sha1\"/>"),
                                                        ("<ds:Signature xmlns", "↓<ds:Signature xmlns")),
                      receiver: MessageExamples.receiver),
            .passes(message: MessageExamples.response(), receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        let sha1: Set<String> = [SIGAlgSHA1.description.id, SIGDigestSHA1.description.id]
        for checked in message.signatures.checked {
            for violation in checked.violations where violation.isAlgorithm {
                context.report("The \(checked.placed.parentName)'s signature (\(violation.rule)): \(violation.message)", at: checked.placed.element.position,
                               severity: sha1.contains(violation.rule) ? .warning : .error)
            }
        }
        if let algorithm = message.received.querySignature?.algorithm {
            let grade = SignatureAlgorithms.signatureMethod(algorithm)
            switch grade.grade {
            case .accepted: break
            case .sha1: context.report("The query signature's SigAlg is \(grade.name); SHA-1 is deprecated.", severity: .warning)
            default: context.report("The query signature's SigAlg is \(grade.name), which is not accepted.", severity: .error)
            }
        }
    }
}
