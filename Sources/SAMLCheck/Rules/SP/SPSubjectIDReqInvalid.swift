/// SP-SUBJECTID-REQ-INVALID: the subject-id:req entity attribute has one known value.
struct SPSubjectIDReqInvalid: Rule {
    static let attributeName = "urn:oasis:names:tc:SAML:profiles:subject-id:req"
    static let allowed: Set<String> = ["subject-id", "pairwise-id", "none", "any"]

    static let description = RuleDescription(
        id: "SP-SUBJECTID-REQ-INVALID",
        title: "subject-id:req has exactly one valid value",
        severity: .error,
        profiles: [.coreExt],
        citation: "SUBJ (requirements signalling; see §8); S2I SDP-SP15",
        rationale: "IdPs read this entity attribute to decide which identifier to release; only subject-id, pairwise-id, none and any are defined, and only one value may be given, otherwise the requirement cannot be interpreted.",
        hint: "Give the attribute exactly one of subject-id, pairwise-id, any or none.",
        examples: [
            .triggers(ExampleMetadata.entity("""
            <md:Extensions>
              <mdattr:EntityAttributes xmlns:mdattr="urn:oasis:names:tc:SAML:metadata:attribute">
                <saml:Attribute xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" Name="urn:oasis:names:tc:SAML:profiles:subject-id:req" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri">
                  ↓<saml:AttributeValue>eppn</saml:AttributeValue>
                </saml:Attribute>
              </mdattr:EntityAttributes>
            </md:Extensions>
            \(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS))
            """)),
            .passes(ExampleMetadata.entity("""
            <md:Extensions>
              <mdattr:EntityAttributes xmlns:mdattr="urn:oasis:names:tc:SAML:metadata:attribute">
                <saml:Attribute xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" Name="urn:oasis:names:tc:SAML:profiles:subject-id:req" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri">
                  <saml:AttributeValue>pairwise-id</saml:AttributeValue>
                </saml:Attribute>
              </mdattr:EntityAttributes>
            </md:Extensions>
            \(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS))
            """)),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        let values = EntityAttributes.values(Self.attributeName, of: entity)
        for value in values where !Self.allowed.contains(value.trimmedText) {
            context.report("subject-id:req has the value \"\(value.trimmedText)\"; only subject-id, pairwise-id, any and none are defined.", at: value.position)
        }
        if values.count > 1 {
            context.report("subject-id:req has \(values.count) values; exactly one is allowed.", at: values[1].position)
        }
    }
}
