/// MD-DTD-PRESENT: reported by the parser, which stops at the DOCTYPE before reading it.
struct MDDTDPresent: Rule {
    static let description = RuleDescription(
        id: "MD-DTD-PRESENT",
        title: "No DOCTYPE or DTD",
        severity: .error,
        profiles: [.secBP, .saml2int],
        citation: "S2I SDP-G03; IIP IIP-G03",
        rationale: "A DOCTYPE is how entity-expansion (billion laughs) and external-entity (XXE) attacks reach a parser; SAML never needs one, saml2int forbids it and OpenSAML rejects it. samlcheck refuses the document without reading the DTD, so nothing else is evaluated.",
        hint: "Remove the <!DOCTYPE …> declaration; SAML metadata is defined by XML Schema, not by a DTD.",
        reportedBy: .parser,
        examples: [
            .triggers("""
            ↓<!DOCTYPE md:EntityDescriptor [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://sp.example.org/&xxe;"/>
            """, note: "External entity to a local file (XXE)."),
            .triggers("""
            ↓<!DOCTYPE lolz [ <!ENTITY lol "lol"> <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"> ]>
            <md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="&lol2;"/>
            """, note: "Entity expansion (the start of a billion-laughs attack)."),
            .passes(ExampleMetadata.sp()),
        ])
}
