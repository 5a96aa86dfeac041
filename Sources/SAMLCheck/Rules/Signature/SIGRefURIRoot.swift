/// SIG-REF-URI-ROOT: reported by the signature stage (profile check).
struct SIGRefURIRoot: Rule {
    static let description = RuleDescription(
        id: "SIG-REF-URI-ROOT",
        title: "The Reference covers the element that holds the signature",
        severity: .error,
        profiles: [.core, .secBP],
        citation: "META §3.1.2; CORE §5.4.2; OSAML validateReferenceURI; DSIGBP \"check what is signed\"",
        rationale: "The Reference URI must be \"#\" plus the ID of the element containing the signature, and that ID must resolve, in the ID table xmlsec reads, to that very element. A Reference to a child, to another ID, to an ID declared twice (an xml:id elsewhere included), or a Reference with a namespaced twin of its URI attribute (xmlsec follows the first, whatever its namespace) is the signature-wrapping pattern: the signature verifies while the element consumers read is not covered. Such a signature is never verified.",
        hint: "Reference the signed element itself (URI=\"#\" + its ID), and keep IDs unique in the document.",
        reportedBy: .signature,
        examples: [
            .triggers(ExampleMetadata.signedIdP(ExampleMetadata.signature(references: [
                ("#_child", ["http://www.w3.org/2000/09/xmldsig#enveloped-signature", "http://www.w3.org/2001/10/xml-exc-c14n#"],
                 "http://www.w3.org/2001/04/xmlenc#sha256"),
            ])), note: "The Reference points at another element's ID."),
            .triggers(ExampleMetadata.signedIdP(ExampleMetadata.signature().replacingFirst(
                "<ds:Reference URI=\"#_example\">", with: "<ds:Reference xmlns:x=\"urn:example:x\" x:URI=\"#_child\" URI=\"#_example\">")),
                      note: "A namespaced URI before the plain one: xmlsec would digest #_child."),
            .passes(SignedExamples.signedIdP),
        ])
}
